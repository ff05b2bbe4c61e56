"""Craffu's Qt user interface. Only this package (and ``main.py``) imports Qt.

Importing it first protects the process from a PySide6 defect: PySide6 6.12.0 on CPython 3.11
drops a reference to ``None`` every time a Qt method that returns nothing is called (for example
``QFont.setBold``). ``None`` starts with a few thousand references, so after a few seconds of
painting the interpreter aborts with "Fatal Python error: none_dealloc: deallocating None".
(CPython 3.12 made ``None`` immortal, and PySide6 6.11.3 does not have the defect; the separate
``PySide6-Pdf`` wheel requires Essentials 6.12.0, so the version cannot simply be pinned back.)
``guard_none_refcount`` probes for the defect and, only where it is present, gives ``None`` a
reserve of references large enough never to run out.
"""

from __future__ import annotations

import sys

__all__ = ["guard_none_refcount"]

_RESERVE = 1 << 40


def none_references_lost(calls: int = 16) -> int:
    """How many references to None ``calls`` calls of a void Qt method lose (0 when sound)."""
    from PySide6.QtCore import QSize

    probe = QSize()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setWidth(1)
    return before - sys.getrefcount(None)


def guard_none_refcount() -> bool:
    """Apply the guard if this PySide6 loses references to None; True if it was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # None is immortal there
    if none_references_lost() <= 0:
        return False
    import ctypes

    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True


guard_none_refcount()
