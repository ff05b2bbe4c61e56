"""The frame every table editor shares: a heading, buttons, the table, and a message line.

Rules:
- A refused edit shows its reason in the message line (red text *and* the word "Refused", not
  colour alone) and in ``messageShown`` for the status bar.
- The table is keyboard driven: arrows move, F2 or typing edits, Space ticks a check box.
- Blocks of cells copy and paste as in a spreadsheet (``gui.editors.table_block``): Ctrl+C,
  Ctrl+V (one undo step, all or nothing, the first bad cell named), one value fills a
  selection, Delete clears it.
- As a page of the window (``gui.pages.Editor``): when the rows are indicators
  (``rows_are_indicators``: the key is the code), the indicator of the current row is the one
  the trend and detail docks follow; ``indicatorChanged`` says the current row changed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.editors.record_table import ChoiceDelegate, RecordTableModel
from gui.editors.table_block import BlockTableView
from gui.language import translate
from gui.welsh_filter import WelshFilter

__all__ = ["TableEditor"]


class TableEditor(QWidget):
    messageShown = Signal(str)
    indicatorChanged = Signal()

    #: Whether each row is an indicator (its key is the indicator's code).
    rows_are_indicators = False

    def __init__(self, title: str, model: RecordTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.heading = QLabel(f"<h2>{title}</h2>")
        self.heading.setWordWrap(True)
        self.table = BlockTableView()
        self.table.setModel(model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setAccessibleName(title)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("editors.table_editor", "Message"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.buttons.addStretch(1)
        model.editRefused.connect(self.refuse)
        self.table.pasteRefused.connect(self.refuse)
        self.table.messageShown.connect(self.say)
        model.modelReset.connect(self.fit)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_args: self.indicatorChanged.emit())
        self.fit()

    #: The widest a column is made to fit its contents (long texts wrap in their tooltip).
    WIDEST = 280

    def fit(self) -> None:
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > self.WIDEST:
                self.table.setColumnWidth(column, self.WIDEST)

    def add_button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        button.setEnabled(not self.model.pack.read_only)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def add_welsh_filter(self, row_of, period_of=None) -> WelshFilter:
        """Offer "Needs Welsh only" (``gui.welsh_filter``) over the table's rows: ``row_of(gap)``
        is the key of the row a text without Welsh belongs to (None: not this table's);
        ``period_of()`` the period whose papers count (default: the pack's latest)."""
        period_of = period_of or (lambda: self.model.pack.latest_period()
                                  or _this_quarter())
        self.welsh = WelshFilter(self.model.pack, period_of, row_of, self)
        self.buttons.insertWidget(self.buttons.count() - 1, self.welsh)
        self.model.row_filter = self.welsh.accepts
        self.welsh.changed.connect(self.model.reload)
        self.model.pack.subscribe(self._welsh_pack_changed)
        return self.welsh

    def _welsh_pack_changed(self, _changes) -> None:
        try:
            self.welsh.pack_changed()
        except RuntimeError:  # the Qt side is gone
            self.model.pack.unsubscribe(self._welsh_pack_changed)

    def refuse(self, reason: str) -> None:
        self.message.setText(
            translate(
                "editors.table_editor",
                '<span style="color:#b00020"><b>Refused:</b></span> {reason}',
            ).format(reason=reason)
        )
        self.messageShown.emit(
            translate("editors.table_editor", "Refused: {reason}").format(reason=reason))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.messageShown.emit(text)

    def current_key(self) -> tuple | None:
        index = self.table.currentIndex()
        return self.model.keys[index.row()] if index.isValid() else None

    def select_key(self, key: tuple) -> None:
        if key in self.model.keys:
            self.table.setCurrentIndex(self.model.index(self.model.keys.index(key), 0))

    def set_period(self, period) -> None:
        """Follow the window's period (editors of records kept per period replace this)."""

    def selected_indicator(self) -> str | None:
        key = self.current_key()
        return key[0] if key is not None and self.rows_are_indicators else None

    def select_indicator(self, code: str) -> None:
        if self.rows_are_indicators:
            self.select_key((code,))

    def detach(self) -> None:
        self.model.detach()
        if hasattr(self, "welsh"):
            self.model.pack.unsubscribe(self._welsh_pack_changed)


def _this_quarter():
    import datetime as dt

    from model.periods import Period

    return Period.containing(dt.date.today())
