"""A period made final, and reopened: the rules, as commands like any other.

Rules:
- ``mark_final(pack, period)`` makes the period's figures, commentary, officer's forecasts and
  commitment updates read-only (``model.validation`` refuses any change to them while it is
  final). It is refused (``FinalRefused``) while the pre-publication checks
  (``model.checks.check_period``) report any error for the period, naming every one, and when
  the period is final already.
- ``reopen(pack, period, reason)`` allows changes again. A reason is required (at most
  ``REASON_LIMIT`` characters, one line); it is stored in the history (the audit log's action:
  ``Reopen 2024-25 Q3: <reason>``), so whoever reads the history later knows why a final
  period changed.
- ``read_only_summary(pack, period)`` says, in the officer's words, what marking final makes
  read-only (for the confirmation).
- Both are undoable like any other command; the window asks first, the command line
  (``python main.py final|reopen``) calls these functions as they are.
"""

from __future__ import annotations

from model import records as r
from model.checks import ERROR, check_period
from model.commands import Command, put
from model.edits.errors import EditError
from model.errors import quote
from model.periods import Period

__all__ = ["FinalRefused", "mark_final", "reopen", "read_only_summary", "final_errors",
           "REASON_LIMIT"]

#: The most a reason for reopening may say (it is one line of the history).
REASON_LIMIT = 500


class FinalRefused(EditError):
    """A period that cannot be marked final or reopened; the message says why."""

    def __init__(self, message: str, errors: tuple = ()):
        super().__init__(message)
        #: The checks' errors that stop the period being marked final (``model.checks.Finding``).
        self.errors = errors
        #: One line per reason, for the command line: the refusal, then each error.
        self.problems = ([message.split(": ", 1)[0] + ":", *(str(f) for f in errors)]
                         if errors else [message])


def final_errors(pack, period: Period) -> list:
    """The checks' errors for ``period`` (what must be put right before it is final)."""
    return [f for f in check_period(pack, period) if f.severity == ERROR]


def mark_final(pack, period: Period) -> Command:
    """Mark ``period`` final. Raises FinalRefused naming the checks' errors, if any."""
    if pack.is_final(period):
        raise FinalRefused(f"{period.label} is final already")
    errors = final_errors(pack, period)
    if errors:
        shown = "; ".join(f"{f.code} {f.field}: {f.message}".replace(" : ", ": ")
                          for f in errors[:10])
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        raise FinalRefused(
            f"{period.label} cannot be marked final while the checks report "
            f"{len(errors)} error{'s' if len(errors) != 1 else ''}: {shown}{more}",
            tuple(errors))
    return put(f"Mark {period.label} final", r.PeriodState(period=period, final=True))


def reopen(pack, period: Period, reason: str) -> Command:
    """Reopen final ``period`` for changes, for ``reason`` (required, kept in the history)."""
    if not pack.is_final(period):
        raise FinalRefused(f"{period.label} is not final; there is nothing to reopen")
    reason = " ".join((reason or "").split())
    if not reason:
        raise FinalRefused(f"say why {period.label} is reopened; the reason is kept in the "
                           "history")
    if len(reason) > REASON_LIMIT:
        raise FinalRefused(f"the reason '{quote(reason)}' is longer than {REASON_LIMIT} "
                           "characters; say it in fewer words")
    return put(f"Reopen {period.label}: {reason}", r.PeriodState(period=period, final=False))


def read_only_summary(pack, period: Period) -> list[str]:
    """What marking ``period`` final makes read-only, one line each."""
    def count(kind: str) -> int:
        return sum(1 for key in pack.keys(kind) if key[-1] == period)

    indicators = len(pack.indicators())
    lines = [f"the {period.label} figures of all {indicators:,} indicators "
             f"({count('value'):,} entered)",
             f"the {period.label} commentary, English and Welsh ({count('commentary'):,} "
             "written)",
             f"officers' forecasts for {period.label} ({count('forecast_override'):,})",
             f"commitments' status and progress for {period.label} "
             f"({count('commitment_update'):,})"]
    return lines
