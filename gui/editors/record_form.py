"""A form over the fields of one pack record: labels on the left, English and Welsh side by side.

Rules:
- ``FormField(name, label, kind)``: ``kind`` is text, long (several lines), int, decimal,
  date or choice. A field whose record also has ``<name>_cy`` gets a Welsh box beside the
  English one, each with a character count.
- Nothing typed is lost: what is typed is saved about a second after the officer stops typing
  (``AUTOSAVE_MS``), and at once when they leave the box (Tab, click elsewhere), press Return
  in a one-line box or ``Ctrl+Return`` in a long text, or when the form is about to show another
  record (another indicator, item or period). Each burst of typing in one box is one undo step
  (the saves are merged: ``gui.undo``). A refused value stays in the box with the reason shown
  beneath the form (and goes once corrected), and nothing is stored.
- While typed text waits to be saved the form is "waiting" in the undo stack's ``typing``
  (the window then says "Saving…"); ``flush`` saves it now (the window calls it before the
  period, the page or the pack changes and before it closes).
- The form follows the pack (undo, redo, import) without overwriting text waiting to be saved.
- With no record for the key, a form shows blank fields; the first commit creates the record
  from ``create`` (e.g. a narrative for this period).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
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

from gui.language import translate
from model import records as r
from model.commands import Command
from model.edits.errors import EditError, refusal
from model.edits.fields import field_command, key_text
from model.edits.typed import parse_field, show_field
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["FormField", "RecordForm", "AUTOSAVE_MS"]

#: How long after the last key press typed text is saved.
AUTOSAVE_MS = 1000


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: str = "text"
    choices: tuple = ()
    optional: bool = True
    #: Words shown for some choices (e.g. ``{"en": "English"}``); the choice itself is stored.
    words: dict = field(default_factory=dict)

    @property
    def shown(self) -> str:
        """The label in the window's language (labels are marked for translation in the
        context ``editors.record_form``)."""
        return translate("editors.record_form", self.label)


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
        #: Boxes typed in whose text is not saved yet, and the record key they belong to.
        self.dirty: set[str] = set()
        self._shown_key: tuple | None = None
        self._filling = False
        self._bursts: dict[str, int] = {}
        self._refused: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._autosave)
        typing = getattr(stack, "typing", None)
        self._typing = typing
        names = {f for f in r.KINDS[kind].__dataclass_fields__}
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("editors.record_form", "<b>English</b>")), 0, 1)
        grid.addWidget(QLabel(translate("editors.record_form", "<b>Cymraeg (Welsh)</b>")), 0, 2)
        self._focus = _FocusOut(self._commit_box)
        for row, spec in enumerate(fields, 1):
            label = QLabel(spec.shown)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            pair = [spec.name] + ([f"{spec.name}_cy"] if f"{spec.name}_cy" in names else [])
            for column, name in enumerate(pair, 1):
                box = self._make_box(spec, name)
                label.setBuddy(box)
                suffix = translate("editors.record_form", " (Welsh)") if name.endswith("_cy") \
                    else ""
                box.setAccessibleName(f"{spec.shown}{suffix}")
                holder = QVBoxLayout()
                holder.addWidget(box)
                if spec.kind == "long":
                    count = QLabel()
                    count.setAccessibleName(
                        translate("editors.record_form", "{label}{suffix}: characters").format(
                            label=spec.shown, suffix=suffix
                        )
                    )
                    self.counts[name] = count
                    holder.addWidget(count)
                    box.textChanged.connect(lambda n=name: self._count(n))
                grid.addLayout(holder, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(fields) + 1, 1)  # the fields stay at the top, no gaps between
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
        if typing is not None:
            typing.register(self)
        self.refresh()

    def _make_box(self, spec: FormField, name: str) -> QWidget:
        if spec.kind == "long":
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMinimumHeight(90)
            box.installEventFilter(self._focus)
            box.textChanged.connect(lambda n=name: self._typed(n))
        elif spec.kind == "choice":
            box = QComboBox()
            if spec.optional:
                box.addItem("")
            box.addItems(list(spec.choices))
            for i, choice in enumerate(spec.choices, 1 if spec.optional else 0):
                words = spec.words.get(choice)
                if words:  # marked for translation in the context editors.record_form
                    box.setItemText(i, translate("editors.record_form", words))
                    box.setItemData(i, choice)
            box.activated.connect(lambda _i, b=box: self._commit_box(b))
        else:
            box = QLineEdit()
            box.editingFinished.connect(lambda b=box: self._commit_box(b))
            box.textEdited.connect(lambda _text, n=name: self._typed(n))
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
        """Show the record of the current key; text typed for the record shown before is saved
        to that record first. ``keep_focus``: the focused box keeps its text only while it has
        text waiting to be saved (after an undo it shows the stored value)."""
        key = self._key()
        if key != self._shown_key:
            self.flush()
            self._refused.clear()
            self.message.setText("")
            self._bursts.clear()
        elif not keep_focus:
            self.flush()
        self._shown_key = key
        record = self.record()
        enabled = key is not None and not self.pack.read_only
        self._filling = True
        try:
            for name, box in self.boxes.items():
                box.setEnabled(enabled)
                if name in self.dirty or (keep_focus and name in self._refused):
                    continue
                value = getattr(record, name) if record is not None else None
                text = show_field(value) if value is not None else ""
                if isinstance(box, QPlainTextEdit):
                    if box.toPlainText() != text:
                        box.setPlainText(text)
                elif isinstance(box, QComboBox):
                    found = box.findData(text) if text else -1
                    if found >= 0:
                        box.setCurrentIndex(found)
                    else:
                        box.setCurrentText(text)
                elif box.text() != text:
                    box.setText(text)
        finally:
            self._filling = False
        for name in self.counts:
            self._count(name)

    def _count(self, name: str) -> None:
        box = self.boxes[name]
        self.counts[name].setText(self.count_text(len(box.toPlainText())))

    @staticmethod
    def count_text(length: int) -> str:
        """What a character count says (an editor may replace it, e.g. to name a limit)."""
        return (translate("editors.record_form", "{count} character") if length == 1
                else translate("editors.record_form", "{count} characters")).format(count=length)

    def text_of(self, box: QWidget) -> str:
        if isinstance(box, QPlainTextEdit):
            return box.toPlainText()
        if isinstance(box, QComboBox):
            data = box.currentData()
            return data if isinstance(data, str) else box.currentText()
        return box.text()

    # -- saving as the officer types ------------------------------------------------------------

    def _typed(self, name: str) -> None:
        if self._filling or self._shown_key is None or self.pack.read_only:
            return
        self.dirty.add(name)
        if self._typing is not None:
            self._typing.mark(self, True)
        self._timer.start()

    def _autosave(self) -> None:
        self.flush(quiet=True)

    def flush(self, quiet: bool = False) -> str | None:
        """Save every box with text waiting, to the record it was typed for; the reason when
        the pack refuses one (its text stays in the box, waiting no longer). ``quiet``: the
        officer is still typing: only text is saved, a number or date (perhaps half typed) waits
        until they leave its box."""
        self._timer.stop()
        reason = None
        for name in [n for n in self.boxes if n in self.dirty]:
            box = self.boxes[name]
            if quiet and not self._is_text(name):
                continue  # a number or date is saved when the officer leaves its box
            self.dirty.discard(name)
            if not self.commit(name, self.text_of(box), key=self._shown_key):
                reason = reason or self._refused.get(name)
        if self._typing is not None:
            self._typing.mark(self, bool(self.dirty))
        if reason is None and self._refused:
            reason = next(iter(self._refused.values()))
        return reason

    def _is_text(self, name: str) -> bool:
        return self._spec(name).kind in ("text", "long")

    def _spec(self, name: str) -> FormField:
        return next(f for f in self.fields if name in (f.name, f"{f.name}_cy"))

    def _commit_box(self, box) -> None:
        name = box.property("field") if box is not None else None
        if name:
            self.dirty.discard(name)
            self.commit(name, self.text_of(box), key=self._shown_key)
            self._bursts[name] = self._bursts.get(name, 0) + 1  # the next typing is a new step
            if self._typing is not None:
                self._typing.mark(self, bool(self.dirty))

    def commit(self, name: str, text: str, key: tuple | None = None) -> bool:
        """Store ``text`` in field ``name`` of the record at ``key`` (default: the record
        shown); False (with the reason shown) if refused."""
        key = key if key is not None else self._key()
        if key is None or self.pack.read_only:
            return False
        spec = self._spec(name)
        kind = "text" if spec.kind == "long" else spec.kind
        welsh = translate("editors.record_form", " (Welsh)") if name.endswith("_cy") else ""
        try:
            value = parse_field(kind, text, spec.choices, spec.optional)
            command = field_command(self.pack, self.kind, key, name, value,
                                    label=translate("editors.record_form",
                                                    "Edit {key} {field}").format(
                                        key=key_text(key), field=f"{spec.shown.lower()}{welsh}"),
                                    create=self._create)
            if command:
                self._apply(command, (id(self), self.kind, key, name,
                                      self._bursts.get(name, 0)))
        except (EditError, ValidationError, PackFileError) as exc:
            reason = f"{spec.shown}{welsh}: {refusal(exc)}"
            self._refused[name] = reason
            self._show_refusals()
            self.messageShown.emit(translate("editors.record_form", "Refused: {reason}").format(
                reason=reason))
            return False
        if self._refused.pop(name, None) is not None:
            self.messageShown.emit(translate("editors.record_form", "{field} saved").format(
                field=f"{spec.shown}{welsh}"))
        self._show_refusals()
        return True

    def focus_refused(self) -> None:
        """Put the cursor in the first box whose text was refused."""
        for name in self._refused:
            self.boxes[name].setFocus()
            return

    def _show_refusals(self) -> None:
        self.message.setText("<br>".join(
            '<span style="color:#b00020"><b>{}</b></span> {}'.format(
                escape(translate("editors.record_form", "Refused:")), reason)
            for reason in self._refused.values()))
        for name, box in self.boxes.items():
            box.setToolTip(self._refused.get(name, ""))
            box.setProperty("refused", name in self._refused)
            box.setStyleSheet("border: 2px solid #b00020;" if name in self._refused else "")

    def _apply(self, command: Command, merge=None) -> None:
        if merge is not None and hasattr(self.stack, "typing"):
            self.stack.apply(command, merge=merge)
        else:
            self.stack.apply(command)

    def _pack_changed(self, changes) -> None:
        if any(kind == self.kind for kind, *_ in changes):
            try:
                self.refresh(keep_focus=True)
            except RuntimeError:
                self.pack.unsubscribe(self._pack_changed)

    def detach(self) -> None:
        self.flush()
        self.pack.unsubscribe(self._pack_changed)
        if self._typing is not None:
            self._typing.unregister(self)
