"""The scorecard grid keeps the officer's place, and moves as a spreadsheet does.

Rules:
- The place (the indicator of the current cell, its column, and how far the grid is scrolled)
  is kept across everything that rebuilds the rows: a period change (Ctrl+PgDn, a point clicked
  in the trend chart), an undo, a reload of changes made elsewhere, a sort. The current cell
  goes straight back to the same indicator, so the trend and detail docks never jump to the
  first indicator on the way.
- Return moves down to the next indicator shown (after committing a typed figure, as in
  Excel), Tab to the right; F2 or typing edits.
- Typing in a cell that cannot be edited (a final period's quarter, a worked-out column) says
  why in the status bar instead of jumping to a row that starts with the letter typed.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView

from gui.language import translate
from gui.scorecard_columns import Column, Role

__all__ = ["KeptPlace"]


class KeptPlace:
    """The place-keeping and keyboard part of ``gui.scorecard_view.ScorecardView``."""

    _place: tuple[str | None, int, int, int] | None = None

    def remember_place(self) -> None:
        """Note the current indicator, column and scroll position (before the rows change)."""
        model = self.model()
        current = self.currentIndex()
        entry = model.row_entry(current.row()) if current.isValid() and \
            hasattr(model, "row_entry") else None
        self._place = (entry.code if entry else None,
                       current.column() if current.isValid() else int(Column.CODE),
                       self.verticalScrollBar().value(), self.horizontalScrollBar().value())

    def place_row(self) -> int:
        """The row of the remembered indicator (-1: none remembered, or it is gone)."""
        if self._place is None or self._place[0] is None:
            return -1
        return self.model().row_of(self._place[0])

    def restore_place(self) -> None:
        """Go back to the remembered place (after ``_lay_spans`` chose the current cell)."""
        if self._place is None:
            return
        _code, _column, down, across = self._place
        self._place = None

        def scroll() -> None:
            self.verticalScrollBar().setValue(down)
            self.horizontalScrollBar().setValue(across)

        scroll()
        QTimer.singleShot(0, scroll)  # again once the rows' new geometry is laid out

    def start_index(self, first_indicator: int | None):
        """Where the current cell goes after the rows changed: the remembered indicator and
        column, else the first indicator (None: leave it)."""
        model = self.model()
        row = self.place_row()
        if row >= 0:
            return model.index(row, self._place[1]), True
        if first_indicator is None:
            return None, False
        return model.index(first_indicator, Column.CODE), False

    def move_down(self) -> None:
        """To the same column of the next indicator shown (Return)."""
        model, current = self.model(), self.currentIndex()
        if not current.isValid():
            return
        for row in range(current.row() + 1, model.rowCount()):
            if not self.isRowHidden(row) and not model.index(row, 0).data(Role.IS_HEADING):
                self.selectionModel().setCurrentIndex(
                    model.index(row, current.column()),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.scrollTo(self.currentIndex())
                return

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt's name
        delegate = self.itemDelegate()
        down = getattr(delegate, "return_pressed", False) and delegate.refused_text is None
        if hasattr(delegate, "return_pressed"):
            delegate.return_pressed = False
        super().closeEditor(editor, hint)
        if down and hint != QAbstractItemDelegate.EndEditHint.RevertModelCache:
            self.move_down()

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        """No jumping to rows by their first letter: say why the cell takes no typing."""
        current = self.currentIndex()
        model = self.model()
        reason = model.edit_refusal(current) if current.isValid() and \
            hasattr(model, "edit_refusal") else None
        if reason:
            self.last_refusal = reason
            self.messageShown.emit(translate("scorecard_place", "Not typed: {reason}").format(
                reason=reason))

    def keys_moving(self, event) -> bool:
        """Return moves down when not editing (True: handled)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier and \
                self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
            return True
        return False
