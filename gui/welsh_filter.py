"""The "needs Welsh" filter of the text editors: show only the rows whose texts have no Welsh.

The rows are found by the same rule as the checks and the translation workbook
(``model.translation.missing_welsh`` for the period shown); each editor says which of those
texts are its rows (``row_of(gap)``: the key of the editor's row the text belongs to, or None).

Rules:
- Off (the default), every row is shown and nothing is worked out on an edit.
- Switched on, the rows with a text lacking Welsh are shown; the label beside it says how many
  texts of those rows still need Welsh ("Texts without Welsh: 12"; "Every text has its
  Welsh").
- While it is on, a row the officer has just translated stays in the list (marked done by the
  count, not by vanishing under the cursor), and a row that newly lacks Welsh (a new record, an
  English text changed) joins it; switching the filter off and on again, or changing the
  period, starts afresh.
- The box is reached with Alt+L and says what it does to a screen reader.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from gui.language import translate
from model.translation import WelshGap, missing_welsh

__all__ = ["WelshFilter"]


class WelshFilter(QWidget):
    """A check box and a count; ``changed`` says the rows to show changed (``accepts``)."""

    changed = Signal()

    def __init__(self, pack, period_of: Callable[[], object],
                 row_of: Callable[[WelshGap], object | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.pack, self._period_of, self._row_of = pack, period_of, row_of
        self._shown: set | None = None  # None: off, every row shown
        self.box = QCheckBox(translate("welsh_filter", "Needs We&lsh only"))
        self.box.setToolTip(translate(
            "welsh_filter",
            "Show only the rows with a text that has no Welsh yet, as the checks list them"))
        self.count = QLabel()
        self.count.setAccessibleName(translate("welsh_filter", "Texts that need Welsh"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.count)
        layout.addStretch(1)
        self.box.toggled.connect(lambda _on: self.refresh(afresh=True))

    @property
    def active(self) -> bool:
        return self._shown is not None

    def accepts(self, key) -> bool:
        """Whether the row ``key`` is shown."""
        return self._shown is None or key in self._shown

    def set_checked(self, on: bool) -> None:
        self.box.setChecked(on)

    def refresh(self, afresh: bool = False) -> None:
        """Work the rows out again (module rules); ``afresh`` forgets the rows kept so far."""
        if not self.box.isChecked():
            changed = self._shown is not None
            self._shown = None
            self.count.setText("")
            if changed:
                self.changed.emit()
            return
        keys = [self._row_of(gap) for gap in missing_welsh(self.pack, self._period_of())]
        rows = {key for key in keys if key is not None}
        texts = sum(1 for key in keys if key is not None)
        before = self._shown
        self._shown = set(rows) if afresh or before is None else before | rows
        self.count.setText(
            translate("welsh_filter", "Every text has its Welsh") if not texts
            else translate("welsh_filter", "Texts without Welsh: {count}").format(count=texts))
        if self._shown != before or afresh:
            self.changed.emit()

    def pack_changed(self) -> None:
        """The pack changed: recount, and take in rows that newly lack Welsh (when on)."""
        if self.box.isChecked():
            self.refresh()
