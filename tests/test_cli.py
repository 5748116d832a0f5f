"""The command line behaves like a Unix filter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_3ce5e01fc14fc6fa.txt"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "pageclean", *args], input=stdin, capture_output=True,
                          timeout=60, check=False)


def test_prints_the_body() -> None:
    res = run(str(SEED))
    assert res.returncode == 0 and res.stderr == b""
    out = res.stdout.decode()
    assert out.startswith("US Secretary of State Antony Blinken")
    assert "Source: Anadolu" not in out and "mostlycloudy" not in out


def test_reads_stdin_with_dash_or_no_file() -> None:
    assert run("-", stdin=SEED.read_bytes()).stdout == run(str(SEED)).stdout
    assert run(stdin=SEED.read_bytes()).stdout == run(str(SEED)).stdout


def test_json_is_one_object_per_input() -> None:
    res = run("--json", str(SEED), str(SEED))
    lines = res.stdout.decode().splitlines()
    assert len(lines) == 2
    page = json.loads(lines[0])
    assert page["credits"][0]["source"] == "Anadolu Agency"
    assert page["path"] == str(SEED)


def test_explain_shows_role_kind_and_evidence() -> None:
    out = run("--explain", str(SEED)).stdout.decode()
    assert "credit      agency" in out
    assert "boilerplate weather" in out
    assert "evidence: credit.source_label" in out


def test_a_failing_input_is_reported_and_the_rest_processed(tmp_path: Path) -> None:
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    res = run(str(png), str(tmp_path / "missing.html"), str(SEED))
    assert res.returncode == 1
    err = res.stderr.decode()
    assert "image.png: input is a PNG image" in err and "missing.html" in err
    assert "US Secretary of State" in res.stdout.decode()


def test_usage_error_exits_2() -> None:
    res = run("--no-such-flag")
    assert res.returncode == 2 and b"usage:" in res.stderr


def test_version() -> None:
    res = run("--version")
    assert res.returncode == 0 and res.stdout.startswith(b"pageclean ")
