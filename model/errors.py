"""The one base of every error a user can cause, and how such an error is told to them.

Rules:
- Every exception that reports a user's mistake or a fault of the user's files (a refused figure,
  a damaged pack, a locked pack, a full disk, a bad import) derives from ``CraffuError``. The
  command line prints its message on one line and exits 2; the window shows it in a dialog.
  Anything else that escapes is a defect, and its traceback is for the developers.
- Messages quote at most ``QUOTE_LIMIT`` characters of what the user gave, with control
  characters shown escaped (``quote``), so a 50 MB cell or an escape sequence never reaches a
  terminal or a dialog whole.
"""

from __future__ import annotations

__all__ = ["CraffuError", "Cancelled", "quote", "QUOTE_LIMIT"]

QUOTE_LIMIT = 80


class CraffuError(Exception):
    """An error the user caused or can put right; its message says what and where in their words."""


class Cancelled(CraffuError):
    """The user cancelled a long piece of work (an export, an import): nothing was written."""

    def __init__(self, message: str = "cancelled; nothing was written"):
        super().__init__(message)


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``value`` as text fit for a message: control characters escaped, at most ``limit``
    characters, and an ellipsis with the full length when it was cut."""
    text = value if isinstance(value, str) else str(value)
    cut = len(text) > limit
    shown = text[:limit]
    escaped = "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in shown
    )
    if cut:
        escaped += f"… ({len(text):,} characters)"
    return escaped
