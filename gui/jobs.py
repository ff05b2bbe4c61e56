"""Long work off the user-interface thread, with a progress dialog and a Cancel button.

Usage::

    def work(progress: JobProgress) -> Path:
        for i, sheet in enumerate(sheets):
            progress.check()                       # stops here (JobCancelled) after Cancel
            progress.report(i, len(sheets), f"Writing {sheet}")
            ...
        return path

    job = run_job(window, "Exporting", work, on_done=lambda path: ...)

Rules:
- ``work(progress)`` runs on a worker thread. It must not touch widgets; it may read a pack's
  records (they are in memory) but must not change the pack: do the change in ``on_done``,
  which runs on the user-interface thread with work's result.
- Cancelling is cooperative: Cancel (or closing the dialog) sets ``progress.cancelled``;
  ``progress.check()`` then raises ``JobCancelled`` (``model.errors.Cancelled``). The progress
  object is also the exporters' plain hook (``model.progress``): ``progress(text)`` reports and
  checks, so work handed it hears Cancel within about half a second and writes nothing. A
  cancelled job calls ``on_cancel`` (if given) and never ``on_done``, even if the work
  finished meanwhile.
- An exception from ``work`` calls ``on_error(exc)``; without ``on_error`` the user sees one
  message naming the job and the exception's text (never a traceback, which goes to stderr
  for exceptions other than ``ValueError`` and ``OSError``, the user's mistakes).
- The dialog appears only if the work takes longer than ``show_after_ms`` (default 400 ms), so
  quick jobs do not flash a window. It is window-modal: the pack cannot change under the job.
- ``Job.finished`` is emitted last, whatever the outcome ("done", "cancelled" or "failed");
  tests wait on it with ``qtbot.waitSignal(job.finished)``.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from gui.language import translate
from model.errors import Cancelled

__all__ = ["JobCancelled", "JobProgress", "Job", "run_job"]

#: Raised by ``JobProgress.check`` once the user has cancelled (the model's own exception, so
#: that plain-Python work, e.g. an exporter, can raise it too).
JobCancelled = Cancelled

#: How often the text reported through ``progress(text)`` reaches the dialog (seconds).
REPORT_EVERY = 0.1


class JobProgress:
    """What the work function gets: report progress, and learn whether the user cancelled.

    Thread-safe; cheap enough to call for every row.
    """

    def __init__(self, relay: _Relay):
        self._relay = relay
        self._cancel = threading.Event()
        self._said = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise ``JobCancelled`` if the user has cancelled."""
        if self._cancel.is_set():
            raise JobCancelled()

    def __call__(self, text: str = "") -> None:
        """The plain hook of ``model.progress``: check for Cancel, say ``text`` now and then."""
        if self._cancel.is_set():
            raise JobCancelled()
        now = time.monotonic()
        if text and now - self._said >= REPORT_EVERY:
            self._said = now
            self._relay.progressed.emit(0, -1, text)

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        """``done`` of ``total`` steps (``total`` None: a busy indicator), with optional text."""
        self._relay.progressed.emit(int(done), -1 if total is None else int(total),
                                    text if text is not None else "")


class _Relay(QObject):
    """Carries the worker's news to the user-interface thread (queued connections)."""

    progressed = Signal(int, int, str)
    ended = Signal(str, object)  # outcome, result or exception


class Job(QObject):
    """One running piece of work; keep a reference or rely on its parent to keep it."""

    finished = Signal(str)  # "done", "cancelled" or "failed"

    def __init__(self, parent: QWidget | None, title: str,
                 work: Callable[[JobProgress], Any], on_done: Callable[[Any], None], *,
                 on_error: Callable[[BaseException], None] | None = None,
                 on_cancel: Callable[[], None] | None = None,
                 label: str = "", show_after_ms: int = 400):
        super().__init__(parent)
        self.title = title
        self.outcome: str | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self._work, self._on_done = work, on_done
        self._on_error, self._on_cancel = on_error, on_cancel
        self._parent_widget = parent
        self._relay = _Relay()
        self._relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._relay.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self.progress = JobProgress(self._relay)
        self.dialog = QProgressDialog(
            label or f"{title}…", translate("jobs", "Cancel"), 0, 0, parent
        )
        self.dialog.setWindowTitle(f"{title} — Craffu")
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.canceled.connect(self.cancel)
        self._thread = threading.Thread(target=self._run, daemon=True,
                                        name=f"craffu-job: {title}")  # not shown: thread name

    def start(self) -> Job:
        self.dialog.setValue(0)  # starts the dialog's show-after timer
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.progress.cancel()
        self.dialog.setLabelText(translate("jobs", "Cancelling…"))

    @property
    def running(self) -> bool:
        return self.outcome is None

    def _run(self) -> None:
        try:
            result = self._work(self.progress)
        except JobCancelled:
            self._relay.ended.emit("cancelled", None)
        except BaseException as exc:  # noqa: BLE001 - reported on the UI thread
            if not isinstance(exc, (ValueError, OSError)):
                traceback.print_exc(file=sys.stderr)
            self._relay.ended.emit("failed", exc)
        else:
            self._relay.ended.emit("done", result)

    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.outcome is not None:
            return
        if total < 0:
            self.dialog.setRange(0, 0)
        else:
            self.dialog.setRange(0, max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))
        if text and not self.progress.cancelled:
            self.dialog.setLabelText(text)

    def _ended(self, outcome: str, payload: object) -> None:
        self._thread.join()
        if outcome == "done" and self.progress.cancelled:
            outcome = "cancelled"
        self.outcome = outcome
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        try:
            if outcome == "done":
                self.result = payload
                self._on_done(payload)  # type: ignore[arg-type]
            elif outcome == "cancelled":
                if self._on_cancel:
                    self._on_cancel()
            else:
                self.error = payload  # type: ignore[assignment]
                if self._on_error:
                    self._on_error(payload)  # type: ignore[arg-type]
                else:
                    QMessageBox.warning(
                        self._parent_widget,
                        f"{self.title} — Craffu",
                        translate("jobs", "{title} did not finish.\n\n{payload}").format(
                            title=self.title, payload=payload
                        ),
                    )
        finally:
            self.finished.emit(outcome)
            QTimer.singleShot(0, self.deleteLater)


def run_job[T](parent: QWidget | None, title: str, work: Callable[[JobProgress], T],
            on_done: Callable[[T], None], **options: Any) -> Job:
    """Start ``work`` on a worker thread with a progress dialog; ``on_done(result)`` on the
    user-interface thread. Options: ``on_error``, ``on_cancel``, ``label``, ``show_after_ms``
    (see ``Job``). Returns the running ``Job``."""
    return Job(parent, title, work, on_done, **options).start()
