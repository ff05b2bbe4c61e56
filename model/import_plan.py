"""An import's plan: what it would change, the one command that makes the change, and the
problems that stop it — shared by the interchange import and the data-collection template import.

Rules:
- Nothing touches the pack until ``ImportPlan.apply()``, which applies one ``Command`` through
  ``Pack.apply`` (one transaction, one undo step) and returns its inverse.
- Every problem is an ``ImportProblem`` with file, sheet, row (the header is row 1), column and
  reason; ``InterchangeError`` carries all of them, in sheet and row order.
- ``ImportPlan.changes`` lists every changed field (record, key, field, old, new) for a preview;
  a re-import of what the pack holds has none.
- ``ImportPlan.warnings`` lists figures stored although the pre-publication checks will report
  them (``Problem.for_checks``); only a plan made with ``allow_for_checks`` stores such figures.
- Python's cyclic garbage collector is paused while a plan is read or applied (see
  ``collector_paused``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from model import records as r
from model.commands import Command
from model.errors import CraffuError
from model.interchange_format import READABLE, SHEET_ORDER
from model.periods import Period
from model.validation import ValidationError

# -- problems ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with the source: where (file, sheet, row, column) and why."""

    file: str
    sheet: str
    row: int | None
    column: str | None
    reason: str

    @property
    def where(self) -> str:
        text = self.file
        if self.sheet and self.file != f"{self.sheet}.csv":
            text += f", sheet {self.sheet}"
            if self.row is not None:
                text += ","
        if self.row is not None:
            text += f" row {self.row}"
        if self.column:
            text += f", column {self.column}"
        return text

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"

    def _order(self) -> tuple:
        columns = READABLE.get(self.sheet, ())
        column = columns.index(self.column) if self.column in columns else len(columns)
        return (SHEET_ORDER.get(self.sheet, -1), self.row or 0, column)


class InterchangeError(CraffuError, ValueError):
    """An import refused because of ``problems`` (a list of ImportProblem); nothing changed."""

    def __init__(self, problems: list[ImportProblem]):
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:20])
        more = f"\n(and {len(problems) - 20} more problems)" if len(problems) > 20 else ""
        super().__init__(shown + more)


# -- the plan ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    """One field of one record that the import changes (``old`` is None for a new record)."""

    kind: str
    key: tuple
    field: str
    old: Any
    new: Any

    @property
    def label(self) -> str:
        """The record in the users' words, e.g. ``K1.22 2023-24 Q4``."""
        return " ".join(_show(part) for part in self.key)

    def __str__(self) -> str:
        return (f"{self.kind.replace('_', ' ')} {self.label} {self.field}: "
                f"{_show(self.old)} -> {_show(self.new)}")


def _show(value: Any) -> str:
    if value is None:
        return "(blank)"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Period):
        return value.label
    return str(value)


#: How records of a kind are counted in words (singular, plural), where not "<kind>s".
_COUNTED = {"value": ("figure", "figures"), "commentary": ("commentary", "commentaries"),
            "forecast_override": ("officer's forecast", "officer's forecasts"),
            "settings": ("report settings", "report settings"),
            "period_state": ("period's final state", "periods' final states"),
            "budget_line": ("budget line", "budget lines")}


def _counted(kind: str, count: int) -> str:
    """``kind`` in words for ``count`` records: "1 indicator", "3 figures"."""
    name = kind.replace("_", " ")
    singular, plural = _COUNTED.get(kind, (name, name + "s"))
    return singular if count == 1 else plural


class ImportPlan:
    """What an import would change, and the one command that makes the change."""

    def __init__(self, pack, source: Path, command: Command,
                 diffs: list[tuple[str, tuple, r.Record | None, r.Record]], locate,
                 warnings: list[ImportProblem] | None = None, allow_for_checks: bool = False):
        self.pack = pack
        #: Figures stored although ``check`` will report them (see model.validation); only an
        #: interchange import (``allow_for_checks``) stores such figures.
        self.warnings: list[ImportProblem] = list(warnings or [])
        self.allow_for_checks = allow_for_checks
        self.source = source
        self.command = command
        self._diffs = diffs
        self._locate = locate
        self._changes: list[FieldChange] | None = None
        self._prepared_at = pack.revision

    def __bool__(self) -> bool:
        return bool(self.command)

    @property
    def added(self) -> int:
        """How many records the import adds."""
        return sum(1 for _k, _key, old, _new in self._diffs if old is None)

    @property
    def updated(self) -> int:
        """How many existing records the import changes."""
        return sum(1 for _k, _key, old, _new in self._diffs if old is not None)

    @property
    def records(self) -> list[tuple[str, tuple, r.Record | None, r.Record]]:
        """(kind, key, old record or None, new record) for every record that changes."""
        return list(self._diffs)

    @property
    def changes(self) -> list[FieldChange]:
        """Every changed field: for a new record, each field it fills."""
        if self._changes is None:
            self._changes = [c for diff in self._diffs for c in _field_changes(*diff)]
        return self._changes

    def summary(self) -> str:
        counts: dict[str, list[int]] = {}
        for kind, _key, old, _new in self._diffs:
            counts.setdefault(kind, [0, 0])[0 if old is None else 1] += 1
        if not counts:
            return f"{self.source.name}: no changes"
        parts = []
        for kind, (added, changed) in counts.items():
            if added:
                parts.append(f"{added:,} {_counted(kind, added)} added")
            if changed:
                parts.append(f"{changed:,} {_counted(kind, changed)} changed")
        return f"{self.source.name}: " + ", ".join(parts)

    def apply(self) -> Command:
        """Apply the import to the pack in one transaction; return the inverse (undo) command.

        Raises InterchangeError (pack unchanged) if the pack no longer accepts it.
        """
        try:
            with collector_paused():
                return self.pack.apply(self.command, prepared_at=self._prepared_at,
                                       allow_for_checks=self.allow_for_checks)
        except ValidationError as exc:
            raise InterchangeError(self._locate(exc.problems)) from None


def _field_changes(kind: str, key: tuple, old: r.Record | None, new: r.Record):
    cls = type(new)
    for name in new.as_dict():
        if name in cls.KEY:
            continue
        after = getattr(new, name)
        if old is None:
            if after is None or after == "" or after == [] or name == "position" or (
                    name == "management" and after is False):
                continue
            yield FieldChange(kind, key, name, None, after)
        else:
            before = getattr(old, name)
            if before != after:
                yield FieldChange(kind, key, name, before, after)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while an import reads or applies.

    An import makes several objects per row and keeps most of them (cells, values, records),
    so the collector would re-scan the growing heap hundreds of times: about a fifth of the
    reading time for 20,000 rows. Nothing an import makes is cyclic; reference counting frees
    it all the same, and the collector is restarted (if it was running) however the import ends.
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()
