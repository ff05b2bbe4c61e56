"""The scorecard grid's filter: which indicator rows are shown.

Rules: ``set_filter`` shows only the indicators of a group, of a RAG status, and whose code,
title or commentary (English or Welsh) contains a text (any case); a group heading stays while
any of its indicators is shown. The filter follows edits (a row whose status changed is
filtered again) and the current cell stays in view when it is still shown.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from gui.scorecard_columns import Column, Role

__all__ = ["ScorecardFilter"]


class ScorecardFilter:
    """The filtering part of ``gui.scorecard_view.ScorecardView`` (a QTableView)."""

    def set_filter(self, group: str = "", status: str = "", text: str = "") -> None:
        """Show only indicators in ``group`` (blank: all), with RAG ``status`` (blank: all),
        whose code, title or commentary contains ``text`` (any case)."""
        self._filter = (group, status, text.strip().casefold())
        self.apply_filter()

    def visible_codes(self) -> list[str]:
        model = self.model()
        return [model.index(row, Column.CODE).data() for row in range(model.rowCount())
                if not self.isRowHidden(row) and not model.index(row, 0).data(Role.IS_HEADING)]

    def _refilter_soon(self, *_args) -> None:
        if any(self._filter):
            QTimer.singleShot(0, self.apply_filter)

    def apply_filter(self) -> None:
        model = self.model()
        if model is None:
            return
        group, status, text = self._filter
        heading_row = None
        heading_shown = False
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(Role.IS_HEADING):
                if heading_row is not None:
                    self.setRowHidden(heading_row, not heading_shown)
                heading_row, heading_shown = row, False
                continue
            scorecard_row = index.data(Role.ROW)
            shown = _matches(scorecard_row, group, status, text)
            self.setRowHidden(row, not shown)
            heading_shown = heading_shown or shown
        if heading_row is not None:
            self.setRowHidden(heading_row, not heading_shown)
        current = self.currentIndex()
        if current.isValid() and not self.isRowHidden(current.row()):
            self.scrollTo(current)  # the place is kept when the filter changes


def _matches(row, group: str, status: str, text: str) -> bool:
    if row is None:
        return True
    if group and row.indicator.group != group:
        return False
    if status and row.status.rag != status:
        return False
    if text:
        commentary = row.commentary
        haystack = " ".join((row.code, row.indicator.title, row.indicator.title_cy,
                             commentary.text if commentary else "",
                             commentary.text_cy if commentary else "")).casefold()
        return text in haystack
    return True
