"""The dashboard as a page of the navigator: ``gui.dashboard.DashboardPage`` with what the main
window needs from every page (``gui.pages.Editor``).

Rules: the dashboard edits nothing and has no choice of indicator, so it says nothing for the
status bar and never changes the indicator the docks follow; it follows the window's period
(``DashboardPage.set_period``) and stops following the pack when the window lets it go.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from gui.dashboard import DashboardPage

__all__ = ["DashboardEditor"]


class DashboardEditor(DashboardPage):
    messageShown = Signal(str)
    indicatorChanged = Signal()

    def selected_indicator(self) -> str | None:
        return None

    def select_indicator(self, code: str) -> None:
        """The dashboard shows every key indicator at once: nothing to choose."""

    def detach(self) -> None:
        self.pack.unsubscribe(self._pack_changed)
