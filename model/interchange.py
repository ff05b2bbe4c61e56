"""Reading the interchange format (domain.md) into one all-or-nothing import.

``read_interchange(source, pack)`` reads an ``.xlsx`` workbook, a folder of UTF-8 CSV files
(``Groups.csv``, ``Indicators.csv``, ``Values.csv`` ...) or one such CSV file, checks everything,
and returns an ``ImportPlan``: the changes it would make (for a preview) and one ``Command`` that
``plan.apply()`` applies through ``Pack.apply``. Nothing touches the pack before ``apply``. Any
problem raises ``InterchangeError`` listing every problem found, each with file, sheet, row
(spreadsheet row number: the header is row 1), column and reason, e.g.
``Values.csv row 7, column actual: 'abc' is not a number``.

The sheets, their columns and how rows make records are ``model.interchange_format``'s; the
cells are read by ``model.interchange_cells``, the sources by ``model.interchange_sources``, the
sheets that gather several rows into records by ``model.interchange_tables``. Rules:

- Sheets and columns are named exactly (surrounding spaces in a heading are ignored). A sheet
  that is absent is not imported. Starred columns (``REQUIRED``) must be present and filled on
  every row; an unknown or repeated column is an error naming it; a value under a column without
  a heading is an error. A completely blank row is skipped.
- A column or sheet that the format defines for a later version (``later``: the Meetings sheet)
  is accepted while empty and refused, naming the first row that fills it, otherwise: this
  version would lose it.
- A row replaces the fields its columns give. An optional column that the sheet does not have
  leaves that field of an existing record as it is (a new record gets the default).
- Positions come from row order: on the Indicators, Commitments, Breakdowns, Narratives,
  Snapshots and KeyAreas sheets a new pack's records are numbered 1, 2, 3 ... in row order
  within their group (breakdowns and narratives: within their period). Records already in the
  pack keep their positions while the rows keep their order, new ones following them (so a
  re-import changes nothing); rows that reorder a group renumber it (``number_positions``). A
  group's ``position`` is its own column (blank: a new group follows the others).
- A key (code; code and period; name and period; ...) given twice is an error naming both rows.
- Figures from another system that the pre-publication checks exist to catch — a percent outside
  0-100, a percent's numerator above its denominator — are stored, listed in
  ``ImportPlan.warnings`` with their file, sheet, row and column, and reported as errors by
  ``check`` until corrected (model.validation). Every other problem refuses the whole import.
- Every record is checked with the pack's own rules (``model.validation``) against the pack as
  it would be after the import, and each problem is reported at the row and column it came from.
  A period that the import itself marks final (Settings ``final_periods``) does not lock the
  figures the same import brings for it; a period already final does.
- Reading is safe against hostile files (``model.interchange_sources``, ``model.xlsx_reader``,
  ``model.xlsx_safety``). A re-import of what the pack already holds yields a plan with no
  changes. ``ImportPlan``, ``ImportProblem``, ``InterchangeError`` and ``FieldChange`` are
  ``model.import_plan``'s (shared with the template import), importable from here too.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from model import records as r
from model.commands import Command
from model.errors import quote
from model.import_plan import (
    FieldChange,
    ImportPlan,
    ImportProblem,
    InterchangeError,
    collector_paused,
)
from model.interchange_cells import RowReader, as_text
from model.interchange_format import BY_NAME, READABLE, REQUIRED, SHEETS, Sheet
from model.interchange_sources import BAD, Problems, SheetSource, column_letter, open_sheets
from model.interchange_tables import SHAPES, Origin
from model.periods import Period
from model.validation import Problem
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


def read_interchange(source: Path | str, pack, *, limits: Limits = DEFAULT_LIMITS) -> ImportPlan:
    """Read ``source`` (``.xlsx``, folder of CSV files, or one CSV) against ``pack``.

    Returns the ImportPlan; raises InterchangeError with every problem found. The pack is not
    changed until ``plan.apply()``.
    """
    source = Path(source)
    with collector_paused():
        problems = Problems()
        importer = Importer(pack, problems)
        book = None
        try:
            sheets, book = open_sheets(source, problems, limits)
            for sheet in sheets:
                importer.read_sheet(sheet)
        except WorkbookRefused as exc:
            raise InterchangeError([ImportProblem(source.name, "", None, None,
                                                  str(exc))]) from None
        finally:
            if book is not None:
                book.close()
        return importer.plan(source)


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _blank(values: list) -> bool:
    for value in values:  # a loop, not all(): this runs for every row read
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return False
    return True


class Importer:
    """Turns rows into records, then checks them as the pack would."""

    def __init__(self, pack, problems: Problems):
        self.pack = pack
        self.problems = problems
        # (kind, key) -> new record, in the order the command will put them
        self.pending: dict[tuple[str, tuple], r.Record] = {}
        self.origins: dict[tuple[str, tuple], Origin] = {}
        self.bad_codes: set[str] = set()
        self.indicators_unreadable = False
        #: periods that the Settings sheet marks final and that are not final yet
        self.newly_final: set[Period] = set()

    # -- sheets -------------------------------------------------------------------------------

    def read_sheet(self, source: SheetSource) -> None:
        spec = BY_NAME[source.name]
        if spec.later:
            self._refuse_later_sheet(source, spec)
            return
        shape = SHAPES[spec.shape]
        columns: dict[str, int] | None = None
        headed: set[int] = set()
        width, gaps = 0, False
        unnamed: set[int] = set()
        later: list[tuple[str, int, str]] = []
        state: dict = {"seen": {}}
        required = REQUIRED[spec.name]
        on_row, problems, reader = shape.row, self.problems, None
        for number, values in source.rows:
            if columns is None:
                if number != 1 or _blank(values):  # row 1 empty, or absent from the file
                    self.problems.add(source.file, source.name, 1, None,
                                      "the first row must hold the column names")
                    self._unreadable(source)
                    return
                header = self._header(source, number, values)
                if header is None:
                    self._unreadable(source)
                    return
                columns, headed = header
                width = max(headed, default=-1) + 1
                gaps = len(headed) < width  # blank headings between named columns
                later = [(c.name, columns[c.name], c.later) for c in spec.columns
                         if c.later and c.name in columns]
                state["columns"] = columns
                continue
            if _blank(values):
                continue
            start = 0 if gaps else width
            for index in range(start, len(values)) if len(values) > start else ():
                if index not in headed and index not in unnamed and not _empty(values[index]):
                    unnamed.add(index)
                    self.problems.add(source.file, source.name, number, None,
                                      f"column {column_letter(index)} has values (first on row "
                                      f"{number}) but no heading")
            if later:
                later = self._refuse_later_columns(source, number, values, later)
            if reader is None:
                reader = RowReader(source, number, values, columns, problems, required)
            else:  # one reader for the sheet, moved on: no shape keeps a row after its call
                reader.line, reader.values, reader.ok, reader.required = (
                    number, values, True, required)
            on_row(self, spec, reader, state)
        if columns is not None:
            shape.finish(self, spec, source, state)

    def _unreadable(self, source: SheetSource) -> None:
        if source.name == "Indicators":
            self.indicators_unreadable = True
        close = getattr(source.rows, "close", None)
        if close is not None:
            close()

    def _refuse_later_sheet(self, source: SheetSource, spec: Sheet) -> None:
        for number, values in source.rows:
            if number > 1 and not _blank(values):
                self.problems.add(source.file, source.name, number, None,
                                  f"this version of Craffu does not read the {spec.name} sheet "
                                  f"yet ({spec.later} come in a later version); remove the "
                                  f"sheet or leave it empty")
                self._unreadable(source)
                return

    def _refuse_later_columns(self, source: SheetSource, number: int, values: list,
                              later: list[tuple[str, int, str]]) -> list:
        still = []
        for name, index, why in later:
            if index < len(values) and not _empty(values[index]) and values[index] is not BAD:
                self.problems.add(source.file, source.name, number, name,
                                  f"this version of Craffu does not read the column {name} yet "
                                  f"({why} come in a later version); remove the column or "
                                  f"leave it empty")
            else:
                still.append((name, index, why))
        return still

    def _header(self, source: SheetSource, number: int, values: list
                ) -> tuple[dict[str, int], set[int]] | None:
        """The known columns' positions and every headed position; None if rows can't be read."""
        allowed = READABLE[source.name]
        columns: dict[str, int] = {}
        fatal = False
        for index, value in enumerate(values):
            if value is BAD:
                fatal = True
                continue
            if _empty(value):
                continue
            name = as_text(value).strip()
            if name in columns:
                self.problems.add(source.file, source.name, number, name,
                                  f"the column {quote(name)} appears twice")
                fatal = True
            elif name not in allowed:
                hint = difflib.get_close_matches(name.lower(), allowed, n=1, cutoff=0.6)
                self.problems.add(
                    source.file, source.name, number, quote(name, 30),
                    f"unknown column '{quote(name)}'"
                    + (f" (did you mean '{hint[0]}'?)" if hint else "")
                    + f"; the {source.name} columns are: {', '.join(allowed)}",
                )
            columns[name] = index
        for name in allowed:
            if name in REQUIRED[source.name] and name not in columns:
                self.problems.add(source.file, source.name, number, name,
                                  f"the required column {name} is missing")
                fatal = True
        if fatal:
            return None
        known = {name: index for name, index in columns.items() if name in allowed}
        return known, set(columns.values())

    # -- records ------------------------------------------------------------------------------

    def duplicate(self, row: RowReader, seen: dict, key: tuple, column: str, what) -> bool:
        """Whether ``key`` was on an earlier row (reported here); ``what()`` names it, and is
        only called then."""
        earlier = seen.get(key)
        if earlier is not None:
            row.error(column, f"{what()} is also on row {earlier}")
            return True
        seen[key] = row.line
        return False

    def put(self, record: r.Record, source: SheetSource, row: int,
            fields: dict | None = None, key: tuple | None = None) -> None:
        """Queue ``record`` (whose key is ``key`` when the caller already has it), made from
        ``row`` of ``source``; ``fields`` places fields that came from elsewhere:
        {field: (sheet, file, row, column)}. A record queued before keeps its origin and gains
        ``fields``."""
        slot = (record.kind, record.key if key is None else key)
        self.pending[slot] = record
        origin = self.origins.get(slot) if fields else None
        if origin is None:
            self.origins[slot] = (source.name, source.file, row, fields)
        else:
            sheet, file, first, known = origin
            self.origins[slot] = (sheet, file, first, {**(known or {}), **fields})

    # -- checking -----------------------------------------------------------------------------

    def plan(self, source: Path) -> ImportPlan:
        command = Command(f"Import {source.name}",
                          tuple((kind, key, new) for (kind, key), new in self.pending.items()))
        diffs, problems = self.pack.prepare(command)
        problems = [p for p in problems if not self._unlocked(p)]
        found = self.problems.problems + self.locate([p for p in problems if not p.for_checks])
        if found:
            found.sort(key=ImportProblem._order)
            raise InterchangeError(found)
        warnings = sorted(self.locate([p for p in problems if p.for_checks]),
                          key=ImportProblem._order)
        command = Command(command.label, tuple((kind, key, new) for kind, key, _old, new in diffs))
        return ImportPlan(self.pack, source, command, diffs, self.locate, warnings,
                          allow_for_checks=True)

    def _unlocked(self, problem: Problem) -> bool:
        """A final-period lock on figures of a period that this import itself marks final."""
        return (problem.field == "" and "is final" in problem.message
                and any(part in self.newly_final for part in problem.key
                        if isinstance(part, Period)))

    def locate(self, problems: list[Problem]) -> list[ImportProblem]:
        """Model problems as ImportProblems at the rows and columns they came from."""
        located = []
        for problem in problems:
            origin = self.origins.get((problem.kind, tuple(problem.key)))
            if origin is None:
                located.append(ImportProblem("", "", None, None, str(problem)))
                continue
            code = problem.key[0] if problem.key else None
            if (problem.field == "code"
                    and problem.kind in ("value", "target", "commentary", "forecast_override")
                    and (self.indicators_unreadable or code in self.bad_codes)):
                continue  # the indicator's own row is already reported
            message = problem.message
            if problem.field == "code" and message.startswith("there is no indicator"):
                message += " in the pack or on the Indicators sheet"
            sheet, file, row, fields = origin
            readable = READABLE[sheet]
            if fields and problem.field in fields:
                sheet, file, row, column = fields[problem.field]
            elif problem.field in readable:
                column = problem.field
            elif problem.field == "" and "period" in readable:
                column = "period"
            else:
                column = None
            located.append(ImportProblem(file, sheet, row, column, message))
        return located
