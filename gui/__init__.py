"""Craffu's Qt user interface. Only this package (and ``main.py``) imports Qt.

Importing it first protects the process from two PySide6 defects: PySide6 6.12.0 on CPython 3.11
drops a reference to ``None`` every time a Qt method that returns nothing is called (for example
``QFont.setBold``), and a reference to ``True`` or ``False`` every time ``Signal.disconnect`` is
called (pyqtgraph disconnects whenever an item leaves a plot). These objects start with a few
thousand references, so after a few seconds of painting the interpreter aborts with "Fatal
Python error: none_dealloc" (or "bool_dealloc"). CPython 3.12 made them immortal, and PySide6
6.11.3 does not have the defect; the separate ``PySide6-Pdf`` wheel requires Essentials 6.12.0,
so the version cannot simply be pinned back.

Each guard probes for its defect and, only where it is present, gives the objects a reserve of
references large enough never to run out (2**40: a trillion lost references).
"""

from __future__ import annotations

import sys

__all__ = ["guard_none_refcount", "guard_bool_refcount"]

_RESERVE = 1 << 40


def _immortal_here() -> bool:
    return sys.version_info >= (3, 12) or sys.implementation.name != "cpython"


def _add_reserve(obj: object) -> None:
    import ctypes

    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE


def none_references_lost(calls: int = 16) -> int:
    """How many references to None ``calls`` calls of a void Qt method lose (0 when sound)."""
    from PySide6.QtCore import QSize

    probe = QSize()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setWidth(1)
    return before - sys.getrefcount(None)


def bool_references_lost(calls: int = 16) -> int:
    """How many references to True and False ``calls`` signal disconnections lose (0: sound)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal()

    probe = _Probe()

    def slot() -> None:
        pass

    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(calls):
        probe.fired.connect(slot)
        probe.fired.disconnect(slot)
    return before - (sys.getrefcount(True) + sys.getrefcount(False))


def guard_none_refcount() -> bool:
    """Apply the guard if this PySide6 loses references to None; True if it was applied."""
    if _immortal_here() or none_references_lost() <= 0:
        return False
    _add_reserve(None)
    return True


def guard_bool_refcount() -> bool:
    """Apply the guard if this PySide6 loses references to True/False; True if applied."""
    if _immortal_here() or bool_references_lost() <= 0:
        return False
    _add_reserve(True)
    _add_reserve(False)
    return True


guard_none_refcount()
guard_bool_refcount()
