"""Why an edit cannot be made: the errors of ``model.edits``.

Rules: every one derives from ``EditError``, a ``model.errors.CraffuError`` (and a
``ValueError``, as every refused value in Craffu is); the message names what was refused and
why, quoting what the officer typed with ``model.errors.quote``.
"""

from __future__ import annotations

from model.errors import CraffuError

__all__ = ["EditError", "InputError", "PasteError", "ForecastError", "refusal"]


class EditError(CraffuError, ValueError):
    """An edit that cannot be made; the message says why."""


class InputError(EditError):
    """Text typed or pasted into a cell that cannot be read as what the cell holds."""


class PasteError(EditError):
    """A pasted block that cannot be entered; the message names the first bad cell."""


class ForecastError(EditError):
    """An officer's forecast that cannot be stored; the message says why."""


def refusal(exc: Exception) -> str:
    """Why a change was refused, in one line: the pack's reasons for a ``ValidationError``
    (its problems' messages joined with "; "), the message of anything else."""
    problems = getattr(exc, "problems", None)
    if problems:
        return "; ".join(p.message for p in problems)
    return str(exc)
