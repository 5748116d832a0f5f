"""Benchmark pageclean against trafilatura on the shared development sets, in one run.

    python -m bench.run                      # every engine on both sets (several minutes)
    python -m bench.run --sets devset --limit 200
    python -m bench.run --engines pageclean-html trafilatura --out bench/results.json
    python -m bench.run --half 1             # only the held-out half (the line model trains on half 0)

Each engine runs in its own child process (so its peak RSS is its own), over the same pages, read
as bytes before the clock starts. Engines:

- ``pageclean-html``: ``pageclean.extract(raw_bytes)``;
- ``pageclean-text``: ``pageclean.extract(text)`` on the page flattened with html-text beforehand
  (flattening is not timed);
- ``pageclean-rules``: ``pageclean.extract(raw_bytes, options=Options(line_model=False))``, the
  HTML engine without the line model (not run unless named);
- ``trafilatura``: ``trafilatura.extract(raw_bytes)`` with default settings.

Printed per engine and set: the set's own accuracy figures (devset: snippet precision, recall,
F1; wcxb-dev: mean per-page token F1 overall and per page type), pages/s and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import devset, flatten, raw_html, wcxb
from bench.scoring import score_devset, score_wcxb

ENGINES = ("pageclean-html", "pageclean-text", "trafilatura", "pageclean-rules")
DEFAULT_ENGINES = ("pageclean-html", "pageclean-text", "trafilatura")
SETS = ("devset", "wcxb-dev")


def _extractor(engine: str) -> Any:
    if engine == "trafilatura":
        import trafilatura

        def run(data: bytes | str) -> str:
            return trafilatura.extract(data) or ""
        return run
    import pageclean

    options = pageclean.Options(line_model=engine != "pageclean-rules")

    def run_pc(data: bytes | str) -> str:
        try:
            return pageclean.extract(data, options=options).body
        except pageclean.PagecleanError:
            return ""
    return run_pc


def _load(dataset: str, limit: int | None, engine: str, half: int | None = None) -> list[tuple[Any, bytes | str]]:
    recs: list[Any] = list(devset()) if dataset == "devset" else list(wcxb())
    if half is not None:
        recs = recs[half::2]
    if limit:
        recs = recs[:limit]
    out = []
    for rec in recs:
        data: bytes | str = raw_html(dataset, rec.id)
        if engine == "pageclean-text":
            data = flatten(data)  # type: ignore[arg-type]
        out.append((rec, data))
    return out


def run_child(engine: str, dataset: str, limit: int | None, half: int | None = None) -> dict[str, Any]:
    pages = _load(dataset, limit, engine, half)
    extract = _extractor(engine)
    extract(pages[0][1])  # warm-up: imports and lazy initialisation
    bodies: list[str] = []
    times: list[float] = []
    for _rec, data in pages:
        t0 = time.perf_counter()
        bodies.append(extract(data))
        times.append(time.perf_counter() - t0)
    total = sum(times)
    result: dict[str, Any] = {
        "engine": engine, "set": dataset, "pages": len(pages), "seconds": total,
        "pages_per_s": len(pages) / total if total else 0.0,
        "median_ms": statistics.median(times) * 1000,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    recs = [rec for rec, _ in pages]
    result.update(score_devset(recs, bodies) if dataset == "devset" else score_wcxb(recs, bodies))
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engines", nargs="+", choices=ENGINES, default=list(DEFAULT_ENGINES))
    ap.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    ap.add_argument("--half", type=int, choices=(0, 1), default=None,
                    help="only even (0) or odd (1) positions of each set; the line model is trained on half 0")
    ap.add_argument("--out", type=Path, default=None, help="also write the results as JSON here")
    ap.add_argument("--child", nargs=2, metavar=("ENGINE", "SET"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child[0], args.child[1], args.limit, args.half)))
        return 0
    results = []
    if args.half is not None:
        print(f"# half {args.half} of each set (positions {args.half}, {args.half + 2}, ...)")
    for dataset in args.sets:
        for engine in args.engines:
            cmd = [sys.executable, "-m", "bench.run", "--child", engine, dataset]
            if args.limit:
                cmd += ["--limit", str(args.limit)]
            if args.half is not None:
                cmd += ["--half", str(args.half)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True,
                                 cwd=Path(__file__).resolve().parents[1])
            res = json.loads(out.stdout.strip().splitlines()[-1])
            results.append(res)
            print(_row(res), flush=True)
    machine = f"{platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}"
    print(f"# machine: {machine}")
    if args.out:
        args.out.write_text(json.dumps({"machine": machine, "half": args.half, "results": results}, indent=1))
    return 0


def _row(res: dict[str, Any]) -> str:
    extra = ""
    if "per_type" in res:
        extra = "  " + " ".join(f"{k}={v:.3f}" for k, v in res["per_type"].items())
    return (f"{res['set']:9s} {res['engine']:15s} P={res['precision']:.3f} R={res['recall']:.3f} "
            f"F1={res['f1']:.3f}  {res['pages_per_s']:7.1f} pages/s  median {res['median_ms']:.1f} ms  "
            f"peak RSS {res['peak_rss_mb']:.0f} MB{extra}")


if __name__ == "__main__":
    raise SystemExit(main())
