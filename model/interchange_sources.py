"""Where an interchange import's rows come from: a workbook's sheets or a folder's CSV files.

``open_sheets(source, problems, limits)`` finds the sheets of the interchange format in an
``.xlsx`` workbook, a folder of CSV files or one CSV file, and returns them as ``SheetSource``s
streaming ``(row number, values)`` (row 1 is the header) in the order of
``model.interchange_format.FORMAT``. Rules:

- Sheets and files are named exactly (``Values``, ``Values.csv``); one named like a sheet but
  spelled differently (``values``) is reported, other sheets and files are ignored. A folder or
  workbook with none of the sheets is reported. Anything else (an ``.ods``, a missing file) is
  refused at once with ``InterchangeError``.
- Values are plain: text, ``Decimal`` for workbook numbers (a percent-formatted cell as the
  percentage shown: 0.855 is 85.5), ``datetime``/``date``/``time`` for date cells, ``bool``.
  A formula (never evaluated, its cached value never used), an error value (``#N/A``) or a text
  longer than ``Limits.max_text_chars`` (32,767 characters, Excel's own limit) is reported at its
  row and column and becomes ``BAD``, so that it is never stored. A workbook's over-long text is
  never held whole (``model.xlsx_reader`` stops collecting it at the limit).
- CSV files must be UTF-8 (a byte-order mark is allowed). A file that is not is reported at the
  row and column of its first bad byte, found by a second pass over the file that decodes bad
  bytes as escapes. A CSV file larger than ``Limits.max_file_bytes`` or with more than
  ``Limits.max_rows`` rows is refused (``WorkbookRefused``).
- Every value quoted in a message goes through ``model.errors.quote``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from model.errors import quote
from model.import_plan import ImportProblem, InterchangeError
from model.interchange_format import FORMAT
from model.xlsx_reader import TooLong, XlsxBook, open_xlsx
from model.xlsx_safety import Limits, WorkbookRefused

__all__ = ["BAD", "Problems", "SheetSource", "open_sheets", "column_letter"]

BAD = object()  # a cell already reported (formula, error value, over-long text)

_NAMES = [sheet.name for sheet in FORMAT]


class Problems:
    """The problems found so far, in the order found."""

    def __init__(self) -> None:
        self.problems: list[ImportProblem] = []

    def add(self, file: str, sheet: str, row: int | None, column: str | None,
            reason: str) -> None:
        self.problems.append(ImportProblem(file, sheet, row, column, reason))


@dataclass
class SheetSource:
    name: str
    file: str
    rows: Iterator[tuple[int, list]]  # row number and cell values, header first


def open_sheets(source: Path, problems: Problems, limits: Limits
                ) -> tuple[list[SheetSource], XlsxBook | None]:
    """The sheets to read and the open workbook (for the caller to close), if any."""
    if source.is_dir():
        return _csv_folder(source, problems, limits), None
    suffix = source.suffix.lower()
    if suffix == ".csv":
        return _csv_single(source, problems, limits), None
    if suffix == ".xlsx":
        book = open_xlsx(source, limits)
        try:
            return _xlsx_sheets(source, book, problems, limits), book
        except BaseException:
            book.close()
            raise
    reason = ("no such file or folder" if not source.exists() else
              "Craffu imports an .xlsx workbook or a folder of CSV files (Indicators.csv, "
              "Values.csv, ...); save it as .xlsx")
    raise InterchangeError([ImportProblem(source.name, "", None, None, reason)])


def column_letter(index: int) -> str:
    """0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _heading(header: list, index: int) -> str | None:
    if index < len(header) and isinstance(header[index], str) and header[index].strip():
        return header[index].strip()
    return None


# -- CSV ---------------------------------------------------------------------------------------


def _csv_folder(folder: Path, problems: Problems, limits: Limits) -> list[SheetSource]:
    files = {p.name: p for p in folder.iterdir() if p.is_file()}
    sheets = []
    for name in _NAMES:
        wanted = f"{name}.csv"
        if wanted in files:
            sheets.append(_csv_sheet(files[wanted], name, problems, limits))
            continue
        for other in files:
            if other.strip().lower() == wanted.lower():
                problems.add(other, name, None, None,
                             f"the file must be named exactly {wanted} (its sheet is not "
                             f"imported otherwise)")
    if not sheets and not problems.problems:
        problems.add(folder.name, "", None, None,
                     "the folder has none of the interchange files: "
                     + ", ".join(f"{n}.csv" for n in _NAMES))
    return sheets


def _csv_single(path: Path, problems: Problems, limits: Limits) -> list[SheetSource]:
    if not path.is_file():
        raise InterchangeError([ImportProblem(path.name, "", None, None, "no such file")])
    if path.stem not in _NAMES:
        raise InterchangeError([ImportProblem(
            path.name, "", None, None,
            "a CSV file must be named after its sheet: " + ", ".join(f"{n}.csv" for n in _NAMES),
        )])
    return [_csv_sheet(path, path.stem, problems, limits)]


def _csv_sheet(path: Path, name: str, problems: Problems, limits: Limits) -> SheetSource:
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise WorkbookRefused(
            f"{path.name} is {size / 1024 / 1024:,.0f} MB; CSV files larger than "
            f"{limits.max_file_bytes / 1024 / 1024:,.0f} MB are not read"
        )
    return SheetSource(name, path.name, _csv_rows(path, name, problems, limits))


def _csv_rows(path: Path, name: str, problems: Problems, limits: Limits):
    number = 0
    header: list = []
    longest = limits.max_text_chars
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as handle:
            for number, cells in enumerate(csv.reader(handle), start=1):
                if number - 1 > limits.max_rows:
                    raise WorkbookRefused(
                        f"{path.name} has more than {limits.max_rows:,} rows; at most "
                        f"{limits.max_rows:,} rows per file are read (split the data into "
                        f"several imports)"
                    )
                if cells and max(map(len, cells)) > longest:
                    cells = _too_long(cells, number, header, path.name, name, problems, longest)
                if number == 1:
                    header = cells
                yield number, cells
    except UnicodeDecodeError:
        problems.add(path.name, name, *_bad_byte(path))
    except csv.Error as exc:
        reason = f"the CSV file cannot be read ({exc})"
        if "field larger than field limit" in str(exc):
            reason = (f"a cell holds more than {csv.field_size_limit():,} characters; at most "
                      f"{longest:,} are accepted in a cell (as in Excel)")
        problems.add(path.name, name, number + 1, None, reason)


def _too_long(cells: list, number: int, header: list, file: str, sheet: str,
              problems: Problems, longest: int) -> list:
    cells = list(cells)
    for index, value in enumerate(cells):
        if len(value) > longest:
            problems.add(file, sheet, number, _heading(header, index) if number > 1 else None,
                         f"column {column_letter(index)} holds {len(value):,} characters; at "
                         f"most {longest:,} are accepted in a cell (as in Excel): "
                         f"'{quote(value, 40)}'")
            cells[index] = BAD
    return cells


_SURROGATE = re.compile("[\udc80-\udcff]+")


def _bad_byte(path: Path) -> tuple[int, str | None, str]:
    """(row, column, reason) for the first byte of ``path`` that is not UTF-8."""
    text = path.read_bytes().decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
    header: list[str] = []
    for number, cells in enumerate(csv.reader(io.StringIO(text, newline="")), start=1):
        if number == 1:
            header = cells
        for index, value in enumerate(cells):
            found = _SURROGATE.search(value)
            if found:
                shown = "".join(f"\\x{ord(ch) - 0xDC00:02x}" for ch in found.group())
                start = max(0, found.start() - 20)
                context = _SURROGATE.sub("?", value[start:found.end() + 20])
                return (number, _heading(header, index) if number > 1 else None,
                        f"the file is not UTF-8 text: column {column_letter(index)} has the "
                        f"byte {shown[:16]} in '{quote(context, 60)}'; save it as CSV UTF-8")
    return 1, None, "the file is not UTF-8 text; save it as CSV UTF-8"


# -- xlsx --------------------------------------------------------------------------------------


def _xlsx_sheets(path: Path, book: XlsxBook, problems: Problems, limits: Limits
                 ) -> list[SheetSource]:
    names = book.sheet_names
    sheets = []
    for name in _NAMES:
        if name in names:
            if not book.is_worksheet(name):
                problems.add(path.name, name, None, None, "the sheet is a chart, not a table")
                continue
            sheets.append(SheetSource(name, path.name,
                                      _xlsx_rows(path.name, book, name, problems)))
            continue
        for other in names:
            if other.strip().lower() == name.lower():
                problems.add(path.name, other, None, None,
                             f"the sheet must be named exactly {name} (it is not imported "
                             f"otherwise)")
    if not sheets and not problems.problems:
        problems.add(path.name, "", None, None,
                     "the workbook has none of the interchange sheets: " + ", ".join(_NAMES))
    return sheets


_PLAIN = frozenset({"n", "s", "d", "b"})  # kinds whose value is used as it is (unless percent)
_SPECIAL = object()


def _xlsx_rows(file: str, book: XlsxBook, sheet: str, problems: Problems):
    """The sheet's rows as plain values: percent cells x100; formulas, error values and
    over-long text reported (naming the cell) and replaced by ``BAD``."""
    header: list = []
    for number, cells in book.rows(sheet):
        # one pass in a comprehension for the usual row; a second only where a cell needs more
        values = [None if cell is None else cell[0] if cell[1] in _PLAIN and not cell[4]
                  else _SPECIAL for cell in cells]
        if _SPECIAL in values:
            for index, cell in enumerate(cells):
                if values[index] is not _SPECIAL:
                    continue
                if cell.kind == "n":  # a percent-formatted number
                    values[index] = _percent(cell.value)
                    continue
                column = _heading(header, index) if number > 1 else None
                problems.add(file, sheet, number, column, _special(cell))
                values[index] = BAD
        if number == 1:
            header = values
        yield number, values


def _special(cell) -> str:
    if cell.kind == "f":
        return (f"cell {cell.coordinate} contains a formula; enter the value itself (formulas "
                f"are never evaluated)")
    if cell.kind == "t":
        value: TooLong = cell.value
        return (f"cell {cell.coordinate} holds {value.length:,} characters; at most "
                f"{value.limit:,} are accepted in a cell (as in Excel): "
                f"'{quote(value.head, 40)}…'")
    return f"cell {cell.coordinate} contains the error value {quote(cell.value)}"


def _percent(value: Decimal) -> Decimal:
    """A percent-formatted cell's number as the percentage shown: 0.855 -> 85.5, 1 -> 100."""
    number = value.scaleb(2)
    exponent = number.as_tuple().exponent
    return number.quantize(_ONE) if isinstance(exponent, int) and exponent > 0 else number


_ONE = Decimal(1)
