"""A team member's role in words, shared by team mode and the progress board (so neither
imports the other): ``you_are("officer")`` is "you are an officer" in the window's language,
the end of a refusal. The words keep the ``team_mode`` context of the catalogue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.language import translate

__all__ = ["you_are"]

_YOU_ARE = {
    "viewer": QT_TRANSLATE_NOOP("team_mode", "you are a viewer"),
    "contributor": QT_TRANSLATE_NOOP("team_mode", "you are a contributor"),
    "officer": QT_TRANSLATE_NOOP("team_mode", "you are an officer"),
    "approver": QT_TRANSLATE_NOOP("team_mode", "you are an approver"),
    "owner": QT_TRANSLATE_NOOP("team_mode", "you are the owner"),
}


def you_are(role: str) -> str:
    """``you are an officer`` … in the window's language (a refusal's end)."""
    return translate("team_mode", _YOU_ARE[role])
