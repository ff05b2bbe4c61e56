"""A pack opened read-only follows the changes another Craffu saves to it, in place.

Rules:
- A window on a pack file opened read-only (someone else is editing it) watches the file and
  its folder (``QFileSystemWatcher``) and also looks every ``POLL_MS`` (a watcher can miss a
  save on a network drive); a quarter of a second after the file was touched it asks the pack
  whether it was really saved since (``Pack.refresh``: SQLite's data version), and if so the
  changed records come in and every view follows them as for the user's own edits: the place
  (current indicator, column, scroll) is kept.
- The status bar then says who saved last and when (from the history), e.g. "Updated by
  alice at 14:05: Enter K1.18 2024-25 Q3", and keeps saying it.
- A file that cannot be read for the moment (being replaced, a network blip) is said in the
  status bar; the window keeps showing the pack as it was and looks again later.
- ``attach_live_view(window, pack)`` is called whenever a window is given a pack; it does
  nothing for a pack open for editing (nobody else can save to it) or a server pack (team
  mode follows those).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QLabel

from gui.language import current, translate
from model.errors import CraffuError
from model.words import date_text

__all__ = ["LiveView", "attach_live_view", "updated_text", "POLL_MS"]

POLL_MS = 2000
SETTLE_MS = 250


def updated_text(entry) -> str:
    """"Updated by alice at 14:05 on 31 March 2025: Enter K1.18 2024-25 Q3", in the window's
    language (the date too; the action as the history recorded it)."""
    try:
        when = dt.datetime.strptime(entry.at, "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=dt.UTC).astimezone()
    except (TypeError, ValueError):
        return translate("live_view", "Updated by {user}: {action}").format(
            user=entry.user, action=entry.action)
    time = f"{when:%H:%M}"
    if when.date() == dt.date.today():
        said = translate("live_view", "Updated by {user} at {time} today: {action}")
    else:
        said = translate("live_view", "Updated by {user} at {time} on {date}: {action}")
    return said.format(user=entry.user, time=time, action=entry.action,
                       date=date_text(when.date(), current()))


class LiveView(QObject):
    """Follows another Craffu's saves to the pack a read-only window shows."""

    def __init__(self, window, pack):
        super().__init__(window)
        self.window, self.pack = window, pack
        self.watcher = QFileSystemWatcher(self)
        for path in (pack.path, pack.path.parent):
            self.watcher.addPath(str(path))
        self.watcher.fileChanged.connect(self._touched)
        self.watcher.directoryChanged.connect(self._touched)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.refresh)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh)
        self.poll.start()
        self.label = QLabel()
        self.label.setAccessibleName(translate("live_view", "Last update"))
        window.statusBar().addPermanentWidget(self.label)
        self._show_last(pack.last_saved())

    def _show_last(self, last) -> str:
        """Show who saved ``last`` (a history entry, or None) and when; returns the sentence."""
        self._last = last
        text = updated_text(last) if last is not None else ""
        self.label.setText(text.split(": ", 1)[0])
        self.label.setToolTip(text)
        return text

    def event(self, event) -> bool:
        """The window's language changed: say the last update again in it."""
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_last", None):
            try:
                self._show_last(self._last)
            except RuntimeError:  # the label is gone (detached)
                pass
        return super().event(event)

    def _touched(self, *_args) -> None:
        if str(self.pack.path) not in self.watcher.files() and self.pack.path.exists():
            self.watcher.addPath(str(self.pack.path))  # replaced: watch the new file
        self.settle.start()

    def refresh(self) -> list:
        """Bring in what was saved since, if anything; say who saved it and when."""
        try:
            changes = self.pack.refresh()
        except CraffuError as exc:
            self.window.say(
                translate(
                    "live_view", "Cannot read {name} just now; showing it as it was ({exc})"
                ).format(name=self.pack.path.name, exc=exc)
            )
            return []
        except Exception:  # noqa: BLE001 - the pack was closed under us
            self.detach()
            return []
        if changes:
            last = self.pack.last_saved()
            if last is not None:
                self.window.say(self._show_last(last))
        return changes

    def detach(self) -> None:
        self.poll.stop()
        self.settle.stop()
        self.watcher.removePaths(self.watcher.files() + self.watcher.directories())
        try:
            self.window.statusBar().removeWidget(self.label)
            self.label.deleteLater()
        except RuntimeError:
            pass


def attach_live_view(window, pack) -> LiveView | None:
    """Follow others' saves for a read-only pack file (and stop following the previous)."""
    old = getattr(window, "live_view", None)
    if old is not None:
        old.detach()
        old.deleteLater()
    window.live_view = None
    if pack is None or pack.shared or not pack.read_only or \
            getattr(pack, "_file_version", None) is None:
        return None
    window.live_view = LiveView(window, pack)
    return window.live_view
