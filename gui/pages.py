"""The pages of the navigator other than the scorecard, and what the window needs from each.

Rules:
- Every page is an ``Editor``: it says things for the status bar (``messageShown``), follows the
  window's period (``set_period``), tells which indicator the officer has chosen on it
  (``selected_indicator``, None when the page has no choice of indicator: the trend and detail
  docks then follow the scorecard grid's), can be told to show one (``select_indicator``), says
  when the choice changed (``indicatorChanged``), and lets go of the pack (``detach``).
- Editors are made the first time their page is chosen (start-up stays quick) and follow the
  window's period from then on (``make_page``).
- The "Dashboard" page is ``gui.dashboard.DashboardPage`` for the window's pack and period; it
  draws with pyqtgraph, a heavy library, so its module is imported when the page is first shown.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from gui.editors.budget import BudgetEditor
from gui.editors.commentary import CommentaryEditor
from gui.editors.commitments import CommitmentsEditor
from gui.editors.indicators import IndicatorsEditor
from gui.editors.matrix import MatrixEditor
from gui.editors.sections import KeyAreasEditor, NarrativesEditor
from gui.editors.settings import CoverReportForm, SettingsForm
from gui.editors.targets import TargetsEditor
from gui.language import translate
from model.periods import Period

__all__ = ["Editor", "make_page", "PAGES"]


@runtime_checkable
class Editor(Protocol):
    """What the main window needs from a page of the navigator."""

    messageShown: SignalInstance  # str: what the page says, for the status bar
    indicatorChanged: SignalInstance  # the officer chose another indicator on the page

    def set_period(self, period: Period) -> None: ...

    def selected_indicator(self) -> str | None: ...

    def select_indicator(self, code: str) -> None: ...

    def detach(self) -> None: ...


def _dashboard(pack, stack, period, commentary_limit) -> QWidget:
    # Lazy: pyqtgraph (a heavy library) is loaded when the dashboard is first shown.
    from gui.dashboard_page import DashboardEditor

    dashboard = DashboardEditor(pack)
    dashboard.setAccessibleName(translate("pages", "Dashboard"))
    dashboard.set_period(period)
    return dashboard


#: Page name -> how its editor is made from (pack, undo stack, period, commentary limit).
PAGES = {
    "dashboard": _dashboard,
    "indicators": lambda pack, stack, period, limit: IndicatorsEditor(pack, stack),
    "targets": lambda pack, stack, period, limit: TargetsEditor(pack, stack, period),
    "commentary": lambda pack, stack, period, limit: CommentaryEditor(pack, stack, period,
                                                                       limit),
    "commitments": lambda pack, stack, period, limit: CommitmentsEditor(pack, stack, period),
    "budget": lambda pack, stack, period, limit: BudgetEditor(pack, stack, period),
    "breakdowns": lambda pack, stack, period, limit: MatrixEditor(pack, stack, "breakdown",
                                                                   period),
    "snapshots": lambda pack, stack, period, limit: MatrixEditor(pack, stack, "snapshot",
                                                                  period),
    "narratives": lambda pack, stack, period, limit: NarrativesEditor(pack, stack, period),
    "key_areas": lambda pack, stack, period, limit: KeyAreasEditor(pack, stack, period),
    "cover": lambda pack, stack, period, limit: CoverReportForm(pack, stack, period),
    "settings": lambda pack, stack, period, limit: SettingsForm(pack, stack),
}


def make_page(page: str, pack, stack, period: Period, commentary_limit: int = 1500) -> Editor:
    """The editor of navigator page ``page`` for ``pack`` at ``period``."""
    make = PAGES.get(page)
    if make is None:
        raise KeyError(f"no editor for page {page!r}")
    return make(pack, stack, period, commentary_limit)
