"""A form over the fields of one pack record: labels on the left, English and Welsh side by side.

Rules:
- ``FormField(name, label, kind)``: ``kind`` is text, long (several lines), int, decimal,
  date or choice. A field whose record also has ``<name>_cy`` gets a Welsh box beside the
  English one, each with a character count.
- A field is committed when the officer leaves it (Tab, click elsewhere) or presses Return in a
  one-line box; ``Ctrl+Return`` commits a long text. Each commit is one undoable command; a
  refused value stays in the box with the reason shown beneath the form, and nothing is stored.
- The form follows the pack (undo, redo, import) without overwriting the box being typed in.
- With no record for the key, a form shows blank fields; the first commit creates the record
  from ``create`` (e.g. a narrative for this period).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from model import records as r
from model.commands import Command
from model.edits.errors import EditError, refusal
from model.edits.fields import field_command, key_text
from model.edits.typed import parse_field, show_field
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["FormField", "RecordForm"]


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: str = "text"
    choices: tuple = ()
    optional: bool = True


class _FocusOut(QObject):
    def __init__(self, callback):
        super().__init__()
        self._callback = callback

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self._callback(watched)
        return False


class RecordForm(QWidget):
    messageShown = Signal(str)

    def __init__(self, pack, stack, kind: str, key: Callable[[], tuple | None],
                 fields: list[FormField], *, title: str = "",
                 create: Callable[[tuple], r.Record] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pack, self.stack, self.kind = pack, stack, kind
        self._key = key
        self._create = create
        self.fields = fields
        self.boxes: dict[str, QWidget] = {}
        self.counts: dict[str, QLabel] = {}
        names = {f for f in r.KINDS[kind].__dataclass_fields__}
        grid = QGridLayout()
        grid.addWidget(QLabel("<b>English</b>"), 0, 1)
        grid.addWidget(QLabel("<b>Cymraeg (Welsh)</b>"), 0, 2)
        self._focus = _FocusOut(self._commit_box)
        for row, spec in enumerate(fields, 1):
            label = QLabel(spec.label)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            pair = [spec.name] + ([f"{spec.name}_cy"] if f"{spec.name}_cy" in names else [])
            for column, name in enumerate(pair, 1):
                box = self._make_box(spec, name)
                label.setBuddy(box)
                suffix = " (Welsh)" if name.endswith("_cy") else ""
                box.setAccessibleName(f"{spec.label}{suffix}")
                holder = QVBoxLayout()
                holder.addWidget(box)
                if spec.kind == "long":
                    count = QLabel()
                    count.setAccessibleName(f"{spec.label}{suffix}: characters")
                    self.counts[name] = count
                    holder.addWidget(count)
                    box.textChanged.connect(lambda n=name: self._count(n))
                grid.addLayout(holder, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.heading = QLabel(f"<h2>{title}</h2>")
        self.heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        QShortcut(QKeySequence("Ctrl+Return"), self,
                  lambda: self._commit_box(self.focusWidget()))
        pack.subscribe(self._pack_changed)
        self.refresh()

    def _make_box(self, spec: FormField, name: str) -> QWidget:
        if spec.kind == "long":
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMinimumHeight(90)
            box.installEventFilter(self._focus)
        elif spec.kind == "choice":
            box = QComboBox()
            if spec.optional:
                box.addItem("")
            box.addItems(list(spec.choices))
            box.activated.connect(lambda _i, b=box: self._commit_box(b))
        else:
            box = QLineEdit()
            box.editingFinished.connect(lambda b=box: self._commit_box(b))
        box.setProperty("field", name)
        box.setProperty("spec", spec.kind)
        box.setEnabled(not self.pack.read_only)
        self.boxes[name] = box
        return box

    # -- reading and writing -----------------------------------------------------------------

    def record(self) -> r.Record | None:
        key = self._key()
        return None if key is None else self.pack.get(self.kind, key)

    def refresh(self, keep_focus: bool = False) -> None:
        record = self.record()
        enabled = self._key() is not None and not self.pack.read_only
        focused = self.focusWidget() if keep_focus else None
        for name, box in self.boxes.items():
            box.setEnabled(enabled)
            if box is focused:
                continue
            value = getattr(record, name) if record is not None else None
            text = show_field(value) if value is not None else ""
            if isinstance(box, QPlainTextEdit):
                if box.toPlainText() != text:
                    box.setPlainText(text)
            elif isinstance(box, QComboBox):
                box.setCurrentText(text)
            elif box.text() != text:
                box.setText(text)
        for name in self.counts:
            self._count(name)

    def _count(self, name: str) -> None:
        box = self.boxes[name]
        self.counts[name].setText(self.count_text(len(box.toPlainText())))

    @staticmethod
    def count_text(length: int) -> str:
        """What a character count says (an editor may replace it, e.g. to name a limit)."""
        return f"{length} characters"

    def text_of(self, box: QWidget) -> str:
        if isinstance(box, QPlainTextEdit):
            return box.toPlainText()
        if isinstance(box, QComboBox):
            return box.currentText()
        return box.text()

    def _commit_box(self, box) -> None:
        name = box.property("field") if box is not None else None
        if name:
            self.commit(name, self.text_of(box))

    def commit(self, name: str, text: str) -> bool:
        """Store ``text`` in field ``name``; False (with the reason shown) if refused."""
        key = self._key()
        if key is None or self.pack.read_only:
            return False
        spec = next(f for f in self.fields if name in (f.name, f"{f.name}_cy"))
        kind = "text" if spec.kind == "long" else spec.kind
        try:
            value = parse_field(kind, text, spec.choices, spec.optional)
            command = field_command(self.pack, self.kind, key, name, value,
                                    label=f"Edit {key_text(key)} {spec.label.lower()}",
                                    create=self._create)
            if command:
                self._apply(command)
        except (EditError, ValidationError, PackFileError) as exc:
            reason = refusal(exc)
            self.message.setText(f'<span style="color:#b00020"><b>Refused:</b></span> '
                                 f"{spec.label}: {reason}")
            self.messageShown.emit(f"Refused: {spec.label}: {reason}")
            return False
        self.message.setText("")
        return True

    def _apply(self, command: Command) -> None:
        self.stack.apply(command)

    def _pack_changed(self, changes) -> None:
        if any(kind == self.kind for kind, *_ in changes):
            try:
                self.refresh(keep_focus=True)
            except RuntimeError:
                self.pack.unsubscribe(self._pack_changed)

    def detach(self) -> None:
        self.pack.unsubscribe(self._pack_changed)
