"""Nothing typed is lost: what is typed but not saved yet is saved before the window moves on.

Rules:
- Before the period, the page or the pack changes, and before the window closes, every open
  cell editor of the window's tables is committed (as if the officer pressed Return) and every
  form saves its waiting text (``gui.undo.Typing.flush``).
- On close, text the pack refuses (a figure that cannot be read, a commentary over the limit of
  any text) is not dropped silently: the officer is asked (``ask_unsaved``) to go back and fix
  it (the cell editor reopens with what was typed), to discard it and close, or to cancel the
  close. Tests answer through ``window.ask_unsaved``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from gui.language import translate

__all__ = ["commit_open_editors", "save_everything", "save_typed", "ask_unsaved", "FIX",
           "DISCARD", "CANCEL", "Refused"]

FIX, DISCARD, CANCEL = "fix", "discard", "cancel"


class Refused:
    """Text the pack refused: where it is, what was typed, and why."""

    def __init__(self, reason: str, view: QAbstractItemView | None = None,
                 index: QModelIndex | None = None, text: str = "", source=None):
        self.reason, self.view, self.index, self.text, self.source = (
            reason, view, index, text, source)

    def go_back(self) -> None:
        """Put the officer back where the refused text was, with the text."""
        if self.view is not None and self.index is not None and self.index.isValid():
            self.view.setCurrentIndex(self.index)
            self.view.setFocus()
            if self.view.state() != QAbstractItemView.State.EditingState:
                self.view.edit(self.index)
            editor = self.view.indexWidget(self.index)
            if isinstance(editor, QLineEdit) and editor.text() != self.text:
                editor.setText(self.text)
        elif self.source is not None and hasattr(self.source, "focus_refused"):
            self.source.focus_refused()


def commit_open_editors(root: QWidget) -> list[Refused]:
    """Commit the cell editor open in any table under ``root``; the refusals."""
    refused: list[Refused] = []
    for view in root.findChildren(QAbstractItemView):
        if view.state() != QAbstractItemView.State.EditingState or not view.isVisible():
            continue
        index = view.currentIndex()
        editor = view.indexWidget(index)
        if editor is None:
            continue
        text = editor.text() if isinstance(editor, QLineEdit) else ""
        model = view.model()
        reasons: list[str] = []
        signal = getattr(model, "editRefused", None)

        def heard(*args, reasons=reasons) -> None:
            reasons.append(str(args[-1]))

        if signal is not None:
            signal.connect(heard)
        try:
            view.commitData(editor)
        finally:
            if signal is not None:
                signal.disconnect(heard)
        view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if reasons:
            refused.append(Refused(reasons[-1], view, index, text))
    return refused


def save_everything(window) -> list[Refused]:
    """Commit open cell editors and save every form's waiting text; what was refused."""
    refused = commit_open_editors(window)
    stack = getattr(window, "undo_stack", None)
    typing = getattr(stack, "typing", None)
    if typing is not None:
        for source, reason in typing.flush_all():
            refused.append(Refused(reason, source=source))
    return refused


def save_typed(window, closing: bool = True) -> bool:
    """Save what is typed in ``window`` but not saved yet (open cell editors, forms' waiting
    text). When the pack refuses some and the window is ``closing``, ask (``ask_unsaved``, or
    the window's own ``ask_unsaved``); False: the close is called off (fix or cancel)."""
    if window.workspace is None or window.pack is None or window.pack.read_only:
        return True
    refused = save_everything(window)
    if not refused or not closing:
        return True
    answer = (window.ask_unsaved or ask_unsaved)(window, refused)
    if answer == FIX:
        refused[0].go_back()
    return answer not in (FIX, CANCEL)


def ask_unsaved(parent: QWidget, refused: list[Refused]) -> str:
    """Ask what to do with text the pack refused: FIX, DISCARD or CANCEL (close)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("unsaved", "Not saved — Craffu"))
    count = len(refused)
    box.setText(
        (translate("unsaved", "{count} thing you typed could not be saved") if count == 1
         else translate("unsaved", "{count} things you typed could not be saved")).format(
            count=count)
    )
    box.setInformativeText("\n".join(r.reason for r in refused[:5])
                           + translate("unsaved", "\n\nEverything else you changed is saved."))
    fix = box.addButton(
        translate("unsaved", "Go back and &fix it"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        translate("unsaved", "&Discard it and close"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(fix)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is discard:
        return DISCARD
    return FIX if clicked is fix else CANCEL
