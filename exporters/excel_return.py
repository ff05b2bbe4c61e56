"""The quarter's Excel return: the period's scorecard and supporting tables as one workbook.

``write_return(pack, period, path)`` writes, from the period report
(``model.report.PeriodReport``, the one structure every output reads):

- **Cover**: organisation, committee, report title, pack, period, generated date, the RAG counts,
  the sheets, and the key of ``model.symbols`` (RAG letters on their fills, arrows, faces).
- **Scorecard**: one row per indicator in paper order: group, code, title, unit, the four
  quarters, last year's outturn, the period value, YTD, target, comparison, RAG letter (with a
  conditional fill), arrow and its words, face and its words, the explanation and the commentary
  (English and Welsh).
- **Demand**: the demand measures (``model.report``'s one definition: the Demand group)
  quarter by quarter over five financial years, the figures of the dashboard's charts.
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

import datetime as dt
from pathlib import Path

from exporters.excel_cells import (
    UNIT_WORDS,
    Looks,
    Styles,
    absolute,
    define,
    excel_number,
    heading_row,
    number_format,
    print_setup,
    put_text,
    row_height,
    widths,
)
from exporters.excel_sheets import (
    breakdowns_sheet,
    budget_sheet,
    commitments_sheet,
    demand_sheet,
    snapshots_sheet,
    trend_sheet,
)
from exporters.files import replacing, save_workbook
from model import symbols
from model import words as pt
from model.numbers import round_half_away
from model.periods import Period
from model.progress import Progress, reporting, tick
from model.report import PeriodReport

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

SHEETS = ("Cover", "Scorecard", "Demand", "Breakdowns", "Snapshots", "Commitment progress",
          "Budget", "Trend")

#: Scorecard sheet headings (the quarter headings name the financial year, e.g. "Q1 2024-25").
SCORECARD_COLUMNS = (
    "Group", "Code", "Indicator", "Unit", "Q1", "Q2", "Q3", "Q4", "Last year outturn",
    "Period value", "Year to date", "Target", "Compared with", "RAG", "Arrow",
    "Direction", "Face", "Forecast", "Explanation", "Commentary",
    "Commentary (Welsh)",
)
_WIDTHS = (16, 8, 36, 6, 9, 9, 9, 9, 10, 9, 9, 9, 11, 5, 6, 11, 6, 9, 48, 48, 36)


def write_return(pack, period: Period, path: Path | str, *,
                 generated: dt.date | None = None, report: PeriodReport | None = None,
                 progress: Progress | None = None) -> Path:
    """Write the return for ``period`` to ``path`` (replaced only once complete).
    ``progress``: told how far it got, raises ``model.errors.Cancelled`` to stop
    (``model.progress``): then nothing is written."""
    path = Path(path)
    with reporting(progress):
        workbook = build_return_workbook(pack, period, generated=generated, report=report)
        with replacing(path) as temp:
            save_workbook(workbook, temp)
            tick("Writing the file")
    return path


def build_return_workbook(pack, period: Period, *, generated: dt.date | None = None,
                          report: PeriodReport | None = None):
    """The return as an openpyxl Workbook (not saved), from ``report`` (default: the period's
    report in English, draft)."""
    import openpyxl

    report = report or PeriodReport(pack, period)
    generated = generated or dt.date.today()
    styles = Styles()
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    settings = pack.settings
    footer = f"{settings.organisation or pack.name} · {period.label} return"
    tick("Cover sheet")
    _cover(workbook.create_sheet("Cover"), report, generated, styles)
    _scorecard(workbook.create_sheet("Scorecard"), report, styles)
    for name, make in (("Demand", demand_sheet), ("Breakdowns", breakdowns_sheet),
                       ("Snapshots", snapshots_sheet), ("Commitment progress", commitments_sheet),
                       ("Budget", budget_sheet), ("Trend", trend_sheet)):
        tick(f"{name} sheet")
        make(workbook.create_sheet(name), report, styles)
    for sheet in workbook.worksheets:
        print_setup(sheet, footer, report.edition_mark,
                    "B:C" if sheet.title == "Scorecard" else "")
    workbook.properties.title = f"{settings.report_title or 'Performance return'} – {period.label}"
    workbook.properties.creator = "Craffu"
    workbook.properties.language = "en-GB"
    return workbook


# -- cover -------------------------------------------------------------------------------------


def _cover(sheet, report: PeriodReport, generated: dt.date, styles: Styles) -> None:
    pack, scorecard = report.pack, report.scorecard
    settings = pack.settings
    period = scorecard.period
    put_text(sheet["A1"], settings.report_title or "Performance return")
    sheet["A1"].font = styles.title
    if report.edition_mark:  # a draft or a preview is marked where nobody can miss it
        put_text(sheet["A2"], report.edition_mark)
        sheet["A2"].font = styles.mark
    facts = (
        ("Organisation", settings.organisation),
        ("Committee", settings.committee),
        ("Pack", settings.pack_title or pack.name),
        ("Period", f"{period.label} ({_day(period.first_day)} to {_day(period.last_day)})"),
        ("Generated", generated),
        ("Edition", {"published": "Published edition: small numbers hidden (*)",
                     "preview": "Preview, not the published edition: small numbers hidden (*)",
                     "draft": "Draft, not the published edition: every figure shown"}[
            report.edition]),
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
    heading_row(sheet, row, ("Symbol", "Meaning"), styles)
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
    if report.suppression.active:
        row += 1
        put_text(sheet.cell(row=row, column=1), "*")
        sheet.cell(row=row, column=1).alignment = styles.centre
        put_text(sheet.cell(row=row, column=2), pt.words(
            "key_suppressed", "en", last=report.suppression.threshold - 1,
            threshold=report.suppression.threshold).partition(": ")[2])
        sheet.cell(row=row, column=2).alignment = styles.wrap
        sheet.row_dimensions[row].height = 30
    define(sheet.parent, "SymbolKey", sheet, absolute(1, first, 2, row))
    row += 2
    put_text(sheet.cell(row=row, column=1), "Sheets")
    sheet.cell(row=row, column=1).font = styles.subtitle
    notes = (
        ("Scorecard", "every indicator: quarters, year to date, target, RAG, direction, "
                      "forecast, explanation and commentary"),
        ("Demand", "the demand measures quarter by quarter over five financial years, as the "
                   "dashboard charts them"),
        ("Breakdowns", f"cross-tables for {period.label}, with totals"),
        ("Snapshots", "counts by category at two or more dates"),
        ("Commitment progress", f"status, progress and plan of the commitments in "
                                f"{period.label}"),
        ("Budget", f"the budget update for {period.label}: budget, projected outturn and "
                   "variance by line"),
        ("Trend", "the key areas and their related measures over five financial years, with "
                  "charts"),
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
    widths(sheet, (26, 90))


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


# -- scorecard ---------------------------------------------------------------------------------


def _scorecard(sheet, report: PeriodReport, styles: Styles) -> None:
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.utils import get_column_letter

    scorecard = report.scorecard
    period = scorecard.period
    headings = list(SCORECARD_COLUMNS)
    for q in range(4):
        headings[4 + q] = f"Q{q + 1} {period.fy.label}"
    headings[8] = f"Outturn {period.fy.previous().label}"
    heading_row(sheet, 1, headings, styles)
    sheet.row_dimensions[1].height = 30
    look = Looks(styles)
    row_number = 1
    for row in scorecard.rows:
        tick()
        row_number += 1
        ind = row.indicator
        s = row.status
        fmt = number_format(ind)
        cell = sheet.cell
        arrow_key = s.direction if (s.direction in styles.arrow_font
                                    and ind.polarity != "none") else ""
        printed = report.printed(row)  # the figures as the edition prints them
        texts = (
            (1, ind.group, "wrap"), (2, ind.code, "top"), (3, ind.title, "wrap"),
            (4, UNIT_WORDS.get(ind.unit, ind.unit), "top"),
            (14, symbols.rag_symbol(s.rag), "centre"),
            (15, symbols.arrow_symbol(s.direction), f"arrow:{arrow_key}"),
            (16, s.direction, "top"), (17, symbols.face_symbol(s.forecast), "centre"),
            (18, s.forecast + (" (officer)" if s.forecast_overridden else ""), "top"),
            (19, printed.explanation, "wrap"),
            (20, row.commentary.text if row.commentary else "", "wrap"),
            (21, row.commentary.text_cy if row.commentary else "", "wrap"),
        )
        for col, text, how in texts:
            target = cell(row=row_number, column=col)
            put_text(target, text)
            look.apply(target, how)
        figures = (*printed.quarters, printed.outturn, printed.value, printed.ytd,
                   printed.target, printed.comparison)
        for col, figure in enumerate(figures, start=5):
            if figure.hidden:  # * as text, right-aligned like the figures
                target = cell(row=row_number, column=col)
                put_text(target, figure.text)
                target.alignment = styles.right
                continue
            if figure.number is None:
                continue
            target = cell(row=row_number, column=col,
                          value=excel_number(round_half_away(figure.number, s.decimals)))
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
    widths(sheet, _WIDTHS)
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{last}"
    sheet.print_title_rows = "1:1"
    define(sheet.parent, "ScorecardTable", sheet, absolute(1, 1, width, last))
