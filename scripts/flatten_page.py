"""Print a development-set page flattened to text, with line numbers (for labelling fixtures).

    python scripts/flatten_page.py devset b18b2a048ce0dd08
    python scripts/flatten_page.py wcxb-dev 0001 --plain
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import flatten_page


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", choices=["devset", "wcxb-dev"])
    ap.add_argument("id")
    ap.add_argument("--plain", action="store_true", help="no line numbers")
    args = ap.parse_args()
    text = flatten_page(args.dataset, args.id)
    for n, line in enumerate(text.split("\n"), 1):
        sys.stdout.write(line + "\n" if args.plain else f"{n:5d}| {line}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
