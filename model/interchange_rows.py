"""A pack as the rows of the interchange format (domain.md), for ``exporters.interchange`` to write.

``interchange_rows(pack, sheet)`` yields the data rows of one sheet of ``model.interchange_format``
(without the header), one tuple per row in column order. Cells are ``None`` (blank), ``str``,
``int``, ``Decimal``, ``datetime.date``, ``Period`` or ``FinancialYear``. Rules, chosen so that
``model.interchange`` reads the rows back into the same records:

- Record sheets: one row per record, its cells from the record's fields by the columns' types
  (a flag is ``yes`` or blank, codes are joined by spaces). Rows are in paper order: groups and
  snapshots and key areas by position; indicators as ``Pack.indicators``; values, commentary and
  forecasts by indicator, then period; breakdowns, narratives and budget lines by period, then
  position. A calculated indicator's figures are worked out, never written. The
  reader numbers positions from this order, so a pack whose positions run 1, 2, 3 ... within each
  group (period) comes back with the same numbers, and any other pack in the same order.
- Values: a row for every value with a figure or a note; a value with neither holds nothing and
  is not written. Commentary: a row for every commentary with English or Welsh text.
- Targets: a row for the annual target and one per quarter of the trajectory; ``management`` is
  ``yes`` on every row of a management target; the rationale (English and Welsh) is on the first.
  A target with neither an annual figure nor a trajectory has nothing to write.
- Commitments: a row per commitment and period with an update (title, owner, due, plan and
  group repeated); a commitment without any update is one row with period and status blank.
- BreakdownCells / SnapshotCounts: a row per cell of each table, rows (categories) in order and,
  within each, columns (dates) in order, so that "order first seen" gives the same order back;
  the Welsh label is on every row of its line; a blank cell is a row with a blank value.
- Settings: a row per report setting (``ReportSettings`` field) in the record's order, then
  ``final_periods``: the periods marked final, separated by commas.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from model import records as r
from model.interchange_format import BY_NAME, FINAL_PERIODS, Column, Sheet
from model.periods import FinancialYear

__all__ = ["interchange_rows", "cell_of"]


def interchange_rows(pack, sheet: str) -> Iterator[tuple]:
    """The data rows of ``sheet`` (a sheet this version writes), header not included."""
    spec = BY_NAME[sheet]
    if spec.later:
        return iter(())
    return _SHAPES[spec.shape](pack, spec)


def cell_of(column: Column, value: Any) -> Any:
    """A record field's value as the cell ``column`` holds."""
    if value is None:
        return None
    kind = column.type
    if kind == "year":
        return FinancialYear(value)
    if kind == "flag":
        return "yes" if value else None
    if kind == "codes":
        return " ".join(value) or None
    if kind == "isodate":
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            return value
    return value


def _written(spec: Sheet) -> list[Column]:
    return [c for c in spec.columns if not c.later]


def _record_rows(pack, spec: Sheet) -> Iterator[tuple]:
    columns = _written(spec)
    for record in _ORDER[spec.kind](pack):
        if spec.skip_empty and not any(
                getattr(record, c.attribute) not in (None, "") for c in columns
                if c.attribute not in type(record).KEY):
            continue
        yield tuple(cell_of(c, getattr(record, c.attribute)) for c in columns)


def _by_indicator(kind: str) -> Callable:
    def order(pack) -> list:
        place = {ind.code: index for index, ind in enumerate(pack.indicators())}
        return sorted(pack.all(kind), key=lambda rec: (place.get(rec.code, len(place)),
                                                       rec.code, rec.key[1:]))
    return order


def _by_position(kind: str) -> Callable:
    return lambda pack: sorted(pack.all(kind), key=lambda rec: (rec.position, rec.name))


def _by_period(kind: str) -> Callable:
    return lambda pack: sorted(pack.all(kind),
                               key=lambda rec: (rec.period, rec.position, rec.name))


_ORDER: dict[str, Callable] = {
    "group": _by_position("group"),
    "indicator": lambda pack: pack.indicators(),
    "value": _by_indicator("value"),
    "commentary": _by_indicator("commentary"),
    "forecast_override": _by_indicator("forecast_override"),
    "breakdown": _by_period("breakdown"),
    "snapshot": _by_position("snapshot"),
    "narrative": _by_period("narrative"),
    "key_area": _by_position("key_area"),
    "budget_line": lambda pack: sorted(pack.all("budget_line"),
                                       key=lambda rec: (rec.period, rec.position, rec.line)),
    "meeting": lambda pack: sorted(pack.all("meeting"), key=lambda rec: rec.period),
}


def _target_rows(pack, spec: Sheet) -> Iterator[tuple]:
    for target in _by_indicator("target")(pack):
        year = FinancialYear(target.year)
        flag = "yes" if target.management else None
        rows: list[list] = []
        if target.annual is not None:
            rows.append([target.code, year, target.annual, None, flag, "", ""])
        for quarter, number in enumerate((target.q1, target.q2, target.q3, target.q4), 1):
            if number is not None:
                rows.append([target.code, year, number, quarter, flag, "", ""])
        if rows:
            rows[0][5:7] = [target.rationale, target.rationale_cy]
        yield from (tuple(row) for row in rows)


def _commitment_rows(pack, spec: Sheet) -> Iterator[tuple]:
    updates: dict[str, list[r.CommitmentUpdate]] = {}
    for update in pack.all("commitment_update"):
        updates.setdefault(update.ref, []).append(update)
    for item in sorted(pack.all("commitment"), key=lambda c: (c.position, c.ref)):
        head = (item.ref, item.title, item.title_cy, item.owner, item.owner_cy, item.due, item.plan,
                item.plan_cy, item.group)
        mine = sorted(updates.get(item.ref, []), key=lambda u: u.period)
        if not mine:
            yield (*head, None, None, "", "")
        for update in mine:
            yield (*head, update.period, update.status, update.progress, update.progress_cy)


def _label(labels: list, index: int) -> str:
    return str(labels[index]) if index < len(labels) else ""


def _cell_rows(pack, spec: Sheet) -> Iterator[tuple]:
    for item in _ORDER["breakdown"](pack):
        for i, row in enumerate(item.rows):
            line = item.cells[i] if i < len(item.cells) else []
            for j, column in enumerate(item.columns):
                value = line[j] if j < len(line) else None
                yield (item.name, item.period, str(row), _label(item.rows_cy, i), str(column),
                       _label(item.columns_cy, j), value)


def _count_rows(pack, spec: Sheet) -> Iterator[tuple]:
    date = spec.column("date")
    for item in _ORDER["snapshot"](pack):
        for i, category in enumerate(item.categories):
            line = item.counts[i] if i < len(item.counts) else []
            for j, day in enumerate(item.dates):
                value = line[j] if j < len(line) else None
                yield (item.name, cell_of(date, day), str(category),
                       _label(item.categories_cy, i), value)


def _settings_rows(pack, spec: Sheet) -> Iterator[tuple]:
    settings = pack.settings
    for f in dataclasses.fields(r.ReportSettings):
        if f.name not in r.ReportSettings.KEY:
            yield (f.name, getattr(settings, f.name))
    final = sorted(state.period for state in pack.all("period_state") if state.final)
    yield (FINAL_PERIODS, ", ".join(period.label for period in final))


_SHAPES: dict[str, Callable[[Any, Sheet], Iterator[tuple]]] = {
    "record": _record_rows,
    "values": _record_rows,
    "targets": _target_rows,
    "commitments": _commitment_rows,
    "cells": _cell_rows,
    "counts": _count_rows,
    "settings": _settings_rows,
}
