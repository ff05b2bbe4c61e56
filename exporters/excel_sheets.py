"""The Excel return's table sheets, from the period report: breakdowns and snapshots with their
totals, commitment progress, the key areas' five-year trend with native line charts, and the
demand measures quarter by quarter (the figures the dashboard charts).

Rules (with those of ``exporters.excel_return``): totals come from the report (blank when every
count is blank), written as numbers, never formulas; every heading row is bold on a pale fill.
"""

from __future__ import annotations

import datetime as dt

from exporters.excel_cells import (
    UNIT_WORDS,
    Looks,
    Styles,
    absolute,
    define,
    excel_number,
    heading_row,
    number_format,
    put_text,
    row_height,
    widths,
)
from model import symbols
from model.report import PeriodReport
from model.report.parts import CHANGE, TOTAL

__all__ = ["breakdowns_sheet", "snapshots_sheet", "commitments_sheet", "trend_sheet",
           "demand_sheet", "budget_sheet", "COMMITMENT_COLUMNS", "BUDGET_COLUMNS"]

BUDGET_COLUMNS = ("Budget line", "Budget line (Welsh)", "Budget", "Projected outturn",
                  "Variance", "Note")

COMMITMENT_COLUMNS = ("Ref", "Commitment", "Owner", "Due", "Status", "Progress",
                      "Progress (Welsh)", "Plan")
_COMMITMENT_WIDTHS = (10, 50, 26, 12, 14, 60, 40, 26)


def _sheet_title(sheet, title: str, has_items: bool, empty: str, styles: Styles) -> int:
    """The sheet's title in A1 (and a line saying it is empty); the row to write from."""
    put_text(sheet["A1"], title)
    sheet["A1"].font = styles.title
    if not has_items:
        put_text(sheet.cell(row=3, column=1), empty)
    return 3


def _table_title(sheet, row: int, title: str, note: str, styles: Styles) -> int:
    """A breakdown's or snapshot's title (and note) at ``row``; the row after them."""
    put_text(sheet.cell(row=row, column=1), title)
    sheet.cell(row=row, column=1).font = styles.subtitle
    row += 1
    if note:
        put_text(sheet.cell(row=row, column=1), note)
        row += 1
    return row


def _count(sheet, row: int, col: int, value, fmt: str = "#,##0"):
    """A count (or a total, or a change) as a number cell; nothing for a blank."""
    if value is None:
        return None
    cell = sheet.cell(row=row, column=col, value=excel_number(value))
    cell.number_format = fmt
    return cell


def _figure(sheet, row: int, col: int, table, i, j, styles: Styles, fmt: str = "#,##0"):
    """A table's figure as the edition prints it: a number cell, ``*`` (text, right-aligned)
    where hidden, nothing for a blank."""
    if table.is_hidden(i, j):
        cell = sheet.cell(row=row, column=col)
        put_text(cell, table.text(i, j))
        cell.alignment = styles.right
        return cell
    return _count(sheet, row, col, table.shown(i, j), fmt)


def _total_row(sheet, row: int, width: int, styles: Styles) -> None:
    for col in range(1, width + 1):
        cell = sheet.cell(row=row, column=col)
        cell.font = styles.bold
        cell.border = styles.total_border


def breakdowns_sheet(sheet, report: PeriodReport, styles: Styles) -> None:
    period = report.period
    tables = report.breakdowns
    row = _sheet_title(sheet, f"Breakdowns, {period.label}", bool(tables),
                       f"The pack has no breakdowns for {period.label}.", styles)
    widest = 1
    for table in tables:
        item = table.record
        row = _table_title(sheet, row, table.title, item.note, styles)
        columns = list(table.columns)
        heading = f"{item.row_heading or ''} \\ {item.column_heading}".strip(" \\") \
            if item.column_heading else item.row_heading
        heading_row(sheet, row, [heading or "", *columns, "Total"], styles)
        sheet.row_dimensions[row].height = 30
        widest = max(widest, len(columns) + 2)
        places = [*range(len(columns)), TOTAL]
        for i, label in enumerate(table.rows):  # figures as printed: * where hidden
            row += 1
            put_text(sheet.cell(row=row, column=1), label)
            for col, j in enumerate(places, start=2):
                cell = _figure(sheet, row, col, table, i, j, styles)
                if cell is not None and j == TOTAL:
                    cell.font = styles.bold
        row += 1
        put_text(sheet.cell(row=row, column=1), "Total")
        for col, j in enumerate(places, start=2):
            _figure(sheet, row, col, table, TOTAL, j, styles)
        _total_row(sheet, row, len(columns) + 2, styles)
        if item.indicator:
            row += 1
            put_text(sheet.cell(row=row, column=1),
                     f"The grand total is the {period.label} figure of indicator "
                     f"{item.indicator}.")
        row += 2
    widths(sheet, (30, *([18] * (widest - 1))))


def snapshots_sheet(sheet, report: PeriodReport, styles: Styles) -> None:
    tables = report.snapshots
    row = _sheet_title(sheet, "Snapshots", bool(tables), "The pack has no snapshots.", styles)
    widest = 1
    change_format = "+#,##0;-#,##0;0"
    for table in tables:
        row = _table_title(sheet, row, table.title, table.record.note, styles)
        dates = [_date_heading(d) for d in table.columns]
        change = len(dates) >= 2
        heading_row(sheet, row, ["Category", *dates, *(["Change"] if change else [])], styles)
        widest = max(widest, len(dates) + 1 + change)
        places = [*range(len(dates)), *([CHANGE] if change else [])]
        for i, label in enumerate(table.rows):  # figures as printed: * where hidden
            row += 1
            put_text(sheet.cell(row=row, column=1), label)
            for col, j in enumerate(places, start=2):
                _figure(sheet, row, col, table, i, j, styles,
                        change_format if j == CHANGE else "#,##0")
        row += 1
        put_text(sheet.cell(row=row, column=1), "Total")
        for col, j in enumerate(places, start=2):
            _figure(sheet, row, col, table, TOTAL, j, styles,
                    change_format if j == CHANGE else "#,##0")
        _total_row(sheet, row, len(dates) + 1 + change, styles)
        row += 2
    widths(sheet, (30, *([16] * (widest - 1))))


def _date_heading(text: str) -> str:
    try:
        return f"{dt.date.fromisoformat(text):%d %b %Y}"
    except (TypeError, ValueError):
        return str(text)


# -- commitments -------------------------------------------------------------------------------


def commitments_sheet(sheet, report: PeriodReport, styles: Styles) -> None:
    from openpyxl.utils import get_column_letter

    heading_row(sheet, 1, COMMITMENT_COLUMNS, styles)
    row = 1
    for line in report.commitments:
        item, update = line.commitment, line.update
        row += 1
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
        put_text(sheet.cell(row=row, column=8), item.plan)
        for col in range(1, 9):
            sheet.cell(row=row, column=col).alignment = styles.wrap
        # rows tall enough for their wrapped text: spreadsheets do not grow them on opening
        texts = [(item.title, 50), (item.owner, 26)]
        if update:
            texts += [(update.progress, 60), (update.progress_cy, 40)]
        sheet.row_dimensions[row].height = min(row_height(texts), 409)
    last = max(row, 2)
    widths(sheet, _COMMITMENT_WIDTHS)
    sheet.freeze_panes = "B2"
    width = len(COMMITMENT_COLUMNS)
    sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{last}"
    sheet.print_title_rows = "1:1"
    define(sheet.parent, "CommitmentsTable", sheet, absolute(1, 1, width, last))


def budget_sheet(sheet, report: PeriodReport, styles: Styles) -> None:
    """The period's budget update: a row per line, the variance (projected outturn − budget,
    positive an overspend) as a value from the report, never a formula, and the totals."""
    budget = report.budget
    row = _sheet_title(sheet, f"Budget update, {report.period.label}", budget is not None,
                       "No budget lines for this period.", styles)
    if budget is None:
        widths(sheet, (40,))
        return
    heading_row(sheet, row, BUDGET_COLUMNS, styles)
    first = row
    money = '"£"#,##0;-"£"#,##0'
    for line in (*budget.rows, budget.total):
        row += 1
        record = line.record
        put_text(sheet.cell(row=row, column=1), record.line if record else line.line)
        put_text(sheet.cell(row=row, column=2), record.line_cy if record else "")
        for col, figure in ((3, line.budget), (4, line.outturn), (5, line.variance)):
            _count(sheet, row, col, figure, money)
        put_text(sheet.cell(row=row, column=6), record.note if record else "")
        sheet.cell(row=row, column=6).alignment = styles.wrap
    _total_row(sheet, row, len(BUDGET_COLUMNS), styles)
    for text in budget.summary:
        row += 2
        put_text(sheet.cell(row=row, column=1), text)
    row += 1
    put_text(sheet.cell(row=row, column=1), "Variance = projected outturn − budget: a positive "
                                            "variance is an overspend, a negative one an "
                                            "underspend.")
    widths(sheet, (40, 40, 16, 18, 16, 50))
    sheet.print_title_rows = f"{first}:{first}"
    define(sheet.parent, "BudgetTable", sheet,
           absolute(1, first, len(BUDGET_COLUMNS), first + len(budget.rows) + 1))


# -- five-year trend ---------------------------------------------------------------------------


#: The Trend sheet's first chart's row; charts are 14 rows apart (6.5 cm each) and a page
#: break follows every second one, so a printed chart is never cut in two.
_FIRST_CHART_ROW = 5


def trend_sheet(sheet, report: PeriodReport, styles: Styles) -> None:
    from openpyxl.chart import LineChart, Reference
    from openpyxl.chart.series import SeriesLabel
    from openpyxl.worksheet.pagebreak import Break

    period = report.period
    put_text(sheet["A1"], f"Key areas: five-year trend to {period.label}")
    sheet["A1"].font = styles.title
    put_text(sheet["A2"], "Each financial year's figure as reported at its year end (the year "
                          "to date for the current year), against the year's target.")
    heading_row(sheet, 4, ("Key area", "Code", "Year", "Figure", "Target", "RAG"), styles)
    row = 4
    chart_row = _FIRST_CHART_ROW
    for part in report.key_areas:
        area, indicator = part.area, part.indicator
        first = row + 1
        fmt = number_format(indicator)
        # the key indicator's five years (charted), then each related measure's, as the
        # edition prints them (the report's one disclosure decision: * where hidden)
        for measure in (indicator, *(m.indicator for m in part.related)):
            measure_fmt = number_format(measure)
            for at, ytd, target, rag_word in report.year_ends(measure.code):
                row += 1
                fy = at.fy
                put_text(sheet.cell(row=row, column=1), area.title)
                put_text(sheet.cell(row=row, column=2), measure.code)
                label = fy.label if at.quarter == 4 else f"{fy.label} (Q{at.quarter} to date)"
                put_text(sheet.cell(row=row, column=3), label)
                for col, figure in ((4, ytd), (5, target)):
                    if figure.hidden:
                        put_text(sheet.cell(row=row, column=col), figure.text)
                        sheet.cell(row=row, column=col).alignment = styles.right
                    elif figure.number is not None:
                        sheet.cell(row=row, column=col,
                                   value=excel_number(figure.number)).number_format = \
                            measure_fmt
                rag = sheet.cell(row=row, column=6)
                put_text(rag, symbols.rag_symbol(rag_word))
                rag.alignment = styles.centre
                if rag_word in styles.rag_fill:
                    rag.fill = styles.rag_fill[rag_word]
        charted = first + len(report.year_ends(indicator.code)) - 1
        chart = LineChart()
        chart.title = _chart_title(f"{area.title} ({indicator.code})")
        chart.y_axis.title = UNIT_WORDS.get(indicator.unit, indicator.unit)
        chart.y_axis.number_format = fmt
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.height, chart.width = 6.5, 13
        data = Reference(sheet, min_col=4, max_col=5, min_row=first, max_row=charted)
        chart.add_data(data, titles_from_data=False)
        for series, name in zip(chart.series, ("Figure", "Target"), strict=False):
            series.tx = SeriesLabel(v=name)
            series.smooth = False
        chart.set_categories(Reference(sheet, min_col=3, min_row=first, max_row=charted))
        sheet.add_chart(chart, f"H{chart_row}")  # two charts a page, never split
        chart_row += 14
        if (chart_row - _FIRST_CHART_ROW) % 28 == 0:
            sheet.row_breaks.append(Break(id=chart_row - 1))
    last = max(row, 5)
    widths(sheet, (54, 9, 20, 12, 12, 8))
    sheet.freeze_panes = "A5"
    sheet.print_title_rows = "4:4"
    define(sheet.parent, "TrendTable", sheet, absolute(1, 4, 6, last))


def demand_sheet(sheet, report: PeriodReport, styles: Styles) -> None:
    """The demand measures quarter by quarter over five financial years: the figures of the
    dashboard's demand charts (``report.section("demand")``), up to the period."""
    period = report.period
    section = report.section("demand")
    charts = section.charts if section is not None else ()
    put_text(sheet["A1"], f"Demand measures: quarterly figures, five years to {period.label}")
    sheet["A1"].font = styles.title
    put_text(sheet["A2"], "The figures charted in the dashboard's demand section; a blank cell "
                          "means no figure.")
    slots = [i for i, p in enumerate(charts[0].periods) if p is not None and p <= period] \
        if charts else []
    quarters = [charts[0].categories[i] for i in slots] if charts else []
    heading_row(sheet, 4, ("Code", "Indicator", "Unit", *quarters), styles)
    sheet.row_dimensions[4].height = 30
    if not charts:
        put_text(sheet.cell(row=5, column=1), "The pack has no demand measures.")
    row = 4
    look = Looks(styles)
    for code, chart in zip(section.codes if section else (), charts, strict=True):
        indicator = report.pack.indicator(code)
        row += 1
        put_text(sheet.cell(row=row, column=1), code)
        put_text(sheet.cell(row=row, column=2), indicator.title)
        sheet.cell(row=row, column=2).alignment = styles.wrap
        sheet.row_dimensions[row].height = row_height([(indicator.title, 44)])
        put_text(sheet.cell(row=row, column=3), UNIT_WORDS.get(indicator.unit, indicator.unit))
        fmt = number_format(indicator)
        points = chart.value_series[0].points
        for col, i in enumerate(slots, start=4):
            point = points[i]
            if point.value is not None:
                cell = sheet.cell(row=row, column=col, value=excel_number(point.value))
                look.apply(cell, f"number:{fmt}", fmt=fmt)
            elif point.text:  # a suppressed figure
                put_text(sheet.cell(row=row, column=col), point.text)
    last = max(row, 5)
    widths(sheet, (9, 44, 7, *([10] * len(quarters))))
    sheet.freeze_panes = "D5"
    sheet.print_title_rows = "4:4"
    define(sheet.parent, "DemandTable", sheet, absolute(1, 4, 3 + len(quarters), last))


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
