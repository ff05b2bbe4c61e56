"""The command line's and the checks' messages in English and Welsh: part of the one
catalogue ``model.words.TEXT``.
"""

from __future__ import annotations

__all__ = ["MESSAGE_TEXT"]

MESSAGE_TEXT: dict[str, tuple[str, str]] = {
}
