"""Reading the interchange format (domain.md) into one all-or-nothing import.

``read_interchange(source, pack)`` reads an ``.xlsx`` workbook, a folder of UTF-8 CSV files
(``Indicators.csv``, ``Values.csv``, ``Targets.csv``, ``Commentary.csv``, ``Commitments.csv``)
or one such CSV file, checks everything, and returns an ``ImportPlan``: the changes it would make
(for a preview) and one ``Command`` that ``plan.apply()`` applies through ``Pack.apply``. Nothing
touches the pack before ``apply``. Any problem raises ``InterchangeError`` listing every problem
found, each with file, sheet, row (spreadsheet row number: the header is row 1), column and
reason, e.g. ``Values.csv row 7, column actual: 'abc' is not a number``.

Rules:
- Sheets and columns are named exactly as in ``SHEETS`` (surrounding spaces in a heading are
  ignored). A sheet that is absent is not imported; a sheet named like one but spelled
  differently (``values``) is an error, other sheets are ignored. Starred columns
  (``REQUIRED``) must be present and filled on every row; an unknown or repeated column is an
  error naming it; a value under a column without a heading is an error. A completely blank row
  is skipped.
- A row replaces the fields its columns give. An optional column that the sheet does not have
  leaves that field of an existing record as it is (a new record gets the default). Fields the
  format does not carry are kept (an indicator's or commitment's ``position``, a commitment's
  ``group``, a target's ``management`` flag and ``rationale_cy``); a new indicator or commitment
  is placed after the pack's existing ones in the order of the sheet; a new target is not a
  management target (the format has no column saying so).
- Blank cells are missing values, never zero. Numbers may be typed ``1,234`` or ``85%`` (read as
  85); a workbook cell holding 0.85 with a percent number format is read as 85. Dates in a
  number or period column, booleans in a number column, formulas and error values (``#N/A``)
  anywhere are errors naming the cell; a formula is never evaluated and its cached value never
  used.
- ``period`` reads ``2023-24 Q4``, ``2023/24 Q4`` or ``Q4 2023-24``; ``year`` reads ``2023-24``
  or ``2023/24``; ``quarter`` is 1-4 (or ``Q1``-``Q4``); ``due`` is a date cell,
  ``2024-03-31`` or ``31/03/2024``. Vocabulary columns (unit, polarity, aggregation,
  tolerance_type, compare_with, status) ignore case.
- Targets: for each code and year, the row without a quarter is the annual target and rows with
  quarters 1-4 the trajectory; together they replace that year's target (a year given without a
  trajectory loses its old one). A trajectory needs all four quarters: a partial one is an error
  naming the code, year and the quarters present. Rationale values of one year must agree.
- Commitments: one row per commitment and period; the row gives the commitment (title,
  title_cy, owner, due: rows of one ref that fill these must agree) and its update for the
  period (status, progress, progress_cy).
- A key (code; code and period; code, year and quarter; ref and period) given twice is an error.
- Figures from another system that the pre-publication checks exist to catch — a percent outside
  0-100, a percent's numerator above its denominator — are stored, listed in
  ``ImportPlan.warnings`` with their file, sheet, row and column, and reported as errors by
  ``check`` until corrected (model.validation). Every other problem refuses the whole import.
- Values and commentary rows with nothing in them add no record.
- Codes must name an indicator in the pack or on the Indicators sheet. Every record is then
  checked with the pack's own rules (``model.validation``: an actual agreeing with its
  numerator / denominator, whole non-negative counts, ...) against the pack as it would be after
  the import, and each problem is reported at the row and column it came from.
- The plan, its problems and its preview are ``model.import_plan``'s (shared with the template
  import); ``ImportPlan``, ``ImportProblem``, ``InterchangeError`` and ``FieldChange`` are also
  importable from here.
- Reading is safe against hostile files: workbooks are read by ``model.xlsx_reader`` (zip and
  size checks of ``model.xlsx_safety`` first, then a streaming expat parser that refuses
  document type and entity declarations), at most ``Limits.max_rows`` rows per sheet or CSV
  file and ``Limits.max_file_bytes`` per CSV file. A hidden sheet is read like a visible one.
- A re-import of what the pack already holds yields a plan with no changes.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from model import records as r
from model.commands import Command
from model.import_plan import (
    FieldChange,
    ImportPlan,
    ImportProblem,
    InterchangeError,
    collector_paused,
)
from model.interchange_format import REQUIRED, SHEETS
from model.numbers import NumberError, parse_number
from model.periods import FinancialYear, Period, PeriodError, parse_period, parse_year
from model.validation import Problem
from model.xlsx_reader import XlsxBook, open_xlsx
from model.xlsx_safety import DEFAULT_LIMITS, Limits, WorkbookRefused

__all__ = [
    "SHEETS",
    "REQUIRED",
    "ImportProblem",
    "InterchangeError",
    "FieldChange",
    "ImportPlan",
    "read_interchange",
]



# -- reading -----------------------------------------------------------------------------------


_BAD = object()  # a cell already reported (formula, error value)


@dataclass
class _Sheet:
    name: str
    file: str
    rows: Iterator[tuple[int, list]]  # row number and cell values, header first


class _Reader:
    """Collects problems while the sheets are read."""

    def __init__(self) -> None:
        self.problems: list[ImportProblem] = []

    def add(self, file: str, sheet: str, row: int | None, column: str | None,
            reason: str) -> None:
        self.problems.append(ImportProblem(file, sheet, row, column, reason))


def read_interchange(source: Path | str, pack, *, limits: Limits = DEFAULT_LIMITS) -> ImportPlan:
    """Read ``source`` (``.xlsx``, folder of CSV files, or one CSV) against ``pack``.

    Returns the ImportPlan; raises InterchangeError with every problem found. The pack is not
    changed until ``plan.apply()``.
    """
    with collector_paused():
        return _read(Path(source), pack, limits)


def _read(source: Path, pack, limits: Limits) -> ImportPlan:
    reader = _Reader()
    importer = _Importer(pack, reader)
    workbook = None
    try:
        if source.is_dir():
            sheets = _csv_folder(source, reader, limits)
        elif source.suffix.lower() == ".csv":
            sheets = _csv_single(source, reader, limits)
        elif source.suffix.lower() == ".xlsx":
            workbook = open_xlsx(source, limits)
            sheets = _xlsx_sheets(source, workbook, reader)
        else:
            if not source.exists():
                reason = "no such file or folder"
            else:
                reason = ("Craffu imports an .xlsx workbook or a folder of CSV files "
                          "(Indicators.csv, Values.csv, ...); save it as .xlsx")
            raise InterchangeError([ImportProblem(source.name, "", None, None, reason)])
        for sheet in sheets:
            importer.read_sheet(sheet)
    except WorkbookRefused as exc:
        raise InterchangeError([ImportProblem(source.name, "", None, None, str(exc))]) from None
    finally:
        if workbook is not None:
            workbook.close()
    return importer.plan(source)


# -- CSV ---------------------------------------------------------------------------------------


def _csv_folder(folder: Path, reader: _Reader, limits: Limits) -> list[_Sheet]:
    files = {p.name: p for p in folder.iterdir() if p.is_file()}
    sheets = []
    for name in SHEETS:
        wanted = f"{name}.csv"
        if wanted in files:
            sheets.append(_csv_sheet(files[wanted], name, reader, limits))
            continue
        for other in files:
            if other.strip().lower() == wanted.lower():
                reader.add(other, name, None, None,
                           f"the file must be named exactly {wanted} (its sheet is not imported "
                           f"otherwise)")
    if not sheets and not reader.problems:
        reader.add(folder.name, "", None, None,
                   "the folder has none of the interchange files: "
                   + ", ".join(f"{n}.csv" for n in SHEETS))
    return sheets


def _csv_single(path: Path, reader: _Reader, limits: Limits) -> list[_Sheet]:
    if not path.is_file():
        raise InterchangeError([ImportProblem(path.name, "", None, None, "no such file")])
    if path.stem not in SHEETS:
        raise InterchangeError([ImportProblem(
            path.name, "", None, None,
            "a CSV file must be named after its sheet: " + ", ".join(f"{n}.csv" for n in SHEETS),
        )])
    return [_csv_sheet(path, path.stem, reader, limits)]


def _csv_sheet(path: Path, name: str, reader: _Reader, limits: Limits) -> _Sheet:
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise WorkbookRefused(
            f"{path.name} is {size / 1024 / 1024:,.0f} MB; CSV files larger than "
            f"{limits.max_file_bytes / 1024 / 1024:,.0f} MB are not read"
        )
    return _Sheet(name, path.name, _csv_rows(path, name, reader, limits))


def _csv_rows(path: Path, name: str, reader: _Reader, limits: Limits):
    number = 0
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as handle:
            for number, cells in enumerate(csv.reader(handle), start=1):
                if number - 1 > limits.max_rows:
                    raise WorkbookRefused(
                        f"{path.name} has more than {limits.max_rows:,} rows; at most "
                        f"{limits.max_rows:,} rows per file are read (split the data into "
                        f"several imports)"
                    )
                yield number, cells
    except UnicodeDecodeError:
        reader.add(path.name, name, number + 1, None,
                   "the file is not UTF-8 text; save it as CSV UTF-8")
    except csv.Error as exc:
        reader.add(path.name, name, number + 1, None, f"the CSV file cannot be read ({exc})")


# -- xlsx --------------------------------------------------------------------------------------


def _xlsx_sheets(path: Path, book: XlsxBook, reader: _Reader) -> list[_Sheet]:
    names = book.sheet_names
    sheets = []
    for name in SHEETS:
        if name in names:
            if not book.is_worksheet(name):
                reader.add(path.name, name, None, None, "the sheet is a chart, not a table")
                continue
            sheets.append(_Sheet(name, path.name, _xlsx_rows(path.name, book, name, reader)))
            continue
        for other in names:
            if other.strip().lower() == name.lower():
                reader.add(path.name, other, None, None,
                           f"the sheet must be named exactly {name} (it is not imported "
                           f"otherwise)")
    if not sheets and not reader.problems:
        reader.add(path.name, "", None, None,
                   "the workbook has none of the interchange sheets: " + ", ".join(SHEETS))
    return sheets


def _xlsx_rows(file: str, book: XlsxBook, sheet: str, reader: _Reader):
    """The sheet's rows as plain values: percent cells x100, formulas and error values reported
    (naming the cell) and replaced by ``_BAD``, dates as ``datetime``."""
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
                if cell.kind == "f":
                    reason = (f"cell {cell.coordinate} contains a formula; enter the value "
                              f"itself (formulas are never evaluated)")
                else:
                    reason = f"cell {cell.coordinate} contains the error value {cell.value}"
                reader.add(file, sheet, number, column, reason)
                values[index] = _BAD
        if number == 1:
            header = values
        yield number, values


_PLAIN = frozenset({"n", "s", "d", "b"})  # kinds whose value is used as it is (unless percent)
_SPECIAL = object()


def _percent(value: Decimal) -> Decimal:
    """A percent-formatted cell's number as the percentage shown: 0.855 -> 85.5, 1 -> 100."""
    number = value.scaleb(2)
    exponent = number.as_tuple().exponent
    return number.quantize(_ONE) if isinstance(exponent, int) and exponent > 0 else number


_ONE = Decimal(1)


def _heading(header: list, index: int) -> str | None:
    if index < len(header) and isinstance(header[index], str) and header[index].strip():
        return header[index].strip()
    return None


# -- rows --------------------------------------------------------------------------------------


class _Row:
    """One data row of a sheet, with conversions that report problems at this row."""

    __slots__ = ("sheet", "line", "values", "columns", "reader", "ok")

    def __init__(self, sheet: _Sheet, number: int, values: list, columns: dict[str, int],
                 reader: _Reader):
        self.sheet = sheet
        self.line = number
        self.values = values
        self.columns = columns
        self.reader = reader
        self.ok = True

    def error(self, column: str | None, reason: str) -> None:
        self.ok = False
        self.reader.add(self.sheet.file, self.sheet.name, self.line, column, reason)

    def has(self, column: str) -> bool:
        return column in self.columns

    def raw(self, column: str) -> Any:
        index = self.columns.get(column)
        if index is None:
            return None
        values = self.values
        if index >= len(values):
            return None
        value = values[index]
        if value is None or type(value) is Decimal:
            return value
        if value is _BAD:
            self.ok = False
            return _BAD
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def _required(self, column: str, value: Any) -> Any:
        if value is None and column in REQUIRED[self.sheet.name]:
            self.error(column, f"{column} is required")
        return value

    def text(self, column: str) -> str:
        """Free text: kept as typed; blank is ''."""
        value = self.raw(column)
        if value is _BAD:
            return ""
        self._required(column, value)
        return "" if value is None else _as_text(value)

    def name(self, column: str) -> str | None:
        """A code or reference: text without surrounding spaces."""
        value = self.raw(column)
        if type(value) is str:
            return value.strip()  # raw() gave None for a blank one
        if value is _BAD:
            return None
        value = self._required(column, value)
        return None if value is None else _as_text(value).strip()

    def number(self, column: str) -> Decimal | None:
        value = self.raw(column)
        if type(value) is Decimal:  # a workbook number cell (always finite)
            return value
        if value is _BAD or self._required(column, value) is None:
            return None
        if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
            self.error(column, f"{_cell_text(value)} is a date or time, not a number")
            return None
        if isinstance(value, bool):
            self.error(column, f"{value} is not a number")
            return None
        try:
            return parse_number(value)
        except NumberError as exc:
            self.error(column, str(exc))
            return None

    def whole(self, column: str, low: int, high: int) -> int | None:
        raw = self.raw(column)
        if isinstance(raw, str) and column == "quarter" and raw.strip()[:1] in ("q", "Q"):
            raw = raw.strip()[1:]
            self.values[self.columns[column]] = raw
        number = self.number(column)
        if number is None:
            return None
        if number != number.to_integral_value() or not low <= number <= high:
            self.error(column, f"{_cell_text(raw)} is not a whole number from {low} to {high}")
            return None
        return int(number)

    def period(self, column: str) -> Period | None:
        value = self.raw(column)
        if type(value) is str:
            known = _PERIODS.get(value)
            if known is not None:
                return known
        if value is _BAD or self._required(column, value) is None:
            return None
        if isinstance(value, dt.date | dt.datetime):
            self.error(column, f"{_cell_text(value)} is a date, not a period (type e.g. "
                               f"2023-24 Q4 as text)")
            return None
        try:
            return _period(_as_text(value))
        except PeriodError as exc:
            self.error(column, str(exc))
            return None

    def year(self, column: str) -> int | None:
        value = self.raw(column)
        if value is _BAD or self._required(column, value) is None:
            return None
        try:
            return parse_year(_as_text(value)).start
        except PeriodError as exc:
            self.error(column, str(exc))
            return None

    def date(self, column: str) -> dt.date | None:
        value = self.raw(column)
        if value is _BAD or self._required(column, value) is None:
            return None
        if isinstance(value, dt.datetime):
            if value.time() != dt.time(0):
                self.error(column, f"{value} has a time of day; give a date")
                return None
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            day = _parse_date(value.strip())
            if day is not None:
                return day
        self.error(column, f"'{_cell_text(value)}' is not a date (e.g. 2024-03-31)")
        return None

    def choice(self, column: str, allowed: tuple[str, ...]) -> str | None:
        value = self.raw(column)
        if value is _BAD or self._required(column, value) is None:
            return None
        text = _as_text(value).strip()
        for option in allowed:
            if option.lower() == text.lower():
                return option
        self.error(column, f"'{text}' is not one of {', '.join(allowed)}")
        return None


_PERIODS: dict[str, Period] = {}


def _period(text: str) -> Period:
    """``parse_period``, remembered: a sheet names the same few periods on thousands of rows."""
    period = _PERIODS.get(text)
    if period is None:
        period = parse_period(text)
        if len(_PERIODS) < 4096:
            _PERIODS[text] = period
    return period


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _cell_text(value: Any) -> str:
    return _as_text(value) if value is not None else ""


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


def _parse_date(text: str) -> dt.date | None:
    for fmt in _DATE_FORMATS:
        try:
            parsed = dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        if parsed.time() == dt.time(0):
            return parsed.date()
    return None


# -- building the records ----------------------------------------------------------------------


@dataclass
class _TargetRows:
    annual: tuple[int, Decimal] | None = None
    quarters: dict[int, tuple[int, Decimal]] = field(default_factory=dict)
    rationale: tuple[int, str] | None = None
    rationale_given: bool = False
    first_row: int = 0


@dataclass
class _CommitmentRows:
    first_row: int
    order: int
    fields: dict[str, tuple[int, Any]] = field(default_factory=dict)


class _Importer:
    """Turns rows into records, then checks them as the pack would."""

    def __init__(self, pack, reader: _Reader):
        self.pack = pack
        self.reader = reader
        # (kind, key) -> new record, in the order the command will put them
        self.pending: dict[tuple[str, tuple], r.Record] = {}
        # (kind, key) -> (sheet, file, {field: (row, column)} or None meaning "the column of
        # the field's name on the default row", default row)
        self.origins: dict[tuple[str, tuple], tuple[str, str, dict, int]] = {}
        self.bad_codes: set[str] = set()
        self.indicators_unreadable = False
        self.files: dict[str, str] = {}
        self._next_indicator = 1 + max(
            (ind.position for ind in pack.all("indicator")), default=-1)
        self._next_commitment = 1 + max(
            (c.position for c in pack.all("commitment")), default=-1)

    # -- sheets ---------------------------------------------------------------------------

    def read_sheet(self, sheet: _Sheet) -> None:
        self.files[sheet.name] = sheet.file
        handler = getattr(self, f"_row_{sheet.name.lower()}")
        columns: dict[str, int] | None = None
        headed: set[int] = set()
        width, gaps = 0, False
        unnamed: set[int] = set()
        seen: dict[tuple, int] = {}
        state: dict = {}
        for number, values in sheet.rows:
            if columns is None:
                if number != 1 or _blank(values):  # row 1 empty, or absent from the file
                    self.reader.add(sheet.file, sheet.name, 1, None,
                                    "the first row must hold the column names")
                    self._unreadable(sheet)
                    return
                header = self._header(sheet, number, values)
                if header is None:
                    self._unreadable(sheet)
                    return
                columns, headed = header
                width = max(headed, default=-1) + 1
                gaps = len(headed) < width  # blank headings between named columns
                state["columns"] = columns
                continue
            if _blank(values):
                continue
            start = 0 if gaps else width
            for index in range(start, len(values)) if len(values) > start else ():
                if index not in headed and index not in unnamed and not _empty(values[index]):
                    unnamed.add(index)
                    self.reader.add(sheet.file, sheet.name, number, None,
                                    f"column {_column_letter(index)} has values (first on row "
                                    f"{number}) but no heading")
            handler(_Row(sheet, number, values, columns, self.reader), seen, state)
        finisher = getattr(self, f"_finish_{sheet.name.lower()}", None)
        if finisher is not None:
            finisher(sheet, state)

    def _unreadable(self, sheet: _Sheet) -> None:
        if sheet.name == "Indicators":
            self.indicators_unreadable = True
        close = getattr(sheet.rows, "close", None)
        if close is not None:
            close()

    def _header(self, sheet: _Sheet, number: int, values: list
                ) -> tuple[dict[str, int], set[int]] | None:
        """The known columns' positions and every headed position; None if rows can't be read."""
        allowed = SHEETS[sheet.name]
        columns: dict[str, int] = {}
        fatal = False
        for index, value in enumerate(values):
            if value is _BAD:
                fatal = True
                continue
            if _empty(value):
                continue
            name = _as_text(value).strip()
            if name in columns:
                self.reader.add(sheet.file, sheet.name, number, name,
                                f"the column {name} appears twice")
                fatal = True
            elif name not in allowed:
                hint = difflib.get_close_matches(name.lower(), allowed, n=1, cutoff=0.6)
                self.reader.add(
                    sheet.file, sheet.name, number, name,
                    f"unknown column '{name}'"
                    + (f" (did you mean '{hint[0]}'?)" if hint else "")
                    + f"; the {sheet.name} columns are: {', '.join(allowed)}",
                )
            columns[name] = index
        for name in allowed:
            if name in REQUIRED[sheet.name] and name not in columns:
                self.reader.add(sheet.file, sheet.name, number, name,
                                f"the required column {name} is missing")
                fatal = True
        if fatal:
            return None
        known = {name: index for name, index in columns.items() if name in allowed}
        return known, set(columns.values())

    def _duplicate(self, row: _Row, seen: dict, key: tuple, column: str,
                   what: Callable[[], str]) -> bool:
        """Whether ``key`` was on an earlier row (reported here); ``what()`` names it, and is
        only called then."""
        earlier = seen.get(key)
        if earlier is not None:
            row.error(column, f"{what()} is also on row {earlier}")
            return True
        seen[key] = row.line
        return False

    def _put(self, record: r.Record, sheet: _Sheet, fields: dict | None, row: int,
             key: tuple | None = None) -> None:
        """Queue ``record`` (whose key is ``key`` when the caller already has it)."""
        slot = (record.kind, record.key if key is None else key)
        self.pending[slot] = record
        self.origins[slot] = (sheet.name, sheet.file, fields, row)

    @staticmethod
    def _where(row: _Row, names: tuple[str, ...]) -> None:
        """Every field at this row, in the column of the same name (the common case)."""
        return None

    # -- Indicators -----------------------------------------------------------------------

    def _row_indicators(self, row: _Row, seen: dict, state: dict) -> None:
        code = row.name("code")
        changes: dict[str, Any] = {"title": row.text("title")}
        changes["unit"] = row.choice("unit", r.UNITS)
        changes["polarity"] = row.choice("polarity", r.POLARITIES)
        changes["aggregation"] = row.choice("aggregation", r.AGGREGATIONS)
        for name in ("title_cy", "definition", "definition_cy", "group", "owner", "source"):
            if row.has(name):
                changes[name] = row.text(name)
        if row.has("decimals"):
            changes["decimals"] = row.whole("decimals", 0, 6)
        for name in ("tolerance", "sustain_band"):
            if row.has(name):
                changes[name] = row.number(name)
        if row.has("tolerance_type"):
            changes["tolerance_type"] = row.choice("tolerance_type", r.TOLERANCE_TYPES)
        if row.has("compare_with"):
            changes["compare_with"] = row.choice("compare_with", r.COMPARISONS)
        if code is None:
            return
        if self._duplicate(row, seen, (code,), "code", lambda: f"indicator {code}"):
            return
        if not row.ok:
            self.bad_codes.add(code)
            return
        existing = self.pack.get("indicator", (code,))
        if existing is not None:
            record = existing.replace(**changes)
        else:
            record = r.Indicator(code=code, position=self._next_indicator, **changes)
            self._next_indicator += 1
        self._put(record, row.sheet, self._where(row, SHEETS["Indicators"]), row.line)

    # -- Values ---------------------------------------------------------------------------

    def _row_values(self, row: _Row, seen: dict, state: dict) -> None:
        # This runs for every row of the biggest sheet, so the common case (a code as text, a
        # period seen before, figures as numbers or empty) is read straight from the row;
        # anything else goes through the _Row conversions, which report problems.
        layout = state.get("layout")
        if layout is None:  # where this sheet's columns are, worked out once
            columns = row.columns
            layout = state["layout"] = (
                columns["code"], columns["period"],
                tuple((name, columns[name]) for name in ("actual", "numerator", "denominator")
                      if name in columns),
                columns.get("note"))
        code_at, period_at, numbers, note_at = layout
        values = row.values
        width = len(values)
        code = values[code_at] if code_at < width else None
        code = code.strip() if type(code) is str else None
        if not code:
            code = row.name("code")
        period = values[period_at] if period_at < width else None
        period = _PERIODS.get(period) if type(period) is str else None
        if period is None:
            period = row.period("period")
        changes: dict[str, Any] = {}
        for name, index in numbers:
            value = values[index] if index < width else None
            changes[name] = value if value is None or type(value) is Decimal else row.number(
                name)
        if note_at is not None:
            note = values[note_at] if note_at < width else None
            if note is None:
                changes["note"] = ""  # blank text is ''
            else:
                changes["note"] = note if type(note) is str and note.strip() else row.text(
                    "note")
        if code is None or period is None:
            return
        key = (code, period)
        earlier = seen.get(key)
        if earlier is not None:
            row.error("period", f"{code} {period.label} is also on row {earlier}")
            return
        seen[key] = row.line
        if not row.ok:
            return
        existing = self.pack.get("value", key)
        if existing is not None:
            record = existing.replace(**changes)
        else:
            for value in changes.values():
                if value is not None and value != "":
                    break
            else:
                return  # nothing in the row: no record
            record = r.Value(code=code, period=period, **changes)
        self._put(record, row.sheet, None, row.line, key)

    # -- Commentary -----------------------------------------------------------------------

    def _row_commentary(self, row: _Row, seen: dict, state: dict) -> None:
        code = row.name("code")
        period = row.period("period")
        changes = {name: row.text(name) for name in ("text", "text_cy") if row.has(name)}
        if code is None or period is None:
            return
        if self._duplicate(row, seen, (code, period), "period",
                           lambda: f"{code} {period.label}"):
            return
        if not row.ok:
            return
        existing = self.pack.get("commentary", (code, period))
        if existing is not None:
            record = existing.replace(**changes)
        else:
            if not any(changes.values()):
                return
            record = r.Commentary(code=code, period=period, **changes)
        self._put(record, row.sheet, self._where(row, SHEETS["Commentary"]), row.line)

    # -- Targets --------------------------------------------------------------------------

    def _row_targets(self, row: _Row, seen: dict, state: dict) -> None:
        code = row.name("code")
        year = row.year("year")
        target = row.number("target")
        quarter = row.whole("quarter", 1, 4) if row.has("quarter") else None
        rationale = row.text("rationale") if row.has("rationale") else None
        if code is None or year is None:
            return
        label = f"{code} {FinancialYear(year).label}"
        broken = state.setdefault("broken", set())
        if not row.ok:
            broken.add((code, year))
            return
        what = f"the {label} Q{quarter} target" if quarter else f"the {label} annual target"
        if self._duplicate(row, seen, (code, year, quarter), "quarter" if quarter else "year",
                           lambda: what):
            broken.add((code, year))
            return
        groups: dict[tuple, _TargetRows] = state.setdefault("groups", {})
        group = groups.get((code, year))
        if group is None:
            group = groups[(code, year)] = _TargetRows(first_row=row.line)
        if quarter is None:
            group.annual = (row.line, target)
        else:
            group.quarters[quarter] = (row.line, target)
        if rationale is not None:
            group.rationale_given = True
            if rationale.strip():
                if group.rationale is not None and group.rationale[1] != rationale:
                    row.error("rationale", f"the {label} rationale differs from row "
                                           f"{group.rationale[0]}")
                    broken.add((code, year))
                    return
                group.rationale = (row.line, rationale)

    def _finish_targets(self, sheet: _Sheet, state: dict) -> None:
        broken = state.get("broken", set())
        for (code, year), group in state.get("groups", {}).items():
            if (code, year) in broken:
                continue
            label = f"{code} {FinancialYear(year).label}"
            if group.quarters and len(group.quarters) != 4:
                have = ", ".join(f"Q{q}" for q in sorted(group.quarters))
                first = min(row for row, _ in group.quarters.values())
                self.reader.add(
                    sheet.file, sheet.name, first, "quarter",
                    f"{label}: a quarterly trajectory needs all four quarters; only {have} "
                    f"given",
                )
                continue
            where: dict[str, tuple[int, str]] = {
                "code": (group.first_row, "code"),
                "trajectory": (min((row for row, _ in group.quarters.values()),
                                   default=group.first_row), "quarter"),
            }
            changes: dict[str, Any] = {"annual": group.annual[1] if group.annual else None}
            if group.annual:
                where["annual"] = (group.annual[0], "target")
            for q in (1, 2, 3, 4):
                entry = group.quarters.get(q)
                changes[f"q{q}"] = entry[1] if entry else None
                if entry:
                    where[f"q{q}"] = (entry[0], "target")
            if group.rationale_given:
                changes["rationale"] = group.rationale[1] if group.rationale else ""
                if group.rationale:
                    where["rationale"] = (group.rationale[0], "rationale")
            existing = self.pack.get("target", (code, year))
            if existing is not None:
                record = existing.replace(**changes)
            else:
                record = r.Target(code=code, year=year, **changes)
            self._put(record, sheet, where, group.first_row)

    # -- Commitments ----------------------------------------------------------------------

    _COMMITMENT_FIELDS = ("title", "title_cy", "owner", "due")

    def _row_commitments(self, row: _Row, seen: dict, state: dict) -> None:
        ref = row.name("ref")
        period = row.period("period")
        given: dict[str, Any] = {"title": row.text("title")}
        for name in ("title_cy", "owner"):
            if row.has(name):
                given[name] = row.text(name)
        if row.has("due"):
            given["due"] = row.date("due")
        status = row.choice("status", r.COMMITMENT_STATUSES)
        update = {name: row.text(name) for name in ("progress", "progress_cy") if row.has(name)}
        if ref is None or period is None:
            return
        if self._duplicate(row, seen, (ref, period), "period",
                           lambda: f"{ref} {period.label}"):
            return
        groups: dict[str, _CommitmentRows] = state.setdefault("groups", {})
        group = groups.get(ref)
        if group is None:
            group = groups[ref] = _CommitmentRows(row.line, len(groups))
        for name, value in given.items():
            if value in (None, ""):
                continue
            if name in group.fields and group.fields[name][1] != value:
                earlier, before = group.fields[name]
                row.error(name, f"{ref}: {name} '{_cell_text(value)}' differs from row "
                                f"{earlier} ('{_cell_text(before)}')")
                continue
            group.fields.setdefault(name, (row.line, value))
        if not row.ok:
            state.setdefault("broken", set()).add(ref)
            return
        assert status is not None
        existing = self.pack.get("commitment_update", (ref, period))
        if existing is not None:
            record = existing.replace(status=status, **update)
        else:
            record = r.CommitmentUpdate(ref=ref, period=period, status=status, **update)
        state.setdefault("updates", []).append(
            (record, self._where(row, SHEETS["Commitments"]), row.line))

    def _finish_commitments(self, sheet: _Sheet, state: dict) -> None:
        broken = state.get("broken", set())
        columns = state.get("columns", {})
        for ref, group in state.get("groups", {}).items():
            if ref in broken:
                continue
            changes: dict[str, Any] = {}
            where = {"ref": (group.first_row, "ref")}
            for name in self._COMMITMENT_FIELDS:
                if name in group.fields:
                    row, value = group.fields[name]
                    changes[name] = value
                    where[name] = (row, name)
                elif name in columns:  # a column given blank on every row is blank
                    changes[name] = None if name == "due" else ""
            existing = self.pack.get("commitment", (ref,))
            if existing is not None:
                record = existing.replace(**changes)
            else:
                record = r.Commitment(ref=ref, position=self._next_commitment, **changes)
                self._next_commitment += 1
            self._put(record, sheet, where, group.first_row)
        for record, where, row in state.get("updates", []):
            if record.ref not in broken:
                self._put(record, sheet, where, row)

    # -- checking -------------------------------------------------------------------------

    def plan(self, source: Path) -> ImportPlan:
        command = Command(f"Import {source.name}",
                          tuple((kind, key, new) for (kind, key), new in self.pending.items()))
        diffs, problems = self.pack.prepare(command)
        found = self.reader.problems + self.locate([p for p in problems if not p.for_checks])
        if found:
            found.sort(key=ImportProblem._order)
            raise InterchangeError(found)
        warnings = sorted(self.locate([p for p in problems if p.for_checks]),
                          key=ImportProblem._order)
        command = Command(command.label, tuple((kind, key, new) for kind, key, _old, new in diffs))
        return ImportPlan(self.pack, source, command, diffs, self.locate, warnings,
                          allow_for_checks=True)

    def locate(self, problems: list[Problem]) -> list[ImportProblem]:
        """Model problems as ImportProblems at the rows and columns they came from."""
        located = []
        for problem in problems:
            origin = self.origins.get((problem.kind, tuple(problem.key)))
            if origin is None:
                located.append(ImportProblem("", "", None, None, str(problem)))
                continue
            sheet, file, fields, default_row = origin
            code = problem.key[0] if problem.key else None
            if (problem.field == "code" and problem.kind in ("value", "target", "commentary")
                    and (self.indicators_unreadable or code in self.bad_codes)):
                continue  # the indicator's own row is already reported
            message = problem.message
            if problem.field == "code" and message.startswith("there is no indicator"):
                message += " in the pack or on the Indicators sheet"
            if fields is None:
                fields = {name: (default_row, name) for name in SHEETS[sheet]}
            if problem.field in fields:
                row, column = fields[problem.field]
            elif problem.field == "" and "period" in SHEETS[sheet]:
                row, column = default_row, "period"
            else:
                row, column = default_row, None
            located.append(ImportProblem(file, sheet, row, column, message))
        return located


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _blank(values: list) -> bool:
    for value in values:  # a loop, not all(): this runs for every row read
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return False
    return True


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
