"""Benchmark: the HTML edition of a 500-indicator pack against the PDF committee pack of the same
period, measured in the same run.

Both start from a new period report (``model.report.PeriodReport``), as ``python main.py export``
does, and write to memory:

(a) HTML edition: ``exporters.html_edition.render_edition`` — cover report, contents, every
    appendix, every chart as SVG with its figures table — against ``exporters.pdf_pack``'s
    ``write_pack_pdf`` of the same report. Goal: no slower than the PDF pack (ratio <= 1.0).
(b) Where the HTML edition's time goes: the report's parts it reads (scorecard, charts, cover),
    building the edition's view of them, and Jinja2 writing the text.

Each figure is the best of ``--repeat`` runs after one untimed warm-up; the HTML edition and the
PDF pack alternate in each repeat. ``--language both`` by default (the largest edition).

    python bench/html_bench.py [--indicators 500] [--repeat 5] [--language both] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import generate_pack  # noqa: E402
from model.pack import Pack  # noqa: E402


def html_edition(pack, period, language: str) -> str:
    from exporters.html_edition import render_edition
    from model.report import PeriodReport

    return render_edition(PeriodReport(pack, period, language))


def pdf_pack(pack, period, language: str) -> bytes:
    from exporters.pdf_base import PaperOptions
    from exporters.pdf_pack import write_pack_pdf
    from model.report import PeriodReport

    options = PaperOptions(language=language, prepared=dt.date(2025, 7, 1))
    return write_pack_pdf(pack, period, None, options,
                          report=PeriodReport(pack, period, language))


def stages(pack, period, language: str) -> dict[str, float]:
    """One HTML edition, timed stage by stage."""
    from exporters.html_edition import _environment, edition_context
    from model.report import PeriodReport

    times = {}
    start = time.perf_counter()
    report = PeriodReport(pack, period, language)
    report.scorecard, report.cover, report.dashboard  # noqa: B018 - the parts it reads
    for section in report.dashboard:
        section.charts  # noqa: B018
    report.key_areas, report.breakdowns, report.snapshots  # noqa: B018
    times["report"] = time.perf_counter() - start
    start = time.perf_counter()
    context = edition_context(report)
    times["view"] = time.perf_counter() - start
    start = time.perf_counter()
    _environment().get_template("edition.html.j2").render(context)
    times["template"] = time.perf_counter() - start
    return times


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--language", choices=("en", "cy", "both"), default="both")
    parser.add_argument("--keep", type=Path, help="keep the pack, the HTML and the PDF here")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="craffu-html-bench-")) if not args.keep else args.keep
    work.mkdir(parents=True, exist_ok=True)
    pack_path = work / f"bench-{args.indicators}.craffu"
    if not pack_path.exists():
        generate_pack(pack_path, indicators=args.indicators)
    pack = Pack.open(pack_path, read_only=True)
    period = pack.latest_period()
    lang = args.language

    html_edition(pack, period, lang)  # warm-up: imports, templates, fonts
    pdf_pack(pack, period, lang)
    h_times, p_times = [], []
    html, pdf = "", b""
    for _ in range(args.repeat):
        start = time.perf_counter()
        html = html_edition(pack, period, lang)
        h_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        pdf = pdf_pack(pack, period, lang)
        p_times.append(time.perf_counter() - start)
    h, p = min(h_times), min(p_times)
    (work / "edition.html").write_text(html, encoding="utf-8")
    (work / "pack.pdf").write_bytes(pdf)
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    best_stages = min((stages(pack, period, lang) for _ in range(args.repeat)),
                      key=lambda s: sum(s.values()))

    print(f"Craffu HTML edition benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}, "
          f"{platform.node()}, nproc {os.cpu_count()}, Python {platform.python_version()}, "
          f"best of {args.repeat}")
    print(f"pack: {args.indicators} indicators, period {period.label}, language {lang}")
    print(f"(a) HTML edition {h:.3f} s ({len(html.encode()) / 1e6:.1f} MB, "
          f"{html.count('<svg')} charts, {html.count('<table')} tables) vs PDF committee pack "
          f"{p:.3f} s ({pages} pages, {len(pdf) / 1e6:.1f} MB): {h / p:.2f}x  goal <= 1.0x: "
          f"{'PASS' if h / p <= 1.0 else 'MISS'}")
    total = sum(best_stages.values())
    print("(b) HTML edition by stage: " + ", ".join(
        f"{name} {t * 1000:.0f} ms ({t / total:.0%})" for name, t in best_stages.items()))
    pack.close()
    print(f"files in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
