"""What every editor asks and says in the same words: confirming a delete, and why a change was
refused.

Rules: a delete is confirmed first (tests answer with ``confirm`` instead of the dialog) and the
question says that Edit ▸ Undo brings the record back; a refused change shows the model's own
reasons (``ValidationError.problems``), joined with "; ", or why the typed value was unreadable.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from model.validation import ValidationError

__all__ = ["confirm_delete", "refusal"]


def confirm_delete(parent: QWidget, what: str, question: str, confirm: bool | None) -> bool:
    """True to go ahead: ``confirm`` when given, else the user's answer to ``question``."""
    if confirm is not None:
        return confirm
    answer = QMessageBox.question(parent, f"Delete {what} — Craffu",
                                  f"{question}\n\nYou can undo this with Edit \u25b8 Undo.")
    return answer == QMessageBox.StandardButton.Yes


def refusal(exc: Exception) -> str:
    """Why a change was refused, in one line: the model's reasons for a ValidationError, the
    message of anything else (e.g. a typed value that could not be read)."""
    if isinstance(exc, ValidationError):
        return "; ".join(p.message for p in exc.problems)
    return str(exc)
