"""The batch command line: directories, JSONL, WARC; one record per input, bad inputs included."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pageclean

ARTICLE = ("<html><head><title>Council approves the bridge</title></head><body><nav><a href='/'>Home</a></nav>"
           "<h1>Council approves the bridge</h1>"
           + "<p>" + "The council voted on Tuesday to approve the new bridge across the river. " * 6 + "</p>"
           + "<p>Source: Anadolu</p></body></html>")


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "pageclean", *args], input=stdin, capture_output=True,
                          timeout=120, check=False)


def records(res: subprocess.CompletedProcess[bytes]) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in res.stdout.decode().splitlines()]


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, ctype, body in (("https://example.com/a", "text/html; charset=utf-8", ARTICLE.encode()),
                                 ("https://example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n0000"),
                                 ("https://example.com/b", "text/html", ARTICLE.encode())):
            req = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=http))


@pytest.fixture()
def bad_inputs(tmp_path: Path) -> tuple[list[str], int]:
    """A folder of good and bad inputs; returns the paths and the number of records they hold."""
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "good.html").write_text(ARTICLE, encoding="utf-8")
    (d / "sub" / "good2.html").write_bytes(ARTICLE.encode("cp1252"))
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (d / "empty.html").write_bytes(b"")
    (d / "big.html").write_bytes(b"<p>" + b"word " * 20_000 + b"</p>")  # over --max-bytes below
    (d / "bad-utf8.html").write_bytes(ARTICLE.encode() + b"\xff\xfe\xc3(")
    good_gz = gzip.compress(ARTICLE.encode())
    (d / "page.html.gz").write_bytes(good_gz)
    (d / "corrupt.html.gz").write_bytes(good_gz[: len(good_gz) // 2])
    lines = [json.dumps({"id": "r1", "html": ARTICLE, "url": "https://example.com/r1"}).encode(),
             b"{not json",
             b"[1, 2, 3]",
             json.dumps({"id": "r4", "body": "no html field"}).encode(),
             b'{"id": "r5", "html": "\xff\xfe"}',
             json.dumps({"id": "r6", "html": ARTICLE}).encode()]
    (d / "records.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    blob = gzip.compress(b"\n".join(json.dumps({"id": f"t{i}", "html": ARTICLE}).encode() for i in range(3)) + b"\n")
    (d / "truncated.jsonl.gz").write_bytes(blob[:-12])
    _warc(d / "crawl.warc.gz")
    n_records = 8 + 6 + 1 + 3  # files (8), JSONL lines (6), truncated gz (>= 1), WARC responses (3)
    return [str(d)], n_records


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_bad_input_gives_one_error_record_and_the_rest_is_processed(
        bad_inputs: tuple[list[str], int], jobs: str) -> None:
    paths, _ = bad_inputs
    res = run(*paths, "--format", "jsonl", "--max-bytes", "50000", "--jobs", jobs, "--keep-order")
    assert res.returncode == 1
    recs = records(res)
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "a record was duplicated"
    errors = {Path(r["id"]).name if "/" in r["id"] else r["id"]: r["error"]["type"] for r in recs if "error" in r}
    ok = [r for r in recs if "error" not in r]
    assert errors["image.png"] == "NotHTMLError"
    assert errors["big.html"] == "InputTooLargeError"
    assert errors["corrupt.html.gz"] == "DecodeError"
    # not JSON, not an object, invalid UTF-8 (no id to echo: file:line), and a record without the field
    assert sorted(k for k in errors if k.startswith("records.jsonl:")) == [f"records.jsonl:{n}" for n in (2, 3, 5)]
    assert errors["r4"] == "JSONError"
    assert sum(1 for k in errors if k.startswith("truncated.jsonl.gz:")) == 1
    assert sum(1 for v in errors.values() if v == "NotHTMLError") == 2  # the PNG file and the PNG WARC record
    ok_ids = {Path(r["id"]).name if "/" in r["id"] else r["id"] for r in ok}
    assert {"good.html", "good2.html", "empty.html", "bad-utf8.html", "page.html.gz", "r1", "r6"} <= ok_ids
    assert sum(1 for r in ok if (r["url"] or "").startswith("https://example.com/")) == 3  # r1 + two WARC pages
    assert all(r["title"] == "Council approves the bridge" for r in ok if r["id"] in ("r1", "r6"))
    assert all(r["credits"][0]["source"] == "Anadolu Agency" for r in ok if r["id"] in ("r1", "r6"))
    err = res.stderr.decode()
    assert err.rstrip().splitlines()[-1].startswith(f"pageclean: {len(recs)} documents,")


def test_jobs_2_gives_the_same_records_as_jobs_1(bad_inputs: tuple[list[str], int]) -> None:
    paths, _ = bad_inputs
    one = sorted(json.dumps(r, sort_keys=True) for r in records(run(*paths, "--format", "jsonl", "--max-bytes",
                                                                     "50000")))
    two = sorted(json.dumps(r, sort_keys=True) for r in records(run(*paths, "--format", "jsonl", "--max-bytes",
                                                                     "50000", "--jobs", "2")))
    assert one == two


def test_glob_selects_files(bad_inputs: tuple[list[str], int]) -> None:
    paths, _ = bad_inputs
    res = run(*paths, "--glob", "good*.html", "--format", "jsonl")
    assert res.returncode == 0
    assert sorted(Path(r["id"]).name for r in records(res)) == ["good.html", "good2.html"]


def test_jsonl_from_stdin_with_field_names() -> None:
    lines = b"\n".join(json.dumps({"key": f"k{i}", "content": ARTICLE, "link": f"https://x.org/{i}"}).encode()
                       for i in range(3))
    res = run("-", "--input-format", "jsonl", "--id-field", "key", "--html-field", "content", "--url-field", "link",
              "--format", "jsonl", stdin=lines)
    assert res.returncode == 0
    assert [(r["id"], r["url"]) for r in records(res)] == [(f"k{i}", f"https://x.org/{i}") for i in range(3)]


def test_text_field_uses_the_text_engine() -> None:
    seed = (Path(__file__).resolve().parents[1] / "seeds" / "000_3ce5e01fc14fc6fa.txt").read_text(encoding="utf-8")
    res = run("-", "--input-format", "jsonl", "--text-field", "text", "--format", "jsonl",
              stdin=json.dumps({"id": "seed", "text": seed}).encode())
    rec = records(res)[0]
    assert rec["input_kind"] == "text" and rec["credits"][0]["source"] == "Anadolu Agency"
    assert "weather" in rec["boilerplate_kinds"]


def test_markdown_output(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(ARTICLE, encoding="utf-8")
    out = run("--format", "markdown", str(page)).stdout.decode()
    assert out.startswith("# Council approves the bridge\n\nThe council voted")
    assert "Source: Anadolu" not in out


def test_usage_errors_exit_2() -> None:
    assert run("--jobs", "0").returncode == 2
    assert run("--timeout", "-1").returncode == 2
    assert run("--format", "yaml").returncode == 2


def test_stdout_is_only_data_and_quiet_drops_the_summary(bad_inputs: tuple[list[str], int]) -> None:
    paths, _ = bad_inputs
    res = run(*paths, "--format", "jsonl", "--quiet", "--max-bytes", "50000")
    assert all(line.startswith("{") for line in res.stdout.decode().splitlines())
    assert "documents," not in res.stderr.decode()


def test_progress_line_counts_rate_errors_and_eta() -> None:
    from pageclean.cli import _Progress

    buf = io.StringIO()
    progress = _Progress(enabled=True, total=10, stream=buf)
    progress.update(True)
    progress.update(False)
    line = progress.line(progress.t0 + 2.0)
    assert line.startswith("2/10 documents, 1.0/s, 1 failed, ETA 0:08")
    assert buf.getvalue().startswith("\r1/10 documents")  # written (stderr is the stream in the CLI)
    assert _Progress(enabled=False).line(time.monotonic()).startswith("0 documents")


def test_count_files_only_when_known_up_front(bad_inputs: tuple[list[str], int], tmp_path: Path) -> None:
    from pageclean.sources import SourceSpec, count_files

    paths, _ = bad_inputs
    assert count_files(paths, SourceSpec()) is None  # the folder holds JSONL and WARC files
    (tmp_path / "only").mkdir()
    for n in range(3):
        (tmp_path / "only" / f"{n}.html").write_text(ARTICLE, encoding="utf-8")
    assert count_files([str(tmp_path / "only")], SourceSpec()) == 3
    assert count_files(["-"], SourceSpec()) is None


def test_a_50_mb_page_is_one_error_record_with_the_default_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with open(big, "wb") as fh:
        fh.write(b"<html><body><p>")
        fh.write(b"word " * (10 * 1024 * 1024))  # 50 MB
        fh.write(b"</p></body></html>")
    small = tmp_path / "small.html"
    small.write_text(ARTICLE, encoding="utf-8")
    res = run(str(big), str(small), "--format", "jsonl")
    recs = records(res)
    assert res.returncode == 1 and len(recs) == 2
    assert recs[0]["error"]["type"] == "InputTooLargeError" and recs[1]["title"] == "Council approves the bridge"


def test_a_gzip_bomb_is_one_error_record_without_being_inflated(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    with gzip.open(bomb, "wb") as fh:
        for _ in range(200):
            fh.write(b"\x00" * (1 << 20))  # 200 MB of zeros, about 200 KB on disk
    ok = tmp_path / "ok.html"
    ok.write_text(ARTICLE, encoding="utf-8")
    res = run(str(bomb), str(ok), "--format", "jsonl", "--max-bytes", "1000000")
    recs = records(res)
    assert [r.get("error", {}).get("type") for r in recs] == ["InputTooLargeError", None]


def test_reading_stops_at_the_limit() -> None:
    from pageclean.sources import _document

    class Counting(io.BytesIO):
        taken = 0

        def read(self, size: int | None = -1) -> bytes:
            data = super().read(size)
            Counting.taken += len(data)
            return data

    result = _document("-", Counting(b"<p>" + b"x" * 10_000), max_bytes=100)
    assert isinstance(result, pageclean.BatchResult) and result.error is not None
    assert result.error.type == "InputTooLargeError"
    assert Counting.taken <= 101  # only max_bytes + 1 bytes were read
