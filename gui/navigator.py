"""The navigator: what the central area shows.

Rules:
- Items, in this order: "Scorecard" with one child per group of indicators (choosing a group
  filters the scorecard to it), "Indicator definitions", "Targets", "Commentary",
  "Commitments", "Breakdowns", "Snapshots", "Narratives", "Key areas", "Cover report",
  "Settings". Others (e.g. a dashboard) are added with ``add_page``.
- ``pageChosen(page, group)`` is emitted when the officer moves to an item (keyboard or mouse).
- Long group names are shortened in the middle (``Shifting…– Place``), so groups that start
  alike stay told apart; the whole name is the item's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from gui.language import translate

__all__ = ["Navigator", "PAGES"]

PAGES = (
    ("scorecard", QT_TRANSLATE_NOOP("navigator", "Scorecard")),
    ("indicators", QT_TRANSLATE_NOOP("navigator", "Indicator definitions")),
    ("targets", QT_TRANSLATE_NOOP("navigator", "Targets")),
    ("commentary", QT_TRANSLATE_NOOP("navigator", "Commentary")),
    ("commitments", QT_TRANSLATE_NOOP("navigator", "Commitments")),
    ("budget", QT_TRANSLATE_NOOP("navigator", "Budget update")),
    ("breakdowns", QT_TRANSLATE_NOOP("navigator", "Breakdowns")),
    ("snapshots", QT_TRANSLATE_NOOP("navigator", "Snapshots")),
    ("narratives", QT_TRANSLATE_NOOP("navigator", "Narratives")),
    ("key_areas", QT_TRANSLATE_NOOP("navigator", "Key areas")),
    ("cover", QT_TRANSLATE_NOOP("navigator", "Cover report")),
    ("settings", QT_TRANSLATE_NOOP("navigator", "Settings")),
)

PAGE_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2


class Navigator(QTreeWidget):
    pageChosen = Signal(str, object)  # page id, group name (None: all)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(translate("navigator", "Navigator"))
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setMinimumWidth(150)
        self.items: dict[str, QTreeWidgetItem] = {}
        for page, text in PAGES:
            self.add_page(page, text)
        self.currentItemChanged.connect(self._moved)

    def add_page(self, page: str, text: str, after: str | None = None) -> QTreeWidgetItem:
        """Add page ``page`` named ``text`` (English, marked for translation in context
        ``navigator``: shown in the window's language)."""
        item = QTreeWidgetItem([translate("navigator", text)])
        item.setData(0, PAGE_ROLE, page)
        item.setData(0, TEXT_ROLE, text)
        if after in self.items:
            self.insertTopLevelItem(self.indexOfTopLevelItem(self.items[after]) + 1, item)
        else:
            self.addTopLevelItem(item)
        self.items[page] = item
        return item

    def set_groups(self, groups: list[str], shown: dict[str, str] | None = None) -> None:
        """The scorecard's groups under "Scorecard": ``groups`` are their names (what a choice
        filters by), ``shown`` what is shown for each (in the window's language)."""
        top = self.items["scorecard"]
        current = self.currentItem()
        chosen = current.data(0, GROUP_ROLE) if current is not None \
            and current.parent() is top else None
        self.blockSignals(True)
        top.takeChildren()
        for name in groups:
            text = (shown or {}).get(name) or name
            child = QTreeWidgetItem([text or translate("navigator", "Other indicators")])
            child.setToolTip(0, text or translate("navigator", "Indicators in no group"))
            child.setData(0, PAGE_ROLE, "scorecard")
            child.setData(0, GROUP_ROLE, name)
            top.addChild(child)
            if chosen is not None and name == chosen:
                self.setCurrentItem(child)
        top.setExpanded(True)
        self.blockSignals(False)

    def retranslate(self) -> None:
        """The pages' names in the window's language."""
        self.setAccessibleName(translate("navigator", "Navigator"))
        for item in self.items.values():
            item.setText(0, translate("navigator", item.data(0, TEXT_ROLE)))
        top = self.items["scorecard"]
        for i in range(top.childCount()):
            child = top.child(i)
            if not child.data(0, GROUP_ROLE):
                child.setText(0, translate("navigator", "Other indicators"))
                child.setToolTip(0, translate("navigator", "Indicators in no group"))

    def choose(self, page: str, group: str | None = None) -> None:
        item = self.items[page]
        if group is not None:
            for i in range(item.childCount()):
                if item.child(i).data(0, GROUP_ROLE) == group:
                    item = item.child(i)
        self.setCurrentItem(item)

    def _moved(self, item, _previous) -> None:
        if item is not None:
            self.pageChosen.emit(item.data(0, PAGE_ROLE), item.data(0, GROUP_ROLE))
