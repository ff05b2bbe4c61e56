"""The data-collection template: a workbook a service fills with one period's figures.

``write_template(pack, period, path, group=None)`` writes the layout that
``model.template_import`` defines and reads back:

- **Instructions** (first sheet): what the template is for, which cells to fill, the checks on
  them, what a blank cell means, and how to send it back.
- **Figures**: a title row, the headings (``model.template_import.HEADINGS``) and one row per
  indicator of the pack (or of ``group``) in paper order. Hidden columns A and B hold the keys
  (code and period). Columns C-I are reference cells (code, title, unit, what to enter, last
  period's value, numerator and denominator); J-N are the input cells (value, numerator,
  denominator, commentary and commentary in Welsh), filled with what the pack already holds
  for the period so that a service can correct it and an untouched template imports as no
  change.
- **Craffu** (very hidden): the marker the reader checks (layout version, period, group, rows).

Rules:
- Only the cells a service must fill are unlocked (white); everything else is locked and shaded.
  An indicator entered as a numerator and denominator (``entered_as_fraction``) has those
  two cells open and its value cell locked; any other indicator has its value cell open.
- Sheet protection has **no password** (Review > Unprotect Sheet, no password asked): it stops
  accidental edits of keys and headings, not a determined user; the importer checks the keys
  and headings anyway. The workbook structure is protected too (no password), so sheets are not
  renamed, deleted or unhidden by accident.
- Data validation on the input cells: whole numbers of 0 or more for counts, numerators and
  denominators; 0-100 for percentages; any number for the other units; the numerator not above
  the denominator (percent indicators); commentary is free text. Excel and LibreOffice refuse a
  wrong entry with a message saying what is allowed.
- Percentages are 0-100 (type 85 for 85%), number formats follow the unit and decimals
  (``exporters.excel_return.number_format``), text is never run as a formula.
- Written to a temporary file and moved into place.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from exporters.excel_return import excel_number, number_format, put_text, row_height
from exporters.files import replacing, save_workbook
from model import records as r
from model.numbers import round_half_away
from model.periods import Period
from model.progress import Progress, reporting, tick
from model.status import period_value
from model.template_import import (
    COLUMN,
    FIGURES_SHEET,
    FIRST_ROW,
    HEADING_ROW,
    HEADINGS,
    INSTRUCTIONS_SHEET,
    LAYOUT_VERSION,
    MARKER,
    MARKER_SHEET,
    entered_as_fraction,
)

__all__ = ["write_template", "build_template_workbook", "template_indicators"]

_WIDTHS = {"Key: code": 10, "Key: period": 12, "Code": 9, "Indicator": 46, "Unit": 10,
           "What to enter": 24, "Last period: value": 12, "Last period: numerator": 12,
           "Last period: denominator": 13, "Value": 12, "Numerator": 12, "Denominator": 13,
           "Commentary": 50, "Commentary (Welsh)": 40}
_LOCKED_FILL = "E4E4E4"
_INPUT_FILL = "FFFFFF"
_UNIT_WORDS = {"count": "count", "percent": "% (0-100)", "rate": "rate", "days": "days",
               "currency": "£", "ratio": "ratio"}


def template_indicators(pack, group: str | None = None) -> list[r.Indicator]:
    """The indicators a template covers, in paper order; ValueError naming an unknown group.
    Calculated indicators are left out: their figures are worked out, never collected."""
    indicators = [ind for ind in pack.indicators() if not ind.formula]
    if group is None or group == "":
        return indicators
    chosen = [ind for ind in indicators if ind.group == group]
    if not chosen:
        groups = sorted({ind.group for ind in indicators if ind.group})
        raise ValueError(f"the pack has no indicators in the group '{group}'; its groups are: "
                         + ("; ".join(groups) if groups else "(none)"))
    return chosen


def write_template(pack, period: Period, path: Path | str, *, group: str | None = None,
                   generated: dt.date | None = None, progress: Progress | None = None) -> Path:
    """Write the template for ``period`` (and ``group``) to ``path``; return the path.
    ``progress``: as ``model.progress`` (Cancel: nothing is written)."""
    path = Path(path)
    with reporting(progress):
        workbook = build_template_workbook(pack, period, group=group, generated=generated)
        with replacing(path) as temp:
            save_workbook(workbook, temp)
            tick("Writing the file")
    return path


def build_template_workbook(pack, period: Period, *, group: str | None = None,
                            generated: dt.date | None = None):
    """The template as an openpyxl Workbook (not saved)."""
    import openpyxl
    from openpyxl.workbook.protection import WorkbookProtection

    indicators = template_indicators(pack, group)
    generated = generated or dt.date.today()
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    instructions = workbook.create_sheet(INSTRUCTIONS_SHEET)
    figures = workbook.create_sheet(FIGURES_SHEET)
    marker = workbook.create_sheet(MARKER_SHEET)
    _instructions(instructions, pack, period, group, len(indicators))
    _figures(figures, pack, period, group, indicators)
    for row, (name, value) in enumerate((
        ("marker", MARKER), ("version", LAYOUT_VERSION), ("period", period.label),
        ("group", group or ""), ("rows", len(indicators)), ("pack", pack.name),
        ("generated", generated.isoformat()),
    ), start=1):
        marker.cell(row=row, column=1, value=name)
        if isinstance(value, str):
            put_text(marker.cell(row=row, column=2), value)
        else:
            marker.cell(row=row, column=2, value=value)
    marker.sheet_state = "veryHidden"
    marker.protection.sheet = True
    workbook.active = 1
    figures.sheet_view.tabSelected = True
    instructions.sheet_view.tabSelected = False
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.properties.title = f"Data-collection template – {period.label}"
    workbook.properties.creator = "Craffu"
    return workbook


def _instructions(sheet, pack, period: Period, group: str | None, count: int) -> None:
    from openpyxl.styles import Alignment, Font

    settings = pack.settings
    who = settings.organisation or pack.name
    lines = [
        (f"Figures for {period.label} – data-collection template", "title"),
        (f"{who}{' – ' + settings.committee if settings.committee else ''}", ""),
        (f"Indicators: {count}{' in the group ' + group if group else ''}. Period: "
         f"{period.label} ({period.first_day.day} {period.first_day:%B %Y} to "
         f"{period.last_day.day} {period.last_day:%B %Y}).", ""),
        ("", ""),
        ("What to fill", "heading"),
        (f"On the sheet '{FIGURES_SHEET}', fill the white cells of each indicator's row: the "
         "value, or the numerator and denominator where the row says so, and the commentary "
         "in English and Welsh. Grey cells are for reference and are locked.", ""),
        ("Percentages are numbers from 0 to 100: type 85 for 85%. Counts, numerators and "
         "denominators are whole numbers. The numerator cannot be above the denominator.", ""),
        ("The cells already hold what the pack has for this period, if anything: correct them "
         "where needed. A blank cell means 'no figure' – it is never read as zero, and it does "
         "not remove a figure the pack already has.", ""),
        ("Type figures, not formulas: formulas are not read. Do not add, delete, move or merge "
         "rows or columns, rename the sheets or change the headings; the import checks them "
         "and refuses the whole workbook if they were changed.", ""),
        ("", ""),
        ("Sending it back", "heading"),
        ("Save the workbook as Excel Workbook (.xlsx) and send it to the performance officer, "
         "who imports it into Craffu. The import checks every cell first and changes nothing "
         "if any is wrong; each problem is reported with its row and column.", ""),
        ("", ""),
        ("Protection", "heading"),
        ("The sheets are protected without a password, only to prevent accidental changes "
         "(Review > Unprotect Sheet asks for no password).", ""),
    ]
    title, heading = Font(bold=True, size=14), Font(bold=True, size=12)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, (text, style) in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1)
        put_text(cell, text)
        cell.alignment = wrap
        if style == "title":
            cell.font = title
        elif style == "heading":
            cell.font = heading
        else:
            sheet.row_dimensions[row].height = row_height([(text, 64)])
    sheet.column_dimensions["A"].width = 72
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.protection.sheet = True
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _figures(sheet, pack, period: Period, group: str | None,
             indicators: list[r.Indicator]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    locked_fill = PatternFill("solid", start_color=_LOCKED_FILL, end_color=_LOCKED_FILL)
    input_fill = PatternFill("solid", start_color=_INPUT_FILL, end_color=_INPUT_FILL)
    unlocked = Protection(locked=False)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    previous = period.previous()
    title = sheet.cell(row=1, column=COLUMN["Code"])
    put_text(title, f"{period.label}: fill the white cells"
                    f"{' – ' + group if group else ''}. 'Last period' is {previous.label}.")
    title.font = Font(bold=True, size=12)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEADING_ROW, column=col)
        put_text(cell, heading)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
        cell.fill = locked_fill
    sheet.row_dimensions[HEADING_ROW].height = 30

    validations = {
        "count": DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                                error="Type a whole number of 0 or more.",
                                errorTitle="Count", allow_blank=True),
        "percent": DataValidation(type="decimal", operator="between", formula1="0",
                                  formula2="100", allow_blank=True, errorTitle="Percentage",
                                  error="Type a percentage from 0 to 100 (85 for 85%)."),
        "other": DataValidation(type="decimal", operator="between", formula1="-1E+15",
                                formula2="1E+15", allow_blank=True, errorTitle="Number",
                                error="Type a number."),
        "part": DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                               allow_blank=True, errorTitle="Numerator or denominator",
                               error="Type a whole number of 0 or more."),
    }
    for validation in validations.values():
        validation.showErrorMessage = True
        sheet.add_data_validation(validation)
    value_col = get_column_letter(COLUMN["Value"])
    num_col = get_column_letter(COLUMN["Numerator"])
    den_col = get_column_letter(COLUMN["Denominator"])
    fraction_rows: list[int] = []
    percent_fraction_rows: list[int] = []

    for row, ind in enumerate(indicators, start=FIRST_ROW):
        tick()
        current = pack.value(ind.code, period)
        last = pack.value(ind.code, previous)
        fraction = entered_as_fraction(ind, current or last)
        fmt = number_format(ind)
        d = ind.display_decimals
        put_text(sheet.cell(row=row, column=COLUMN["Key: code"]), ind.code)
        put_text(sheet.cell(row=row, column=COLUMN["Key: period"]), period.label)
        put_text(sheet.cell(row=row, column=COLUMN["Code"]), ind.code)
        put_text(sheet.cell(row=row, column=COLUMN["Indicator"]), ind.title)
        put_text(sheet.cell(row=row, column=COLUMN["Unit"]), _UNIT_WORDS.get(ind.unit, ind.unit))
        put_text(sheet.cell(row=row, column=COLUMN["What to enter"]),
                 "numerator and denominator" if fraction else "value")
        last_value = round_half_away(period_value(ind, last), d)
        reference = (("Last period: value", last_value, fmt),
                     ("Last period: numerator", last.numerator if last else None, "#,##0"),
                     ("Last period: denominator", last.denominator if last else None, "#,##0"))
        for heading, number, number_fmt in reference:
            if number is not None:
                cell = sheet.cell(row=row, column=COLUMN[heading], value=excel_number(number))
                cell.number_format = number_fmt
        inputs = {"Value": not fraction, "Numerator": fraction, "Denominator": fraction,
                  "Commentary": True, "Commentary (Welsh)": True}
        if current is not None:
            if fraction:
                for heading, number in (("Numerator", current.numerator),
                                        ("Denominator", current.denominator)):
                    if number is not None:
                        sheet.cell(row=row, column=COLUMN[heading], value=excel_number(number))
            elif current.actual is not None:
                sheet.cell(row=row, column=COLUMN["Value"], value=excel_number(current.actual))
        commentary = pack.commentary(ind.code, period)
        if commentary is not None:
            put_text(sheet.cell(row=row, column=COLUMN["Commentary"]), commentary.text)
            put_text(sheet.cell(row=row, column=COLUMN["Commentary (Welsh)"]), commentary.text_cy)
        for heading in HEADINGS:
            cell = sheet.cell(row=row, column=COLUMN[heading])
            is_input = inputs.get(heading, False)
            cell.fill = input_fill if is_input else locked_fill
            if is_input:
                cell.protection = unlocked
            cell.alignment = wrap if heading in ("Indicator", "Commentary",
                                                 "Commentary (Welsh)") else top
        sheet.cell(row=row, column=COLUMN["Value"]).number_format = fmt
        for heading in ("Numerator", "Denominator"):
            sheet.cell(row=row, column=COLUMN[heading]).number_format = "#,##0"
        if fraction:
            fraction_rows.append(row)
            if ind.unit == "percent":
                percent_fraction_rows.append(row)
        else:
            kind = ind.unit if ind.unit in ("count", "percent") else "other"
            validations[kind].add(f"{value_col}{row}")
        sheet.row_dimensions[row].height = row_height(
            (sheet.cell(row=row, column=COLUMN[h]).value, _WIDTHS[h])
            for h in ("Indicator", "Commentary", "Commentary (Welsh)"))

    for row in fraction_rows:
        validations["part"].add(f"{den_col}{row}")
        if row not in percent_fraction_rows:
            validations["part"].add(f"{num_col}{row}")
    if percent_fraction_rows:
        # numerator <= denominator: a custom rule per cell, relative to its own row
        first = percent_fraction_rows[0]
        rule = DataValidation(
            type="custom", allow_blank=True, showErrorMessage=True,
            formula1=f"AND(INT({num_col}{first})={num_col}{first},{num_col}{first}>=0,"
                     f"OR(ISBLANK({den_col}{first}),{num_col}{first}<={den_col}{first}))",
            errorTitle="Numerator",
            error="Type a whole number of 0 or more, not above the denominator.")
        sheet.add_data_validation(rule)
        for row in percent_fraction_rows:
            rule.add(f"{num_col}{row}")

    for heading, width in _WIDTHS.items():
        sheet.column_dimensions[get_column_letter(COLUMN[heading])].width = width
    for heading in ("Key: code", "Key: period"):
        sheet.column_dimensions[get_column_letter(COLUMN[heading])].hidden = True
    sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=COLUMN["Unit"])
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # allowed: widen columns
    sheet.protection.formatRows = False
    sheet.print_title_rows = f"{HEADING_ROW}:{HEADING_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.left.text = "&A"
    sheet.oddFooter.center.text = f"Figures for {period.label}"
    sheet.oddFooter.right.text = "Page &P of &N"
