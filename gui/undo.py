"""Undo and redo over the pack's commands, and the text still being typed.

Rules:
- Every edit in the editor goes through ``PackUndoStack.apply(command)``: the model's command
  is applied to the pack at once (so it is on disk), and a ``PackEdit`` holding the command and
  its inverse is pushed. Undo applies the inverse; redo applies the command again. A command
  that changes nothing pushes nothing.
- Text saved as the officer types (``gui.editors.record_form``: about a second after they stop)
  is one undo step per burst: consecutive saves of the same field in the same burst (``merge``,
  e.g. the field and a number that changes when the officer leaves the box) are merged into the
  step on top of the stack, which then undoes back to the text before the burst.
- A command the pack refuses raises ``ValidationError`` (or ``ReadOnlyPack``, or
  ``PackFileError`` for a full disk) from ``apply`` and pushes nothing: nothing is half-applied.
- The views hear of a change only after its undo step is on the stack
  (``Pack.deferred_notifications``), and a view that fails to follow it cannot turn the saved
  change into a refused one (``Pack.on_subscriber_error``).
- If an undo or redo is itself refused (say the period was marked final by another route), the
  stack stays where it was and ``refused`` carries the reason for the window to show.
- The stack's clean state is "as the pack was when it was opened"; edits are written through,
  so "not clean" means "changed since opening, all changes saved", never "unsaved".
- ``typing`` (``Typing``) knows which editors hold text not saved yet (typed in the last second,
  or a cell editor open): the window says "Saving…" while any does, and asks them all to save
  (``Typing.flush``) before the period, the page or the pack changes and before it closes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.language import translate
from model.commands import Command
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["PackEdit", "PackUndoStack", "Typing", "TypingSource"]

#: The id every mergeable step shares (Qt merges only steps with equal ids, then asks).
_MERGEABLE = 0x43524146


class PackEdit(QUndoCommand):
    """One undo step: a model command already applied, and its inverse."""

    def __init__(self, stack: PackUndoStack, command: Command, inverse: Command,
                 merge: Hashable | None = None):
        super().__init__(command.label)
        self._stack = stack
        self.command = command
        self.inverse = inverse
        self.merge = merge
        self._applied = True  # pushed after being applied: the first redo does nothing

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MERGEABLE if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Take in ``other`` (the save just made of the same field in the same burst): redo
        gives its result, undo still goes back to the text before the burst."""
        if not isinstance(other, PackEdit) or other.merge != self.merge or self.merge is None \
                or not (self._applied and other._applied):
            return False
        self.command = other.command
        expect = getattr(other.inverse, "expect", None)
        if expect is not None and hasattr(self.inverse, "expect"):  # a shared pack's Reversal
            self.inverse = dataclasses.replace(self.inverse, expect=expect)
        return True

    def redo(self) -> None:
        if self._applied:
            return
        if self._stack.run(self.command, self):
            self._applied = True

    def undo(self) -> None:
        if not self._applied:
            return
        if self._stack.run(self.inverse, self):
            self._applied = False


class TypingSource(Protocol):
    """An editor that may hold typed text not saved yet."""

    def flush(self) -> str | None:
        """Save what is typed now; the reason when the pack refuses it (the text is kept)."""
        ...


class Typing(QObject):
    """Which editors hold text not saved yet; ``changed(pending)`` when that changes."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._sources: dict[int, TypingSource] = {}
        self._waiting: dict[int, TypingSource] = {}

    @property
    def pending(self) -> bool:
        return bool(self._waiting)

    def register(self, source: TypingSource) -> None:
        """``source`` may hold typed text from now on (``flush`` asks it)."""
        self._sources[id(source)] = source

    def unregister(self, source: TypingSource) -> None:
        self._sources.pop(id(source), None)
        self.mark(source, False)

    def mark(self, source: TypingSource, waiting: bool) -> None:
        """``source`` holds unsaved text (``waiting``) or has saved it all."""
        before = self.pending
        if waiting:
            self._waiting[id(source)] = source
        else:
            self._waiting.pop(id(source), None)
        if self.pending != before:
            self.changed.emit(self.pending)

    def flush(self) -> list[str]:
        """Ask every editor to save what is typed in it now; the refusals (text the pack
        refuses, still in its box), if any."""
        return [reason for _source, reason in self.flush_all()]

    def flush_all(self) -> list[tuple[TypingSource, str]]:
        """As ``flush``, with the editor of each refusal."""
        refusals = []
        for source in list({**self._sources, **self._waiting}.values()):
            try:
                reason = source.flush()
            except RuntimeError:  # its widgets are gone (closed page)
                self.unregister(source)
                continue
            if reason:
                refusals.append((source, reason))
        return refusals


class PackUndoStack(QUndoStack):
    """The undo stack of one pack."""

    refused = Signal(str)

    def __init__(self, pack, parent=None):
        super().__init__(parent)
        self.pack = pack
        self.typing = Typing(self)

    def apply(self, command: Command, merge: Hashable | None = None) -> bool:
        """Apply ``command`` now and make it one undo step (merged into the step on top when
        that has the same ``merge``); False if it changed nothing. Raises ValidationError or
        ReadOnlyPack when the pack refuses it."""
        with self.pack.deferred_notifications():
            inverse = self.pack.apply(command)
            if not inverse:
                return False
            self.push(PackEdit(self, command, inverse, merge))
        return True

    def run(self, command: Command, edit: PackEdit) -> bool:
        try:
            with self.pack.deferred_notifications():
                again = self.pack.apply(command)
        except (ValidationError, PackFileError) as exc:
            text = (translate("undo", "Cannot undo “{change}”: {problem}")
                    if command is edit.inverse
                    else translate("undo", "Cannot redo “{change}”: {problem}"))
            self.refused.emit(text.format(change=edit.text(), problem=exc))
            return False
        if command is edit.inverse:
            edit.command = again
        else:
            edit.inverse = again
        return True

    def record(self, command: Command, inverse: Command) -> None:
        """Make an already-applied ``command`` (e.g. an import applied by its plan) one undo
        step, given the inverse ``Pack.apply`` returned."""
        if inverse:
            self.push(PackEdit(self, command, inverse))
