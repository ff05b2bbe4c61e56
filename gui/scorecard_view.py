"""The scorecard grid: a table view set up for ``ScorecardModel``.

Rules:
- Group heading rows span every column; spans are laid again whenever the rows change.
- The title column takes the spare width and wraps; each row is as tall as its title needs.
  Figure and symbol columns are as wide as their contents, measured when the rows are loaded
  (not on every change: with hundreds of indicators, re-measuring every cell after each edit
  would take most of a second).
- Alternating row colours; no sorting (the order is the papers' order); read-only for now.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from gui.scorecard_model import Column, Role

__all__ = ["ScorecardView", "ScorecardDelegate"]

#: Extra width given to every cell, so that figures do not touch the grid lines.
CELL_PADDING = 12


class ScorecardDelegate(QStyledItemDelegate):
    """Draws cells as usual, with some air around figures."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + CELL_PADDING, hint.height() + 4)


class ScorecardView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(False)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName("Scorecard")
        self.setItemDelegate(ScorecardDelegate(self))
        self._title_width = -1
        # Row heights are refitted once per burst of title-column resizes.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_rows)
        self.horizontalHeader().sectionResized.connect(self._section_resized)

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        old = self.model()
        if old is not None:
            for signal in (old.modelReset, old.layoutChanged, old.rowsInserted, old.rowsRemoved):
                try:
                    signal.disconnect(self._rows_changed)
                except (RuntimeError, TypeError):
                    pass
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                           model.rowsRemoved):
                signal.connect(self._rows_changed)
        self._rows_changed()

    # -- layout ------------------------------------------------------------------------------

    def _rows_changed(self, *_args) -> None:
        self._lay_spans()
        self.fit_columns()
        self.fit_rows()

    def _lay_spans(self) -> None:
        self.clearSpans()
        model = self.model()
        if model is None:
            return
        columns = model.columnCount()
        first_indicator = None
        for row in range(model.rowCount()):
            if model.index(row, 0).data(Role.IS_HEADING):
                self.setSpan(row, 0, 1, columns)
            elif first_indicator is None:
                first_indicator = row
        current = self.currentIndex()
        if first_indicator is not None and (not current.isValid()
                                            or current.data(Role.IS_HEADING)):
            # Start on the first indicator, not on a heading, without selecting anything.
            self.selectionModel().setCurrentIndex(
                model.index(first_indicator, Column.CODE),
                QItemSelectionModel.SelectionFlag.NoUpdate)

    def fit_columns(self) -> None:
        """Every column but the title as wide as its widest cell or header. The widest cell is
        found by measuring its text, and only that cell is asked for its full size hint."""
        model = self.model()
        if model is None:
            return
        delegate = self.itemDelegate()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        header = self.horizontalHeader()
        for column in Column:
            if column == Column.TITLE:
                continue
            if not hasattr(model, "column_texts"):  # e.g. behind a proxy: measure every cell
                self.resizeColumnToContents(column)
                continue
            texts = model.column_texts(column)
            widest_index = None
            if texts:
                font = model.index(texts[0][0], column).data(Qt.ItemDataRole.FontRole)
                fm = QFontMetrics(font or self.font())
                row, _text = max(texts, key=lambda item: fm.horizontalAdvance(item[1]))
                widest_index = model.index(row, column)
            cell = delegate.sizeHint(option, widest_index).width() if widest_index else 0
            header.resizeSection(column, max(cell, header.sectionSizeHint(column)))

    def fit_rows(self) -> None:
        """Each row as tall as its wrapped title (other cells are one line)."""
        model = self.model()
        if model is None:
            return
        delegate = self.itemDelegate()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect.setWidth(self.columnWidth(Column.TITLE))
        option.rect.setHeight(1 << 20)
        header = self.verticalHeader()
        line = 0  # the height of one line of text or symbols
        for row in range(model.rowCount()):
            if not model.index(row, 0).data(Role.IS_HEADING):
                line = max(delegate.sizeHint(option, model.index(row, column)).height()
                           for column in (Column.CODE, Column.RAG, Column.ARROW, Column.FACE))
                break
        for row in range(model.rowCount()):
            index = model.index(row, Column.TITLE)
            height = max(line, delegate.sizeHint(option, index).height())
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)
        self._title_width = self.columnWidth(Column.TITLE)

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column == Column.TITLE and new != self._title_width:
            self._refit.start()
