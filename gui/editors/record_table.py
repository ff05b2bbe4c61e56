"""A table editor over pack records: one row per key, one column per field.

Rules:
- ``FieldColumn`` says how a column reads its value from the pack and which command writes
  it (``write``; read-only when None). Columns of kind ``bool`` are check boxes; ``choice``
  columns get a drop-down of the allowed words; other columns are typed as text and read by
  ``model.edits.typed.parse_field``.
- ``setData`` reads the text, builds the command, has the pack check it (``Pack.prepare``) and
  applies it through the undo stack; a refusal emits ``editRefused(reason)`` and changes
  nothing.
- The model follows the pack: when the rows' keys are unchanged after a command it emits
  ``dataChanged``; when keys were added or removed it reloads.
- ``paste_command`` turns a pasted block (``gui.editors.table_block``) into one command
  (``model.edits.fields.paste_fields``): each cell is read and written as if typed, later
  cells of the same record seeing the earlier ones, and the whole is checked by the pack; the
  first bad cell in reading order is named
  (``K1.22, Title (row 2, column 1 of the pasted cells): a title is required``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from gui.editors.table_block import PasteCell
from gui.language import translate
from model.commands import Command, set_fields
from model.edits.errors import EditError, PasteError, refusal
from model.edits.fields import FieldCell, key_text, paste_fields
from model.edits.typed import parse_field, show_field
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["FieldColumn", "RecordTableModel", "ChoiceDelegate", "field_column"]

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class FieldColumn:
    header: str  # in the window's language (the editors are remade when it changes)
    kind: str  # text, int, decimal, bool, choice, date
    read: Callable[[Any, tuple], Any]
    write: Callable[[Any, tuple, Any], Command] | None = None
    choices: tuple = ()
    optional: bool = True
    tip: str = ""
    show: Callable[[Any, tuple, Any], str] | None = None
    field: str = ""  # the record field written, to name the cell of a refused paste
    #: The cell's fill colour for a value (e.g. a status's RAG colour), or None.
    fill: Callable[[Any], str | None] | None = None


def field_column(header: str, kind: str, record_kind: str, field: str,
                 key_of: Callable[[tuple], tuple] = lambda key: key, *, editable: bool = True,
                 **options: Any) -> FieldColumn:
    """A column showing ``field`` of the ``record_kind`` record at ``key_of(row key)``."""

    def read(pack, key):
        record = pack.get(record_kind, key_of(key))
        return getattr(record, field) if record is not None else None

    def write(pack, key, value):
        return set_fields(pack, record_kind, key_of(key),
                          label=translate("editors.record_table", "Edit {key} {field}").format(
                              key=key_text(key_of(key)), field=header.lower()),
                          **{field: value})

    return FieldColumn(header, kind, read, write if editable else None, field=field,
                       **options)


class RecordTableModel(QAbstractTableModel):
    editRefused = Signal(str)

    def __init__(self, pack, stack, columns: list[FieldColumn],
                 keys: Callable[[Any], list[tuple]], follows: set[str],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.pack, self.stack = pack, stack
        self.columns = columns
        self._all_keys = keys
        self._follows = follows
        #: Which rows are shown (``gui.welsh_filter``); None: all of them.
        self.row_filter: Callable[[tuple], bool] | None = None
        self.keys: list[tuple] = keys(pack)
        pack.subscribe(self._pack_changed)

    def detach(self) -> None:
        self.pack.unsubscribe(self._pack_changed)

    def _keys_of(self, pack) -> list[tuple]:
        keys = self._all_keys(pack)
        return keys if self.row_filter is None else [k for k in keys if self.row_filter(k)]

    def reload(self) -> None:
        self.beginResetModel()
        self.keys = self._keys_of(self.pack)
        self.endResetModel()

    def _pack_changed(self, changes) -> None:
        if not any(kind in self._follows for kind, *_ in changes):
            return
        try:
            keys = self._keys_of(self.pack)
            if keys != self.keys:
                self.reload()
            elif self.keys:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.keys) - 1, len(self.columns) - 1))
        except RuntimeError:  # the Qt side is gone
            self.pack.unsubscribe(self._pack_changed)

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.tip or column.header
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.write is not None and not self.pack.read_only:
            flags |= (Qt.ItemFlag.ItemIsUserCheckable if column.kind == "bool"
                      else Qt.ItemFlag.ItemIsEditable)
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.keys):
            return None
        key = self.keys[index.row()]
        column = self.columns[index.column()]
        if role == KEY_ROLE:
            return key
        value = column.read(self.pack, key)
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return (translate("editors.record_table", "{header}: yes") if value
                        else translate("editors.record_table", "{header}: no")).format(
                    header=column.header)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column.show is not None and role == Qt.ItemDataRole.DisplayRole:
                return column.show(self.pack, key, value)
            return show_field(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = show_field(value)
            return text if len(text) > 30 else (column.tip or None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("int", "decimal"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and column.fill is not None:
            colour = column.fill(value)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and column.fill is not None:
            return QBrush(QColor("#000000")) if column.fill(value) else None
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not self.flags(index) & (
                Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        column = self.columns[index.column()]
        key = self.keys[index.row()]
        if column.kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        where = f"{key_text(key)}, {column.header}"
        try:
            typed = parse_field(column.kind, value, column.choices, column.optional)
            self.stack.apply(column.write(self.pack, key, typed))  # validates, or refuses
        except (EditError, ValidationError, PackFileError) as exc:
            self.editRefused.emit(f"{where}: {refusal(exc)}")
            return False
        return True


    def paste_command(self, cells: list[PasteCell]) -> Command:
        """One command entering every pasted cell; raises PasteError naming the first bad
        cell (in reading order) and why."""
        fields = []
        for cell in cells:
            column = self.columns[cell.column]
            key = self.keys[cell.row]
            spot = f"{key_text(key)}, {column.header} ({cell.place})"
            if column.write is None or self.pack.read_only:
                raise PasteError(translate(
                    "editors.record_table", "{spot}: {header} cannot be changed here").format(
                    spot=spot, header=column.header))
            fields.append((FieldCell(key, spot, column.field, cell.text), column))
        columns = {id(field): column for field, column in fields}

        def write(pending, field: FieldCell) -> Command:
            column = columns[id(field)]
            typed = parse_field(column.kind, field.text, column.choices, column.optional)
            return column.write(pending, field.key, typed)

        return paste_fields(self.pack, [field for field, _column in fields], write)


class ChoiceDelegate(QStyledItemDelegate):
    """Drop-downs for the ``choice`` columns of a RecordTableModel; text editors elsewhere."""

    def createEditor(self, parent, option, index):  # noqa: N802
        column = index.model().columns[index.column()]
        if column.kind != "choice":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(column.header)
        if column.optional:
            combo.addItem("")
        combo.addItems(list(column.choices))
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
