"""The guards in gui/__init__.py keep the process alive under the PySide6 6.12 reference defects.

Without them, tens of thousands of void Qt calls or signal disconnections (a few minutes of real
use) free None or True and the interpreter aborts; these tests would then crash the run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
        timeout=120, env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ},
    )


def test_many_void_qt_calls_and_disconnects_do_not_abort_the_process():
    result = _run("""
        import gui
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtGui import QFont

        class Probe(QObject):
            fired = Signal()

        probe, font = Probe(), QFont()
        slot = lambda: None
        for _ in range(20000):
            font.setBold(True)
            probe.fired.connect(slot)
            probe.fired.disconnect(slot)
        print("alive")
    """)
    assert result.returncode == 0 and result.stdout.strip() == "alive", result.stderr[-500:]


def test_guards_are_only_applied_where_the_defect_is_present():
    result = _run("""
        import sys, gui
        lost = gui.none_references_lost() + gui.bool_references_lost()
        print(lost > 0, sys.getrefcount(None) > 2**39)
    """)
    defect, reserved = result.stdout.split()
    assert defect == reserved  # a reserve exactly when this PySide6 loses references
