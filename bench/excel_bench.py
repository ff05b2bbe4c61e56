"""Excel returns and templates against bare openpyxl, measured in the same run.

(c) the return: ``write_return(pack, period, path)`` for a 500-indicator pack (``build_scorecard``
    included). Floor: a bare openpyxl script that writes the same scorecard cells (the same values,
    number formats, fonts, fills, alignment, conditional formatting, widths, freeze, filter) from
    figures computed beforehand, and saves. Goal: within 1.5x of the floor.
(d) the template import: ``read_template(filled, pack)`` of a filled 500-indicator template (every
    value or numerator/denominator and the commentary filled), building the plan. Floor: the same
    workbook read with openpyxl ``read_only=True``, every cell's value. Goal: within 1.5x.

The pack is ``bench.generate.generate_pack`` (500 indicators, 10 years). Each figure is the best of
``--repeat`` runs after one untimed warm-up; floor and measured code alternate in each repeat.
Always exits 0 and prints PASS or MISS per goal.

    python bench/excel_bench.py [--repeat N] [--data DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import generate_pack  # noqa: E402
from exporters.excel_return import (  # noqa: E402
    _WIDTHS,
    SCORECARD_COLUMNS,
    excel_number,
    number_format,
    write_return,
)
from exporters.excel_template import write_template  # noqa: E402
from model import symbols  # noqa: E402
from model.numbers import round_half_away  # noqa: E402
from model.pack import Pack  # noqa: E402
from model.scorecard import build_scorecard  # noqa: E402
from model.template_import import COLUMN, FIGURES_SHEET, FIRST_ROW, read_template  # noqa: E402

GOAL_RATIO = 1.5


def scorecard_cells(pack, period) -> list[list[tuple]]:
    """The scorecard rows as (value, number format or None) cells, computed before timing."""
    rows = []
    for row in build_scorecard(pack, period).rows:
        s, ind = row.status, row.indicator
        fmt = number_format(ind)
        figures = (*row.quarters, row.previous_outturn, s.value, s.ytd, s.target, s.comparison)
        cells = [(ind.group, None), (ind.code, None), (ind.title, None), (ind.unit, None)]
        cells += [(excel_number(round_half_away(f, s.decimals)), fmt) for f in figures]
        cells += [(symbols.rag_symbol(s.rag), None), (symbols.arrow_symbol(s.direction), None),
                  (s.direction, None), (symbols.face_symbol(s.forecast), None),
                  (s.forecast, None), (s.explanation, None),
                  (row.commentary.text if row.commentary else None, None),
                  (row.commentary.text_cy if row.commentary else None, None)]
        rows.append(cells)
    return rows


def floor_return(rows: list[list[tuple]], path: Path) -> None:
    """Bare openpyxl: the scorecard sheet's cells and styles, saved."""
    import openpyxl
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Scorecard"
    bold = Font(name="Calibri", bold=True)
    fill = PatternFill("solid", start_color="DDE4EE", end_color="DDE4EE")
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for col, heading in enumerate(SCORECARD_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=col, value=heading)
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
    for number, cells in enumerate(rows, start=2):
        for col, (value, fmt) in enumerate(cells, start=1):
            cell = sheet.cell(row=number, column=col, value=value)
            if fmt:
                cell.number_format = fmt
            cell.alignment = wrap if col in (1, 3, 19, 20, 21) else top
        sheet.row_dimensions[number].height = 30
    for letter, colour in (("G", "1AA57A"), ("A", "F0B429"), ("R", "E8564A")):
        sheet.conditional_formatting.add(
            f"N2:N{len(rows) + 1}",
            CellIsRule(operator="equal", formula=[f'"{letter}"'],
                       fill=PatternFill("solid", start_color=colour, end_color=colour)))
    for col, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = f"A1:U{len(rows) + 1}"
    book.save(path)


def floor_read(path: Path) -> int:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    count = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    count += 1
    book.close()
    return count


def fill_template(template: Path, filled: Path, pack, period) -> None:
    """Fill every input cell, as a service would, and save as ``filled``."""
    import openpyxl

    book = openpyxl.load_workbook(template)
    sheet = book[FIGURES_SHEET]
    for row in range(FIRST_ROW, sheet.max_row + 1):
        code = sheet.cell(row=row, column=COLUMN["Key: code"]).value
        if not code:
            continue
        ind = pack.indicator(code)
        fraction = sheet.cell(row=row, column=COLUMN["What to enter"]).value != "value"
        if fraction:
            sheet.cell(row=row, column=COLUMN["Numerator"], value=40 + row % 7)
            sheet.cell(row=row, column=COLUMN["Denominator"], value=60 + row % 11)
        elif ind.unit == "percent":
            sheet.cell(row=row, column=COLUMN["Value"], value=50 + row % 40)
        else:
            sheet.cell(row=row, column=COLUMN["Value"], value=100 + row)
        sheet.cell(row=row, column=COLUMN["Commentary"],
                   value=f"Figures for {code} in the quarter, with actions planned.")
        sheet.cell(row=row, column=COLUMN["Commentary (Welsh)"],
                   value=f"Ffigurau ar gyfer {code} yn y chwarter.")
    book.save(filled)


def timed(func) -> float:
    gc.collect()
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data", type=Path, help="keep (and reuse) the generated pack here")
    args = parser.parse_args(argv)
    temp = tempfile.TemporaryDirectory()
    data = args.data or Path(temp.name)
    data.mkdir(parents=True, exist_ok=True)
    pack_path = data / "bench-500.craffu"
    if not pack_path.exists():
        generate_pack(pack_path, indicators=500, years=10)
    pack = Pack.open(pack_path, read_only=True)
    period = pack.latest_period()
    next_period = period.next()
    work = Path(temp.name)
    out, floor_out = work / "return.xlsx", work / "floor.xlsx"
    template, filled = work / "template.xlsx", work / "filled.xlsx"
    write_template(pack, next_period, template)
    fill_template(template, filled, pack, next_period)
    rows = scorecard_cells(pack, period)
    plan = read_template(filled, pack)
    changes = len(plan.changes)

    best = {"return": [], "floor_return": [], "import": [], "floor_read": []}
    for repeat in range(args.repeat + 1):
        results = {
            "floor_return": timed(lambda: floor_return(rows, floor_out)),
            "return": timed(lambda: write_return(pack, period, out)),
            "floor_read": timed(lambda: floor_read(filled)),
            "import": timed(lambda: read_template(filled, pack)),
        }
        if repeat:  # the first run warms up
            for key, seconds in results.items():
                best[key].append(seconds)
    b = {key: min(values) for key, values in best.items()}
    print(f"Craffu Excel benchmarks, {dt.datetime.now():%Y-%m-%d %H:%M}, "
          f"{platform.node()}, Python {platform.python_version()}, best of {args.repeat}")
    print(f"pack: 500 indicators, return for {period.label}; template for {next_period.label} "
          f"filled: {changes:,} changed fields, {filled.stat().st_size / 1024:,.0f} KB")
    print(f"{'measure':46} {'floor s':>8} {'Craffu s':>9} {'ratio':>7}  goal      result")
    print("-" * 90)
    lines = (("(c) Excel return, 500 indicators", "floor_return", "return"),
             ("(d) import filled template, 500 indicators", "floor_read", "import"))
    verdicts = []
    for label, floor_key, key in lines:
        ratio = b[key] / b[floor_key]
        verdict = "PASS" if ratio <= GOAL_RATIO else "MISS"
        verdicts.append((label, ratio, verdict))
        print(f"{label:46} {b[floor_key]:8.3f} {b[key]:9.3f} {ratio:6.2f}x  <= 1.5x    {verdict}")
    for label, ratio, verdict in verdicts:
        print(f"goal {label} <= 1.5x bare openpyxl: {verdict} ({ratio:.2f}x)")
    pack.close()
    temp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
