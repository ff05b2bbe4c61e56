"""The cells, styles and sheet furniture that the Excel return and the data-collection template
share.

Rules:
- A figure is a number cell in the indicator's number format (``number_format``): percentages
  stored 0-100 with a literal ``%`` suffix (``0.0"%"``), counts ``#,##0``, currency
  ``"£"#,##0``, always with the indicator's decimals; whole numbers are written as ``int``.
- Text is always text (``put_text``): text beginning with ``=``, ``+``, ``-`` or ``@`` is stored
  as a string with the quote-prefix style, so it is shown and never run; control characters that
  XML cannot carry are dropped.
- A row holding wrapped text is given the height its longest cell needs (``row_height``):
  spreadsheet programs do not grow a row to fit wrapped text that a file brings in.
- Every sheet of the return prints landscape on A4, fit to the page width, repeating its heading
  rows, with a footer giving the sheet, the period and "page X of Y" (``print_setup``).

openpyxl is imported when a workbook is written, not when this module is imported.
"""

from __future__ import annotations

import copy
import math
import re
from decimal import Decimal
from typing import Any

from model import records as r
from model import symbols

__all__ = [
    "number_format", "excel_number", "put_text", "row_height", "Styles", "Looks", "define",
    "absolute", "widths", "heading_row", "print_setup", "UNIT_WORDS",
]

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HEADING_FILL = "DDE4EE"
UNIT_WORDS = {"count": "count", "percent": "%", "rate": "rate", "days": "days",
              "currency": "£", "ratio": "ratio"}


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


class Styles:
    """The few styles of the return, built once (openpyxl deduplicates them per workbook)."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.bold = Font(name="Calibri", bold=True)
        self.title = Font(name="Calibri", bold=True, size=14)
        self.subtitle = Font(name="Calibri", bold=True, size=12)
        self.mark = Font(name="Calibri", bold=True, size=14, color="C00000")
        self.heading_fill = PatternFill("solid", start_color=_HEADING_FILL,
                                        end_color=_HEADING_FILL)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.left = Alignment(horizontal="left", vertical="top")
        self.top = Alignment(vertical="top")
        self.centre = Alignment(horizontal="center", vertical="top")
        self.right = Alignment(horizontal="right", vertical="top")
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


def define(workbook, name: str, sheet, ref: str) -> None:
    from openpyxl.workbook.defined_name import DefinedName

    workbook.defined_names[name] = DefinedName(name, attr_text=f"'{sheet.title}'!{ref}")


def absolute(first_col: int, first_row: int, last_col: int, last_row: int) -> str:
    from openpyxl.utils import get_column_letter as letter

    return f"${letter(first_col)}${first_row}:${letter(last_col)}${last_row}"


def widths(sheet, widths) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def heading_row(sheet, row: int, headings, styles: Styles, first_col: int = 1) -> None:
    for col, heading in enumerate(headings, start=first_col):
        cell = sheet.cell(row=row, column=col)
        put_text(cell, heading)
        cell.font = styles.bold
        cell.fill = styles.heading_fill
        cell.alignment = styles.heading_align


#: The widest a sheet may be (in Excel's character widths) to be fitted to one page width and
#: still print at about 9 point or more; a wider one is fitted to as many pages across as
#: that needs (its first columns repeated on each), never shrunk onto one.
FIT_WIDTH = 150


def print_setup(sheet, footer: str, mark: str = "", title_columns: str = "") -> None:
    """Landscape A4; a sheet up to ``FIT_WIDTH`` characters wide fitted to the page width, a
    wider one to as many pages across as keep it legible, ``title_columns`` repeated; the
    footer names the sheet, ``footer`` and "Page X of Y"; ``mark`` (a draft's or preview's
    "not the published edition") is printed at the top of every page."""
    from openpyxl.utils import get_column_letter

    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    width = sum((sheet.column_dimensions[get_column_letter(c)].width or 9)
                for c in range(1, sheet.max_column + 1))
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    setup.fitToHeight = 1 if sheet.title == "Cover" else 0  # the cover on one page
    if sheet.title == "Cover" or width <= FIT_WIDTH:
        setup.fitToWidth = 1
    else:  # as many pages across as keep the text about 9 point or more
        setup.fitToWidth = math.ceil(width / FIT_WIDTH)
        setup.pageOrder = "overThenDown"
        if title_columns:
            sheet.print_title_cols = title_columns
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.left.text = "&A"
    sheet.oddFooter.center.text = footer.replace("&", "&&")
    sheet.oddFooter.right.text = "Page &P of &N"
    if mark:
        sheet.oddHeader.center.text = mark.replace("&", "&&")
        sheet.oddHeader.center.color = "C00000"
        sheet.oddHeader.center.font = "Calibri,Bold"


class Looks:
    """Cell styles by name, each built once and then copied onto cells as openpyxl's compact
    style array: assigning style objects cell by cell re-hashes them every time (most of the
    time a large scorecard takes to build)."""

    def __init__(self, styles: Styles) -> None:
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
