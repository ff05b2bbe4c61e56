"""Interchange sheets whose rows are records one for one: Groups, Indicators, Values, Commentary,
Forecasts, Breakdowns, Snapshots, Narratives, KeyAreas.

A shape has ``row(importer, sheet, row, state)``, called for each data row, and
``finish(importer, sheet, source, state)``, called once after the last. Rules:

- ``RecordShape``: the key comes from the columns whose fields are the kind's key; every other
  column the sheet has sets its field; an existing record keeps the fields the sheet has no
  column for, a new one gets the defaults. With ``skip_empty`` a new record with nothing but its
  key is not made (an empty Values or Commentary row).
- Positions (``positioned`` sheets): see ``number_positions``. A group's ``position`` column is
  its position; blank, a new group follows the pack's groups in row order.
- ``ValuesShape`` is the same for the Values sheet, with a fast path for the common row (a code
  as text, a period seen before, figures as numbers or blank): it runs for every row of the
  biggest sheet. A row with only a note is a value (the note is kept).
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from model import records as r
from model.interchange_cells import PERIODS, RowReader
from model.interchange_format import Sheet

__all__ = ["Origin", "RecordShape", "ValuesShape", "number_positions"]


#: Where a queued record came from: (sheet, file, row, fields), ``fields`` placing the fields
#: that are not in the column of their own name on that row: {field: (sheet, file, row, column)}
#: or None. A plain tuple: one is made for every row read.
Origin = tuple


def _what(kind: str, key: tuple) -> str:
    return " ".join([kind.replace("_", " "),
                     *(part.label if hasattr(part, "label") else str(part) for part in key)])


class RecordShape:
    """One row, one record."""

    @staticmethod
    def row(importer, sheet: Sheet, row: RowReader, state: dict) -> None:
        cls = r.KINDS[sheet.kind]
        key_columns = state.get("key_columns")
        if key_columns is None:
            by_field = {c.attribute: c for c in sheet.columns}
            key_columns = state["key_columns"] = [by_field[name] for name in cls.KEY]
            state["field_columns"] = [c for c in sheet.columns
                                      if not c.later and c.attribute not in cls.KEY]
        parts = [row.read(column) for column in key_columns]
        changes: dict[str, Any] = {c.attribute: row.read(c) for c in state["field_columns"]
                                   if row.has(c.name)}
        texts = state.get("texts")
        if texts is None:  # the fields whose blank is '' (a blank optional code included)
            texts = state["texts"] = [f.name for f in dataclasses.fields(cls) if f.default == ""]
        for name in texts:
            if name in changes and changes[name] is None:
                changes[name] = ""  # a blank optional code (a breakdown's indicator) is ''
        if any(part is None for part in parts):
            return
        key = tuple(parts)
        if importer.duplicate(row, state["seen"], key, key_columns[-1].name,
                              lambda: _what(sheet.kind, key)):
            return
        if not row.ok:
            if sheet.kind == "indicator":
                importer.bad_codes.add(key[0])
            return
        placed = sheet.kind == "group" and changes.get("position") is not None
        if sheet.kind == "group" and not placed:
            changes.pop("position", None)
        existing = importer.pack.get(sheet.kind, key)
        if existing is not None:
            record = existing.replace(**changes)
        else:
            if sheet.skip_empty and all(value in (None, "", []) for value in changes.values()):
                return
            fields = dict(zip(cls.KEY, key, strict=True))
            if sheet.positioned:  # numbered as in a new pack; number_positions checks it
                counts = state.setdefault("counts", {})
                scope = fields.get(sheet.scope, changes.get(sheet.scope, "")) \
                    if sheet.scope else None
                changes["position"] = counts[scope] = counts.get(scope, 0) + 1
            record = cls(**fields, **changes)
            if sheet.kind == "group" and not placed:
                state.setdefault("unplaced", []).append(key)
        importer.put(record, row.sheet, row.line, key=key)
        state.setdefault("order", []).append(key)

    @staticmethod
    def finish(importer, sheet: Sheet, source, state: dict) -> None:
        if sheet.positioned:
            number_positions(importer, sheet.kind, state.get("order", []), sheet.scope)
        if state.get("unplaced"):
            placed = [g.position for g in importer.pack.all("group")]
            placed += [rec.position for (kind, _key), rec in importer.pending.items()
                       if kind == "group"]
            following = max(placed, default=0) + 1
            for key in state["unplaced"]:
                slot = ("group", key)
                importer.pending[slot] = importer.pending[slot].replace(position=following)
                following += 1


def number_positions(importer, kind: str, keys: list[tuple], scope: str = "") -> None:
    """Number the queued records of ``kind`` named on a sheet, in row order (``keys``).

    Within each scope (the value of the ``scope`` field, or all of them): records already in the
    pack keep their positions and new ones follow the largest, in row order, when that keeps the
    rows' order (or the sheet does not name every record of the scope, so has no say over the
    others); otherwise the scope is numbered 1, 2, 3 ... in row order. So a pack comes back from
    its own export unchanged, and a new pack numbers its records 1, 2, 3 ...
    """
    pending, pack = importer.pending, importer.pack
    named = set(keys)
    scopes: dict[Any, list[tuple]] = {}
    for key in keys:
        record = pending[(kind, key)]
        scopes.setdefault(getattr(record, scope) if scope else None, []).append(key)
    for value, members in scopes.items():
        others = [rec.position for rec in pack.all(kind) if rec.key not in named
                  and (not scope or getattr(rec, scope) == value)]
        old = [key for key in members if pack.get(kind, key) is not None]
        new_last = all(pack.get(kind, key) is None for key in members[len(old):])
        in_order = old == sorted(old, key=lambda key: (pending[(kind, key)].position, key))
        renumber = not others and not (new_last and in_order)
        following = 1 if renumber else max(
            [*others, *(pending[(kind, key)].position for key in old)], default=0) + 1
        for key in members:
            record = pending[(kind, key)]
            if not renumber and pack.get(kind, key) is not None:
                continue  # in the pack already, in order: keeps its place
            if record.position != following:
                pending[(kind, key)] = record.replace(position=following)
            following += 1


class ValuesShape:
    """The Values sheet: one row per indicator and period."""

    @staticmethod
    def row(importer, sheet: Sheet, row: RowReader, state: dict) -> None:
        # This runs for every row of the biggest sheet, so the common case (a code as text, a
        # period seen before, figures as numbers or empty) is read straight from the row;
        # anything else goes through the RowReader conversions, which report problems.
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
        period = PERIODS.get(period) if type(period) is str else None
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
        seen = state["seen"]
        earlier = seen.get(key)
        if earlier is not None:
            row.error("period", f"{code} {period.label} is also on row {earlier}")
            return
        seen[key] = row.line
        if not row.ok:
            return
        existing = importer.pack.get("value", key)
        if existing is not None:
            record = existing.replace(**changes)
        else:
            for value in changes.values():
                if value is not None and value != "":
                    break
            else:
                return  # nothing in the row: no record
            record = r.Value(code=code, period=period, **changes)
        slot = ("value", key)  # importer.put, inlined: this is the biggest sheet
        importer.pending[slot] = record
        importer.origins[slot] = (sheet.name, row.sheet.file, row.line, None)

    @staticmethod
    def finish(importer, sheet: Sheet, source, state: dict) -> None:
        return None
