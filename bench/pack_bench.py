"""Benchmark: the committee pack PDF of a 500-indicator pack, draft and published, and what the
published edition's disclosure decision costs.

Each case runs in a fresh process (so its peak memory is its own, read from
``resource.getrusage``); the time is the best of ``--repeat`` builds in that process after one
untimed warm-up. Cases: the draft committee pack in English; the published preview in English
(the disclosure decision made, every hidden figure printed ``*``); the same in both languages;
and the disclosure decision alone (``PeriodReport.disclosure``).

    python bench/pack_bench.py [--indicators 500] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CASES = ("draft en", "published en", "published both", "disclosure decision")


def run_case(pack_path: Path, case: str, repeat: int) -> dict:
    from exporters.pdf_base import PaperOptions
    from exporters.pdf_pack import write_pack_pdf
    from model.pack import Pack
    from model.report import PeriodReport

    pack = Pack.open(pack_path, read_only=True)
    period = pack.latest_period()
    language = "both" if case.endswith("both") else "en"
    published = case.startswith("published") or case == "disclosure decision"

    def once():
        if case == "disclosure decision":
            report = PeriodReport(pack, period, "en", published=True)
            return report.disclosure
        options = PaperOptions(language, published=published, prepared=dt.date(2025, 7, 1))
        return write_pack_pdf(pack, period, None, options)

    result = once()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = once()
        times.append(time.perf_counter() - start)
    out = {"case": case, "seconds": min(times),
           "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if isinstance(result, bytes):
        import io

        from pypdf import PdfReader

        out["pages"] = len(PdfReader(io.BytesIO(result)).pages)
    else:
        out["hidden"] = len(result.decision.hidden & result.published)
        out["secondary"] = len(result.decision.secondary & result.published)
    pack.close()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--pack", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.case:
        print(json.dumps(run_case(args.pack, args.case, args.repeat)))
        return 0
    from bench.generate import generate_pack

    work = args.keep or Path(tempfile.mkdtemp(prefix="craffu-pack-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    pack_path = work / f"bench-{args.indicators}.craffu"
    if not pack_path.exists():
        generate_pack(pack_path, indicators=args.indicators)
    print(f"Craffu committee pack benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}, "
          f"{platform.node()}, Python {platform.python_version()}, best of {args.repeat}, "
          f"{args.indicators} indicators")
    for case in CASES:
        done = subprocess.run([sys.executable, __file__, "--case", case, "--pack",
                               str(pack_path), "--repeat", str(args.repeat)],
                              capture_output=True, text=True, check=True)
        row = json.loads(done.stdout.strip().splitlines()[-1])
        extra = (f"{row['pages']} pages" if "pages" in row else
                 f"{row['hidden']} figures hidden, {row['secondary']} of them so that others "
                 "cannot be worked out")
        print(f"{case:22} {row['seconds']:6.2f} s  peak {row['peak_mb']:5.0f} MB  {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
