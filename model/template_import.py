"""Reading a filled data-collection template back into a pack: one all-or-nothing import.

The template (written by ``exporters.excel_template``) asks services for one period's figures.
Its layout is defined here, so that the writer and this reader cannot drift apart:

- a hidden sheet ``MARKER_SHEET`` (very hidden, under workbook-structure protection) says what the
  workbook is (``MARKER``), its layout version, the period, the group (blank: all) and how many
  indicator rows the figures sheet has;
- the ``INSTRUCTIONS_SHEET`` tells the service what to fill;
- the ``FIGURES_SHEET`` has a title in row 1, the headings ``HEADINGS`` in row 2 and one row per
  indicator from row 3. Columns A and B are the hidden keys (indicator code and period); C-I are
  locked reference cells (code, title, unit, what to enter, last period's figures); J-N are the
  input cells (value, numerator, denominator, commentary, commentary in Welsh).

``read_template(path, pack)`` checks everything and returns a ``model.interchange.ImportPlan``
(``.changes`` for the preview, ``.summary()``, ``bool(plan)``, ``.apply()`` returning the undo
command); any problem raises ``model.interchange.InterchangeError`` listing every problem as file,
sheet, row, column and reason. Nothing touches the pack before ``apply``. Rules:

- The workbook is read by ``model.xlsx_reader`` (expat, streaming) after ``model.xlsx_safety``'s
  checks: zip bombs, XML bombs, oversized sheets and non-workbooks are refused with a message.
- A workbook without the marker sheet, with the figures sheet renamed or missing, with a heading
  changed or moved, or with a layout version this reader does not know is refused as a whole.
- Keys: each row's hidden code must name an indicator in the pack, agree with the visible code
  beside it, appear once, and its hidden period must be the template's period. A row below the
  template's last row that has anything in it (an added row) and anything typed right of the last
  column are errors naming the cells.
- Figures: a blank cell is not zero and clears nothing. When a row's value, numerator or
  denominator is filled, those cells replace the period's figures (value alone: the actual, and
  no numerator / denominator; numerator and denominator: those, and the actual only if the value
  is filled too, when it must agree). A row with no figures leaves the pack's figures as they are.
  An indicator aggregated as a ratio needs the numerator and denominator: a value alone is an
  error. Numbers typed as text (``1,234``, ``85%``) are read as numbers; a percent-formatted cell
  of a percent indicator's value (0.85 shown as 85%) is read as 85; a percent format on any other
  cell is an error. Formulas (never evaluated, their cached value never used), error values,
  dates, times and TRUE/FALSE in a number cell are errors naming the cell. Merged cells in the
  table are an error (a merged range keeps only its first value).
- Commentary: filled text replaces the English or Welsh text; a blank cell keeps what the pack
  has. The template is filled in with what the pack already held, so re-importing an untouched
  template changes nothing.
- Every record is then checked by the pack's own rules (``model.validation``: whole counts,
  percentages 0-100, numerator not above the denominator, actual agreeing with
  numerator / denominator, a final period refusing changes) and each problem is reported at the
  row and input column it came from.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from model import records as r
from model.commands import Command
from model.errors import quote
from model.import_plan import ImportPlan, ImportProblem, InterchangeError
from model.numbers import NumberError, parse_number
from model.periods import Period, PeriodError, parse_period
from model.validation import Problem
from model.xlsx_reader import open_xlsx
from model.xlsx_safety import DEFAULT_LIMITS, Limits, WorkbookRefused, check_workbook_file

__all__ = [
    "MARKER",
    "MARKER_SHEET",
    "INSTRUCTIONS_SHEET",
    "FIGURES_SHEET",
    "LAYOUT_VERSION",
    "HEADINGS",
    "COLUMN",
    "HEADING_ROW",
    "FIRST_ROW",
    "entered_as_fraction",
    "is_template",
    "read_template",
]

MARKER = "Craffu data-collection template"
MARKER_SHEET = "Craffu"
INSTRUCTIONS_SHEET = "Instructions"
FIGURES_SHEET = "Figures"
LAYOUT_VERSION = 1

#: The figures sheet's headings (row 2), in column order A, B, C, ...
HEADINGS: tuple[str, ...] = (
    "Key: code",
    "Key: period",
    "Code",
    "Indicator",
    "Unit",
    "What to enter",
    "Last period: value",
    "Last period: numerator",
    "Last period: denominator",
    "Value",
    "Numerator",
    "Denominator",
    "Commentary",
    "Commentary (Welsh)",
)
#: Heading -> 1-based column number.
COLUMN: dict[str, int] = {heading: index for index, heading in enumerate(HEADINGS, start=1)}
HEADING_ROW = 2
FIRST_ROW = 3

_INPUT_FIELDS = {  # input heading -> (record kind, field)
    "Value": ("value", "actual"),
    "Numerator": ("value", "numerator"),
    "Denominator": ("value", "denominator"),
    "Commentary": ("commentary", "text"),
    "Commentary (Welsh)": ("commentary", "text_cy"),
}
_FIELD_HEADING = {field: heading for heading, (_kind, field) in _INPUT_FIELDS.items()}


def entered_as_fraction(indicator: r.Indicator, latest: r.Value | None) -> bool:
    """Whether the template asks for a numerator and denominator rather than a value.

    Yes for an indicator aggregated as a ratio (its year to date is computed from them), and for
    a percent or ratio indicator whose latest figure was given that way; otherwise a value.
    """
    if indicator.aggregation == "ratio":
        return True
    return (indicator.unit in ("percent", "ratio") and latest is not None
            and latest.numerator is not None and latest.denominator is not None)


def _letter(column: int) -> str:
    letters = ""
    while column:
        column, rem = divmod(column - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def is_template(path: Path | str) -> bool:
    """Whether ``path`` is a workbook that looks like a data-collection template.

    Cheap: reads only the zip's directory and ``xl/workbook.xml`` (after the safety checks), and
    looks for the marker sheet or the instructions and figures sheets. A file that is not a
    workbook at all gives False (the interchange reader then says what it is).
    """
    path = Path(path)
    try:
        check_workbook_file(path)
        with zipfile.ZipFile(path) as archive:
            workbook_xml = archive.read("xl/workbook.xml")
    except (WorkbookRefused, zipfile.BadZipFile, KeyError, OSError):
        return False
    names = set(re.findall(rb'<(?:\w+:)?sheet\s[^>]*name="([^"]*)"', workbook_xml))
    return (MARKER_SHEET.encode() in names
            or {INSTRUCTIONS_SHEET.encode(), FIGURES_SHEET.encode()} <= names)


# -- reading -----------------------------------------------------------------------------------


class _Problems:
    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[ImportProblem] = []

    def add(self, sheet: str, row: int | None, column: str | None, reason: str) -> None:
        self.items.append(ImportProblem(self.file, sheet, row, column, reason))

    def fail(self) -> None:
        if self.items:
            raise InterchangeError(self.items)


def read_template(path: Path | str, pack, *, limits: Limits = DEFAULT_LIMITS) -> ImportPlan:
    """Read a filled template against ``pack``; return the ImportPlan or raise InterchangeError."""
    path = Path(path)
    problems = _Problems(path.name)
    if path.suffix.lower() != ".xlsx" and path.is_file():
        problems.add("", None, None, "a data-collection template is an .xlsx workbook")
        problems.fail()
    try:
        with open_xlsx(path, limits) as book:
            period, rows_expected = _read_marker(book, problems)
            problems.fail()
            importer = _TemplateRows(pack, period, rows_expected, problems)
            for number, cells in book.rows(FIGURES_SHEET):
                importer.row(number, cells)
            for merged in book.merged(FIGURES_SHEET):
                if merged.max_row >= HEADING_ROW:
                    problems.add(FIGURES_SHEET, merged.min_row, None,
                                 f"cells {merged.ref} are merged; unmerge them (a merged range "
                                 f"keeps only its first cell's value)")
            importer.finish()
    except WorkbookRefused as exc:
        raise InterchangeError([ImportProblem(path.name, "", None, None, str(exc))]) from None
    return importer.plan(path)


def _read_marker(book, problems: _Problems) -> tuple[Period | None, int]:
    names = list(book.sheet_names)
    if MARKER_SHEET not in names:
        problems.add("", None, None,
                     f"this is not a Craffu data-collection template (its hidden sheet "
                     f"{MARKER_SHEET} is missing); export a new template from the pack")
        return None, 0
    if FIGURES_SHEET not in names or not book.is_worksheet(FIGURES_SHEET):
        others = [n for n in names if n not in (MARKER_SHEET, INSTRUCTIONS_SHEET)]
        hint = f" (the workbook has {', '.join(others)})" if others else ""
        problems.add("", None, None,
                     f"the sheet {FIGURES_SHEET} is missing{hint}; the template's sheets must "
                     f"keep their names: rename it back to {FIGURES_SHEET}")
        return None, 0
    marker: dict[str, Any] = {}
    for _number, cells in book.rows(MARKER_SHEET):
        first = cells[0] if cells else None
        second = cells[1] if len(cells) > 1 else None
        if first is not None and isinstance(first.value, str):
            marker[first.value.strip()] = second.value if second is not None else None
    if marker.get("marker") != MARKER:
        problems.add(MARKER_SHEET, None, None,
                     "the hidden sheet does not identify a Craffu template; export a new "
                     "template from the pack")
        return None, 0
    if str(marker.get("version")) != str(LAYOUT_VERSION):
        problems.add(MARKER_SHEET, None, None,
                     f"this template has layout version {marker.get('version')}; this Craffu "
                     f"reads version {LAYOUT_VERSION}: export a new template")
        return None, 0
    try:
        period = parse_period(str(marker.get("period") or ""))
        rows = int(marker.get("rows"))  # type: ignore[arg-type]
    except (PeriodError, TypeError, ValueError):
        problems.add(MARKER_SHEET, None, None,
                     "the hidden sheet was edited (its period or row count cannot be read); "
                     "export a new template")
        return None, 0
    return period, rows


class _TemplateRows:
    """Turns the figures sheet's rows into pending records, collecting every problem."""

    def __init__(self, pack, period: Period, rows_expected: int, problems: _Problems):
        self.pack = pack
        self.period = period
        self.last_row = FIRST_ROW + rows_expected - 1
        self.problems = problems
        self.pending: dict[tuple[str, tuple], r.Record] = {}
        self.origins: dict[tuple[str, tuple], int] = {}
        self.seen: dict[str, int] = {}
        self.rows_seen = 0
        self.added_rows = 0

    def add(self, row: int | None, column: int | None, reason: str) -> None:
        heading = HEADINGS[column - 1] if column and column <= len(HEADINGS) else (
            _letter(column) if column else None)
        self.problems.add(FIGURES_SHEET, row, heading, reason)

    def row(self, number: int, cells: tuple) -> None:
        width = len(HEADINGS)
        extra = [c for c in cells[width:] if c is not None and _filled(c.value)]
        if number == HEADING_ROW:
            self._headings(cells)
            return
        if number < HEADING_ROW:
            return
        for cell in extra:
            self.add(number, None, f"cell {cell.coordinate} is outside the template's columns; "
                                   f"remove it (only columns A to {_letter(width)} are read)")
        if number > self.last_row:
            filled = [c for c in cells[:width] if c is not None and _filled(c.value)]
            if filled:
                self.added_rows += 1
                if self.added_rows > _MAX_ADDED_ROWS_SHOWN:
                    return
                self.add(number, None,
                         f"row {number} was added below the template's "
                         f"{self.last_row - FIRST_ROW + 1} indicator rows (cell "
                         f"{filled[0].coordinate}); figures for an indicator that is not in the "
                         f"template cannot be imported: add the indicator to the pack and export "
                         f"a new template")
            return
        self.rows_seen += 1
        self._figures_row(number, list(cells[:width]) + [None] * (width - len(cells)))

    def _headings(self, cells: tuple) -> None:
        for index, expected in enumerate(HEADINGS):
            cell = cells[index] if index < len(cells) else None
            found = cell.value if cell is not None else None
            if not isinstance(found, str) or found.strip() != expected:
                shown = "blank" if found is None else f"'{quote(found)}'"
                self.problems.add(FIGURES_SHEET, HEADING_ROW, _letter(index + 1),
                                  f"the heading is {shown}, not '{expected}': columns were "
                                  f"changed or moved; use the template as exported")

    def _cell(self, cells: list, heading: str):
        return cells[COLUMN[heading] - 1]

    def _key_text(self, cells: list, heading: str) -> str | None:
        cell = self._cell(cells, heading)
        if cell is None or cell.value is None or cell.formula:
            return None
        value = cell.value
        if isinstance(value, Decimal):
            return format(value, "f")
        return value.strip() if isinstance(value, str) else str(value)

    def _figures_row(self, number: int, cells: list) -> None:
        code = self._key_text(cells, "Key: code")
        period_text = self._key_text(cells, "Key: period")
        visible = self._key_text(cells, "Code")
        if not code or not period_text:
            if any(c is not None and _filled(c.value) for c in cells):
                self.add(number, COLUMN["Key: code"] if not code else COLUMN["Key: period"],
                         "the row's hidden key was cleared; use the template as exported")
            else:
                self.rows_seen -= 1  # an empty row: counted as deleted by finish()
            return
        indicator = self.pack.indicator(code)
        ok = True
        if indicator is None:
            self.add(number, COLUMN["Key: code"],
                     f"the hidden key was edited: there is no indicator {code} in the pack")
            ok = False
        elif visible != code:
            self.add(number, COLUMN["Code"],
                     f"the code was edited: the row is for {code}, not {visible or '(blank)'}; "
                     f"put it back")
            ok = False
        if code in self.seen:
            self.add(number, COLUMN["Key: code"],
                     f"{code} is also on row {self.seen[code]}; each indicator has one row")
            ok = False
        self.seen.setdefault(code, number)
        try:
            period = parse_period(period_text)
        except PeriodError:
            period = None
        if period != self.period:
            self.add(number, COLUMN["Key: period"],
                     f"the hidden key was edited: the period is '{quote(period_text)}', but this "
                     f"template is for {self.period.label}")
            ok = False
        figures = {h: self._number(number, cells, h, indicator)
                   for h in ("Value", "Numerator", "Denominator")}
        texts = {h: self._text(number, cells, h)
                 for h in ("Commentary", "Commentary (Welsh)")}
        if not ok or indicator is None or any(v is _BAD for v in (*figures.values(),
                                                                   *texts.values())):
            return
        self._put_value(number, indicator, figures)
        self._put_commentary(number, code, texts)

    def _number(self, number: int, cells: list, heading: str, indicator) -> Any:
        cell = self._cell(cells, heading)
        if cell is None or cell.value is None:
            return None
        value = cell.value
        column = COLUMN[heading]
        where = f"cell {cell.coordinate}"
        if cell.formula:
            self.add(number, column, f"{where} contains a formula; type the figure itself "
                                     f"(formulas are never evaluated)")
            return _BAD
        if cell.kind in ("e", "t"):
            self.add(number, column, _unusable(cell))
            return _BAD
        if cell.is_date or isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
            self.add(number, column, f"{where} holds a date or time ({value}), not a number; "
                                     f"format the cell as a number and type the figure")
            return _BAD
        if isinstance(value, bool):
            self.add(number, column, f"{where} holds {str(value).upper()}, not a number")
            return _BAD
        if isinstance(value, str) and not value.strip():
            return None
        try:
            figure = parse_number(value)
        except NumberError:
            self.add(number, column, f"{where}: '{quote(value)}' is not a number")
            return _BAD
        if cell.kind == "n" and cell.percent:
            if heading == "Value" and indicator is not None and indicator.unit == "percent":
                figure = figure.scaleb(2)  # 0.85 shown as 85% is 85
            else:
                self.add(number, column, f"{where} is formatted as a percentage, but a "
                                         f"{heading.lower()} is not one; format it as a number")
                return _BAD
        return figure

    def _text(self, number: int, cells: list, heading: str) -> Any:
        cell = self._cell(cells, heading)
        if cell is None or cell.value is None:
            return None
        if cell.formula:
            self.add(number, COLUMN[heading],
                     f"cell {cell.coordinate} contains a formula; type the text itself (a text "
                     f"starting with = is a formula: put an apostrophe before it)")
            return _BAD
        if cell.kind in ("e", "t"):
            self.add(number, COLUMN[heading], _unusable(cell))
            return _BAD
        value = cell.value
        if isinstance(value, dt.datetime):
            value = value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
        elif isinstance(value, Decimal):
            value = format(value, "f")
        elif isinstance(value, bool):
            value = "TRUE" if value else "FALSE"
        text = str(value) if not isinstance(value, str) else value
        return text if text.strip() else None

    def _put_value(self, number: int, indicator: r.Indicator, figures: dict) -> None:
        actual, numerator, denominator = (figures["Value"], figures["Numerator"],
                                          figures["Denominator"])
        if actual is None and numerator is None and denominator is None:
            return
        if indicator.aggregation == "ratio" and numerator is None and denominator is None:
            self.add(number, COLUMN["Value"],
                     f"{indicator.code} is entered as a numerator and denominator (its year to "
                     f"date is computed from them); fill those instead of the value")
            return
        key = (indicator.code, self.period)
        old = self.pack.value(*key)
        record = r.Value(indicator.code, self.period, actual, numerator, denominator,
                         old.note if old is not None else "")
        self._pending("value", key, record, number)

    def _put_commentary(self, number: int, code: str, texts: dict) -> None:
        text, text_cy = texts["Commentary"], texts["Commentary (Welsh)"]
        if text is None and text_cy is None:
            return
        key = (code, self.period)
        old = self.pack.commentary(*key) or r.Commentary(code, self.period)
        record = old.replace(text=old.text if text is None else text,
                             text_cy=old.text_cy if text_cy is None else text_cy)
        self._pending("commentary", key, record, number)

    def _pending(self, kind: str, key: tuple, record: r.Record, number: int) -> None:
        self.pending[(kind, key)] = record
        self.origins[(kind, key)] = number

    def finish(self) -> None:
        if self.added_rows > _MAX_ADDED_ROWS_SHOWN:
            self.add(None, None, f"and {self.added_rows - _MAX_ADDED_ROWS_SHOWN:,} more rows were "
                                 f"added below the template's rows")
        expected = self.last_row - FIRST_ROW + 1
        if self.rows_seen < expected and not self.problems.items:
            self.problems.add(FIGURES_SHEET, None, None,
                              f"the sheet has {self.rows_seen} indicator rows, but the template "
                              f"was exported with {expected}; rows were deleted: use the "
                              f"template as exported")

    def plan(self, source: Path) -> ImportPlan:
        command = Command(f"Import {source.name}",
                          tuple((kind, key, new) for (kind, key), new in self.pending.items()))
        diffs, model_problems = self.pack.prepare(command)
        found = self.problems.items + self.locate(model_problems)
        if found:
            found.sort(key=lambda p: (p.row or 0, COLUMN.get(p.column or "", 99)))
            raise InterchangeError(found)
        command = Command(command.label,
                          tuple((kind, key, new) for kind, key, _old, new in diffs))
        return ImportPlan(self.pack, source, command, diffs, self.locate)

    def locate(self, problems: list[Problem]) -> list[ImportProblem]:
        located = []
        for problem in problems:
            row = self.origins.get((problem.kind, tuple(problem.key)))
            heading = _FIELD_HEADING.get(problem.field)
            located.append(ImportProblem(self.problems.file, FIGURES_SHEET, row, heading,
                                         problem.message))
        return located


_BAD = object()  # a cell already reported
_MAX_ADDED_ROWS_SHOWN = 20


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _unusable(cell) -> str:
    """Why an error-value cell (``#N/A``) or an over-long text cell is not read."""
    if cell.kind == "t":
        return (f"cell {cell.coordinate} holds {cell.value.length:,} characters; at most "
                f"{cell.value.limit:,} are accepted in a cell (as in Excel): "
                f"'{quote(cell.value.head)}…'")
    return f"cell {cell.coordinate} contains the error value {quote(cell.value)}"
