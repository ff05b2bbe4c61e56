"""Breakdowns and snapshot comparisons: a grid of counts with row and column totals.

Rules:
- A breakdown is categories (rows, e.g. source of contact) by categories (columns, e.g.
  outcome) for one period; a snapshot is categories by dates. Cells are whole counts; blank is
  blank, never zero. Totals are worked out (never stored) and shown in the last row and column
  (``gui.editors.matrix_models``).
- Editing a cell or pasting a block is one undoable command (``gui.editors.table_block``:
  the first bad cell is named, nothing half-applied, totals not pasted into).
- A breakdown that names an indicator is compared with that indicator's figure for the
  breakdown's period: a grand total that differs is a warning shown above the grid, in words.
- Structure: New…, Delete… (asks first) and, for the chosen table, a form (titles, period,
  indicator or group, headings, note) and its row and column labels in English and Welsh
  (dates ``YYYY-MM-DD``): add, remove, move; cells move with their lines; each change is one
  undo step (``model.edits.tables``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
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

from gui.editors.asking import confirm_delete
from gui.editors.matrix_models import LinesModel, MatrixModel
from gui.editors.record_form import FormField, RecordForm
from gui.editors.table_block import BlockTableView
from gui.language import translate
from model.commands import Command
from model.edits.errors import EditError
from model.edits.tables import (
    COLUMNS,
    ROWS,
    add_line,
    breakdown_mismatch,
    delete_table,
    line_word,
    move_line_command,
    new_table,
    remove_line_command,
)
from model.periods import Period
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["MatrixModel", "LinesModel", "MatrixEditor", "breakdown_mismatch", "ROWS",
           "COLUMNS"]


def _line_texts(word: str) -> dict[str, str]:
    """The words of a lines panel (rows, columns, categories or dates), each written whole so
    that it translates whole."""
    t = {
        "row": (QT_TRANSLATE_NOOP("editors.matrix", "Rows"),
                QT_TRANSLATE_NOOP("editors.matrix", "Add row"),
                QT_TRANSLATE_NOOP("editors.matrix", "Add a row after the current one"),
                QT_TRANSLATE_NOOP("editors.matrix", "Remove the current row and its figures"),
                QT_TRANSLATE_NOOP("editors.matrix", "Move the row up"),
                QT_TRANSLATE_NOOP("editors.matrix", "Move the row down"),
                QT_TRANSLATE_NOOP("editors.matrix", "choose the row to remove first")),
        "column": (QT_TRANSLATE_NOOP("editors.matrix", "Columns"),
                   QT_TRANSLATE_NOOP("editors.matrix", "Add column"),
                   QT_TRANSLATE_NOOP("editors.matrix", "Add a column after the current one"),
                   QT_TRANSLATE_NOOP("editors.matrix",
                                     "Remove the current column and its figures"),
                   QT_TRANSLATE_NOOP("editors.matrix", "Move the column up"),
                   QT_TRANSLATE_NOOP("editors.matrix", "Move the column down"),
                   QT_TRANSLATE_NOOP("editors.matrix", "choose the column to remove first")),
        "category": (QT_TRANSLATE_NOOP("editors.matrix", "Categories"),
                     QT_TRANSLATE_NOOP("editors.matrix", "Add category"),
                     QT_TRANSLATE_NOOP("editors.matrix", "Add a category after the current one"),
                     QT_TRANSLATE_NOOP("editors.matrix",
                                       "Remove the current category and its figures"),
                     QT_TRANSLATE_NOOP("editors.matrix", "Move the category up"),
                     QT_TRANSLATE_NOOP("editors.matrix", "Move the category down"),
                     QT_TRANSLATE_NOOP("editors.matrix", "choose the category to remove first")),
        "date": (QT_TRANSLATE_NOOP("editors.matrix", "Dates"),
                 QT_TRANSLATE_NOOP("editors.matrix", "Add date"),
                 QT_TRANSLATE_NOOP("editors.matrix", "Add a date after the current one"),
                 QT_TRANSLATE_NOOP("editors.matrix", "Remove the current date and its figures"),
                 QT_TRANSLATE_NOOP("editors.matrix", "Move the date up"),
                 QT_TRANSLATE_NOOP("editors.matrix", "Move the date down"),
                 QT_TRANSLATE_NOOP("editors.matrix", "choose the date to remove first")),
    }[word]
    names = ("plural", "add", "add_tip", "remove_tip", "up_tip", "down_tip", "remove_first")
    return {name: translate("editors.matrix", text) for name, text in zip(names, t, strict=True)}


class _LinesPanel(QWidget):
    """A list of row (or column) labels with Add, Remove, Up and Down."""

    def __init__(self, editor: MatrixEditor, axis: str):
        super().__init__()
        self.editor, self.axis = editor, axis
        texts = _line_texts(line_word(editor.kind, axis))
        plural = texts["plural"]
        self.model = LinesModel(editor.model, axis, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(plural)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        title = QLabel(f"<b>{plural}</b>")
        buttons = QHBoxLayout()
        self.buttons = []
        for text, tip, slot, named in (
                (texts["add"], texts["add_tip"], self.add, False),
                (translate("editors.matrix", "Remove"), texts["remove_tip"], self.remove, True),
                (translate("editors.matrix", "Up"), texts["up_tip"], lambda: self.move(-1), True),
                (translate("editors.matrix", "Down"), texts["down_tip"], lambda: self.move(1),
                 True)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(f"{text} ({plural})" if named else text)
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
            return self.editor.refuse(translate("editors.matrix", "choose or make a table first"))
        at = self.current() + 1
        if self.editor.apply(add_line(record, self.axis, at, label)):
            self.table.setCurrentIndex(self.model.index(at, 0))
            return True
        return False

    def remove(self, at: int | None = None) -> bool:
        record = self.editor.model.record()
        at = self.current() if at is None else at
        if record is None:
            word = line_word(self.editor.kind, self.axis)
            return self.editor.refuse(_line_texts(word)["remove_first"])
        return self.editor.apply_edit(lambda: remove_line_command(record, self.axis, at))

    def move(self, step: int) -> bool:
        record = self.editor.model.record()
        at = self.current()
        if record is None or at < 0:
            return False
        command = move_line_command(record, self.axis, at, step)
        if command is None:
            return False
        if self.editor.apply(command):
            self.table.setCurrentIndex(self.model.index(at + step, 0))
            return True
        return False


class MatrixEditor(QWidget):
    """The list of breakdowns (or snapshots), the chosen one's details and lines, and its
    grid of counts."""

    messageShown = Signal(str)
    indicatorChanged = Signal()  # never: no choice of indicator here (``gui.pages.Editor``)

    def __init__(self, pack, stack, kind: str, period: Period | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pack, self.stack, self.kind = pack, stack, kind
        self.period = period or pack.latest_period() or Period.containing(dt.date.today())
        breakdown = kind == "breakdown"
        plural = (translate("editors.matrix", "Breakdowns") if breakdown
                  else translate("editors.matrix", "Snapshot comparisons"))
        self.plural = plural
        self.items = QListWidget()
        self.items.setMinimumWidth(180)
        self.items.setMaximumWidth(300)
        self.items.setAccessibleName(plural)
        self._keys: list[tuple] = []  # the record key of each item in the list
        self.model = MatrixModel(pack, stack, kind, self)
        self.table = BlockTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            translate("editors.matrix", "{plural}: figures").format(plural=plural)
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.heading = QLabel(f"<h2>{plural}</h2>")
        self.heading.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(translate("editors.matrix", "Warning"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("editors.matrix", "Message"))
        self.details = RecordForm(pack, stack, kind, self._key, self._detail_fields())
        self.details.heading.hide()
        self.lines = {axis: _LinesPanel(self, axis) for axis in (ROWS, COLUMNS)}
        left = QVBoxLayout()
        left.addWidget(self.items, 1)
        item_buttons = QHBoxLayout()
        for text, tip, name, slot in (
                (translate("editors.matrix", "&New…"),
                 translate("editors.matrix", "Make a new breakdown") if breakdown
                 else translate("editors.matrix", "Make a new snapshot"),
                 translate("editors.matrix", "New breakdown") if breakdown
                 else translate("editors.matrix", "New snapshot"), self.new),
                (translate("editors.matrix", "&Delete…"),
                 translate("editors.matrix", "Delete this breakdown") if breakdown
                 else translate("editors.matrix", "Delete this snapshot"),
                 translate("editors.matrix", "Delete breakdown") if breakdown
                 else translate("editors.matrix", "Delete snapshot"), self.delete)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            button.setEnabled(not pack.read_only)
            item_buttons.addWidget(button)
        left.addLayout(item_buttons)
        lines = QSplitter()
        lines.addWidget(self.lines[ROWS])
        lines.addWidget(self.lines[COLUMNS])
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(
            translate("editors.matrix", "{plural}: figures, rows and columns, details").format(
                plural=plural
            )
        )
        self.tabs.addTab(self.table, translate("editors.matrix", "&Figures"))
        self.tabs.addTab(
            lines,
            translate("editors.matrix", "Rows and &columns")
            if kind == "breakdown"
            else translate("editors.matrix", "Categories and &dates"),
        )
        self.tabs.addTab(self.details, translate("editors.matrix", "De&tails"))
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
        return self.model.key

    def _detail_fields(self) -> list[FormField]:
        if self.kind == "breakdown":
            codes = tuple(ind.code for ind in self.pack.indicators())
            return [
                FormField("title", QT_TRANSLATE_NOOP("editors.record_form", "Title")),
                FormField(
                    "period",
                    QT_TRANSLATE_NOOP("editors.record_form", "Period (e.g. 2024-25 Q3)"),
                    "period",
                ),
                FormField(
                    "indicator",
                    QT_TRANSLATE_NOOP(
                        "editors.record_form",
                        "Related indicator (its figure should equal the total)",
                    ),
                    "choice",
                    codes,
                ),
                FormField("row_heading", QT_TRANSLATE_NOOP("editors.record_form", "Rows are")),
                FormField(
                    "column_heading", QT_TRANSLATE_NOOP("editors.record_form", "Columns are")
                ),
                FormField("note", QT_TRANSLATE_NOOP("editors.record_form", "Note")),
            ]
        return [
            FormField("title", QT_TRANSLATE_NOOP("editors.record_form", "Title")),
            FormField("group", QT_TRANSLATE_NOOP("editors.record_form", "Group")),
            FormField("note", QT_TRANSLATE_NOOP("editors.record_form", "Note")),
        ]

    def set_period(self, period: Period) -> None:
        """The period new breakdowns are for (every breakdown stays listed)."""
        self.period = period

    def selected_indicator(self) -> str | None:
        return None

    def select_indicator(self, code: str) -> None:
        """Tables are chosen in the list, not by indicator."""

    def refuse(self, reason: str) -> bool:
        self.message.setText(
            translate(
                "editors.matrix", '<span style="color:#b00020"><b>Refused:</b></span> {reason}'
            ).format(reason=reason)
        )
        self.messageShown.emit(translate("editors.matrix", "Refused: {reason}").format(
            reason=reason))
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

    def apply_edit(self, build) -> bool:
        """Build a command with ``build()`` and apply it; a refusal is shown."""
        try:
            command = build()
        except EditError as exc:
            return self.refuse(str(exc))
        return self.apply(command)

    def fill(self) -> None:
        records = sorted(self.pack.all(self.kind), key=lambda x: (x.position, x.key))
        current = self.model.key
        self.items.blockSignals(True)
        self.items.clear()
        for record in records:
            label = record.title + (f" ({record.period.label})" if self.kind == "breakdown"
                                    else "")
            self.items.addItem(label)
        keys = self._keys = [x.key for x in records]
        key = current if current in keys else (keys[0] if keys else None)
        if key is not None:
            self.items.setCurrentRow(keys.index(key))
        self.items.blockSignals(False)
        if key != current or key is None:
            self._show(key)
        else:
            self._refresh()

    def _show(self, key: tuple | None) -> None:
        self.model.set_key(key)
        for panel in self.lines.values():
            panel.model.reset()
        self.details.refresh()
        self._describe()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their figures; when they would not all fit, long headings are
        shortened (the whole heading is their tooltip) so the Total is on screen too."""
        table = self.table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        count = self.model.columnCount()
        room = table.viewport().width()
        if count and header.length() > room > 0:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # all on screen

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_columns)  # once the table has its new size

    def _refresh(self) -> None:
        self.model.refresh()
        for panel in self.lines.values():
            panel.model.refresh()
        self._describe()

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self._show(self._keys[row])

    def choose(self, name: str) -> None:
        """Show the table called ``name`` (the first, when several are)."""
        for row, key in enumerate(self._keys):
            if self.pack.get(self.kind, key).name == name:
                self.items.setCurrentRow(row)
                return

    def _describe(self) -> None:
        record = self.model.record()
        has = record is not None
        self.tabs.setEnabled(has)
        if not has:
            self.heading.setText(
                translate("editors.matrix", "<h2>No breakdowns in this pack yet</h2><p>Use "
                          "<b>New…</b> to make one.</p>") if self.kind == "breakdown"
                else translate("editors.matrix", "<h2>No snapshot comparisons in this pack "
                               "yet</h2><p>Use <b>New…</b> to make one.</p>")
            )
            self.warning.setText("")
            return
        self.heading.setText(f"<h2>{record.title}</h2>")
        problem = breakdown_mismatch(self.pack, record) if self.kind == "breakdown" else None
        self.warning.setText(
            translate("editors.matrix", "⚠ <b>Warning:</b> {problem}").format(problem=problem)
            if problem
            else ""
        )

    # -- new and delete ----------------------------------------------------------------------

    def add_table(self, title: str) -> bool:
        """Make a new table titled ``title`` (two blank rows by two blank columns) and show it."""
        try:
            command = new_table(self.pack, self.kind, title, self.period)
        except EditError as exc:
            return self.refuse(str(exc))
        if not self.apply(command):
            return False
        record = command.puts[0][2]
        self.choose(record.name)
        self.say(
            translate(
                "editors.matrix",
                "Made “{title}”: name its rows and columns, then enter the figures",
            ).format(title=record.title)
        )
        return True

    def new(self) -> None:
        title, ok = QInputDialog.getText(
            self,
            translate("editors.matrix", "New breakdown — Craffu") if self.kind == "breakdown"
            else translate("editors.matrix", "New snapshot comparison — Craffu"),
            translate("editors.matrix", "Title:"),
        )
        if ok and title.strip():
            self.add_table(title)

    def delete(self, confirm: bool | None = None) -> bool:
        """Delete the table shown, after asking (``confirm`` answers for tests); undoable."""
        record = self.model.record()
        if record is None:
            return self.refuse(translate("editors.matrix", "choose the table to delete first"))
        what = (translate("editors.matrix", "breakdown") if self.kind == "breakdown"
                else translate("editors.matrix", "snapshot"))
        question = translate("editors.matrix", "Delete “{title}” and its figures?").format(
            title=record.title)
        if not confirm_delete(self, what, question, confirm):
            return False
        if self.apply(delete_table(record)):
            self.say(
                translate("editors.matrix", "Deleted “{title}” (Undo brings it back)").format(
                    title=record.title
                )
            )
            return True
        return False

    # -- following the pack ------------------------------------------------------------------

    def _moved_to(self, changes) -> tuple | None:
        """The new key of the table shown when a change moved it (a field of its key, such as
        a breakdown's period where that is part of the key, was changed), else None."""
        gone = [old for kind, key, old, new in changes
                if kind == self.kind and new is None and key == self.model.key]
        made = [new.key for kind, _key, old, new in changes
                if kind == self.kind and old is None and new is not None]
        return made[0] if gone and len(made) == 1 else None

    def _pack_changed(self, changes) -> None:
        if any(kind in (self.kind, "value") for kind, *_ in changes):
            try:
                moved = self._moved_to(changes)
                if moved is not None:
                    self.model.key = moved  # the same table under its new key: keep it shown
                self.fill()
            except RuntimeError:
                self.pack.unsubscribe(self._pack_changed)

    def detach(self) -> None:
        self.details.detach()
        self.pack.unsubscribe(self._pack_changed)
