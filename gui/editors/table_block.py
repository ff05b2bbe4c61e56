"""Copy and paste of blocks of cells in the table editors, as in a spreadsheet.

Rules:
- Copy (Ctrl+C) puts the selection's bounding block on the clipboard as tab-separated text,
  one line per row, each cell as it is edited (check boxes as yes / no), so that a copied
  block pastes back exactly and opens in Excel or LibreOffice.
- Paste (Ctrl+V) takes a block copied from Excel or LibreOffice (tab-separated; quoted cells
  understood) with its top-left cell at the current cell. One copied cell pasted over a larger
  selection fills every selected cell with it. Delete clears the selected cells that can be
  changed (blank, never zero).
- The model builds one command for the whole block (``paste_command``), so a paste is one undo
  step and all or nothing: the first bad cell, in reading order, is named with its place in the
  pasted block and the reason, and nothing is changed.
- A model that takes pastes has ``stack`` (the undo stack) and ``paste_command(cells)``, where
  ``cells`` is a list of ``PasteCell``; it raises ``PasteError``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

from gui.language import translate
from model.edits.errors import PasteError
from model.edits.typed import fill_block, parse_block
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["PasteCell", "PasteError", "BlockTableView", "block_text"]


@dataclass(frozen=True)
class PasteCell:
    row: int  # the table's row and column
    column: int
    text: str
    block_row: int  # 1-based place in the pasted block
    block_column: int

    @property
    def place(self) -> str:
        return translate("editors.table_block",
                         "row {row}, column {column} of the pasted cells").format(
            row=self.block_row, column=self.block_column)


def block_text(model, rows: list[int], columns: list[int]) -> str:
    """The cells at ``rows`` x ``columns`` as tab-separated text (a final newline)."""
    lines = []
    for row in rows:
        cells = []
        for column in columns:
            index = model.index(row, column)
            check = index.data(Qt.ItemDataRole.CheckStateRole)
            if check is not None:
                checked = Qt.CheckState(check) == Qt.CheckState.Checked
                cells.append("yes" if checked else "no")  # not shown: pasted back (parse_field)
                continue
            text = index.data(Qt.ItemDataRole.EditRole)
            if text is None:
                text = index.data(Qt.ItemDataRole.DisplayRole)
            text = "" if text is None else str(text)
            if any(c in text for c in '\t\n"'):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


class BlockTableView(QTableView):
    """A table view with spreadsheet copy, paste, fill and clear over a pasting model."""

    #: What a copy or paste did, for the status bar.
    messageShown = Signal(str)
    #: A refused paste: the first bad cell and why.
    pasteRefused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.last_refusal = ""

    def selected_block(self) -> tuple[list[int], list[int]]:
        """The rows and columns of the selection's bounding block (or the current cell)."""
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes and self.currentIndex().isValid():
            indexes = [self.currentIndex()]
        if not indexes:
            return [], []
        rows = range(min(i.row() for i in indexes), max(i.row() for i in indexes) + 1)
        columns = range(min(i.column() for i in indexes), max(i.column() for i in indexes) + 1)
        return [r for r in rows if not self.isRowHidden(r)], \
            [c for c in columns if not self.isColumnHidden(c)]

    def copy_selection(self) -> str:
        rows, columns = self.selected_block()
        if not rows or not columns:
            return ""
        text = block_text(self.model(), rows, columns)
        QGuiApplication.clipboard().setText(text)
        self.messageShown.emit(translate(
            "editors.table_block", "Copied {rows} × {columns} cells").format(
            rows=len(rows), columns=len(columns)))
        return text

    copy = copy_selection  # the window's Edit > Copy calls the focused widget's copy()

    def paste(self, text: str | None = None) -> bool:
        """Paste ``text`` (default: the clipboard); False, with the reason, if refused."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid() or not text:
            return self._refuse(translate("editors.table_block",
                                          "choose a cell and copy some cells first"))
        rows, columns = self.selected_block()
        block = parse_block(text)
        filled = fill_block(block, len(rows), len(columns))
        top, left = (rows[0], columns[0]) if filled is not block else \
            (current.row(), current.column())
        target_rows = [r for r in range(top, model.rowCount()) if not self.isRowHidden(r)]
        target_columns = [c for c in range(left, model.columnCount())
                          if not self.isColumnHidden(c)]
        width = max(len(line) for line in filled)
        if len(filled) > len(target_rows) or width > len(target_columns):
            return self._refuse(translate(
                "editors.table_block",
                "the pasted cells are {rows} rows by {columns} columns but only {room_rows} "
                "rows by {room_columns} columns are there from the current cell").format(
                rows=len(filled), columns=width, room_rows=len(target_rows),
                room_columns=len(target_columns)))
        cells = [PasteCell(target_rows[i], target_columns[j], value, i + 1, j + 1)
                 for i, line in enumerate(filled) for j, value in enumerate(line)]
        return self._paste_cells(cells)

    def clear_selection(self) -> bool:
        """Blank every selected cell that can be changed, as one undo step."""
        model = self.model()
        rows, columns = self.selected_block()
        changeable = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        columns = [c for c in columns if rows and model.flags(model.index(rows[0], c))
                   & changeable]
        cells = [PasteCell(r, c, "", i + 1, j + 1) for i, r in enumerate(rows)
                 for j, c in enumerate(columns)]
        if not cells:
            return False
        return self._paste_cells(cells, cleared=True)

    def _paste_cells(self, cells: list[PasteCell], cleared: bool = False) -> bool:
        model = self.model()
        try:
            command = model.paste_command(cells)
            if command:
                model.stack.apply(command)
        except PasteError as exc:
            return self._refuse(str(exc))
        except (ValidationError, PackFileError) as exc:
            return self._refuse(str(exc))
        if cleared:
            text = (translate("editors.table_block", "Cleared {count} cell (one undo step)")
                    if len(cells) == 1 else
                    translate("editors.table_block", "Cleared {count} cells (one undo step)"))
        else:
            text = (translate("editors.table_block", "Pasted {count} cell (one undo step)")
                    if len(cells) == 1 else
                    translate("editors.table_block", "Pasted {count} cells (one undo step)"))
        self.messageShown.emit(text.format(count=len(cells)))
        return True

    def _refuse(self, reason: str) -> bool:
        self.last_refusal = translate("editors.table_block", "Nothing pasted: {reason}").format(
            reason=reason)
        self.pasteRefused.emit(self.last_refusal)
        return False

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.matches(QKeySequence.StandardKey.Delete) and \
                self.state() != QAbstractItemView.State.EditingState:
            self.clear_selection()
            return
        super().keyPressEvent(event)
