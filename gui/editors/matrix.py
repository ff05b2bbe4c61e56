"""Breakdowns and snapshot comparisons: a grid of counts with row and column totals.

Rules:
- A breakdown is categories (rows, e.g. source of contact) by categories (columns, e.g.
  outcome) for one period; a snapshot is categories by dates. Cells are whole counts; blank is
  blank, never zero. Totals are worked out (never stored) and shown in the last row and column.
- Editing a cell is one undoable command replacing the record's table; a pasted block is one
  command too (``gui.editors.table_block``: the first bad cell is named, nothing is
  half-applied; totals cannot be pasted into).
- A breakdown that names an indicator is compared with that indicator's figure for the
  breakdown's period: a grand total that differs is a warning shown above the grid, in words.
- Structure: New…, Delete… (asks first; undoable) and, for the chosen table, its title in
  English and Welsh, its period and related indicator (breakdowns) or group (snapshots), row
  and column headings and note (a form), and its row and column labels in English and Welsh
  (snapshot dates as ``YYYY-MM-DD``): add a line after the current one, remove it, move it up
  or down. Every change to the lines moves the cells with them, so the table of figures always
  has the shape of its labels (``model.validation`` refuses any other), each one undo step.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.editors.asking import confirm_delete, refusal
from gui.editors.record_form import FormField, RecordForm
from gui.editors.table_block import BlockTableView, PasteCell, PasteError
from gui.editors.values import FieldInputError, parse_field
from model import records as r
from model.checks import breakdown_mismatch
from model.commands import Command, delete, put
from model.periods import Period
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["MatrixModel", "LinesModel", "MatrixEditor", "breakdown_mismatch", "Table",
           "table_of", "with_table", "insert_line", "remove_line", "move_line", "unique_name"]


def _total(values) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


# -- the table of a breakdown or snapshot, as plain lists ----------------------------------------

#: The record fields of each kind: (row labels, Welsh row labels, column labels, Welsh column
#: labels or None, cells).
_FIELDS = {
    "breakdown": ("rows", "rows_cy", "columns", "columns_cy", "cells"),
    "snapshot": ("categories", "categories_cy", "dates", None, "counts"),
}
ROWS, COLUMNS = "rows", "columns"


class Table:
    """A breakdown's or snapshot's labels and cells, padded so that every list fits: Welsh
    labels as many as the English ones, ``cells`` len(rows) lines of len(columns) cells."""

    def __init__(self, rows, rows_cy, columns, columns_cy, cells):
        self.rows = list(rows)
        self.columns = list(columns)
        self.rows_cy = _fit([str(x) for x in rows_cy], len(self.rows))
        self.columns_cy = _fit([str(x) for x in (columns_cy or [])], len(self.columns))
        self.cells = [list(cells[i]) if i < len(cells) else [] for i in range(len(self.rows))]
        for line in self.cells:
            del line[len(self.columns):]
            line.extend([None] * (len(self.columns) - len(line)))

    def labels(self, axis: str) -> tuple[list, list]:
        return (self.rows, self.rows_cy) if axis == ROWS else (self.columns, self.columns_cy)


def _fit(values: list, length: int) -> list:
    return (values + [""] * length)[:length]


def table_of(record) -> Table:
    rows, rows_cy, columns, columns_cy, cells = _FIELDS[record.kind]
    return Table(getattr(record, rows), getattr(record, rows_cy), getattr(record, columns),
                 getattr(record, columns_cy) if columns_cy else [], getattr(record, cells))


def with_table(record, table: Table):
    """``record`` holding ``table`` (Welsh labels dropped when none is written)."""
    rows, rows_cy, columns, columns_cy, cells = _FIELDS[record.kind]
    changes = {rows: table.rows, columns: table.columns, cells: table.cells,
               rows_cy: table.rows_cy if any(table.rows_cy) else []}
    if columns_cy:
        changes[columns_cy] = table.columns_cy if any(table.columns_cy) else []
    return record.replace(**changes)


def insert_line(record, axis: str, at: int, label: str, label_cy: str = ""):
    """``record`` with a blank row (or column) labelled ``label`` inserted before ``at``."""
    table = table_of(record)
    labels, labels_cy = table.labels(axis)
    at = max(0, min(at, len(labels)))
    labels.insert(at, label)
    labels_cy.insert(at, label_cy)
    if axis == ROWS:
        table.cells.insert(at, [None] * len(table.columns))
    else:
        for line in table.cells:
            line.insert(at, None)
    return with_table(record, table)


def remove_line(record, axis: str, at: int):
    """``record`` without its row (or column) ``at`` and that line's figures."""
    table = table_of(record)
    labels, labels_cy = table.labels(axis)
    del labels[at]
    del labels_cy[at]
    if axis == ROWS:
        del table.cells[at]
    else:
        for line in table.cells:
            del line[at]
    return with_table(record, table)


def move_line(record, axis: str, at: int, step: int):
    """``record`` with line ``at`` moved ``step`` places, its figures with it; None at an end."""
    table = table_of(record)
    labels, labels_cy = table.labels(axis)
    to = at + step
    if not 0 <= to < len(labels):
        return None
    for values in (labels, labels_cy, *([table.cells] if axis == ROWS else table.cells)):
        values.insert(to, values.pop(at))
    return with_table(record, table)


def unique_name(taken, title: str) -> str:
    """A key for a new item from its title (``contacts-by-source``), not among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") or "item"
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    return name


def _line_word(kind: str, axis: str) -> str:
    if kind == "snapshot":
        return "category" if axis == ROWS else "date"
    return "row" if axis == ROWS else "column"


class MatrixModel(QAbstractTableModel):
    editRefused = Signal(str)

    def __init__(self, pack, stack, kind: str, parent: QObject | None = None):
        super().__init__(parent)
        self.pack, self.stack, self.kind = pack, stack, kind
        self.name: str | None = None
        self._shape = (0, 0)

    def record(self):
        return self.pack.get(self.kind, (self.name,)) if self.name else None

    def set_name(self, name: str | None) -> None:
        self.beginResetModel()
        self.name = name
        self.endResetModel()
        self._shape = (self.rowCount(), self.columnCount())

    def labels(self):
        record = self.record()
        if record is None:
            return [], [], []
        if self.kind == "breakdown":
            return record.rows, record.columns, record.cells
        return record.categories, record.dates, record.counts

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
        if row < len(rows):
            return _total(self._cell(row, c) for c in range(len(columns)))
        return _total(self._cell(r_, column) for r_ in range(len(rows)))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        rows, columns, _ = self.labels()
        names = columns if orientation == Qt.Orientation.Horizontal else rows
        if 0 <= section < len(names):
            return str(names[section])
        return "Total" if section == len(names) else None

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
            return f"{value:,}" if role == Qt.ItemDataRole.DisplayRole else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and not (
                self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._place(index.row(), index.column())}: " \
                   f"{value if value is not None else 'blank'}"
        return None

    def _place(self, row: int, column: int) -> str:
        rows, columns, _ = self.labels()
        return (f"{rows[row] if row < len(rows) else 'Total'}, "
                f"{columns[column] if column < len(columns) else 'Total'}")

    def _field(self) -> str:
        return _FIELDS[self.kind][4]

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        record = self.record()
        place = self._place(index.row(), index.column())
        try:
            number = _count(value)
            table = table_of(record)
            table.cells[index.row()][index.column()] = number
            self.stack.apply(put(f"Edit {record.title}: {place}", with_table(record, table)))
        except (FieldInputError, ValidationError) as exc:
            self.editRefused.emit(f"{place}: {refusal(exc)}")
            return False
        return True

    def paste_command(self, cells: list[PasteCell]) -> Command:
        """One command entering every pasted count; raises PasteError naming the first bad
        cell (totals are worked out and cannot be pasted into)."""
        record = self.record()
        if record is None:
            raise PasteError("choose a table first")
        rows, columns, _ = self.labels()
        table = table_of(record)
        for cell in cells:
            spot = f"{self._place(cell.row, cell.column)} ({cell.place})"
            if self.pack.read_only:
                raise PasteError(f"{spot}: the pack is open read-only")
            if cell.row >= len(rows) or cell.column >= len(columns):
                raise PasteError(f"{spot}: totals are worked out, not entered")
            try:
                table.cells[cell.row][cell.column] = _count(cell.text)
            except FieldInputError as exc:
                raise PasteError(f"{spot}: {exc}") from None
        command = put(f"Paste {len(cells)} figure{'s' if len(cells) != 1 else ''} into "
                      f"{record.title}", with_table(record, table))
        _changes, problems = self.pack.prepare(command)
        if problems:
            raise PasteError("; ".join(p.message for p in problems))
        return command

    def refresh(self) -> None:
        """Show the record as it is now: the cells change in place when the shape is the
        same (the selection stays), otherwise the table is laid out again."""
        shape = (self._shape_now())
        if shape != self._shape or shape == (0, 0):
            self.beginResetModel()
            self.endResetModel()
            self._shape = shape
            return
        self.dataChanged.emit(self.index(0, 0), self.index(shape[0] - 1, shape[1] - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, shape[1] - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, shape[0] - 1)

    def _shape_now(self) -> tuple[int, int]:
        return self.rowCount(), self.columnCount()


def _count(text) -> int | None:
    """A typed or pasted count: a whole number, not negative; blank is None."""
    number = parse_field("int", text)
    if number is not None and number < 0:
        raise FieldInputError(f"{number}: a count cannot be negative")
    return number


class LinesModel(QAbstractTableModel):
    """The row (or column) labels of the chosen table, English and Welsh, one line each."""

    editRefused = Signal(str)

    def __init__(self, matrix: MatrixModel, axis: str, parent: QObject | None = None):
        super().__init__(parent)
        self.matrix, self.axis = matrix, axis
        self._count = 0

    @property
    def welsh(self) -> bool:
        return _FIELDS[self.matrix.kind][1 if self.axis == ROWS else 3] is not None

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
        word = _line_word(self.matrix.kind, self.axis).capitalize()
        if self.dates:
            return "Date (YYYY-MM-DD)"
        return (f"{word} (English)", f"{word} (Welsh)")[section] if 0 <= section < 2 else None

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
        return str((labels, labels_cy)[index.column()][index.row()])

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        record = self.matrix.record()
        table = table_of(record)
        labels, labels_cy = table.labels(self.axis)
        word = _line_word(self.matrix.kind, self.axis)
        where = f"{word} {index.row() + 1}"
        text = str(value or "").strip()
        try:
            if self.dates:
                day = parse_field("date", text)
                if day is None:
                    raise FieldInputError("a date is required, e.g. 2025-03-31")
                text = day.isoformat()
            elif index.column() == 0 and not text:
                raise FieldInputError(f"a {word} needs a label")
            if index.column() == 0 and text in [str(x) for i, x in enumerate(labels)
                                                if i != index.row()]:
                raise FieldInputError(f"there is already a {word} '{text}'")
            (labels, labels_cy)[index.column()][index.row()] = text
            self.matrix.stack.apply(put(f"Rename {word} in {record.title}",
                                        with_table(record, table)))
        except (FieldInputError, ValidationError) as exc:
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


class _LinesPanel(QWidget):
    """A list of row (or column) labels with Add, Remove, Up and Down."""

    def __init__(self, editor: MatrixEditor, axis: str):
        super().__init__()
        self.editor, self.axis = editor, axis
        word = _line_word(editor.kind, axis)
        plural = "categories" if word == "category" else f"{word}s"
        self.model = LinesModel(editor.model, axis, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(plural.capitalize())
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        title = QLabel(f"<b>{plural.capitalize()}</b>")
        buttons = QHBoxLayout()
        self.buttons = []
        for text, tip, slot in ((f"Add {word}", f"Add a {word} after the current one",
                                 self.add),
                                ("Remove", f"Remove the current {word} and its figures",
                                 self.remove),
                                ("Up", f"Move the {word} up", lambda: self.move(-1)),
                                ("Down", f"Move the {word} down", lambda: self.move(1))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(f"{text} ({plural})" if text in ("Up", "Down", "Remove")
                                     else text)
            button.clicked.connect(slot)
            button.setEnabled(not editor.pack.read_only)
            buttons.addWidget(button)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.model.editRefused.connect(editor.refuse)

    def current(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else self.model.rowCount() - 1

    def add(self, label: str | None = None) -> bool:
        record = self.editor.model.record()
        if record is None:
            return self.editor.refuse("choose or make a table first")
        labels, _ = table_of(record).labels(self.axis)
        word = _line_word(self.editor.kind, self.axis)
        if label is None:
            label = _next_date(labels) if self.model.dates else \
                unique_label(labels, f"New {word}")
        at = self.current() + 1
        if self.editor.apply(put(f"Add {word} to {record.title}",
                                 insert_line(record, self.axis, at, label))):
            self.table.setCurrentIndex(self.model.index(at, 0))
            return True
        return False

    def remove(self, at: int | None = None) -> bool:
        record = self.editor.model.record()
        at = self.current() if at is None else at
        word = _line_word(self.editor.kind, self.axis)
        if record is None or not 0 <= at < self.model.rowCount():
            return self.editor.refuse(f"choose the {word} to remove first")
        labels, _ = table_of(record).labels(self.axis)
        if len(labels) == 1:
            return self.editor.refuse(f"a table needs at least one {word}; delete the table "
                                      "instead")
        return self.editor.apply(put(f"Remove {word} '{labels[at]}' from {record.title}",
                                     remove_line(record, self.axis, at)))

    def move(self, step: int) -> bool:
        record = self.editor.model.record()
        at = self.current()
        if record is None or at < 0:
            return False
        moved = move_line(record, self.axis, at, step)
        if moved is None:
            return False
        word = _line_word(self.editor.kind, self.axis)
        if self.editor.apply(put(f"Move {word} in {record.title}", moved)):
            self.table.setCurrentIndex(self.model.index(at + step, 0))
            return True
        return False


def unique_label(labels, base: str) -> str:
    taken = {str(x) for x in labels}
    label, n = base, 1
    while label in taken:
        n += 1
        label = f"{base} {n}"
    return label


def _next_date(dates) -> str:
    """A year after the last date (31 March of this year when there is none)."""
    for text in reversed([str(d) for d in dates]):
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            continue
        try:
            return day.replace(year=day.year + 1).isoformat()
        except ValueError:  # 29 February
            return (day + dt.timedelta(days=365)).isoformat()
    return dt.date(dt.date.today().year, 3, 31).isoformat()


class MatrixEditor(QWidget):
    """The list of breakdowns (or snapshots), the chosen one's details and lines, and its
    grid of counts."""

    messageShown = Signal(str)

    def __init__(self, pack, stack, kind: str, period: Period | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pack, self.stack, self.kind = pack, stack, kind
        self.period = period or pack.latest_period() or Period.containing(dt.date.today())
        plural = "Breakdowns" if kind == "breakdown" else "Snapshot comparisons"
        self.plural = plural
        self.items = QListWidget()
        self.items.setMinimumWidth(180)
        self.items.setMaximumWidth(300)
        self.items.setAccessibleName(plural)
        self.model = MatrixModel(pack, stack, kind, self)
        self.table = BlockTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(f"{plural}: figures")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.heading = QLabel(f"<h2>{plural}</h2>")
        self.heading.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName("Warning")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Message")
        self.details = RecordForm(pack, stack, kind, self._key, self._detail_fields())
        self.details.heading.hide()
        self.lines = {axis: _LinesPanel(self, axis) for axis in (ROWS, COLUMNS)}
        left = QVBoxLayout()
        left.addWidget(self.items, 1)
        item_buttons = QHBoxLayout()
        word = "breakdown" if kind == "breakdown" else "snapshot"
        for text, tip, slot in (("&New…", f"Make a new {word}", self.new),
                                ("&Delete…", f"Delete this {word}", self.delete)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(f"{text.replace('&', '').rstrip('…')} {word}")
            button.clicked.connect(slot)
            button.setEnabled(not pack.read_only)
            item_buttons.addWidget(button)
        left.addLayout(item_buttons)
        lines = QSplitter()
        lines.addWidget(self.lines[ROWS])
        lines.addWidget(self.lines[COLUMNS])
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(f"{plural}: figures, rows and columns, details")
        self.tabs.addTab(self.table, "&Figures")
        self.tabs.addTab(lines, "Rows and &columns" if kind == "breakdown"
                         else "Categories and &dates")
        self.tabs.addTab(self.details, "De&tails")
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.warning)
        right.addWidget(self.tabs, 1)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.items.currentRowChanged.connect(self._chosen)
        self.model.editRefused.connect(self.refuse)
        self.details.messageShown.connect(self.messageShown)
        self.table.pasteRefused.connect(self.refuse)
        self.table.messageShown.connect(self.say)
        pack.subscribe(self._pack_changed)
        self.fill()

    def _key(self):
        return (self.model.name,) if self.model.name else None

    def _detail_fields(self) -> list[FormField]:
        if self.kind == "breakdown":
            codes = tuple(ind.code for ind in self.pack.indicators())
            return [FormField("title", "Title"),
                    FormField("period", "Period (e.g. 2024-25 Q3)", "period"),
                    FormField("indicator", "Related indicator (its figure should equal the "
                              "total)", "choice", codes),
                    FormField("row_heading", "Rows are"),
                    FormField("column_heading", "Columns are"),
                    FormField("note", "Note")]
        return [FormField("title", "Title"), FormField("group", "Group"),
                FormField("note", "Note")]

    def set_period(self, period: Period) -> None:
        """The period new breakdowns are for (every breakdown stays listed)."""
        self.period = period

    def refuse(self, reason: str) -> bool:
        self.message.setText(f'<span style="color:#b00020"><b>Refused:</b></span> {reason}')
        self.messageShown.emit(f"Refused: {reason}")
        return False

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.messageShown.emit(text)

    def apply(self, command: Command) -> bool:
        try:
            self.stack.apply(command)
        except (ValidationError, PackFileError) as exc:
            return self.refuse(str(exc))
        self.message.setText("")
        return True

    def fill(self) -> None:
        records = sorted(self.pack.all(self.kind), key=lambda x: (x.position, x.name))
        current = self.model.name
        self.items.blockSignals(True)
        self.items.clear()
        for record in records:
            label = record.title + (f" ({record.period.label})" if self.kind == "breakdown"
                                    else "")
            self.items.addItem(label)
            self.items.item(self.items.count() - 1).setData(Qt.ItemDataRole.UserRole,
                                                            record.name)
        names = [x.name for x in records]
        name = current if current in names else (names[0] if names else None)
        if name is not None:
            self.items.setCurrentRow(names.index(name))
        self.items.blockSignals(False)
        if name != current or name is None:
            self._show(name)
        else:
            self._refresh()

    def _show(self, name: str | None) -> None:
        self.model.set_name(name)
        for panel in self.lines.values():
            panel.model.reset()
        self.details.refresh()
        self._describe()
        self.table.resizeColumnsToContents()

    def _refresh(self) -> None:
        self.model.refresh()
        for panel in self.lines.values():
            panel.model.refresh()
        self._describe()

    def _chosen(self, row: int) -> None:
        item = self.items.item(row)
        if item is not None:
            self._show(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, name: str) -> None:
        for row in range(self.items.count()):
            if self.items.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.items.setCurrentRow(row)

    def _describe(self) -> None:
        record = self.model.record()
        has = record is not None
        self.tabs.setEnabled(has)
        if not has:
            self.heading.setText(f"<h2>No {self.plural.lower()} in this pack yet</h2>"
                                 "<p>Use <b>New…</b> to make one.</p>")
            self.warning.setText("")
            return
        self.heading.setText(f"<h2>{record.title}</h2>")
        problem = breakdown_mismatch(self.pack, record) if self.kind == "breakdown" else None
        self.warning.setText(f"\u26a0 <b>Warning:</b> {problem}" if problem else "")

    # -- new and delete ----------------------------------------------------------------------

    def add_table(self, title: str) -> bool:
        """Make a new table titled ``title`` (two blank rows by two blank columns) and show it."""
        title = title.strip()
        if not title:
            return self.refuse("a title is required")
        name = unique_name({x.name for x in self.pack.all(self.kind)}, title)
        position = max((x.position for x in self.pack.all(self.kind)), default=0) + 1
        if self.kind == "breakdown":
            record = r.Breakdown(name=name, title=title, period=self.period,
                                 rows=["Row 1", "Row 2"], columns=["Column 1", "Column 2"],
                                 cells=[[None, None], [None, None]], position=position)
        else:
            year = self.period.fy.start
            record = r.Snapshot(name=name, title=title, categories=["Category 1", "Category 2"],
                                dates=[f"{year - 1}-03-31", f"{year}-03-31"],
                                counts=[[None, None], [None, None]], position=position)
        if not self.apply(put(f"New {self.kind} {title}", record)):
            return False
        self.choose(name)
        self.say(f"Made \u201c{title}\u201d: name its rows and columns, then enter the figures")
        return True

    def new(self) -> None:
        word = "breakdown" if self.kind == "breakdown" else "snapshot comparison"
        title, ok = QInputDialog.getText(self, f"New {word} — Craffu", "Title:")
        if ok and title.strip():
            self.add_table(title)

    def delete(self, confirm: bool | None = None) -> bool:
        """Delete the table shown, after asking (``confirm`` answers for tests); undoable."""
        record = self.model.record()
        if record is None:
            return self.refuse("choose the table to delete first")
        if not confirm_delete(self, self.kind,
                              f"Delete \u201c{record.title}\u201d and its figures?", confirm):
            return False
        if self.apply(delete(f"Delete {self.kind} {record.title}", self.kind, (record.name,))):
            self.say(f"Deleted \u201c{record.title}\u201d (Undo brings it back)")
            return True
        return False

    # -- following the pack ------------------------------------------------------------------

    def _pack_changed(self, changes) -> None:
        if any(kind in (self.kind, "value") for kind, *_ in changes):
            try:
                self.fill()
            except RuntimeError:
                self.pack.unsubscribe(self._pack_changed)

    def detach(self) -> None:
        self.details.detach()
        self.pack.unsubscribe(self._pack_changed)
