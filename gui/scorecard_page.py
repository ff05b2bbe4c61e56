"""The scorecard page: the filter bar, the scorecard grid and the key to the symbols.

Rules:
- Filter by group (drop-down), by status (Red, Amber, Green, no data, n/a) and by text in the
  code, title or commentary (Find, Ctrl+F, puts the cursor in the text box; Escape there
  clears it). "Showing n of m indicators" says how much the filter hides.
- The key under the grid says what every symbol means (``gui.workspace.key_html``), and
  that a dagger after a face marks an officer's forecast (``OVERRIDE_KEY``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from gui.scorecard_model import OVERRIDE_MARK, ScorecardModel
from gui.scorecard_view import ScorecardView
from model import symbols

__all__ = ["ScorecardPage"]

STATUSES = ("Red", "Amber", "Green", "no data", "n/a")

#: The key's words for the override mark.
OVERRIDE_KEY = f"{OVERRIDE_MARK} after a face: officer's forecast (the reason is in its tooltip)"


class ScorecardPage(QWidget):
    def __init__(self, model: ScorecardModel, key_html: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.view = ScorecardView()
        self.view.setModel(model)
        self.group = QComboBox()
        self.group.setAccessibleName("Filter by group")
        self.status = QComboBox()
        self.status.setAccessibleName("Filter by status")
        self.status.addItem("All statuses", "")
        for rag in STATUSES:
            letter = symbols.RAG_LETTER.get(rag)
            self.status.addItem(f"{letter} {rag}" if letter and letter != rag else rag, rag)
        self.find = QLineEdit()
        self.find.setPlaceholderText("Find code, title or commentary")
        self.find.setAccessibleName("Find")
        self.find.setClearButtonEnabled(True)
        self.shown = QLabel()
        self.shown.setAccessibleName("Indicators shown")
        bar = QHBoxLayout()
        for text, widget in (("&Group:", self.group), ("&Status:", self.status),
                             ("Fi&nd:", self.find)):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, 1 if widget is self.find else 0)
        bar.addWidget(self.shown)
        self.key_label = QLabel(f"{key_html} &nbsp;&nbsp; <nobr>{OVERRIDE_KEY}</nobr>")
        self.key_label.setWordWrap(True)
        self.key_label.setTextFormat(Qt.TextFormat.RichText)
        self.key_label.setAccessibleName("Key to the symbols")
        self.key_label.setAccessibleDescription(
            "; ".join([*(words for _symbol, words, _meaning in symbols.KEY_ITEMS),
                       OVERRIDE_KEY]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.key_label)
        self.group.currentIndexChanged.connect(self.refilter)
        self.status.currentIndexChanged.connect(self.refilter)
        self.find.textChanged.connect(self.refilter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find, self.find.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)
        model.modelReset.connect(self._groups_changed)
        model.scorecardChanged.connect(self._count)
        self._groups_changed()

    def _groups_changed(self) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem("All groups", "")
        scorecard = self.model.scorecard
        for group, _rows in (scorecard.groups if scorecard else ()):
            self.group.addItem(group.name or "Other indicators", group.name)
        index = self.group.findData(current) if current else 0
        self.group.setCurrentIndex(max(index, 0))
        self.group.blockSignals(False)
        self.refilter()

    def set_filter(self, group: str = "", status: str = "", text: str = "") -> None:
        for combo, value in ((self.group, group), (self.status, status)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.find.blockSignals(True)
        self.find.setText(text)
        self.find.blockSignals(False)
        self.refilter()

    def refilter(self) -> None:
        self.view.set_filter(self.group.currentData() or "", self.status.currentData() or "",
                             self.find.text())
        self._count()

    def _count(self) -> None:
        scorecard = self.model.scorecard
        total = len(scorecard.rows) if scorecard else 0
        filtering = bool(self.group.currentData() or self.status.currentData()
                         or self.find.text().strip())
        shown = len(self.view.visible_codes()) if filtering else total
        self.shown.setText(f"Showing {shown} of {total} indicators")
