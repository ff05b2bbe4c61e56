"""How soon Cancel stops an export: the longest stretch of work between two checks of the
cancellation hook (``model.progress``), which bounds the delay from Cancel to the export
stopping, for each exporter on a 2,000-indicator pack.

Goal (issue 14): within 0.5 s for every exporter. Prints PASS or MISS per exporter; exits 0.

    python bench/cancel_bench.py [--indicators N] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import generate_pack  # noqa: E402
from exporters.excel_return import write_return  # noqa: E402
from exporters.html_edition import write_html_edition  # noqa: E402
from exporters.pdf_pack import write_pack_pdf  # noqa: E402
from exporters.pdf_scorecard import write_scorecard_pdf  # noqa: E402
from model.pack import Pack  # noqa: E402

GOAL_S = 0.5
EXPORTERS = {
    "scorecard PDF": lambda pack, out, progress: write_scorecard_pdf(
        pack, pack.latest_period(), out / "s.pdf", progress=progress),
    "committee pack PDF": lambda pack, out, progress: write_pack_pdf(
        pack, pack.latest_period(), out / "p.pdf", progress=progress),
    "HTML edition": lambda pack, out, progress: write_html_edition(
        pack, pack.latest_period(), out / "e.html", progress=progress),
    "Excel return": lambda pack, out, progress: write_return(
        pack, pack.latest_period(), out / "r.xlsx", progress=progress),
}


def longest_gap(write, pack, folder: Path) -> tuple[float, int]:
    times = [time.perf_counter()]
    write(pack, folder, lambda text: times.append(time.perf_counter()))
    times.append(time.perf_counter())
    return max(b - a for a, b in zip(times, times[1:], strict=False)), len(times) - 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        path = generate_pack(folder / "big.craffu", indicators=args.indicators, years=3)
        with Pack.open(path, read_only=True) as pack:
            print(f"{'exporter':<22}{'ticks':>8}{'longest gap s':>16}  goal < {GOAL_S} s")
            for name, write in EXPORTERS.items():
                gap, ticks = min(longest_gap(write, pack, folder) for _ in range(args.repeat))
                print(f"{name:<22}{ticks:>8}{gap:>16.3f}  {'PASS' if gap < GOAL_S else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
