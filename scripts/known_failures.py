"""Rewrite tests/known_failures.txt from the fixture aspects that fail today.

    python scripts/known_failures.py

Run it after an engine change, read the diff (aspects that now pass disappear; new failures
appear and deserve a look before they are accepted), and commit the file with the change.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.fixtures import ASPECTS, check, extract_for, load_fixtures  # noqa: E402

HEADER = """# fixture::mode::aspect triples that fail today; tests/test_fixtures.py marks them xfail(strict=True).
# Regenerate with `python scripts/known_failures.py` and read the diff before committing.
"""


def main() -> int:
    lines = []
    for fx in load_fixtures():
        for mode in fx.modes:
            page = extract_for(fx, mode)
            for aspect in ASPECTS:
                ok, why = check(fx, page, aspect, mode)
                if not ok:
                    lines.append(f"{fx.name}::{mode}::{aspect}  # {why[:150]}".replace("\n", " "))
    (ROOT / "tests" / "known_failures.txt").write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} known failures written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
