"""The Qt item models of the breakdowns and snapshots editor: the grid of counts, and the list of
row (or column) labels.

Rules:
- ``MatrixModel`` shows one breakdown's or snapshot's counts with a worked-out Total row and
  column (bold, not editable); blank is blank, never zero; figures are right-aligned with
  thousands separators. A snapshot compares dates, so adding its dates' counts means nothing:
  its last column is the **Change** from the first date to the last (as the return shows it),
  and its dates are written as people write them ("31 March 2024"). A typed count, a pasted
  block and every change to the lines are commands of ``model.edits.tables``, applied through
  the undo stack; a refusal emits ``editRefused(reason)`` naming the cell and changes nothing.
- The table shown is chosen by its record key (``set_key``; ``set_name`` finds it by name), so
  the models work whatever a kind's key is.
- ``LinesModel`` lists the labels along one axis, English and Welsh (snapshot dates have no
  Welsh); editing a label renames the line (``model.edits.tables.rename_line``).
- Both follow the pack in place when the shape is unchanged (the selection stays), and are laid
  out again when lines were added or removed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from gui.editors.table_block import PasteCell
from gui.language import translate
from model.commands import Command
from model.edits.errors import EditError, refusal
from model.edits.tables import (
    COLUMNS,
    ROWS,
    cells_of,
    line_word,
    paste_counts,
    place,
    rename_line,
    set_count,
    table_of,
    total,
    welsh_labels,
)
from model.edits.typed import written_date
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["MatrixModel", "LinesModel", "ROWS", "COLUMNS", "shown_date"]


def two_lines(label: str, longest: int = 12) -> str:
    """A long column heading on two lines, broken at the space nearest its middle, so that
    columns are as narrow as their figures and the Total stays on screen."""
    if len(label) <= longest or " " not in label:
        return label
    middle = len(label) // 2
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{label[:cut]}\n{label[cut + 1:]}"


def shown_date(label) -> str:
    """A snapshot's date as people write it ("31 March 2024"); other labels as they are."""
    try:
        day = label if isinstance(label, dt.date) else dt.date.fromisoformat(str(label))
    except ValueError:
        return str(label)
    return written_date(day)

_REFUSED = (EditError, ValidationError, PackFileError)

#: The headings of a lines list, English and Welsh, by what a line is (``line_word``; a
#: snapshot's dates have no Welsh and one heading, Date).
_LINE_HEADINGS = {
    "row": (QT_TRANSLATE_NOOP("editors.matrix_models", "Row (English)"),
            QT_TRANSLATE_NOOP("editors.matrix_models", "Row (Welsh)")),
    "column": (QT_TRANSLATE_NOOP("editors.matrix_models", "Column (English)"),
               QT_TRANSLATE_NOOP("editors.matrix_models", "Column (Welsh)")),
    "category": (QT_TRANSLATE_NOOP("editors.matrix_models", "Category (English)"),
                 QT_TRANSLATE_NOOP("editors.matrix_models", "Category (Welsh)")),
}
#: A line named by its number (``row 2``), by what a line is.
_LINE_NUMBERS = {
    "row": QT_TRANSLATE_NOOP("editors.matrix_models", "row {number}"),
    "column": QT_TRANSLATE_NOOP("editors.matrix_models", "column {number}"),
    "category": QT_TRANSLATE_NOOP("editors.matrix_models", "category {number}"),
    "date": QT_TRANSLATE_NOOP("editors.matrix_models", "date {number}"),
}


class MatrixModel(QAbstractTableModel):
    editRefused = Signal(str)

    def __init__(self, pack, stack, kind: str, parent: QObject | None = None):
        super().__init__(parent)
        self.pack, self.stack, self.kind = pack, stack, kind
        self.key: tuple | None = None
        self._shape = (0, 0)

    @property
    def name(self) -> str | None:
        record = self.record()
        return record.name if record is not None else None

    def record(self):
        return self.pack.get(self.kind, self.key) if self.key else None

    def set_key(self, key: tuple | None) -> None:
        self.beginResetModel()
        self.key = tuple(key) if key else None
        self.endResetModel()
        self._shape = (self.rowCount(), self.columnCount())

    def set_name(self, name: str | None) -> None:
        """Show the first table called ``name`` (none: no table)."""
        found = [x for x in self.pack.all(self.kind) if x.name == name]
        found.sort(key=lambda x: (x.position, x.key))
        self.set_key(found[0].key if found else None)

    def labels(self):
        record = self.record()
        return ([], [], []) if record is None else cells_of(record)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        rows = self.labels()[0]
        return 0 if parent.isValid() or not rows else len(rows) + 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        rows, columns, _ = self.labels()
        return 0 if parent.isValid() or not rows else len(columns) + 1

    def _cell(self, row: int, column: int):
        rows, columns, cells = self.labels()
        if row < len(rows) and column < len(columns):
            line = cells[row] if row < len(cells) else []
            return line[column] if column < len(line) else None
        if column == len(columns) and self.kind == "snapshot":
            return self._change(row, len(columns))
        if row < len(rows):
            return total(self._cell(row, c) for c in range(len(columns)))
        return total(self._cell(r_, column) for r_ in range(len(rows)))

    def _change(self, row: int, dates: int):
        """A snapshot's change from its first date to its last (None: a count is missing)."""
        if dates < 2:
            return None
        first, last = self._cell(row, 0), self._cell(row, dates - 1)
        return None if first is None or last is None else last - first

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.headerData(section, orientation)
            return text.replace("\n", " ") if text else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        rows, columns, _ = self.labels()
        horizontal = orientation == Qt.Orientation.Horizontal
        names = columns if horizontal else rows
        if 0 <= section < len(names):
            if horizontal and self.kind == "snapshot":
                return shown_date(names[section])
            return two_lines(str(names[section])) if horizontal else str(names[section])
        if section == len(names) and horizontal and self.kind == "snapshot":
            return translate("editors.matrix_models", "Change")
        return translate("editors.matrix_models", "Total") if section == len(names) else None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        rows, columns, _ = self.labels()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() < len(rows) and index.column() < len(columns) and not \
                self.pack.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._cell(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if value is None:
                return ""
            if role == Qt.ItemDataRole.DisplayRole and self._is_change(index.column()):
                return f"{value:+,}" if value else "0"
            return f"{value:,}" if role == Qt.ItemDataRole.DisplayRole else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and not (
                self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = value if value is not None else translate("editors.matrix_models", "blank")
            return f"{self._place(index.row(), index.column())}: {shown}"
        return None

    def _is_change(self, column: int) -> bool:
        return self.kind == "snapshot" and column == len(self.labels()[1])

    def _place(self, row: int, column: int) -> str:
        record = self.record()
        return place(record, row, column) if record is not None else ""

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        record = self.record()
        where = self._place(index.row(), index.column())
        try:
            self.stack.apply(set_count(record, index.row(), index.column(), value))
        except _REFUSED as exc:
            self.editRefused.emit(f"{where}: {refusal(exc)}")
            return False
        return True

    def paste_command(self, cells: list[PasteCell]) -> Command:
        """One command entering every pasted count; raises PasteError naming the first bad
        cell (totals are worked out and cannot be pasted into)."""
        return paste_counts(self.pack, self.record(),
                            [(c.row, c.column, c.text, c.place) for c in cells])

    def refresh(self) -> None:
        """Show the record as it is now: the cells change in place when the shape is the
        same (the selection stays), otherwise the table is laid out again."""
        shape = (self.rowCount(), self.columnCount())
        if shape != self._shape or shape == (0, 0):
            self.beginResetModel()
            self.endResetModel()
            self._shape = shape
            return
        self.dataChanged.emit(self.index(0, 0), self.index(shape[0] - 1, shape[1] - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, shape[1] - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, shape[0] - 1)


class LinesModel(QAbstractTableModel):
    """The row (or column) labels of the chosen table, English and Welsh, one line each."""

    editRefused = Signal(str)

    def __init__(self, matrix: MatrixModel, axis: str, parent: QObject | None = None):
        super().__init__(parent)
        self.matrix, self.axis = matrix, axis
        self._count = 0

    @property
    def welsh(self) -> bool:
        return welsh_labels(self.matrix.kind, self.axis)

    @property
    def dates(self) -> bool:
        return self.matrix.kind == "snapshot" and self.axis == COLUMNS

    def _labels(self) -> tuple[list, list]:
        record = self.matrix.record()
        if record is None:
            return [], []
        return table_of(record).labels(self.axis)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._labels()[0])

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else (2 if self.welsh else 1)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if self.dates:
            return translate("editors.matrix_models", "Date")
        headings = _LINE_HEADINGS[line_word(self.matrix.kind, self.axis)]
        return translate("editors.matrix_models", headings[section]) if 0 <= section < 2 \
            else None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.matrix.pack.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.EditRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        labels, labels_cy = self._labels()
        if not 0 <= index.row() < len(labels):
            return None
        label = (labels, labels_cy)[index.column()][index.row()]
        return shown_date(label) if self.dates else str(label)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        record = self.matrix.record()
        where = translate("editors.matrix_models",
                          _LINE_NUMBERS[line_word(self.matrix.kind, self.axis)]).format(
            number=index.row() + 1)
        try:
            self.matrix.stack.apply(rename_line(record, self.axis, index.row(), value,
                                                welsh=index.column() == 1))
        except _REFUSED as exc:
            self.editRefused.emit(f"{where}: {refusal(exc)}")
            return False
        return True

    def refresh(self) -> None:
        count = self.rowCount()
        if count != self._count:
            self.beginResetModel()
            self.endResetModel()
            self._count = count
        elif count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1,
                                                               self.columnCount() - 1))

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()
        self._count = self.rowCount()
