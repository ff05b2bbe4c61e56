"""The scorecard grid: a table view set up for ``ScorecardModel``.

Rules:
- Group heading rows span every column; spans are laid again whenever the rows change.
- The title column takes the spare width and wraps; figure and symbol columns are as wide as
  their contents, measured when the rows are loaded (not on every change: too slow).
- Header click sorts (``gui.scorecard_order``); the place is kept when rows are rebuilt and
  Return moves down (``gui.scorecard_place``); locked quarters grey with a padlock, a refused
  figure outlined in red until corrected.
- Quarter cells are edited in place; a refused figure reopens the editor with what was typed
  and says why beside the cell (and in ``messageShown``), so nothing typed is lost.
- Copy/Paste: tab-separated blocks, one undo step, all or nothing; one cell fills a selection.
- The forecast (face) cell: double-click, F2 or Return, or "Override forecast…" in the
  right-click menu opens ``gui.editors.forecast.ForecastDialog`` to set, change or clear the
  officer's forecast with its reason (one undo step). The menu also clears an override and
  copies or pastes.
- The filter (``set_filter``, ``gui.scorecard_filter``) hides rows by group, RAG status and
  text; a group heading stays while any of its indicators is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from gui.editors.forecast import ForecastDialog
from gui.language import paper_language, translate
from gui.scorecard_filter import ScorecardFilter
from gui.scorecard_model import Column, Role, ScorecardModel
from gui.scorecard_place import KeptPlace
from model.edits.errors import ForecastError
from model.edits.typed import fill_block, parse_block
from model.store import PackFileError
from model.validation import ValidationError
from model.words import period_label

__all__ = ["ScorecardView", "ScorecardDelegate"]

#: Extra width given to every cell, so that figures do not touch the grid lines.
CELL_PADDING = 12


class ScorecardDelegate(QStyledItemDelegate):
    """Draws cells as usual, with some air around figures; edits quarter figures as text and
    keeps refused text for the editor that reopens."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.refused_text: tuple[QModelIndex, str] | None = None
        self.return_pressed = False

    def eventFilter(self, editor, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return,
                                                                    Qt.Key.Key_Enter):
            self.return_pressed = True  # the view moves down once the figure is in
        return super().eventFilter(editor, event)

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        model = self.parent().model() if self.parent() is not None else None
        if not getattr(model, "marked", True):  # nothing locked or refused: the usual case
            return
        if index.data(Role.LOCKED):
            _padlock(painter, option.rect)
        if index.data(Role.REFUSED):
            painter.save()
            painter.setPen(QPen(QColor("#b00020"), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QLineEdit(parent)
        code = index.sibling(index.row(), Column.CODE).data()
        quarter = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(
            translate("scorecard_view", "Figure for {code} {quarter}").format(
                code=code, quarter=quarter
            )
        )
        editor.setToolTip(
            translate(
                "scorecard_view",
                "A number, or numerator / denominator for a percent or ratio "
                "measure (e.g. 120 / 200). Blank: no figure.",
            )
        )
        return editor

    def setEditorData(self, editor, index):  # noqa: N802 - Qt's name
        if self.refused_text is not None and self.refused_text[0] == index:
            editor.setText(self.refused_text[1])
            self.refused_text = None
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt's name
        text = editor.text()
        if not model.setData(index, text, Qt.ItemDataRole.EditRole):
            self.refused_text = (index, text)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + CELL_PADDING, hint.height() + 4)


def _padlock(painter, rect) -> None:
    """A small padlock in the cell's top right corner: the cell is locked."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#555555")
    painter.setPen(QPen(colour, 1.2))
    x, y = rect.right() - 10, rect.top() + 3
    painter.drawArc(x + 1, y, 6, 8, 0, 180 * 16)
    painter.fillRect(x, y + 4, 8, 6, colour)
    painter.restore()


class ScorecardView(KeptPlace, ScorecardFilter, QTableView):
    #: A message for the status bar: a refused edit or paste, or what a paste did.
    messageShown = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)  # a header click sorts (again: reverses), not selects
        header.setSortIndicatorShown(True)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._filter: tuple[str, str, str] = ("", "", "")
        self.last_refusal = ""
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName(translate("scorecard_view", "Scorecard"))
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
        if isinstance(old, ScorecardModel):
            try:
                old.editRefused.disconnect(self._edit_refused)
                old.dataChanged.disconnect(self._refilter_soon)
            except (RuntimeError, TypeError):
                pass
        super().setModel(model)
        if isinstance(model, ScorecardModel):
            model.editRefused.connect(self._edit_refused)
            model.dataChanged.connect(self._refilter_soon)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                           model.rowsRemoved):
                signal.connect(self._rows_changed)
            model.modelAboutToBeReset.connect(self.remember_place)
        self._rows_changed()

    # -- layout ------------------------------------------------------------------------------

    def _rows_changed(self, *_args) -> None:
        self._lay_spans()
        self.apply_filter()
        self.fit_columns()
        self.fit_rows()
        self.restore_place()

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
        if not current.isValid() or current.data(Role.IS_HEADING):
            # Back to the remembered place (gui.scorecard_place), else start on the first
            # indicator, not on a heading, without selecting anything.
            start, kept = self.start_index(first_indicator)
            if start is not None:
                self.selectionModel().setCurrentIndex(
                    start, QItemSelectionModel.SelectionFlag.ClearAndSelect if kept
                    else QItemSelectionModel.SelectionFlag.NoUpdate)

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
            if not isinstance(model, ScorecardModel):  # e.g. a proxy: measure every cell
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

    #: The title column never gets narrower than this; below it the grid scrolls sideways.
    TITLE_MIN_WIDTH = 220

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """Stretch the title column into the room there is, but never below TITLE_MIN_WIDTH."""
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        others = sum(self.columnWidth(c) for c in range(model.columnCount())
                     if c != Column.TITLE and not self.isColumnHidden(c))
        room = self.viewport().width() - others
        stretch = room >= self.TITLE_MIN_WIDTH
        mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(Column.TITLE) != mode:
            header.setSectionResizeMode(Column.TITLE, mode)
        if not stretch and self.columnWidth(Column.TITLE) != self.TITLE_MIN_WIDTH:
            header.resizeSection(Column.TITLE, self.TITLE_MIN_WIDTH)

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column == Column.TITLE and new != self._title_width:
            self._refit.start()

    # -- editing, copy and paste -------------------------------------------------------------

    def _edit_refused(self, index: QModelIndex, reason: str) -> None:
        self.last_refusal = reason
        self.messageShown.emit(reason)
        if self.isVisible():
            QToolTip.showText(self.viewport().mapToGlobal(self.visualRect(index).bottomLeft()),
                              reason, self.viewport())
        QTimer.singleShot(0, lambda: self._reopen(index))

    def _reopen(self, index: QModelIndex) -> None:
        """Open the editor again with the refused text (after the failed editor closed)."""
        if index.isValid() and self.itemDelegate().refused_text is not None:
            self.setCurrentIndex(index)
            self.edit(index)

    def selected_block(self) -> tuple[list[int], list[int]]:
        """The visible indicator rows and the columns of the selection's bounding block."""
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes and self.currentIndex().isValid():
            indexes = [self.currentIndex()]
        if not indexes:
            return [], []
        top = min(i.row() for i in indexes)
        bottom = max(i.row() for i in indexes)
        left = min(i.column() for i in indexes)
        right = max(i.column() for i in indexes)
        rows = [row for row in range(top, bottom + 1) if not self.isRowHidden(row)
                and not self.model().index(row, 0).data(Role.IS_HEADING)]
        return rows, list(range(left, right + 1))

    def copy_selection(self) -> str:
        rows, columns = self.selected_block()
        if not rows:
            return ""
        text = self.model().block_text(rows, columns)
        QGuiApplication.clipboard().setText(text)
        self.messageShown.emit(translate("scorecard_view", "Copied {rows} × {columns} cells")
                               .format(rows=len(rows), columns=len(columns)))
        return text

    def paste(self, text: str | None = None) -> bool:
        """Paste ``text`` (default: the clipboard) at the current cell; one cell pasted over a
        larger selection fills it. False if refused."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        start = self.currentIndex()
        if not start.isValid() or not text:
            self.messageShown.emit(translate(
                "scorecard_view",
                "Nothing to paste: choose a quarter cell and copy some figures first"))
            return False
        selected_rows, selected_columns = self.selected_block()
        block = parse_block(text)
        filled = fill_block(block, len(selected_rows), len(selected_columns))
        if filled is not block:
            start = self.model().index(selected_rows[0], selected_columns[0])
            text = "\n".join("\t".join(line) for line in filled)
        rows = [row for row in range(self.model().rowCount()) if not self.isRowHidden(row)]
        try:
            count = self.model().paste_block(start, text, rows)
        except ValueError as exc:  # a PasteError, or the pack refused the whole command
            self.last_refusal = translate("scorecard_view", "Nothing pasted: {problem}").format(
                problem=exc)
            self.messageShown.emit(self.last_refusal)
            return False
        self.messageShown.emit((translate("scorecard_view", "Pasted {count} figure")
                                if count == 1
                                else translate("scorecard_view", "Pasted {count} figures"))
                               .format(count=count))
        return True

    # -- the officer's forecast ------------------------------------------------------------

    def override_forecast(self, index: QModelIndex | None = None):
        """Open the forecast dialog for the indicator at ``index`` (default: the current cell);
        returns the dialog (shown window-modal), or None when there is nothing to override."""
        model = self.model()
        index = index if index is not None else self.currentIndex()
        entry = model.row_entry(index.row()) if index.isValid() else None
        if entry is None or model.pack is None or model.period is None:
            self.messageShown.emit(translate("scorecard_view",
                                             "Choose an indicator to override its forecast"))
            return None
        reason = self._forecast_refusal()
        if reason:
            self.last_refusal = reason
            self.messageShown.emit(reason)
            return None
        dialog = ForecastDialog(model.pack, entry.code, model.period, model.apply_command, self)
        dialog.accepted.connect(lambda code=entry.code: self.messageShown.emit(translate(
            "scorecard_view", "Forecast for {code} {period} saved (Undo takes it back)").format(
                code=code, period=period_label(model.period, paper_language()))))
        dialog.finished.connect(dialog.deleteLater)
        self.forecast_dialog = dialog
        dialog.open()
        return dialog

    def clear_forecast_override(self, index: QModelIndex | None = None) -> bool:
        """Go back to the calculated forecast for the indicator at ``index`` (one undo step)."""
        model = self.model()
        index = index if index is not None else self.currentIndex()
        entry = model.row_entry(index.row()) if index.isValid() else None
        if entry is None:
            return False
        try:
            model.override_forecast(entry.code, None)
        except (ForecastError, ValidationError, PackFileError) as exc:
            self.last_refusal = translate("scorecard_view", "Refused: {problem}").format(
                problem=exc)
            self.messageShown.emit(self.last_refusal)
            return False
        self.messageShown.emit(translate(
            "scorecard_view", "{code}: back to the calculated forecast").format(code=entry.code))
        return True

    def _forecast_refusal(self) -> str | None:
        model = self.model()
        if model.pack.read_only:
            return translate("scorecard_view", "{name} is open read-only").format(
                name=model.pack.path.name)
        if model.pack.is_final(model.period):
            return translate(
                "scorecard_view", "{period} is final; reopen the period to change its forecasts"
            ).format(period=period_label(model.period, paper_language()))
        return None

    def _is_face(self, index: QModelIndex) -> bool:
        return (index.isValid() and index.column() == Column.FACE
                and self.model().row_entry(index.row()) is not None)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        index = self.indexAt(event.position().toPoint())
        if self._is_face(index):
            self.setCurrentIndex(index)
            self.override_forecast(index)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        index = self.indexAt(event.pos())
        menu = self.context_menu(index)
        if menu is not None:
            menu.exec(event.globalPos())

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The right-click menu for the cell at ``index``."""
        model = self.model()
        entry = model.row_entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        self.setCurrentIndex(index)
        menu = QMenu(self)
        writable = self._forecast_refusal() is None
        overridden = entry.status.forecast_overridden
        change = menu.addAction(
            translate("scorecard_view", "Change officer's &forecast…")
            if overridden
            else translate("scorecard_view", "Override &forecast…")
        )
        change.setEnabled(writable)
        change.triggered.connect(lambda: self.override_forecast(index))
        clear = menu.addAction(
            translate("scorecard_view", "&Clear forecast override (use the calculated forecast)")
        )
        clear.setEnabled(writable and overridden)
        clear.triggered.connect(lambda: self.clear_forecast_override(index))
        menu.addSeparator()
        menu.addAction(translate("scorecard_view", "&Copy"), self.copy_selection)
        menu.addAction(translate("scorecard_view", "&Paste"), self.paste)
        self.context_menu_shown = menu
        return menu

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.state() != QAbstractItemView.State.EditingState \
                and self._is_face(self.currentIndex()):
            self.override_forecast()
            return
        if self.keys_moving(event):
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.matches(QKeySequence.StandardKey.Delete) and self.state() != \
                QAbstractItemView.State.EditingState:
            self._clear_selection()
            return
        super().keyPressEvent(event)

    def _clear_selection(self) -> None:
        """Delete clears the selected quarter cells (blank, never zero), as one step."""
        rows, columns = self.selected_block()
        columns = [c for c in columns if Column.Q1 <= c <= Column.Q4]
        if not rows or not columns:
            return
        start = self.model().index(rows[0], columns[0])
        block = "\n".join("\t".join("" for _ in columns) for _ in rows)
        self.paste(block)
        self.setCurrentIndex(start)
