"""Undo and redo over the pack's commands.

Rules:
- Every edit in the editor goes through ``PackUndoStack.apply(command)``: the model's command
  is applied to the pack at once (so it is on disk), and a ``PackEdit`` holding the command and
  its inverse is pushed. Undo applies the inverse; redo applies the command again. A command
  that changes nothing pushes nothing.
- A command the pack refuses raises ``ValidationError`` (or ``ReadOnlyPack``, or
  ``PackFileError`` for a full disk) from ``apply`` and pushes nothing: nothing is half-applied.
- The views hear of a change only after its undo step is on the stack
  (``Pack.deferred_notifications``), and a view that fails to follow it cannot turn the saved
  change into a refused one (``Pack.on_subscriber_error``).
- If an undo or redo is itself refused (say the period was marked final by another route), the
  stack stays where it was and ``refused`` carries the reason for the window to show.
- The stack's clean state is "as the pack was when it was opened"; edits are written through,
  so "not clean" means "changed since opening, all changes saved", never "unsaved".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from model.commands import Command
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["PackEdit", "PackUndoStack"]


class PackEdit(QUndoCommand):
    """One undo step: a model command already applied, and its inverse."""

    def __init__(self, stack: PackUndoStack, command: Command, inverse: Command):
        super().__init__(command.label)
        self._stack = stack
        self.command = command
        self.inverse = inverse
        self._applied = True  # pushed after being applied: the first redo does nothing

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


class PackUndoStack(QUndoStack):
    """The undo stack of one pack."""

    refused = Signal(str)

    def __init__(self, pack, parent=None):
        super().__init__(parent)
        self.pack = pack

    def apply(self, command: Command) -> bool:
        """Apply ``command`` now and make it one undo step; False if it changed nothing.
        Raises ValidationError or ReadOnlyPack when the pack refuses it."""
        with self.pack.deferred_notifications():
            inverse = self.pack.apply(command)
            if not inverse:
                return False
            self.push(PackEdit(self, command, inverse))
        return True

    def run(self, command: Command, edit: PackEdit) -> bool:
        try:
            with self.pack.deferred_notifications():
                again = self.pack.apply(command)
        except (ValidationError, PackFileError) as exc:
            self.refused.emit(f"Cannot {'undo' if command is edit.inverse else 'redo'} "
                              f"\u201c{edit.text()}\u201d: {exc}")
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
