"""Period ▸ Mark period final and Reopen period, from the window.

Rules:
- Mark period final is refused, with every error named, while the checks report errors for
  the period (``model.edits.periods.mark_final``); the officer is offered the checks dock to
  put them right. Otherwise the officer confirms first, seeing what becomes read-only
  (``read_only_summary``). Once final, the period's cells look locked (grey, with a padlock)
  and say so in their tooltips, and typing in them says why instead of jumping rows.
- Reopen period asks for the reason, which is kept in the history (``reopen``).
- Both are one undo step through the window's undo stack, recorded with who and when.
- The questions are ``confirm_final`` and ``ask_reason`` (tests replace them).
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from gui.language import current, translate
from model.edits.periods import FinalRefused, mark_final, read_only_summary, reopen
from model.store import PackFileError
from model.validation import ValidationError
from model.words import period_label

__all__ = ["set_period_final", "confirm_final", "ask_reason", "show_final_refused"]


def confirm_final(window, period, lines: list[str]) -> bool:
    """Ask whether to mark ``period`` final, listing what becomes read-only."""
    label = period_label(period, current())
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("period_final", "Mark {label} final — Craffu").format(label=label))
    box.setText(translate("period_final", "Mark {label} final?").format(label=label))
    box.setInformativeText(
        translate(
            "period_final",
            "These become read-only until the period is reopened (with a reason, kept in the "
            "history):<ul>",
        )
        + "".join(f"<li>{escape(line)}</li>" for line in lines)
        + translate(
            "period_final", "</ul>The papers stop saying DRAFT. Edit \u25b8 Undo takes this back."
        )
    )
    yes = box.addButton(translate("period_final", "Mark &final"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def ask_reason(window, period) -> str | None:
    """Ask why ``period`` is reopened; None when the officer cancels."""
    label = period_label(period, current())
    text, ok = QInputDialog.getText(
        window,
        translate("period_final", "Reopen {label} — Craffu").format(label=label),
        translate(
            "period_final",
            "Why is {label} reopened? (kept in the history, e.g. “the service corrected its Q3 "
            "figures”)",
        ).format(label=label),
        QLineEdit.EchoMode.Normal,
        "",
    )
    return text if ok else None


def show_final_refused(window, exc: FinalRefused) -> None:
    """Say why the period cannot be marked final, and offer the checks dock."""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("period_final", "Not marked final — Craffu"))
    box.setText(
        translate("period_final", "{label} cannot be marked final yet").format(
            label=period_label(window.period, current())
        )
    )
    errors = getattr(exc, "errors", ())
    box.setInformativeText(
        translate("period_final", "Put these errors right first:\n")
        + "\n".join(f"\u2022 {f.code}: {f.message}" for f in errors[:12])
        + (
            translate("period_final", "\n… and {value} more").format(value=len(errors) - 12)
            if len(errors) > 12
            else ""
        )
        if errors
        else str(exc)
    )
    show = box.addButton(
        translate("period_final", "Show the &checks"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is show:
        window.trigger(window.ActionId.CHECKS)


def set_period_final(window, final: bool) -> bool:
    """Mark the window's period final (``final``) or reopen it, asking first; True if done."""
    period, pack = window.period, window.pack
    try:
        if final:
            command = mark_final(pack, period)
            if not confirm_final(window, period, read_only_summary(pack, period)):
                return False
        else:
            reason = ask_reason(window, period)
            if reason is None:
                return False
            command = reopen(pack, period, reason)
        window.save_typed(closing=False)
        window.undo_stack.apply(command)
    except FinalRefused as exc:
        window.say(translate("period_final", "Refused: {exc}").format(exc=exc))
        if final and exc.errors:
            show_final_refused(window, exc)
        return False
    except (ValidationError, PackFileError) as exc:
        window.say(translate("period_final", "Refused: {exc}").format(exc=exc))
        return False
    window.say(
        (translate("period_final", "{period} is final: its figures are read-only") if final
         else translate("period_final", "{period} is open again")).format(
            period=period_label(period, current()))
    )
    return True
