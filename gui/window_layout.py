"""Where the main window sits and how big it is: remembered, and always on the screen.

Rules:
- Tools that draw the window with no display (``gui.screenshot``, ``bench/gui_bench.py``) give
  Qt's offscreen platform a screen as large as the picture (``offscreen_platform``), since the
  window never grows beyond its screen.
- The window's geometry and its docks are remembered on this computer (QSettings
  ``window/geometry`` and ``window/state``) when it closes, and restored when it opens.
- Whatever was remembered or asked for, the window (with its frame and title bar) fits the
  screen's available area (without the task bar): it is made smaller and moved in where it
  would stick out, so the status bar is never off-screen (``fit_to_screen``, on every show and
  again once the frame's size is known).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from gui.preferences import settings

__all__ = ["restore_layout", "save_layout", "fit_to_screen", "available_area",
           "offscreen_platform"]

#: The frame and title bar assumed before the window manager has told (pixels).
ASSUMED_FRAME = (8, 40)


def available_area(window: QWidget) -> QRect | None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(window: QWidget) -> None:
    """Make ``window`` (frame included) fit the available area of its screen."""
    room = available_area(window)
    if room is None or room.isEmpty():
        return
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    if window.isVisible() and (extra_w > 0 or extra_h > 0):
        pass  # the window manager has told the frame's size
    else:
        extra_w, extra_h = ASSUMED_FRAME
    width = min(inner.width(), room.width() - extra_w)
    height = min(inner.height(), room.height() - extra_h)
    if (width, height) != (inner.width(), inner.height()):
        window.setMinimumSize(min(window.minimumWidth(), width),
                              min(window.minimumHeight(), height))
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() + 1 - frame.width())
    y = min(max(frame.y(), room.y()), room.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, room.x()), max(y, room.y()))


def restore_layout(window) -> QByteArray | None:
    """Restore the remembered geometry; the remembered dock state (to restore once the docks
    exist), or None."""
    s = settings()
    geometry, state = s.value("window/geometry"), s.value("window/state")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    fit_to_screen(window)
    return state if isinstance(state, QByteArray) else None


def save_layout(window) -> None:
    s = settings()
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())


def offscreen_platform(width: int, height: int) -> str:
    """``QT_QPA_PLATFORM`` for an offscreen screen of ``width`` x ``height`` pixels (Qt's
    offscreen platform reads its screens from a JSON file)."""
    import atexit
    import json
    import os
    import tempfile

    handle = tempfile.NamedTemporaryFile("w", suffix=".json", prefix="craffu-screen-",
                                         delete=False)
    with handle:
        json.dump({"screens": [{"name": "offscreen", "x": 0, "y": 0, "width": int(width),
                                "height": int(height), "logicalDpi": 96,
                                "logicalBaseDpi": 96, "dpr": 1}]}, handle)
    atexit.register(lambda: os.path.exists(handle.name) and os.unlink(handle.name))
    return f"offscreen:configfile={handle.name}"
