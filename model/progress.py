"""Long work (exports, imports) that says how far it has got and stops when cancelled.

Rules:
- The hook is a plain callable, ``progress(text)``: it is told what is being done ("Page 12",
  "Scorecard sheet") and raises ``model.errors.Cancelled`` once the user has cancelled. The
  window's background jobs pass one (``gui.jobs.JobProgress``); the command line passes none.
- Work reports through ``tick(text)`` at least every few hundred milliseconds (every page,
  table, sheet or block of rows), so Cancel takes effect within about half a second.
  ``reporting(progress)`` makes ``progress`` the hook of the block, for the thread running it
  (a context variable: each worker thread has its own), so the exporters' helpers need not
  pass it along.
- A cancelled export never replaces an existing file: exporters write through
  ``exporters.files.replacing``, which removes its temporary file when ``Cancelled`` passes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from model.errors import Cancelled

__all__ = ["Progress", "reporting", "tick", "Cancelled"]

#: What long work is told: ``progress(text)``, raising ``Cancelled`` after Cancel.
Progress = Callable[[str], None]

_current: ContextVar[Progress | None] = ContextVar("craffu_progress", default=None)


@contextmanager
def reporting(progress: Progress | None) -> Iterator[None]:
    """Make ``progress`` the hook ``tick`` calls during the block (None: keep the current)."""
    if progress is None:
        yield
        return
    token = _current.set(progress)
    try:
        yield
    finally:
        _current.reset(token)


def tick(text: str = "") -> None:
    """Say how far the work has got; raises ``Cancelled`` when the user has cancelled."""
    progress = _current.get()
    if progress is not None:
        progress(text)
