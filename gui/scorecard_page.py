"""The scorecard page: the filter bar, the scorecard grid and the key to the symbols.

Rules:
- Filter by group (drop-down), by status (Red, Amber, Green, no data, n/a) and by text in the
  code, title or commentary (Find, Ctrl+F, puts the cursor in the text box; Escape there
  clears it). "Showing n of m indicators" says how much the filter hides.
- The key under the grid says what every symbol means (``gui.workspace.key_html``), and
  that a dagger after a face marks an officer's forecast (``OVERRIDE_KEY``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from gui.language import pack_text, paper_language, translate
from gui.scorecard_model import OVERRIDE_MARK, ScorecardModel
from gui.scorecard_view import ScorecardView
from model import symbols
from model.words import words

__all__ = ["ScorecardPage"]

STATUSES = (*reversed(symbols.RAGS), *reversed(symbols.UNRATED))

#: The key's words for each symbol's meaning, from the papers' catalogue (``model.words``).
KEY_WORDS = {"Green": "key_green", "Amber": "key_amber", "Red": "key_red",
             "improved": "improved", "sustained": "sustained", "declined": "declined",
             "increased": "arrows_none",
             "not comparable": "not comparable",  # not shown: the catalogue's key
             "likely": "likely", "may": "may", "unlikely": "unlikely_long"}


#: The key's words for the override mark (``{mark}``).
OVERRIDE_KEY = QT_TRANSLATE_NOOP("scorecard_page",
                                 "{mark} after a face: officer's forecast (the reason is in its "
                                 "tooltip)")


def override_key() -> str:
    return translate("scorecard_page", OVERRIDE_KEY).format(mark=OVERRIDE_MARK)


class ScorecardPage(QWidget):
    def __init__(self, model: ScorecardModel, key_html: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.view = ScorecardView()
        self.view.setModel(model)
        self.group = QComboBox()
        self.status = QComboBox()
        self.status.addItem("", "")
        for rag in STATUSES:
            self.status.addItem("", rag)
        self.find = QLineEdit()
        self.find.setClearButtonEnabled(True)
        self.shown = QLabel()
        bar = QHBoxLayout()
        self.labels = []
        for widget in (self.group, self.status, self.find):
            label = QLabel()
            label.setBuddy(widget)
            self.labels.append(label)
            bar.addWidget(label)
            bar.addWidget(widget, 1 if widget is self.find else 0)
        bar.addWidget(self.shown)
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        self.key_label.setTextFormat(Qt.TextFormat.RichText)
        self.retranslate(key_html)
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

    def retranslate(self, key_html: str) -> None:
        """The page's words in the window's language (``key_html``: the key to the symbols)."""
        language = paper_language()
        self.group.setAccessibleName(translate("scorecard_page", "Filter by group"))
        self.status.setAccessibleName(translate("scorecard_page", "Filter by status"))
        self.status.setItemText(0, translate("scorecard_page", "All statuses"))
        for i, rag in enumerate(STATUSES, 1):
            letter, word = symbols.RAG_LETTER.get(rag), words(rag, language)
            self.status.setItemText(i, f"{letter} {word}" if letter and letter != rag else word)
        self.find.setPlaceholderText(translate("scorecard_page",
                                               "Find code, title or commentary"))
        self.find.setAccessibleName(translate("scorecard_page", "Find"))
        self.shown.setAccessibleName(translate("scorecard_page", "Indicators shown"))
        for label, text in zip(self.labels, (translate("scorecard_page", "&Group:"),
                                             translate("scorecard_page", "&Status:"),
                                             translate("scorecard_page", "Fi&nd:")), strict=True):
            label.setText(text)
        key = override_key()
        self.key_label.setText(f"{key_html} &nbsp;&nbsp; <nobr>{escape(key)}</nobr>")
        self.key_label.setAccessibleName(translate("scorecard_page", "Key to the symbols"))
        self.key_label.setAccessibleDescription("; ".join([
            *(words(KEY_WORDS[meaning], language) for _s, _w, meaning in symbols.KEY_ITEMS),
            key]))
        if self.group.count():
            self._groups_changed()

    def _groups_changed(self) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(translate("scorecard_page", "All groups"), "")
        scorecard = self.model.scorecard
        for group, _rows in (scorecard.groups if scorecard else ()):
            self.group.addItem(pack_text(group.name, group.name_cy)
                               or translate("scorecard_page", "Other indicators"),
                               group.name)
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
        self.shown.setText(translate("scorecard_page", "Showing {shown} of {total} indicators")
                           .format(shown=shown, total=total))
