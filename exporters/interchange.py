"""Writing a pack in the interchange format (domain.md), for ``model.interchange`` to read back.

``write_interchange(pack, destination)`` writes one ``.xlsx`` workbook when ``destination`` ends
in ``.xlsx``, otherwise a folder of UTF-8 CSV files (``Indicators.csv``, ``Values.csv``,
``Targets.csv``, ``Commentary.csv``, ``Commitments.csv``). Rules:

- Every sheet is written, with exactly the columns of ``model.interchange.SHEETS`` in that order
  and a header row, even when it has no rows.
- Numbers are written as the pack holds them, never through binary floating point arithmetic:
  in CSV as plain decimals (``85.5``, ``28354``, never ``1E+3``); in the workbook as numbers
  (whole numbers as integers, others as the float whose shortest form is the same decimal; a
  number with more digits than a float holds exactly is written as text so that it reads back
  exactly). Percentages are 0-100, not Excel fractions. Blank is a blank cell, never zero.
- Periods are written ``2023-24 Q4``, years ``2023-24``, dates ISO (``2024-03-31``; a date cell
  in the workbook).
- Rows: one per indicator in paper order; a Values row for each period with any figure
  (actual, numerator or denominator); a Targets row for the annual target and one per quarter of
  the trajectory (the rationale on the first of them); a Commentary row per commentary with any
  text; a Commitments row per commitment and period with an update (commitments with no update
  cannot be written: the format needs a period and status).
- In the workbook text is always text: a value beginning with ``=`` is stored as a string, never
  as a formula; characters XML cannot carry (control characters) are dropped. The header row
  is bold and frozen. The workbook is written to a temporary file and moved into place, so a
  failed export never leaves half a file.
- CSV files are UTF-8 with a byte-order mark (so Excel shows Welsh letters such as ŵ and ŷ).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from exporters.files import replacing
from model import records as r
from model.interchange_format import SHEETS
from model.periods import FinancialYear, Period

__all__ = ["write_interchange", "interchange_rows"]

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write_interchange(pack, destination: Path | str) -> Path:
    """Write ``pack`` to ``destination`` (``.xlsx`` file or CSV folder); return the path."""
    destination = Path(destination)
    rows = {name: list(interchange_rows(pack, name)) for name in SHEETS}
    if destination.suffix.lower() == ".xlsx":
        _write_xlsx(rows, destination)
    else:
        _write_csv(rows, destination)
    return destination


def interchange_rows(pack, sheet: str) -> Iterator[tuple]:
    """The data rows of ``sheet`` (without header), one tuple per row in column order.

    Cells are ``None`` (blank), ``str``, ``int``, ``Decimal`` or ``datetime.date``.
    """
    return _ROWS[sheet](pack)


def _indicator_rows(pack) -> Iterator[tuple]:
    for ind in pack.indicators():
        yield (
            ind.code, ind.title, ind.title_cy, ind.definition, ind.definition_cy, ind.unit,
            ind.polarity, ind.aggregation, ind.decimals, ind.group, ind.tolerance,
            ind.tolerance_type, ind.sustain_band, ind.compare_with, ind.owner, ind.source,
        )


def _indicator_order(pack) -> dict[str, int]:
    order = {ind.code: index for index, ind in enumerate(pack.indicators())}
    return order


def _by_indicator(pack, kind: str) -> list:
    order = _indicator_order(pack)
    return sorted(pack.all(kind), key=lambda rec: (order.get(rec.code, len(order)), rec.code,
                                                   rec.key[1:]))


def _value_rows(pack) -> Iterator[tuple]:
    for value in _by_indicator(pack, "value"):
        if value.actual is None and value.numerator is None and value.denominator is None:
            continue
        yield (value.code, value.period, value.actual, value.numerator, value.denominator,
               value.note)


def _target_rows(pack) -> Iterator[tuple]:
    for target in _by_indicator(pack, "target"):
        year = FinancialYear(target.year)
        rows: list[list] = []
        if target.annual is not None:
            rows.append([target.code, year, target.annual, None, None])
        for quarter, number in enumerate((target.q1, target.q2, target.q3, target.q4), 1):
            if number is not None:
                rows.append([target.code, year, number, quarter, None])
        if rows:
            rows[0][4] = target.rationale
        yield from (tuple(row) for row in rows)


def _commentary_rows(pack) -> Iterator[tuple]:
    for item in _by_indicator(pack, "commentary"):
        if item.text or item.text_cy:
            yield (item.code, item.period, item.text, item.text_cy)


def _commitment_rows(pack) -> Iterator[tuple]:
    commitments = sorted(pack.all("commitment"), key=lambda c: (c.position, c.ref))
    updates: dict[str, list[r.CommitmentUpdate]] = {}
    for update in pack.all("commitment_update"):
        updates.setdefault(update.ref, []).append(update)
    for item in commitments:
        for update in sorted(updates.get(item.ref, []), key=lambda u: u.period):
            yield (item.ref, item.title, item.title_cy, item.owner, item.due, update.period,
                   update.status, update.progress, update.progress_cy)


_ROWS = {
    "Indicators": _indicator_rows,
    "Values": _value_rows,
    "Targets": _target_rows,
    "Commentary": _commentary_rows,
    "Commitments": _commitment_rows,
}


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
            for col, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                if isinstance(value, Decimal):
                    value = _xlsx_number(value)
                elif isinstance(value, Period | FinancialYear):
                    value = value.label
                elif isinstance(value, str):
                    value = _ILLEGAL.sub("", value)
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
        workbook.save(temp)
