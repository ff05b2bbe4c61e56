"""Breakdowns and snapshot comparisons: a grid of counts with row and column totals.

Rules:
- A breakdown is categories (rows, e.g. source of contact) by categories (columns, e.g.
  outcome) for one period; a snapshot is categories by dates. Cells are whole counts; blank is
  blank, never zero. Totals are worked out (never stored) and shown in the last row and column.
- Editing a cell is one undoable command replacing the record's table.
- A breakdown that names an indicator is compared with that indicator's figure for the
  breakdown's period: a grand total that differs is a warning shown above the grid, in words.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.editors.values import FieldInputError, parse_field
from model.commands import put
from model.status import period_value
from model.validation import ValidationError

__all__ = ["MatrixModel", "MatrixEditor", "breakdown_mismatch"]


def _total(values) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def breakdown_mismatch(pack, breakdown) -> str | None:
    """The warning when ``breakdown``'s grand total differs from its indicator's figure."""
    if not breakdown.indicator:
        return None
    indicator = pack.indicator(breakdown.indicator)
    if indicator is None:
        return f"{breakdown.title}: there is no indicator {breakdown.indicator}"
    total = _total(_total(row) for row in breakdown.cells)
    figure = period_value(indicator, pack.value(indicator.code, breakdown.period))
    if total is None or figure is None or Decimal(total) == figure:
        return None
    return (f"{breakdown.title}: the total {total:,} differs from {indicator.code}'s "
            f"{breakdown.period.label} figure {figure:,f} by {abs(Decimal(total) - figure):,f}")


class MatrixModel(QAbstractTableModel):
    editRefused = Signal(str)

    def __init__(self, pack, stack, kind: str, parent: QObject | None = None):
        super().__init__(parent)
        self.pack, self.stack, self.kind = pack, stack, kind
        self.name: str | None = None

    def record(self):
        return self.pack.get(self.kind, (self.name,)) if self.name else None

    def set_name(self, name: str | None) -> None:
        self.beginResetModel()
        self.name = name
        self.endResetModel()

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
            rows, columns, _ = self.labels()
            row = rows[index.row()] if index.row() < len(rows) else "Total"
            column = columns[index.column()] if index.column() < len(columns) else "Total"
            return f"{row}, {column}: {value if value is not None else 'blank'}"
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        record = self.record()
        rows, columns, cells = self.labels()
        try:
            number = parse_field("int", value)
            table = [list(cells[i]) if i < len(cells) else [] for i in range(len(rows))]
            for line in table:
                line.extend([None] * (len(columns) - len(line)))
            table[index.row()][index.column()] = number
            field = "cells" if self.kind == "breakdown" else "counts"
            self.stack.apply(put(f"Edit {record.title}: {rows[index.row()]}, "
                                 f"{columns[index.column()]}", record.replace(**{field: table})))
        except FieldInputError as exc:
            self.editRefused.emit(f"{rows[index.row()]}, {columns[index.column()]}: {exc}")
            return False
        except ValidationError as exc:
            self.editRefused.emit(f"{rows[index.row()]}, {columns[index.column()]}: "
                                  + "; ".join(p.message for p in exc.problems))
            return False
        return True

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class MatrixEditor(QWidget):
    """The list of breakdowns (or snapshots) and the grid of the chosen one."""

    def __init__(self, pack, stack, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.pack, self.kind = pack, kind
        plural = "Breakdowns" if kind == "breakdown" else "Snapshot comparisons"
        self.items = QListWidget()
        self.items.setMinimumWidth(180)
        self.items.setMaximumWidth(300)
        self.items.setAccessibleName(plural)
        self.model = MatrixModel(pack, stack, kind, self)
        self.table = QTableView()
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
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.warning)
        right.addWidget(self.table, 1)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addWidget(self.items)
        layout.addLayout(right, 1)
        self.items.currentRowChanged.connect(self._chosen)
        self.model.editRefused.connect(lambda reason: self.message.setText(
            f"<b>Refused:</b> {reason}"))
        pack.subscribe(self._pack_changed)
        self.fill()

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
        self.model.set_name(name)
        self._describe()

    def _chosen(self, row: int) -> None:
        item = self.items.item(row)
        if item is not None:
            self.model.set_name(item.data(Qt.ItemDataRole.UserRole))
            self._describe()

    def _describe(self) -> None:
        record = self.model.record()
        if record is None:
            self.heading.setText("<h2>No tables in this pack yet</h2>")
            self.warning.setText("")
            return
        self.heading.setText(f"<h2>{record.title}</h2>")
        problem = breakdown_mismatch(self.pack, record) if self.kind == "breakdown" else None
        self.warning.setText(f"\u26a0 <b>Warning:</b> {problem}" if problem else "")
        self.table.resizeColumnsToContents()

    def _pack_changed(self, changes) -> None:
        if any(kind in (self.kind, "value") for kind, *_ in changes):
            try:
                if any(kind == self.kind and (old is None or new is None)
                       for kind, _k, old, new in changes):
                    self.fill()
                else:
                    self.model.refresh()
                    self._describe()
            except RuntimeError:
                self.pack.unsubscribe(self._pack_changed)

    def detach(self) -> None:
        self.pack.unsubscribe(self._pack_changed)
