"""The scorecard grid's order: the papers' group order, or sorted by a column.

Rules:
- Clicking a column's header sorts the indicators by that column's sort key
  (``Role.SORT_KEY``: numbers as numbers with no figure first, symbols worst first, codes in
  number order), ascending, and again descending; the group headings go while sorted, and
  ties are in code order. ``sort(-1)`` (View ▸ Group order) puts the papers' order back.
- Sorting moves rows without rebuilding them (``layoutChanged``), so the current cell, the
  selection and the kept cell values follow their indicators; the sort is kept across reloads.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt

from gui.scorecard_columns import COLUMNS, Column
from model.scorecard import ScorecardRow

__all__ = ["SortedRows"]


def _natural(code: str) -> str:
    return re.sub(r"\d+", lambda m: m.group(0).zfill(8), code.casefold())


class SortedRows:
    """The sorting part of ``gui.scorecard_model.ScorecardModel`` (a Qt table model with
    ``_entries``, ``_cells``, ``_flags``, ``_scorecard``, ``_layout`` and ``sorted_by``)."""

    def _ordered(self, entries: list) -> list:
        """``entries`` in the order shown: as laid out, or sorted (``sorted_by``)."""
        if self.sorted_by is None:
            return entries
        column, descending = self.sorted_by
        spec = COLUMNS[Column(column)]
        rows = [e for e in entries if isinstance(e, ScorecardRow)]
        rows.sort(key=lambda row: (spec.sort_key(row), _natural(row.code)), reverse=descending)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the indicators by ``column`` (headings go); ``column`` -1: group order."""
        wanted = None if column < 0 or column >= len(Column) else (
            int(column), order == Qt.SortOrder.DescendingOrder)
        if wanted == self.sorted_by and self._entries:
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._entries)
        kept = dict(zip((id(e) for e in before), zip(self._cells, self._flags, strict=True),
                        strict=True))
        self.sorted_by = wanted
        if self._scorecard is not None:
            self._entries = self._ordered(self._layout(self._scorecard))
        new_row = {id(e): i for i, e in enumerate(self._entries)}
        self._cells = [kept.get(id(e), (None, None))[0] for e in self._entries]
        self._flags = [kept.get(id(e), (None, None))[1] for e in self._entries]
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            entry = before[index.row()] if 0 <= index.row() < len(before) else None
            row = new_row.get(id(entry), -1)
            moved_from.append(index)
            moved_to.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()
