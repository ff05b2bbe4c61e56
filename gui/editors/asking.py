"""What every editor asks in the same words: confirming a delete.

Rules: a delete is confirmed first (tests answer with ``confirm`` instead of the dialog) and the
question says that Edit ▸ Undo brings the record back. Why a change was refused is worded once,
in ``model.edits.errors.refusal``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from gui.language import translate

__all__ = ["confirm_delete"]


def confirm_delete(parent: QWidget, what: str, question: str, confirm: bool | None) -> bool:
    """True to go ahead: ``confirm`` when given, else the user's answer to ``question``."""
    if confirm is not None:
        return confirm
    answer = QMessageBox.question(
        parent,
        translate("editors.asking", "Delete {what} — Craffu").format(what=what),
        translate("editors.asking", "{question}\n\nYou can undo this with Edit ▸ Undo.").format(
            question=question
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
