"""The quarter's Excel return: the period's scorecard and supporting tables as one workbook.

``write_return(pack, period, path)`` writes, from ``model.scorecard.build_scorecard`` (the one
structure every output reads) and the pack:

- **Cover**: organisation, committee, report title, pack, period, generated date, the RAG counts,
  the sheets, and the key of ``model.symbols`` (RAG letters on their fills, arrows, faces).
- **Scorecard**: one row per indicator in paper order: group, code, title, unit, the four
  quarters, last year's outturn, the period value, YTD, target, comparison, RAG letter (with a
  conditional fill), arrow and its words, face and its words, the explanation and the commentary
  (English and Welsh).
- **Breakdowns** (the period's cross-tables, with row, column and grand totals), **Snapshots**
  (counts by category at each date, with totals and the change), **Commitments** (status and
  progress for the period) and **Trend** (each key area's indicator over five financial years,
  with its target, and a native line chart, not smoothed).

Rules:
- Every figure is a number cell holding the figure as printed (rounded half away from zero to
  the indicator's decimals), never a formula; totals are computed here and written as numbers;
  the statuses (RAG, direction, forecast) are written as values, so any reader sees them
  (openpyxl stores no cached results for formulas, and pandas would read them as empty).
- **Percentages are stored as 0-100** (85.0, not 0.85) with the number format ``0.0"%"``: the
  ``%`` is a literal suffix, so Excel and LibreOffice show ``85.0%`` and openpyxl, pandas and
  a CSV of the raw values read 85.0, the pack's number (a real ``0.0%`` format would need 0.85
  and every reader would have to multiply by 100). Counts ``#,##0``, currency ``"£"#,##0``, other
  units ``#,##0.0`` etc., always with the indicator's decimals. Blank is an empty cell, never 0.
- Text is always text: a title or commentary beginning with ``=``, ``+``, ``-`` or ``@`` is stored
  as a string with the quote-prefix style, so it is shown and never run; control characters that
  XML cannot carry are dropped.
- Table sheets have their heading row frozen and filtered, column widths set and long text
  wrapped; every sheet prints landscape on A4, fit to the page width, repeating the heading rows,
  with a footer giving the sheet, the period and "page X of Y".
- Defined names: ``ScorecardTable``, ``CommitmentsTable``, ``SymbolKey`` and ``TrendTable`` for the
  main ranges.
- The workbook is written to a temporary file and moved into place: a failed export never leaves
  half a file.

openpyxl is imported when a workbook is written, not when this module is imported.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from exporters.files import replacing
from model import records as r
from model import symbols
from model.numbers import round_half_away
from model.periods import Period
from model.scorecard import Scorecard, build_scorecard
from model.status import evaluate

__all__ = [
    "SCORECARD_COLUMNS",
    "SHEETS",
    "write_return",
    "build_return_workbook",
    "number_format",
    "excel_number",
    "put_text",
    "row_height",
]

SHEETS = ("Cover", "Scorecard", "Breakdowns", "Snapshots", "Commitment progress", "Trend")

#: Scorecard sheet headings (the quarter headings name the financial year, e.g. "Q1 2024-25").
SCORECARD_COLUMNS = (
    "Group", "Code", "Indicator", "Unit", "Q1", "Q2", "Q3", "Q4", "Last year outturn",
    "Period value", "Year to date", "Target", "Compared with", "RAG", "Arrow",
    "Direction", "Face", "Forecast", "Explanation", "Commentary",
    "Commentary (Welsh)",
)
_WIDTHS = (16, 8, 36, 6, 9, 9, 9, 9, 10, 9, 9, 9, 11, 5, 6, 11, 6, 9, 48, 48, 36)
_NUMBER_COLUMNS = range(5, 14)  # Q1 .. Comparison
_COMMITMENT_COLUMNS = ("Ref", "Commitment", "Owner", "Due", "Status", "Progress",
                       "Progress (Welsh)")
_COMMITMENT_WIDTHS = (10, 50, 26, 12, 14, 60, 40)

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HEADING_FILL = "DDE4EE"
_UNIT_WORDS = {"count": "count", "percent": "%", "rate": "rate", "days": "days",
               "currency": "£", "ratio": "ratio"}


# -- cells shared with the template --------------------------------------------------------


def number_format(indicator: r.Indicator) -> str:
    """The Excel number format for the indicator's unit and display decimals."""
    d = indicator.display_decimals
    fraction = "." + "0" * d if d else ""
    if indicator.unit == "percent":
        return f'0{fraction}"%"'
    if indicator.unit == "currency":
        return f'"£"#,##0{fraction};-"£"#,##0{fraction}'
    return f"#,##0{fraction}"


def excel_number(value: Decimal | int | None) -> int | float | None:
    """A figure as a cell value: whole numbers as int, others as the float of the same decimal."""
    if value is None:
        return None
    if isinstance(value, int):
        return value
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def put_text(cell, text: Any) -> None:
    """Write ``text`` so that it is shown and never run as a formula."""
    if text is None or text == "":
        return
    text = _ILLEGAL.sub("", str(text))
    cell.value = text
    cell.data_type = "s"
    if text[:1] in ("=", "+", "-", "@"):
        cell.quotePrefix = True


# -- the workbook ------------------------------------------------------------------------------


class _Styles:
    """The few styles of the return, built once (openpyxl deduplicates them per workbook)."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.bold = Font(name="Calibri", bold=True)
        self.title = Font(name="Calibri", bold=True, size=14)
        self.subtitle = Font(name="Calibri", bold=True, size=12)
        self.heading_fill = PatternFill("solid", start_color=_HEADING_FILL,
                                        end_color=_HEADING_FILL)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.left = Alignment(horizontal="left", vertical="top")
        self.top = Alignment(vertical="top")
        self.centre = Alignment(horizontal="center", vertical="top")
        self.heading_align = Alignment(wrap_text=True, vertical="bottom")
        thin = Side(style="thin", color="A0A0A0")
        self.total_border = Border(top=thin)
        self.rag_fill = {
            rag: PatternFill("solid", start_color=colour[1:], end_color=colour[1:])
            for rag, colour in symbols.RAG_FILL.items()
        }
        self.arrow_font = {
            direction: Font(name="Calibri", color=colour[1:], bold=True)
            for direction, colour in symbols.ARROW_COLOUR.items()
        }


def write_return(pack, period: Period, path: Path | str, *,
                 generated: dt.date | None = None) -> Path:
    """Write the return for ``period`` to ``path`` (replaced only once complete)."""
    path = Path(path)
    workbook = build_return_workbook(pack, period, generated=generated)
    with replacing(path) as temp:
        workbook.save(temp)
    return path


def build_return_workbook(pack, period: Period, *, generated: dt.date | None = None,
                          scorecard: Scorecard | None = None):
    """The return as an openpyxl Workbook (not saved)."""
    import openpyxl

    scorecard = scorecard or build_scorecard(pack, period)
    generated = generated or dt.date.today()
    styles = _Styles()
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    settings = pack.settings
    footer = f"{settings.organisation or pack.name} · {period.label} return"
    _cover(workbook.create_sheet("Cover"), pack, scorecard, generated, styles)
    _scorecard(workbook.create_sheet("Scorecard"), scorecard, styles)
    _breakdowns(workbook.create_sheet("Breakdowns"), pack, period, styles)
    _snapshots(workbook.create_sheet("Snapshots"), pack, styles)
    _commitments(workbook.create_sheet("Commitment progress"), pack, period, styles)
    _trend(workbook.create_sheet("Trend"), pack, period, styles)
    for sheet in workbook.worksheets:
        _print_setup(sheet, footer)
    workbook.properties.title = f"{settings.report_title or 'Performance return'} – {period.label}"
    workbook.properties.creator = "Craffu"
    workbook.properties.language = "en-GB"
    return workbook


def _define(workbook, name: str, sheet, ref: str) -> None:
    from openpyxl.workbook.defined_name import DefinedName

    workbook.defined_names[name] = DefinedName(name, attr_text=f"'{sheet.title}'!{ref}")


def _absolute(first_col: int, first_row: int, last_col: int, last_row: int) -> str:
    from openpyxl.utils import get_column_letter as letter

    return f"${letter(first_col)}${first_row}:${letter(last_col)}${last_row}"


def _widths(sheet, widths) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _heading_row(sheet, row: int, headings, styles: _Styles, first_col: int = 1) -> None:
    for col, heading in enumerate(headings, start=first_col):
        cell = sheet.cell(row=row, column=col)
        put_text(cell, heading)
        cell.font = styles.bold
        cell.fill = styles.heading_fill
        cell.alignment = styles.heading_align


def _print_setup(sheet, footer: str) -> None:
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 1 if sheet.title == "Cover" else 0  # the cover on one page
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.left.text = "&A"
    sheet.oddFooter.center.text = footer.replace("&", "&&")
    sheet.oddFooter.right.text = "Page &P of &N"


# -- cover -------------------------------------------------------------------------------------


def _cover(sheet, pack, scorecard: Scorecard, generated: dt.date, styles: _Styles) -> None:
    settings = pack.settings
    period = scorecard.period
    put_text(sheet["A1"], settings.report_title or "Performance return")
    sheet["A1"].font = styles.title
    facts = (
        ("Organisation", settings.organisation),
        ("Committee", settings.committee),
        ("Pack", settings.pack_title or pack.name),
        ("Period", f"{period.label} ({_day(period.first_day)} to {_day(period.last_day)})"),
        ("Generated", generated),
        ("Indicators", len(scorecard.rows)),
    )
    row = 3
    for label, value in facts:
        put_text(sheet.cell(row=row, column=1), label)
        sheet.cell(row=row, column=1).font = styles.bold
        cell = sheet.cell(row=row, column=2)
        if isinstance(value, dt.date):
            cell.value = value
            cell.number_format = "d mmmm yyyy"
            cell.alignment = styles.left
        elif isinstance(value, int):
            cell.value = value
            cell.alignment = styles.left
        else:
            put_text(cell, value)
        row += 1
    row += 1
    put_text(sheet.cell(row=row, column=1), "Status of the indicators")
    sheet.cell(row=row, column=1).font = styles.subtitle
    row += 1
    for rag, count in scorecard.rag_counts().items():
        label = sheet.cell(row=row, column=1)
        put_text(label, rag if rag in ("n/a", "no data") else
                 f"{symbols.rag_symbol(rag)} {rag}")
        if rag in styles.rag_fill:
            label.fill = styles.rag_fill[rag]
        sheet.cell(row=row, column=2, value=count).alignment = styles.left
        row += 1
    row += 1
    put_text(sheet.cell(row=row, column=1), "Key")
    sheet.cell(row=row, column=1).font = styles.subtitle
    row += 1
    _heading_row(sheet, row, ("Symbol", "Meaning"), styles)
    first = row
    for symbol, words, what in symbols.KEY_ITEMS:
        row += 1
        cell = sheet.cell(row=row, column=1)
        put_text(cell, symbol)
        cell.alignment = styles.centre
        if what in styles.rag_fill:
            cell.fill = styles.rag_fill[what]
        elif what in styles.arrow_font:
            cell.font = styles.arrow_font[what]
        put_text(sheet.cell(row=row, column=2), words)
    _define(sheet.parent, "SymbolKey", sheet, _absolute(1, first, 2, row))
    row += 2
    put_text(sheet.cell(row=row, column=1), "Sheets")
    sheet.cell(row=row, column=1).font = styles.subtitle
    notes = (
        ("Scorecard", "every indicator: quarters, year to date, target, RAG, direction, "
                      "forecast, explanation and commentary"),
        ("Breakdowns", f"cross-tables for {period.label}, with totals"),
        ("Snapshots", "counts by category at two or more dates"),
        ("Commitment progress", f"status and progress of the commitments in {period.label}"),
        ("Trend", "the key areas over five financial years, with charts"),
    )
    for name, what in notes:
        row += 1
        put_text(sheet.cell(row=row, column=1), name)
        put_text(sheet.cell(row=row, column=2), what)
    row += 2
    put_text(sheet.cell(row=row, column=1),
             "Percentages are stored as numbers from 0 to 100 (85.0 is shown as 85.0%). "
             "Figures are rounded to each indicator's decimals, as printed in the papers; "
             "a blank cell means no figure.")
    sheet.cell(row=row, column=1).alignment = styles.wrap
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    sheet.row_dimensions[row].height = 32
    _widths(sheet, (26, 90))


class _Looks:
    """Cell styles by name, each built once and then copied onto cells as openpyxl's compact
    style array: assigning style objects cell by cell re-hashes them every time (most of the
    time a large scorecard takes to build)."""

    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.arrays: dict[str, Any] = {}

    def apply(self, cell, name: str, fmt: str | None = None) -> None:
        quote = cell.quotePrefix  # put_text's mark for formula-like text: kept
        array = self.arrays.get(name)
        if array is not None:
            cell._style = copy.copy(array)
            if quote:
                cell.quotePrefix = True
            return
        styles = self.styles
        if name.startswith("number:"):
            cell.number_format = fmt
            cell.alignment = styles.top
        elif name.startswith("arrow:"):
            cell.alignment = styles.centre
            direction = name.partition(":")[2]
            if direction:
                cell.font = styles.arrow_font[direction]
        else:
            cell.alignment = {"wrap": styles.wrap, "top": styles.top,
                              "centre": styles.centre}[name]
        cell.quotePrefix = False
        self.arrays[name] = copy.copy(cell._style)
        cell.quotePrefix = quote


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


# -- scorecard ---------------------------------------------------------------------------------


def _scorecard(sheet, scorecard: Scorecard, styles: _Styles) -> None:
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.utils import get_column_letter

    period = scorecard.period
    headings = list(SCORECARD_COLUMNS)
    for q in range(4):
        headings[4 + q] = f"Q{q + 1} {period.fy.label}"
    headings[8] = f"Outturn {period.fy.previous().label}"
    _heading_row(sheet, 1, headings, styles)
    sheet.row_dimensions[1].height = 30
    look = _Looks(styles)
    row_number = 1
    for row in scorecard.rows:
        row_number += 1
        ind = row.indicator
        s = row.status
        fmt = number_format(ind)
        cell = sheet.cell
        arrow_key = s.direction if (s.direction in styles.arrow_font
                                    and ind.polarity != "none") else ""
        texts = (
            (1, ind.group, "wrap"), (2, ind.code, "top"), (3, ind.title, "wrap"),
            (4, _UNIT_WORDS.get(ind.unit, ind.unit), "top"),
            (14, symbols.rag_symbol(s.rag), "centre"),
            (15, symbols.arrow_symbol(s.direction), f"arrow:{arrow_key}"),
            (16, s.direction, "top"), (17, symbols.face_symbol(s.forecast), "centre"),
            (18, s.forecast + (" (officer)" if s.forecast_overridden else ""), "top"),
            (19, s.explanation, "wrap"),
            (20, row.commentary.text if row.commentary else "", "wrap"),
            (21, row.commentary.text_cy if row.commentary else "", "wrap"),
        )
        for col, text, how in texts:
            target = cell(row=row_number, column=col)
            put_text(target, text)
            look.apply(target, how)
        figures = (*row.quarters, row.previous_outturn, s.value, s.ytd, s.target, s.comparison)
        for col, figure in enumerate(figures, start=5):
            if figure is None:
                continue
            target = cell(row=row_number, column=col,
                          value=excel_number(round_half_away(figure, s.decimals)))
            look.apply(target, f"number:{fmt}", fmt=fmt)
        sheet.row_dimensions[row_number].height = row_height(
            (text, _WIDTHS[col - 1]) for col, text, how in texts if how == "wrap")
    last = max(row_number, 2)
    width = len(SCORECARD_COLUMNS)
    rag_range = f"N2:N{last}"
    for rag, letter in (("Green", "G"), ("Amber", "A"), ("Red", "R")):
        sheet.conditional_formatting.add(
            rag_range, CellIsRule(operator="equal", formula=[f'"{letter}"'],
                                  fill=styles.rag_fill[rag]))
    _widths(sheet, _WIDTHS)
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{last}"
    sheet.print_title_rows = "1:1"
    _define(sheet.parent, "ScorecardTable", sheet, _absolute(1, 1, width, last))


def row_height(texts) -> float:
    """Points for a row whose wrapped cells hold ``texts`` ((text, column width) pairs):
    spreadsheet programs do not grow a row to fit wrapped text that a file brings in."""
    lines = 1
    for text, width in texts:
        if not text:
            continue
        per_line = max(1.0, width * 1.15)
        count = sum(max(1, -(-len(part) // int(per_line))) for part in str(text).split("\n"))
        lines = max(lines, count)
    return 15.0 * lines


# -- breakdowns and snapshots ------------------------------------------------------------------


def _total(numbers) -> int | None:
    present = [n for n in numbers if n is not None]
    return sum(present) if present else None


def _sheet_title(sheet, title: str, has_items: bool, empty: str, styles: _Styles) -> int:
    """The sheet's title in A1 (and a line saying it is empty); the row to write from."""
    put_text(sheet["A1"], title)
    sheet["A1"].font = styles.title
    if not has_items:
        put_text(sheet.cell(row=3, column=1), empty)
    return 3


def _table_title(sheet, row: int, item, styles: _Styles) -> int:
    """A breakdown's or snapshot's title (and note) at ``row``; the row after them."""
    put_text(sheet.cell(row=row, column=1), item.title)
    sheet.cell(row=row, column=1).font = styles.subtitle
    row += 1
    if item.note:
        put_text(sheet.cell(row=row, column=1), item.note)
        row += 1
    return row


def _breakdowns(sheet, pack, period: Period, styles: _Styles) -> None:
    items = sorted((b for b in pack.all("breakdown") if b.period == period),
                   key=lambda b: (b.position, b.name))
    row = _sheet_title(sheet, f"Breakdowns, {period.label}", bool(items),
                       f"The pack has no breakdowns for {period.label}.", styles)
    widest = 1
    for item in items:
        row = _table_title(sheet, row, item, styles)
        columns = list(item.columns)
        heading = f"{item.row_heading or ''} \\ {item.column_heading}".strip(" \\") \
            if item.column_heading else item.row_heading
        _heading_row(sheet, row, [heading or "", *columns, "Total"], styles)
        sheet.row_dimensions[row].height = 30
        widest = max(widest, len(columns) + 2)
        for label, counts in zip(item.rows, item.cells, strict=False):
            row += 1
            put_text(sheet.cell(row=row, column=1), label)
            for col, count in enumerate(counts, start=2):
                if count is not None:
                    sheet.cell(row=row, column=col, value=count).number_format = "#,##0"
            total = _total(counts)
            if total is not None:
                cell = sheet.cell(row=row, column=len(columns) + 2, value=total)
                cell.number_format = "#,##0"
                cell.font = styles.bold
        row += 1
        put_text(sheet.cell(row=row, column=1), "Total")
        for col in range(len(columns) + 1):
            column_counts = [counts[col] if col < len(counts) else None
                             for counts in item.cells] if col < len(columns) else \
                [_total(counts) for counts in item.cells]
            total = _total(column_counts)
            cell = sheet.cell(row=row, column=col + 2)
            if total is not None:
                cell.value = total
                cell.number_format = "#,##0"
        for col in range(1, len(columns) + 3):
            cell = sheet.cell(row=row, column=col)
            cell.font = styles.bold
            cell.border = styles.total_border
        if item.indicator:
            row += 1
            put_text(sheet.cell(row=row, column=1),
                     f"The grand total is the {period.label} figure of indicator "
                     f"{item.indicator}.")
        row += 2
    _widths(sheet, (30, *([18] * (widest - 1))))


def _snapshots(sheet, pack, styles: _Styles) -> None:
    items = sorted(pack.all("snapshot"), key=lambda s: (s.position, s.name))
    row = _sheet_title(sheet, "Snapshots", bool(items), "The pack has no snapshots.", styles)
    widest = 1
    for item in items:
        row = _table_title(sheet, row, item, styles)
        dates = [_date_heading(d) for d in item.dates]
        change = len(dates) >= 2
        _heading_row(sheet, row, ["Category", *dates, *(["Change"] if change else [])], styles)
        widest = max(widest, len(dates) + 1 + change)
        for label, counts in zip(item.categories, item.counts, strict=False):
            row += 1
            put_text(sheet.cell(row=row, column=1), label)
            for col, count in enumerate(counts, start=2):
                if count is not None:
                    sheet.cell(row=row, column=col, value=count).number_format = "#,##0"
            if change and counts and counts[0] is not None and counts[-1] is not None:
                cell = sheet.cell(row=row, column=len(dates) + 2, value=counts[-1] - counts[0])
                cell.number_format = "+#,##0;-#,##0;0"
        row += 1
        put_text(sheet.cell(row=row, column=1), "Total")
        totals = [_total([c[i] if i < len(c) else None for c in item.counts])
                  for i in range(len(dates))]
        for col, total in enumerate(totals, start=2):
            if total is not None:
                sheet.cell(row=row, column=col, value=total).number_format = "#,##0"
        if change and totals and totals[0] is not None and totals[-1] is not None:
            cell = sheet.cell(row=row, column=len(dates) + 2, value=totals[-1] - totals[0])
            cell.number_format = "+#,##0;-#,##0;0"
        for col in range(1, len(dates) + 2 + change):
            cell = sheet.cell(row=row, column=col)
            cell.font = styles.bold
            cell.border = styles.total_border
        row += 2
    _widths(sheet, (30, *([16] * (widest - 1))))


def _date_heading(text: str) -> str:
    try:
        return f"{dt.date.fromisoformat(text):%d %b %Y}"
    except (TypeError, ValueError):
        return str(text)


# -- commitments -------------------------------------------------------------------------------


def _commitments(sheet, pack, period: Period, styles: _Styles) -> None:
    from openpyxl.utils import get_column_letter

    _heading_row(sheet, 1, _COMMITMENT_COLUMNS, styles)
    items = sorted(pack.all("commitment"), key=lambda c: (c.position, c.ref))
    row = 1
    for item in items:
        row += 1
        update = pack.get("commitment_update", (item.ref, period))
        put_text(sheet.cell(row=row, column=1), item.ref)
        put_text(sheet.cell(row=row, column=2), item.title)
        put_text(sheet.cell(row=row, column=3), item.owner)
        if item.due is not None:
            cell = sheet.cell(row=row, column=4, value=item.due)
            cell.number_format = "yyyy-mm-dd"
        status = sheet.cell(row=row, column=5)
        put_text(status, update.status if update else "no update")
        if update and update.status in styles.rag_fill:
            status.fill = styles.rag_fill[update.status]
        if update:
            put_text(sheet.cell(row=row, column=6), update.progress)
            put_text(sheet.cell(row=row, column=7), update.progress_cy)
        for col in range(1, 8):
            sheet.cell(row=row, column=col).alignment = styles.wrap
    last = max(row, 2)
    _widths(sheet, _COMMITMENT_WIDTHS)
    sheet.freeze_panes = "B2"
    width = len(_COMMITMENT_COLUMNS)
    sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{last}"
    sheet.print_title_rows = "1:1"
    _define(sheet.parent, "CommitmentsTable", sheet, _absolute(1, 1, width, last))


# -- five-year trend ---------------------------------------------------------------------------


def _trend(sheet, pack, period: Period, styles: _Styles) -> None:
    from openpyxl.chart import LineChart, Reference
    from openpyxl.chart.series import SeriesLabel

    put_text(sheet["A1"], f"Key areas: five-year trend to {period.label}")
    sheet["A1"].font = styles.title
    put_text(sheet["A2"], "Each financial year's figure as reported at its year end (the year "
                          "to date for the current year), against the year's target.")
    _heading_row(sheet, 4, ("Key area", "Code", "Year", "Figure", "Target", "RAG"), styles)
    areas = sorted(pack.all("key_area"), key=lambda k: (k.position, k.name))
    row = 4
    chart_row = 4
    years = [period.fy]
    while len(years) < 5:
        years.insert(0, years[0].previous())
    for area in areas:
        indicator = pack.indicator(area.indicator)
        if indicator is None:
            continue
        first = row + 1
        fmt = number_format(indicator)
        for fy in years:
            row += 1
            at = period if fy == period.fy else Period(fy.start, 4)
            status = evaluate(pack, indicator.code, at)
            put_text(sheet.cell(row=row, column=1), area.title)
            put_text(sheet.cell(row=row, column=2), indicator.code)
            label = fy.label if at.quarter == 4 else f"{fy.label} (Q{at.quarter} to date)"
            put_text(sheet.cell(row=row, column=3), label)
            for col, figure in ((4, status.ytd), (5, status.target)):
                if figure is not None:
                    sheet.cell(row=row, column=col, value=excel_number(figure)).number_format = fmt
            rag = sheet.cell(row=row, column=6)
            put_text(rag, symbols.rag_symbol(status.rag))
            rag.alignment = styles.centre
            if status.rag in styles.rag_fill:
                rag.fill = styles.rag_fill[status.rag]
        chart = LineChart()
        chart.title = _chart_title(f"{area.title} ({indicator.code})")
        chart.y_axis.title = _UNIT_WORDS.get(indicator.unit, indicator.unit)
        chart.y_axis.number_format = fmt
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.height, chart.width = 6.5, 13
        data = Reference(sheet, min_col=4, max_col=5, min_row=first, max_row=row)
        chart.add_data(data, titles_from_data=False)
        for series, name in zip(chart.series, ("Figure", "Target"), strict=False):
            series.tx = SeriesLabel(v=name)
            series.smooth = False
        chart.set_categories(Reference(sheet, min_col=3, min_row=first, max_row=row))
        sheet.add_chart(chart, f"H{chart_row}")
        chart_row += 14
    last = max(row, 5)
    _widths(sheet, (54, 9, 20, 12, 12, 8))
    sheet.freeze_panes = "A5"
    sheet.print_title_rows = "4:4"
    _define(sheet.parent, "TrendTable", sheet, _absolute(1, 4, 6, last))


def _chart_title(text: str):
    """A chart title in 11 point bold (openpyxl's default title is drawn at 18 point)."""
    from openpyxl.chart.text import RichText, Text
    from openpyxl.chart.title import Title
    from openpyxl.drawing.text import (
        CharacterProperties,
        Paragraph,
        ParagraphProperties,
        RegularTextRun,
    )

    props = CharacterProperties(sz=1100, b=True)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=props),
                          r=[RegularTextRun(rPr=props, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)
