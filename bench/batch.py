"""Batch benchmarks (issue #5): CLI throughput and memory over a long stream.

    python -m bench.batch throughput      # devset pages: pageclean CLI --jobs 1/2, trafilatura CLI --parallel 1/2
    python -m bench.batch memory [--docs 20000]   # RSS while extract_many runs over the devset, repeated

throughput: the 990 devset pages are written once to a temporary folder (raw bytes, one file per
page) and as one JSONL file (HTML decoded as UTF-8 with replacement); each command's wall time is
measured from process start to exit, in the same run. Commands:
``pageclean DIR --format jsonl --jobs N``, ``pageclean pages.jsonl --format jsonl --jobs N`` and
``trafilatura --input-dir DIR --output-dir OUT --parallel N``.

memory: ``extract_many`` in this process (jobs=1: the worst case, nothing is recycled) over the
devset pages repeated up to ``--docs`` documents; the resident set size (from /proc/self/statm)
is sampled every 1,000 documents; prints the growth from document 1,000 to the last.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import devset, raw_html


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t0


def throughput(repeat: int) -> int:
    ids = [p.id for p in devset()]
    tmp = Path(tempfile.mkdtemp(prefix="pageclean-bench-"))
    try:
        pages = tmp / "pages"
        pages.mkdir()
        with open(tmp / "pages.jsonl", "w", encoding="utf-8") as jl:
            for page_id in ids:
                data = raw_html("devset", page_id)
                (pages / f"{page_id}.html").write_bytes(data)
                jl.write(json.dumps({"id": page_id, "html": data.decode("utf-8", "replace")}) + "\n")
        py = sys.executable
        cmds = {
            "pageclean DIR --jobs 1": [py, "-m", "pageclean", str(pages), "--format", "jsonl", "-q", "--jobs", "1"],
            "pageclean DIR --jobs 2": [py, "-m", "pageclean", str(pages), "--format", "jsonl", "-q", "--jobs", "2"],
            "pageclean JSONL --jobs 1": [py, "-m", "pageclean", str(tmp / "pages.jsonl"), "--format", "jsonl", "-q",
                                         "--jobs", "1"],
            "pageclean JSONL --jobs 2": [py, "-m", "pageclean", str(tmp / "pages.jsonl"), "--format", "jsonl", "-q",
                                         "--jobs", "2"],
        }
        traf = shutil.which("trafilatura")
        if traf:
            for n in (1, 2):
                out = tmp / f"traf{n}"
                cmds[f"trafilatura --parallel {n}"] = [traf, "--input-dir", str(pages), "--output-dir", str(out),
                                                       "--parallel", str(n)]
        times: dict[str, list[float]] = {k: [] for k in cmds}
        for _ in range(repeat):
            for name, cmd in cmds.items():
                for out_dir in tmp.glob("traf*"):
                    shutil.rmtree(out_dir)
                times[name].append(_timed(cmd))
        print(f"{len(ids)} devset pages, {os.cpu_count()} CPUs, best of {repeat} runs "
              "(wall time, process start to exit)")
        for name, ts in times.items():
            best = min(ts)
            print(f"{name:28s} {best:7.1f} s  {len(ids) / best:6.1f} pages/s")
        for tool in ("pageclean DIR", "pageclean JSONL"):
            ratio = min(times[tool + " --jobs 1"]) / min(times[tool + " --jobs 2"])
            print(f"{tool}: --jobs 2 is {ratio:.2f}x --jobs 1")
        if traf:
            ratio = min(times["trafilatura --parallel 1"]) / min(times["trafilatura --parallel 2"])
            print(f"trafilatura: --parallel 2 is {ratio:.2f}x --parallel 1")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def memory(n_docs: int) -> int:
    import pageclean

    pages = [(p.id, raw_html("devset", p.id)) for p in devset()]

    def stream() -> Iterator[tuple[str, bytes]]:
        for k in range(n_docs):
            page_id, data = pages[k % len(pages)]
            yield f"{k}:{page_id}", data

    samples: list[tuple[int, float]] = []
    t0 = time.perf_counter()
    for k, _res in enumerate(pageclean.extract_many(stream()), 1):
        if k % 1000 == 0:
            samples.append((k, _rss_mb()))
            print(f"{k:6d} documents  RSS {samples[-1][1]:7.1f} MB  {k / (time.perf_counter() - t0):5.1f} docs/s",
                  flush=True)
    at_1000 = samples[0][1]
    print(f"RSS growth from document 1,000 to {samples[-1][0]:,}: {samples[-1][1] - at_1000:+.1f} MB "
          f"(max {max(s for _, s in samples):.1f} MB)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--repeat", type=int, default=2)
    m = sub.add_parser("memory")
    m.add_argument("--docs", type=int, default=20_000)
    args = ap.parse_args()
    return throughput(args.repeat) if args.what == "throughput" else memory(args.docs)


if __name__ == "__main__":
    raise SystemExit(main())
