"""Writing a pack in the interchange format (domain.md), for ``model.interchange`` to read back.

``write_interchange(pack, destination)`` writes one ``.xlsx`` workbook when ``destination`` ends
in ``.xlsx``, otherwise a folder of UTF-8 CSV files (``Groups.csv``, ``Indicators.csv``, ...).
What goes on each row is ``model.interchange_rows``'s; this module only writes the files. Rules:

- Every sheet this version writes is written (``model.interchange_format.SHEETS``), with
  exactly its columns in that order and a header row, even when it has no rows.
- Numbers are written as the pack holds them, never through binary floating point arithmetic:
  in CSV as plain decimals (``85.5``, ``28354``, never ``1E+3``); in the workbook as numbers
  (whole numbers as integers, others as the float whose shortest form is the same decimal; a
  number with more digits than a float holds exactly is written as text so that it reads back
  exactly). Percentages are 0-100, not Excel fractions. Blank is a blank cell, never zero.
- Periods are written ``2023-24 Q4``, years ``2023-24``, dates ISO (``2024-03-31``; a date cell
  in the workbook).
- In the workbook text is always text: a value beginning with ``=`` is stored as a string, never
  as a formula. Characters XML cannot carry (control characters, and a carriage return, which
  XML would turn into a line feed) are written as spreadsheet escapes (``_x0007_``), and text
  that looks like such an escape has its underscore escaped (``_x005F_``), as Excel does, so
  every text reads back exactly. The header row is bold and frozen. The workbook is written to
  a temporary file and moved into place, so a failed export never leaves half a file.
- CSV files are UTF-8 with a byte-order mark (so Excel shows Welsh letters such as ŵ and ŷ).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from exporters.files import replacing, save_workbook
from model.interchange_format import SHEETS
from model.interchange_rows import interchange_rows
from model.periods import FinancialYear, Period
from model.progress import Progress, reporting, tick

__all__ = ["write_interchange", "interchange_rows"]

_ESCAPED = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")


def write_interchange(pack, destination: Path | str, *,
                      progress: Progress | None = None) -> Path:
    """Write ``pack`` to ``destination`` (``.xlsx`` file or CSV folder); return the path.
    ``progress``: as ``model.progress`` (Cancel: nothing is written)."""
    destination = Path(destination)
    with reporting(progress):
        rows = {}
        for name in SHEETS:
            tick(f"{name} sheet")
            rows[name] = list(interchange_rows(pack, name))
        if destination.suffix.lower() == ".xlsx":
            _write_xlsx(rows, destination)
        else:
            _write_csv(rows, destination)
    return destination


# -- CSV ---------------------------------------------------------------------------------------


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Period | FinancialYear):
        return value.label
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _write_csv(rows: dict[str, list[tuple]], folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise FileExistsError(f"{folder} is a file; give a folder for CSV export or a name "
                              f"ending in .xlsx")
    folder.mkdir(parents=True, exist_ok=True)
    for name, columns in SHEETS.items():
        tick(f"Writing {name}.csv")
        with replacing(folder / f"{name}.csv") as temp, \
                open(temp, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(columns)
            for row in rows[name]:
                writer.writerow([_csv_cell(v) for v in row])


# -- xlsx --------------------------------------------------------------------------------------


def _xlsx_number(value: Decimal) -> int | float | str:
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    if Decimal(repr(as_float)) == value:
        return as_float
    return format(value, "f")  # more digits than a float holds: text reads back exactly


def _xlsx_text(text: str) -> str:
    """``text`` as spreadsheet XML carries it exactly (ECMA-376 ST_Xstring escapes)."""
    if "_x" in text:
        text = _ESCAPED.sub(r"_x005F_\1", text)
    return _ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def _write_xlsx(rows: dict[str, list[tuple]], path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for name, columns in SHEETS.items():
        sheet = workbook.create_sheet(name)
        for col, heading in enumerate(columns, start=1):
            sheet.cell(row=1, column=col, value=heading).font = bold
        widths = [len(c) for c in columns]
        for row_number, row in enumerate(rows[name], start=2):
            if row_number % 500 == 0:
                tick()
            for col, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                if isinstance(value, Decimal):
                    value = _xlsx_number(value)
                elif isinstance(value, Period | FinancialYear):
                    value = value.label
                elif isinstance(value, str):
                    value = _xlsx_text(value)
                cell = sheet.cell(row=row_number, column=col, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # text, even when it starts with '='
                elif isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                if row_number < 200:
                    widths[col - 1] = max(widths[col - 1], min(len(str(value)), 60))
        for col, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(col)].width = width + 2
        sheet.freeze_panes = "A2"
    with replacing(path) as temp:
        save_workbook(workbook, temp)
        tick("Writing the file")
