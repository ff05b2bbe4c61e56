"""Benchmark: the scorecard PDF of a 500-indicator pack, against two floors measured in the same
run.

(a) Craffu: ``build_scorecard`` + ``write_scorecard_pdf`` (to memory), against a bare reportlab
    script that lays out the same table cells (the same texts in DejaVu Sans, the indicator
    title and the commentary as wrapping Paragraphs, a repeated header row, one page template,
    one ``build``), i.e. what any reportlab scorecard has to pay. Goal: within 1.5x.
(b) Craffu against LibreOffice converting the Excel return of the same data to PDF
    (``soffice --headless --convert-to pdf``; the return written by
    ``exporters.excel_return.write_return`` beforehand, not timed). Goal: at least 5x faster.
    Reported as not measured when LibreOffice or the Excel return exporter is missing.

Each figure is the best of ``--repeat`` runs after one untimed warm-up; floor and Craffu
alternate in each repeat.

    python bench/pdf_bench.py [--indicators 500] [--repeat 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import generate_pack  # noqa: E402
from model.pack import Pack  # noqa: E402


def bare_reportlab(cells: list[list[str]], commentary: list[str]) -> bytes:
    """The floor: the same cells as one reportlab table, nothing else."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from exporters.pdf_base import FONT, register_fonts

    register_fonts()
    # the paper's legible sizes: 9 pt cells; under each row its status explanation and then
    # its commentary (issue 11), so the floor lays out the same texts
    style = ParagraphStyle("c", fontName=FONT, fontSize=9, leading=11)
    small = ParagraphStyle("s", fontName=FONT, fontSize=9, leading=11)
    data = [["Code", "Indicator", "Outturn", "Q1", "Q2", "Q3", "Q4", "YTD", "Target", "RAG",
             "Trend", "Forecast"]]
    for row, (explanation, text) in zip(cells, commentary, strict=True):
        data.append([row[0], Paragraph(row[1], style), *row[2:-1],
                     Paragraph(row[-1], style)])
        data.append(["", [Paragraph(explanation, small)]
                     + ([Paragraph(text, small)] if text else [])] + [""] * 10)
    widths = [w * mm for w in (17, 72, 20, 18, 18, 18, 18, 20, 20, 12, 15, 19)]
    table = Table(data, colWidths=widths, repeatRows=1,
                  style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9),
                                    ("GRID", (0, 0), (-1, -1), 0.3, "#9AA5B1")]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=15 * mm,
                      rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=19 * mm,
                      invariant=1).build([table])
    return buffer.getvalue()


def floor_cells(pack, period):
    """The texts the floor lays out, taken from the scorecard (not timed)."""
    from exporters.pdf_scorecard import figure_text
    from model import symbols
    from model.scorecard import build_scorecard

    cells, commentary = [], []
    for row in build_scorecard(pack, period).rows:
        ind, s = row.indicator, row.status
        cells.append([ind.code, ind.title, figure_text(ind, row.previous_outturn),
                      *(figure_text(ind, q) for q in row.quarters), figure_text(ind, s.ytd),
                      figure_text(ind, s.target), symbols.rag_symbol(s.rag),
                      symbols.arrow_symbol(s.direction),
                      f"{symbols.face_symbol(s.forecast)}<br/>{s.forecast}"])
        commentary.append((s.explanation, row.commentary.text if row.has_commentary else ""))
    return cells, commentary


def craffu(pack, period) -> bytes:
    from exporters.pdf_base import PaperOptions
    from exporters.pdf_scorecard import write_scorecard_pdf

    return write_scorecard_pdf(pack, period, None, PaperOptions(prepared=dt.date(2025, 7, 1)))


def best(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the pack, PDFs and return here")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="craffu-pdf-bench-")) if not args.keep else args.keep
    work.mkdir(parents=True, exist_ok=True)
    pack_path = work / f"bench-{args.indicators}.craffu"
    if not pack_path.exists():
        generate_pack(pack_path, indicators=args.indicators)
    pack = Pack.open(pack_path, read_only=True)
    period = pack.latest_period()
    cells, commentary = floor_cells(pack, period)

    craffu(pack, period)  # warm-up: imports, font registration
    bare_reportlab(cells, commentary)
    c_times, f_times = [], []
    pdf = floor_pdf = b""
    for _ in range(args.repeat):
        t, floor_pdf = best(lambda: bare_reportlab(cells, commentary), 1)
        f_times.append(t)
        t, pdf = best(lambda: craffu(pack, period), 1)
        c_times.append(t)
    c, f = min(c_times), min(f_times)
    (work / "scorecard.pdf").write_bytes(pdf)
    (work / "floor.pdf").write_bytes(floor_pdf)
    from pypdf import PdfReader

    pages, floor_pages = len(PdfReader(io.BytesIO(pdf)).pages), len(
        PdfReader(io.BytesIO(floor_pdf)).pages)

    print(f"Craffu PDF benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}, {platform.node()}, "
          f"nproc {os.cpu_count()}, Python {platform.python_version()}, best of "
          f"{args.repeat}")
    print(f"pack: {args.indicators} indicators, period {period.label}; "
          f"{sum(1 for _e, t in commentary if t)} with commentary")
    print(f"(a) scorecard PDF: Craffu {c:.3f} s ({pages} pages) vs bare reportlab {f:.3f} s "
          f"({floor_pages} pages): {c / f:.2f}x  goal <= 1.5x: "
          f"{'PASS' if c / f <= 1.5 else 'MISS'}")

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    try:
        from exporters.excel_return import write_return
    except ImportError:
        write_return = None
    if soffice is None or write_return is None:
        missing = "LibreOffice (soffice)" if soffice is None else "exporters.excel_return"
        print(f"(b) LibreOffice converting the Excel return: not measured ({missing} not "
              "available)")
    else:
        workbook = write_return(pack, period, work / "return.xlsx")
        out = work / "lo"
        out.mkdir(exist_ok=True)

        def convert():
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out),
                            str(workbook)], check=True, capture_output=True, timeout=600)

        convert()  # warm-up (profile creation)
        lo, _ = best(convert, max(1, min(args.repeat, 3)))
        print(f"(b) LibreOffice converting the Excel return: {lo:.3f} s; Craffu {c:.3f} s: "
              f"{lo / c:.1f}x faster  goal >= 5x: {'PASS' if lo / c >= 5 else 'MISS'}")
    pack.close()
    print(f"files in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
