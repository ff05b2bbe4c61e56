"""Interchange sheets that gather several rows into records: Targets, Commitments,
BreakdownCells, SnapshotCounts and Settings (and ``SHAPES``, every sheet shape by name).

Rules:
- Targets: for each code and year, the row without a quarter is the annual target and rows with
  quarters 1-4 the trajectory; together they replace that year's target (a year given without a
  trajectory loses its old one). A trajectory needs all four quarters: a partial one is an error
  naming the code, year and the quarters present. ``management``, ``rationale`` and
  ``rationale_cy`` belong to the year: any row may fill them, and rows that do must agree; with
  the column on the sheet and no row filling it, the year has none (not a management target).
- Commitments: one row per commitment and period; the row gives the commitment (title,
  title_cy, owner, owner_cy, due, plan, group: rows of one ref that fill these must agree) and its
  update for
  the period (status, progress, progress_cy). ``plan`` (the plan it belongs to) is the
  commitment's too. A row with both period and status blank gives the
  commitment alone (one that has no update yet). Commitments are numbered like positioned
  sheets (``number_positions``) in the order of their first rows.
- BreakdownCells / SnapshotCounts: the table of a breakdown (name and period) or snapshot (name)
  on the Breakdowns / Snapshots sheet or already in the pack; rows (categories) and columns
  (dates) in the order first seen; a cell not given is blank. A row (column) given a Welsh label
  on several rows must be given the same one; Welsh labels are all blank or kept for every line.
  The sheet replaces the tables it names and leaves the others as they are.
- Settings: one row per report setting (the fields of ``ReportSettings``) and ``final_periods``
  (periods separated by commas: those become final, and periods final in the pack that are not
  listed are reopened). A setting not given is left as it is; an unknown one is an error.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from model import records as r
from model.errors import quote
from model.interchange_cells import RowReader, as_text, cached_period
from model.interchange_format import FINAL_PERIODS, Sheet
from model.interchange_records import Origin, RecordShape, ValuesShape, number_positions
from model.periods import FinancialYear, PeriodError

__all__ = ["SHAPES", "Origin"]


def _agree(row: RowReader, given: dict, name: str, value: Any, what: str) -> bool:
    """Keep the first row's ``value`` of ``name`` in ``given``; a different later one is an
    error (False)."""
    if name in given and given[name][1] != value:
        earlier, before = given[name]
        row.error(name, f"{what}: {name} '{quote(as_text(value))}' differs from row {earlier} "
                        f"('{quote(as_text(before))}')")
        return False
    given.setdefault(name, (row.line, value))
    return True


# -- Targets -----------------------------------------------------------------------------------


@dataclass
class _TargetRows:
    first_row: int
    annual: tuple[int, Decimal] | None = None
    quarters: dict[int, tuple[int, Decimal]] = field(default_factory=dict)
    given: dict[str, tuple[int, Any]] = field(default_factory=dict)


class TargetsShape:
    _YEARLY = ("management", "rationale", "rationale_cy")

    @staticmethod
    def row(importer, sheet: Sheet, row: RowReader, state: dict) -> None:
        code = row.name("code")
        year = row.year("year")
        target = row.number("target")
        quarter = row.whole("quarter", 1, 4) if row.has("quarter") else None
        yearly = {name: row.flag(name) if name == "management" else row.text(name)
                  for name in TargetsShape._YEARLY
                  if row.has(name) and row.raw(name) is not None}
        if code is None or year is None:
            return
        label = f"{code} {FinancialYear(year).label}"
        broken = state.setdefault("broken", set())
        if not row.ok:
            broken.add((code, year))
            return
        what = f"the {label} Q{quarter} target" if quarter else f"the {label} annual target"
        if importer.duplicate(row, state["seen"], (code, year, quarter),
                              "quarter" if quarter else "year", lambda: what):
            broken.add((code, year))
            return
        groups: dict[tuple, _TargetRows] = state.setdefault("groups", {})
        group = groups.get((code, year))
        if group is None:
            group = groups[(code, year)] = _TargetRows(row.line)
        if quarter is None:
            group.annual = (row.line, target)
        else:
            group.quarters[quarter] = (row.line, target)
        for name, value in yearly.items():
            if not _agree(row, group.given, name, value, label):
                broken.add((code, year))

    @staticmethod
    def finish(importer, sheet: Sheet, source, state: dict) -> None:
        broken = state.get("broken", set())
        columns = state["columns"]
        for (code, year), group in state.get("groups", {}).items():
            if (code, year) in broken:
                continue
            label = f"{code} {FinancialYear(year).label}"
            if group.quarters and len(group.quarters) != 4:
                have = ", ".join(f"Q{q}" for q in sorted(group.quarters))
                first = min(row for row, _ in group.quarters.values())
                importer.problems.add(
                    source.file, source.name, first, "quarter",
                    f"{label}: a quarterly trajectory needs all four quarters; only {have} "
                    f"given",
                )
                continue
            here = (source.name, source.file)
            where: dict[str, tuple] = {
                "code": (*here, group.first_row, "code"),
                "trajectory": (*here, min((row for row, _ in group.quarters.values()),
                                          default=group.first_row), "quarter"),
            }
            changes: dict[str, Any] = {"annual": group.annual[1] if group.annual else None}
            if group.annual:
                where["annual"] = (*here, group.annual[0], "target")
            for q in (1, 2, 3, 4):
                entry = group.quarters.get(q)
                changes[f"q{q}"] = entry[1] if entry else None
                if entry:
                    where[f"q{q}"] = (*here, entry[0], "target")
            for name in TargetsShape._YEARLY:
                if name in group.given:
                    changes[name] = group.given[name][1]
                    where[name] = (*here, group.given[name][0], name)
                elif name in columns:
                    changes[name] = False if name == "management" else ""
            existing = importer.pack.get("target", (code, year))
            if existing is not None:
                record = existing.replace(**changes)
            else:
                record = r.Target(code=code, year=year, **changes)
            importer.put(record, source, group.first_row, where)


# -- Commitments -------------------------------------------------------------------------------


class CommitmentsShape:
    _FIELDS = ("title", "title_cy", "owner", "owner_cy", "due", "plan", "plan_cy", "group")

    @staticmethod
    def row(importer, sheet: Sheet, row: RowReader, state: dict) -> None:
        alone = row.raw("period") is None and row.raw("status") is None
        if alone:  # the commitment without an update
            row.required = row.required - {"period", "status"}
        ref = row.name("ref")
        period = row.period("period")
        given: dict[str, Any] = {}
        for name in CommitmentsShape._FIELDS:
            if row.has(name):
                given[name] = row.date(name) if name == "due" else row.text(name)
        status = row.choice("status", r.COMMITMENT_STATUSES)
        update = {name: row.text(name) for name in ("progress", "progress_cy") if row.has(name)}
        if ref is None or (period is None and not alone):
            return
        if not alone and importer.duplicate(row, state["seen"], (ref, period), "period",
                                            lambda: f"{ref} {period.label}"):
            return
        groups: dict[str, dict] = state.setdefault("groups", {})
        group = groups.get(ref)
        if group is None:
            group = groups[ref] = {"first_row": row.line, "given": {}}
        for name, value in given.items():
            if value not in (None, ""):
                _agree(row, group["given"], name, value, ref)
        if not row.ok:
            state.setdefault("broken", set()).add(ref)
            return
        if alone:
            return
        existing = importer.pack.get("commitment_update", (ref, period))
        if existing is not None:
            record = existing.replace(status=status, **update)
        else:
            record = r.CommitmentUpdate(ref=ref, period=period, status=status, **update)
        state.setdefault("updates", []).append((record, row.line))

    @staticmethod
    def finish(importer, sheet: Sheet, source, state: dict) -> None:
        broken = state.get("broken", set())
        columns = state["columns"]
        order = []
        for ref, group in state.get("groups", {}).items():
            if ref in broken:
                continue
            changes: dict[str, Any] = {}
            where = {}
            for name in CommitmentsShape._FIELDS:
                if name in group["given"]:
                    row, value = group["given"][name]
                    changes[name] = value
                    where[name] = (source.name, source.file, row, name)
                elif name in columns:  # a column given blank on every row is blank
                    changes[name] = None if name == "due" else ""
            existing = importer.pack.get("commitment", (ref,))
            if existing is not None:
                record = existing.replace(**changes)
            else:
                record = r.Commitment(ref=ref, **changes)
            importer.put(record, source, group["first_row"], where)
            order.append((ref,))
        number_positions(importer, "commitment", order)
        for record, row in state.get("updates", []):
            if record.ref not in broken:
                importer.put(record, source, row)


# -- BreakdownCells and SnapshotCounts ---------------------------------------------------------


@dataclass
class _Table:
    first_row: int
    rows: dict[str, str] = field(default_factory=dict)  # label -> Welsh label ('' if none)
    columns: dict[str, str] = field(default_factory=dict)
    cells: dict[tuple[str, str], tuple[int, Any]] = field(default_factory=dict)
    welsh_rows: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class TableShape:
    """The cells of breakdowns (``cells``) or the counts of snapshots (``counts``)."""

    kind: str
    keyed_by_period: bool
    line: str  # the column of a row's (category's) label
    across: str  # the column of a column's (date's) label
    value: str
    fields: tuple[str, str, str, str | None, str]  # rows, rows_cy, columns, columns_cy, cells
    owner: str  # the sheet that names the tables

    def row(self, importer, sheet: Sheet, row: RowReader, state: dict) -> None:
        name = row.name("name")
        period = row.period("period") if self.keyed_by_period else None
        label = row.text(self.line)
        across = row.isodate(self.across) if self.across == "date" else row.text(self.across)
        label_cy = row.text(f"{self.line}_cy") if row.has(f"{self.line}_cy") else ""
        across_cy = row.text(f"{self.across}_cy") if row.has(f"{self.across}_cy") else ""
        value = row.read(sheet.column(self.value)) if row.has(self.value) else None
        if name is None or (self.keyed_by_period and period is None) or not label or \
                not across or not row.ok:
            return
        key = (name, period) if self.keyed_by_period else (name,)
        tables: dict[tuple, _Table] = state.setdefault("tables", {})
        table = tables.get(key)
        if table is None:
            table = tables[key] = _Table(row.line)
        earlier = table.cells.get((label, across))
        if earlier is not None:
            row.error(self.across, f"{self.kind} {name}: the cell {quote(label)} / "
                                   f"{quote(across)} is also on row {earlier[0]}")
            return
        for labels, text, welsh, column in ((table.rows, label, label_cy, f"{self.line}_cy"),
                                            (table.columns, across, across_cy,
                                             f"{self.across}_cy")):
            before = labels.setdefault(text, welsh)
            if welsh and not before:
                labels[text] = welsh
            elif welsh and before != welsh:
                row.error(column, f"{quote(text)} has the Welsh label {quote(welsh)} here and "
                                  f"{quote(before)} on an earlier row")
        table.cells[(label, across)] = (row.line, value)

    def finish(self, importer, sheet: Sheet, source, state: dict) -> None:
        rows_at, rows_cy_at, columns_at, columns_cy_at, cells_at = self.fields
        for key, table in state.get("tables", {}).items():
            base = importer.pending.get((self.kind, key)) or importer.pack.get(self.kind, key)
            if base is None:
                what = " ".join([key[0], *([key[1].label] if self.keyed_by_period else [])])
                importer.problems.add(source.file, source.name, table.first_row, "name",
                                      f"there is no {self.kind} '{quote(what)}' in the pack or on "
                                      f"the {self.owner} sheet")
                continue
            rows, columns = list(table.rows), list(table.columns)
            cells = [[table.cells.get((line, across), (0, None))[1] for across in columns]
                     for line in rows]
            rows_cy = list(table.rows.values())
            changes = {rows_at: rows, rows_cy_at: rows_cy if any(rows_cy) else [],
                       columns_at: columns, cells_at: cells}
            if columns_cy_at:
                columns_cy = list(table.columns.values())
                changes[columns_cy_at] = columns_cy if any(columns_cy) else []
            here = (source.name, source.file, table.first_row)
            where = {rows_at: (*here, self.line), columns_at: (*here, self.across),
                     cells_at: (*here, self.value)}
            importer.put(base.replace(**changes), source, table.first_row, where)


# -- Settings ----------------------------------------------------------------------------------

_SETTING_TYPES = r.field_types(r.ReportSettings)
_SETTINGS = [f.name for f in dataclasses.fields(r.ReportSettings)
             if f.name not in r.ReportSettings.KEY]
_SETTING_CHOICES = {"language": r.LANGUAGES, "default_tolerance_type": r.TOLERANCE_TYPES}


class SettingsShape:
    @staticmethod
    def row(importer, sheet: Sheet, row: RowReader, state: dict) -> None:
        name = row.name("name")
        if name is None:
            return
        if importer.duplicate(row, state["seen"], (name,), "name",
                              lambda: f"the setting {quote(name)}"):
            return
        if name == FINAL_PERIODS:
            periods = []
            for part in re.split(r"[,;]", row.text("value")):
                if part.strip():
                    try:
                        periods.append(cached_period(part.strip()))
                    except PeriodError:
                        row.error("value", f"'{quote(part.strip())}' is not a period (expected "
                                           f"e.g. 2023-24 Q4, 2024-25 Q1)")
            if row.ok:
                state["final"] = (row.line, periods)
            return
        if name not in _SETTINGS:
            hint = difflib.get_close_matches(name, _SETTINGS + [FINAL_PERIODS], n=1)
            row.error("name", f"unknown setting '{quote(name)}'"
                              + (f" (did you mean '{hint[0]}'?)" if hint else "")
                              + "; the settings are: " + ", ".join(_SETTINGS + [FINAL_PERIODS]))
            return
        kind = _SETTING_TYPES[name]
        if name in _SETTING_CHOICES:
            value = row.choice("value", _SETTING_CHOICES[name])
        elif kind == "int":
            value = row.whole("value", 0, 10**6)
        elif kind == "decimal":
            value = row.number("value")
        elif kind == "date":
            value = row.date("value")
        else:
            value = row.text("value")
        if value is None and kind != "date" and row.ok:
            row.error("value", f"{name} needs a value")
        if row.ok:
            state.setdefault("changes", {})[name] = (row.line, value)

    @staticmethod
    def finish(importer, sheet: Sheet, source, state: dict) -> None:
        changes = state.get("changes", {})
        if changes:
            where = {name: (source.name, source.file, line, "value")
                     for name, (line, _value) in changes.items()}
            settings = importer.pack.settings.replace(
                **{name: value for name, (_line, value) in changes.items()})
            first = min(line for line, _value in changes.values())
            importer.put(settings, source, first, where)
        if "final" in state:
            line, periods = state["final"]
            wanted = set(periods)
            for period in sorted(wanted):
                if not importer.pack.is_final(period):
                    importer.newly_final.add(period)
                    importer.put(r.PeriodState(period, final=True), source, line,
                                 {"final": (source.name, source.file, line, "value")})
            for current in importer.pack.all("period_state"):
                if current.final and current.period not in wanted:
                    importer.put(current.replace(final=False), source, line,
                                 {"final": (source.name, source.file, line, "value")})


SHAPES: dict[str, Any] = {
    "record": RecordShape,
    "values": ValuesShape,
    "targets": TargetsShape,
    "commitments": CommitmentsShape,
    "cells": TableShape("breakdown", True, "row", "column", "value",
                        ("rows", "rows_cy", "columns", "columns_cy", "cells"), "Breakdowns"),
    "counts": TableShape("snapshot", False, "category", "date", "count",
                         ("categories", "categories_cy", "dates", None, "counts"), "Snapshots"),
    "settings": SettingsShape,
}
