"""The background-job helper: results on the UI thread, cooperative cancel, errors reported."""

from __future__ import annotations

import threading

from gui.jobs import JobProgress, run_job


def test_work_runs_off_the_ui_thread_and_reports_back(qtbot):
    ui_thread = threading.get_ident()
    seen: dict = {}

    def work(progress: JobProgress) -> int:
        seen["worker"] = threading.get_ident()
        for i in range(5):
            progress.report(i, 5, f"step {i}")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_on"] = threading.get_ident()

    job = run_job(None, "Counting", work, done)
    with qtbot.waitSignal(job.finished) as blocker:
        pass
    assert blocker.args == ["done"]
    assert seen["result"] == 42
    assert seen["worker"] != ui_thread and seen["done_on"] == ui_thread


def test_cancel_stops_the_work_and_skips_on_done(qtbot):
    started = threading.Event()
    release = threading.Event()
    calls: list[str] = []

    def work(progress: JobProgress) -> str:
        started.set()
        release.wait(5)
        progress.check()  # raises: the user cancelled meanwhile
        return "finished"

    job = run_job(None, "Long", work, lambda r: calls.append("done"),
                  on_cancel=lambda: calls.append("cancelled"))
    assert started.wait(5)
    from PySide6.QtWidgets import QPushButton

    job.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    release.set()
    with qtbot.waitSignal(job.finished) as blocker:
        pass
    assert blocker.args == ["cancelled"]
    assert calls == ["cancelled"]


def test_an_error_goes_to_on_error_not_on_done(qtbot):
    errors: list[BaseException] = []

    def work(progress: JobProgress):
        raise ValueError("Values sheet, row 3: 'abc' is not a number")

    job = run_job(None, "Import", work, lambda r: errors.append("done"),
                  on_error=errors.append)
    with qtbot.waitSignal(job.finished) as blocker:
        pass
    assert blocker.args == ["failed"]
    assert len(errors) == 1 and "row 3" in str(errors[0])
