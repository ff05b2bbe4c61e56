"""Craffu's main window: assembles the navigator, the central editors, the docks and the actions.

Rules:
- The title is ``<pack name> — <period> — Craffu``, with `` [read-only]`` for a pack opened
  read-only, and `` (changes saved)`` once something was changed in this session: every edit is
  written to the pack file at once, so there is never unsaved work; the marker follows the undo
  stack's clean state (undoing back to the pack as opened removes it). It follows renames.
- The period selector (financial year and quarter) drives every view: scorecard, editors and
  checks. Actions come from ``gui.actions`` (one declaration with shortcut and enablement).
- The navigator chooses the central editor; docks at the bottom show checks, indicator detail
  and history (tabbed). The right-hand "Trend" dock shows the selected indicator's trend
  (``gui.trend_panel``): it follows the indicator selected in the scorecard grid and in the
  indicator, target and commentary editors, and the period; clicking a point selects that
  period. The "Dashboard" page of the navigator shows the period's charts.
- Start-up paints first, then fills in: ``MainWindow.opening(path)`` shows the frame (menus,
  toolbar, navigator, docks) with "Opening <pack>…" where the grid goes, and only after that
  first paint opens the pack and builds the scorecard (``packShown`` then). The user never sees
  a grid of another pack or of nothing: until the scorecard is in, the grid area says so, and
  the pack's actions are disabled. pyqtgraph (the trend panel) is imported a moment after the
  scorecard is shown; openpyxl and reportlab only when an export asks for them.
- The status bar counts Green, Amber and Red (and n/a, no data) for the period, always with the
  letter beside the colour; a key under the grid says what every symbol means.
- The window remembers its geometry and docks (QSettings); the packs it opens are remembered
  as recent packs. A pack given to the window is not closed by it unless ``owns_pack``; packs
  opened from the File menu are owned and closed when replaced or when the window closes.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

if TYPE_CHECKING:
    from model.periods import Period

__all__ = ["MainWindow", "window_title", "counts_text", "key_html"]


def window_title(pack_name: str, period: Period | None, read_only: bool,
                 changed: bool = False) -> str:
    """``pack — period — Craffu``; `` [read-only]`` for a read-only pack; ``(changes saved)``
    after the pack changed in this session (every edit is written at once: never "unsaved")."""
    parts = [pack_name]
    if period is not None:
        parts.append(period.label)
    parts.append("Craffu")
    title = " \u2014 ".join(parts)
    if read_only:
        return f"{title} [read-only]"
    return f"{title} (changes saved)" if changed else title


def _swatch(rag: str) -> str:
    from model import symbols

    letter = escape(symbols.RAG_LETTER[rag])
    return (f'<span style="background-color:{symbols.RAG_FILL[rag]}; '
            f'color:{symbols.RAG_TEXT}; font-weight:bold">&nbsp;{letter}&nbsp;</span>')


def counts_text(counts: dict[str, int]) -> str:
    """The status bar's counts as plain text, e.g. ``G Green 12 · A Amber 3 · R Red 4 · …``."""
    from model import symbols

    parts = [f"{symbols.RAG_LETTER[rag]} {rag} {counts.get(rag, 0)}"
             for rag in ("Green", "Amber", "Red")]
    parts += [f"{rag} {counts.get(rag, 0)}" for rag in ("n/a", "no data")]
    return " \u00b7 ".join(parts)


def _counts_html(counts: dict[str, int]) -> str:
    parts = [f"{_swatch(rag)} {rag} <b>{counts.get(rag, 0)}</b>"
             for rag in ("Green", "Amber", "Red")]
    parts += [f"{escape(rag)} <b>{counts.get(rag, 0)}</b>" for rag in ("n/a", "no data")]
    return " &nbsp;&middot;&nbsp; ".join(parts)


def key_html() -> str:
    """The key to the symbols, as rich text that wraps between groups of symbols."""
    from gui.scorecard_model import dark_scheme
    from model import symbols

    groups = []
    for group in symbols.KEY_GROUPS:
        items = []
        for symbol, words, meaning in group:
            if meaning in symbols.RAG_FILL:
                shown = _swatch(meaning)
                words = words.split(": ", 1)[1]
            else:
                colour = symbols.arrow_colour(meaning, dark_scheme())
                style = "font-family:'DejaVu Sans'; font-size:large"
                if colour:
                    style += f"; color:{colour}"
                shown = f'<span style="{style}">{escape(symbol)}</span>'
            items.append(f"{shown}&nbsp;{escape(words)}")
        groups.append("<nobr>" + ", ".join(items) + "</nobr>")
    return ("<b>Key:</b> " + " &nbsp;&nbsp; ".join(groups)
            + " &nbsp;&nbsp; <nobr><i>Hover over a cell for the explanation.</i></nobr>")


class _FirstPaint(QObject):
    """Calls ``then`` once, on the event-loop pass after the first paint of the widget it
    watches (so the paint has reached the screen)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self._then = then
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class MainWindow(QMainWindow):
    """The editor window for one pack at a time."""

    #: The window's frame has painted (``opening``: before the pack is opened).
    firstPainted = Signal()
    #: A pack's scorecard is in the grid (after ``set_pack``).
    packShown = Signal()

    def __init__(self, pack=None, period: Period | None = None, parent: QWidget | None = None,
                 *, owns_pack: bool = False, restore: bool = False):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.pack = None
        self.owns_pack = False
        self.undo_stack = None
        self.handlers: dict = {}
        self.editors: dict[str, QWidget] = {}
        self._period = period
        self._body = False
        self._docks_sized = False
        self._pending_state: QByteArray | None = None
        self._after_first_paint: list[Callable[[], None]] = []
        self.trend_panel = None
        self._build_frame()
        if pack is not None:
            self._build_body()
            self.set_pack(pack, period or pack.latest_period(), owns_pack=owns_pack)
        if restore:
            self.restore_layout()

    @classmethod
    def opening(cls, path: Path, read_only: bool = False, *,
                ask_read_only: Callable | None = None,
                report_error: Callable[[str, str], None] | None = None,
                failed: Callable[[], None] | None = None, restore: bool = True) -> MainWindow:
        """A window that paints its frame first, then opens ``path`` (see ``open_after_paint``).
        Show it; ``packShown`` follows once the scorecard is in."""
        window = cls(restore=restore)
        window.open_after_paint(path, read_only, ask_read_only=ask_read_only,
                                report_error=report_error, failed=failed)
        return window

    # -- assembling ----------------------------------------------------------------------------

    def _build_frame(self) -> None:
        """What the first paint shows: menus, the toolbar with the period selector, the status
        bar, and the page stack holding "Opening <pack>…" until the scorecard is in.

        Deliberately light: no model modules, no docks, and nothing that touches Qt's ``Qt``
        namespace (its first use costs ~28 ms in PySide6: every dock area, alignment, item role
        and text format goes through it), so the first paint comes within 1.5x a bare window.
        The navigator, the docks and the grid follow in ``_build_body``, all in one pass.
        """
        from PySide6.QtWidgets import QVBoxLayout

        from gui.actions import ActionId, build_actions
        from gui.period_selector import PeriodSelector
        from gui.preferences import Preferences

        self.ActionId = ActionId
        self.preferences = Preferences.load()
        self.placeholder = QWidget()
        self.placeholder.setAccessibleName("Opening the pack")
        self.opening_label = QLabel("<center>Opening…</center>")
        layout = QVBoxLayout(self.placeholder)
        layout.addStretch(1)
        layout.addWidget(self.opening_label)
        layout.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.setCentralWidget(self.pages)
        self._first_paint = _FirstPaint(self.opening_label, self._painted)
        self.period_selector = PeriodSelector()

        self.actions_by_id = build_actions(self)
        self._menus()
        toolbar = self.addToolBar("Period")
        toolbar.setObjectName("PeriodToolbar")
        toolbar.addWidget(self.period_selector)
        for action_id, short in ((ActionId.PREVIOUS_PERIOD, "\u25c0 Previous"),
                                 (ActionId.NEXT_PERIOD, "Next \u25b6"), (ActionId.UNDO, "Undo"),
                                 (ActionId.REDO, "Redo"), (ActionId.IMPORT, "Import…"),
                                 (ActionId.CHECKS, "Run checks")):
            self.actions_by_id[action_id].setIconText(short)
            toolbar.addAction(self.actions_by_id[action_id])

        self.counts_label = QLabel()
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName("Saved state")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._checks_timer = QTimer(self)
        self._checks_timer.setSingleShot(True)
        self._checks_timer.setInterval(250)
        self.period_selector.periodChanged.connect(self.set_period)
        self._enable()

    def _build_body(self) -> None:
        """The navigator, the docks, the scorecard grid (once)."""
        if self._body:
            return
        self._body = True
        from PySide6.QtCore import Qt

        from gui.app import load_bundled_fonts
        from gui.docks import ChecksModel, DetailPanel, HistoryModel, table_view
        from gui.navigator import Navigator
        from gui.scorecard_model import ScorecardModel
        from gui.scorecard_page import ScorecardPage

        load_bundled_fonts()  # DejaVu Sans draws every symbol of the grid and the key
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.scorecard_model = ScorecardModel(self)
        self.scorecard_page = ScorecardPage(self.scorecard_model, key_html())
        self.scorecard_view = self.scorecard_page.view
        self.key_label = self.scorecard_page.key_label
        self.pages.addWidget(self.scorecard_page)

        self.navigator = Navigator()
        self.navigator.add_page("dashboard", "Dashboard", after="scorecard")
        self.detail = DetailPanel()
        self.checks_model = ChecksModel(self)
        self.checks_view = table_view(self.checks_model, "Checks")
        self.history_model = HistoryModel(self)
        self.history_view = table_view(self.history_model, "History")
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        area = Qt.DockWidgetArea
        self.navigator_dock = self._dock("Navigator", self.navigator, area.LeftDockWidgetArea)
        self.checks_dock = self._dock("Checks", self.checks_view, area.BottomDockWidgetArea)
        self.detail_dock = self._dock("Indicator detail", detail_scroll,
                                      area.BottomDockWidgetArea)
        self.history_dock = self._dock("History", self.history_view, area.BottomDockWidgetArea)
        self.tabifyDockWidget(self.checks_dock, self.detail_dock)
        self.tabifyDockWidget(self.checks_dock, self.history_dock)
        self.checks_dock.raise_()
        self.trend_dock = QDockWidget("Trend", self)
        self.trend_dock.setObjectName("TrendDock")
        self.trend_dock.setAccessibleName("Trend")
        waiting = QLabel("The trend of the selected indicator appears here.")
        waiting.setWordWrap(True)
        self.trend_dock.setWidget(waiting)
        self.add_side_dock(self.trend_dock)
        view = self.menus["&View"]
        view.addSeparator()
        for dock in (self.navigator_dock, self.trend_dock, self.detail_dock, self.checks_dock,
                     self.history_dock):
            view.addAction(dock.toggleViewAction())
        if self._pending_state is not None and self.restoreState(self._pending_state):
            self._docks_sized = True
        self._pending_state = None
        if not self._docks_sized and self.isVisible():
            self._docks_sized = True
            QTimer.singleShot(0, self._size_docks)

        self._checks_timer.timeout.connect(self.run_checks)
        self._checks_timer.timeout.connect(self._row_changed)
        self.history_dock.visibilityChanged.connect(self._row_changed)
        self.navigator.pageChosen.connect(self.show_page)
        self.scorecard_model.scorecardChanged.connect(self._update)
        self.scorecard_view.messageShown.connect(self.say)
        self.scorecard_view.selectionModel().currentRowChanged.connect(self._indicator_changed)
        self.checks_view.doubleClicked.connect(self.go_to_finding)
        self.checks_view.activated.connect(self.go_to_finding)

    def _view_failed(self, exc: BaseException) -> None:
        """A view failed to follow a saved change: the change stands; say so, keep the log."""
        import logging

        logging.getLogger("craffu").error("a view failed to follow a saved change", exc_info=exc)
        self.say(f"The change was saved, but part of the window could not show it ({exc}); "
                 "reopen the pack to refresh it")

    def open_after_paint(self, path: Path, read_only: bool = False, *,
                         ask_read_only: Callable | None = None,
                         report_error: Callable[[str, str], None] | None = None,
                         failed: Callable[[], None] | None = None) -> None:
        """Say "Opening <pack>…" now; open ``path`` once the window has painted. A pack that
        cannot be opened is reported (``report_error``) and ``failed()`` is called."""
        path = Path(path)
        self.opening_label.setText(f"<center>Opening {escape(path.name)}…</center>")
        self.statusBar().showMessage(f"Opening {path}…")
        self.setWindowTitle(f"Opening {path.name}… \u2014 Craffu")

        def open_now() -> None:
            from gui.app import ask_open_read_only, open_pack, opening_period, show_open_error

            self._build_body()
            pack = open_pack(
                path, read_only,
                ask_read_only=ask_read_only or (lambda exc: ask_open_read_only(exc, self)),
                report_error=report_error or (lambda t, x: show_open_error(t, x, self)))
            self.statusBar().clearMessage()
            if pack is None:
                self.opening_label.setText(
                    f"<center>{escape(path.name)} could not be opened.<br>Use File \u25b8 "
                    "Open pack to choose another.</center>")
                self.setWindowTitle("Craffu")
                if failed is not None:
                    failed()
                return
            self.set_pack(pack, opening_period(pack), owns_pack=True)

        if self._first_paint.done and self.isVisible():
            QTimer.singleShot(0, open_now)
        else:
            self._after_first_paint.append(open_now)

    def _painted(self) -> None:
        self.firstPainted.emit()
        waiting, self._after_first_paint = self._after_first_paint, []
        for then in waiting:  # after everyone told of the paint, on the next pass
            QTimer.singleShot(0, then)

    # -- assembling ----------------------------------------------------------------------------

    def _dock(self, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title.replace(" ", "") + "Dock")
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def add_side_dock(self, dock: QDockWidget, width: int = 360) -> None:
        """Put ``dock`` (e.g. trend charts) in the right-hand area, kept free for it; docks
        added later are tabbed with the first."""
        from PySide6.QtCore import Qt

        right = Qt.DockWidgetArea.RightDockWidgetArea
        existing = [d for d in self.findChildren(QDockWidget)
                    if d is not dock and self.dockWidgetArea(d) == right]
        self.addDockWidget(right, dock)
        if existing:
            self.tabifyDockWidget(existing[0], dock)
        else:
            self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def _menus(self) -> None:
        from gui.actions import ACTIONS, MENUS

        menus = {name: self.menuBar().addMenu(name) for name in MENUS}
        for spec in ACTIONS:
            menu = menus[spec.menu]
            if spec.separator_before:
                menu.addSeparator()
            action = self.actions_by_id[spec.id]
            if spec.id == self.ActionId.OPEN_RECENT:
                self.recent_menu = QMenu(spec.text, self)
                self.recent_menu.aboutToShow.connect(self._fill_recent)
                action.setMenu(self.recent_menu)
            menu.addAction(action)
            action.triggered.connect(lambda _checked=False, i=spec.id: self.trigger(i))
        self.menus = menus

    def set_handler(self, action_id, handler) -> None:
        """Replace what an action does (e.g. Print, by the papers' preview)."""
        self.handlers[action_id] = handler

    def trigger(self, action_id) -> None:
        from gui.window_commands import default_handler

        handler = self.handlers.get(action_id) or default_handler(action_id)
        if handler is not None:
            handler(self)

    # -- the pack --------------------------------------------------------------------------

    def set_pack(self, pack, period: Period, owns_pack: bool = False) -> None:
        """Show ``pack`` at ``period``; closes the previous pack if the window owned it."""
        from gui.preferences import remember_pack
        from gui.undo import PackUndoStack

        self._build_body()
        old, old_owned = self.pack, self.owns_pack
        for editor in self.editors.values():
            if hasattr(editor, "detach"):
                editor.detach()
            self.pages.removeWidget(editor)
            editor.deleteLater()
        self.editors = {}
        if old is not None:
            old.unsubscribe(self._pack_changed)
        self.pack, self.owns_pack = pack, owns_pack
        self._period = period
        self.undo_stack = PackUndoStack(pack, self)
        self.undo_stack.cleanChanged.connect(self._update)
        self.undo_stack.indexChanged.connect(self._enable)
        self.undo_stack.refused.connect(self.say)
        self.scorecard_model.set_undo_stack(self.undo_stack)
        self.detail.set_undo_stack(self.undo_stack)
        self.scorecard_model.set_pack(pack, period)
        pack.subscribe(self._pack_changed)
        pack.on_subscriber_error = self._view_failed
        self.period_selector.set_years(pack, period)
        self.navigator.set_groups([g.name for g, _ in self.scorecard_model.scorecard.groups]
                                  if self.scorecard_model.scorecard else [])
        self.navigator.choose("scorecard")
        self.show_page("scorecard", None)
        if old is not None and old_owned and old is not pack:
            old.close()
        if getattr(pack.store, "path", None) and pack.path.name != ":memory:" \
                and pack.path.exists():
            remember_pack(pack.path)
        self._checks_timer.start()  # after the window has painted
        self._update()
        if self.trend_panel is not None:
            self._make_trend_panel()
        else:  # pyqtgraph is imported after the scorecard has reached the screen
            QTimer.singleShot(0, self._make_trend_panel)
        self.packShown.emit()

    def _make_trend_panel(self) -> None:
        """(Re)make the trend panel for the window's pack; it follows the selection from then."""
        if self.pack is None or (self.trend_panel is not None
                                 and self.trend_panel.pack is self.pack):
            return
        from gui.trend_panel import TrendPanel

        panel = TrendPanel(self.pack)
        panel.setAccessibleName("Trend of the selected indicator")
        panel.period_selected.connect(self.set_period)
        old = self.trend_dock.widget()
        self.trend_dock.setWidget(panel)
        if old is not None:
            old.deleteLater()
        self.trend_panel = panel
        panel.set_period(self.period)
        self._indicator_changed()

    @property
    def period(self) -> Period | None:
        return self.scorecard_model.period if self._body else None

    def set_period(self, period: Period) -> None:
        if not self._body or self.pack is None or period == self.scorecard_model.period:
            return
        self._period = period
        self.period_selector.set_period(period)
        self.scorecard_model.set_period(period)
        for editor in self.editors.values():
            if hasattr(editor, "set_period"):
                editor.set_period(period)
        if self.trend_panel is not None:
            self.trend_panel.set_period(period)
        self.run_checks()
        self._row_changed()
        self._update()

    def _pack_changed(self, changes) -> None:
        # Checks, detail and history follow a burst of changes once, a moment later, so that
        # an edit's statuses reach the screen first.
        self._checks_timer.start()
        if any(kind in ("indicator", "group") for kind, *_ in changes):
            scorecard = self.scorecard_model.scorecard
            self.navigator.set_groups([g.name for g, _ in scorecard.groups] if scorecard else [])
        self._enable()

    # -- pages ----------------------------------------------------------------------------

    def show_page(self, page: str, group: str | None = None) -> QWidget:
        from gui.window_commands import make_editor

        if not self._body or self.pack is None:
            return self.placeholder
        if page == "scorecard":
            widget = self.scorecard_page
            if group is not None:
                self.scorecard_page.set_filter(group, "", "")
        else:
            widget = self.editors.get(page)
            if widget is None:
                widget = make_editor(page, self)
                self.editors[page] = widget
                self.pages.addWidget(widget)
                if hasattr(widget, "messageShown"):
                    widget.messageShown.connect(self.say)
                self._follow_editor(page, widget)
        self.pages.setCurrentWidget(widget)
        self._indicator_changed()
        return widget

    def _follow_editor(self, page: str, editor: QWidget) -> None:
        """The trend, detail and history follow the indicator chosen in these editors too."""
        if page in ("indicators", "targets"):
            editor.table.selectionModel().currentRowChanged.connect(self._indicator_changed)
        elif page == "commentary":
            editor.indicators.currentRowChanged.connect(self._indicator_changed)

    def current_code(self) -> str | None:
        """The indicator of the scorecard grid's current row."""
        if not self._body:
            return None
        index = self.scorecard_view.currentIndex()
        row = self.scorecard_model.row_entry(index.row()) if index.isValid() else None
        return row.code if row else None

    def selected_code(self) -> str | None:
        """The indicator selected on the page shown: the grid's current row, or the indicator
        chosen in the indicator, target or commentary editor."""
        page = self.pages.currentWidget()
        for name in ("indicators", "targets"):
            if page is not None and page is self.editors.get(name):
                key = page.current_key()
                return key[0] if key else None
        if page is not None and page is self.editors.get("commentary"):
            return page.code
        return self.current_code()

    def _indicator_changed(self, *_args) -> None:
        if self.trend_panel is not None and self.pack is not None:
            code = self.selected_code()
            if code is not None and code != self.trend_panel.code:
                self.trend_panel.show_indicator(code)
        self._row_changed()

    def _row_changed(self, *_args) -> None:
        if self.pack is None or self.period is None:
            return
        code = self.selected_code()
        self.detail.show_indicator(self.pack, code, self.period)
        if self.history_dock.isVisible():
            self.history_model.show_indicator(self.pack, code)
        if self.trend_panel is not None and code is not None and code != self.trend_panel.code:
            self.trend_panel.show_indicator(code)

    # -- checks ----------------------------------------------------------------------------

    def run_checks(self) -> None:
        from decimal import Decimal

        from gui.docks import period_checks

        if self.pack is None or self.period is None:
            return
        findings = period_checks(self.pack, self.period, self.preferences.commentary_limit,
                                 Decimal(self.preferences.jump_percent))
        self.checks_model.set_findings(findings)
        errors = sum(1 for f in findings if f.severity == "error")
        self.checks_dock.setWindowTitle(
            f"Checks: {errors} error{'s' if errors != 1 else ''}, "
            f"{len(findings) - errors} warning{'s' if len(findings) - errors != 1 else ''}")

    def go_to_finding(self, index) -> None:
        from PySide6.QtCore import Qt

        finding = self.checks_model.data(index, Qt.ItemDataRole.UserRole)
        if finding is None:
            return
        if finding.field == "commentary":
            editor = self.show_page("commentary")
            self.navigator.choose("commentary")
            editor.show_indicator(finding.code)
            return
        if finding.field == "breakdown":
            self.navigator.choose("breakdowns")
            return
        self.navigator.choose("scorecard")
        self.show_page("scorecard")
        row = self.scorecard_model.row_of(finding.code)
        if row < 0:
            return
        if self.scorecard_view.isRowHidden(row):
            self.scorecard_page.set_filter()
        from gui.scorecard_model import Column

        column = {"target": Column.TARGET}.get(
            finding.field, Column.Q1 + finding.period.quarter - 1)
        index = self.scorecard_model.index(row, column)
        self.scorecard_view.setCurrentIndex(index)
        self.scorecard_view.scrollTo(index)
        self.scorecard_view.setFocus()

    # -- state shown ------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _enable(self, *_args) -> None:
        from gui.actions import ActionState, update_enabled

        pack = self.pack
        state = ActionState(
            has_pack=pack is not None,
            writable=pack is not None and not pack.read_only,
            final=pack is not None and self.period is not None and pack.is_final(self.period),
            can_undo=bool(self.undo_stack and self.undo_stack.canUndo()),
            can_redo=bool(self.undo_stack and self.undo_stack.canRedo()))
        update_enabled(self.actions_by_id, state)
        stack = self.undo_stack
        undo, redo = (self.actions_by_id[self.ActionId.UNDO],
                      self.actions_by_id[self.ActionId.REDO])
        undo.setText(f"&Undo {stack.undoText()}" if stack and stack.canUndo() else "&Undo")
        redo.setText(f"&Redo {stack.redoText()}" if stack and stack.canRedo() else "&Redo")

    def _update(self, *_args) -> None:
        if self.pack is None:
            return
        changed = self.undo_stack is not None and not self.undo_stack.isClean()
        self.setWindowTitle(window_title(self.pack.name, self.period, self.pack.read_only,
                                         changed))
        counts = self.scorecard_model.rag_counts()
        self.counts_label.setText(_counts_html(counts))
        self.counts_label.setAccessibleName(counts_text(counts))
        self.counts_label.setToolTip(counts_text(counts))
        if self.pack.read_only:
            saved = "Read-only: changes cannot be made"
        elif self.period is not None and self.pack.is_final(self.period):
            saved = f"{self.period.label} is final · every change is saved"
        else:
            saved = "Every change is saved"
        self.saved_label.setText(saved)
        self._enable()

    # -- layout memory -----------------------------------------------------------------------

    def restore_layout(self) -> None:
        from gui.preferences import settings

        s = settings()
        geometry, state = s.value("window/geometry"), s.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            if not self._body:  # the docks are made after the first paint
                self._pending_state = state
            elif self.restoreState(state):
                self._docks_sized = True

    def save_layout(self) -> None:
        from gui.preferences import settings

        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._docks_sized and self._body:  # first show: the grid gets the room
            self._docks_sized = True
            QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        from PySide6.QtCore import Qt

        self.resizeDocks([self.navigator_dock, self.trend_dock],
                         [170, max(280, min(380, self.width() // 5))],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.checks_dock], [max(110, self.height() // 8)],
                         Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        self._checks_timer.stop()
        for editor in self.editors.values():
            if hasattr(editor, "detach"):
                editor.detach()
        if self.pack is not None:
            self.pack.unsubscribe(self._pack_changed)
        if self._body:
            self.scorecard_model.detach()
        if self.owns_pack and self.pack is not None:
            self.pack.close()
        super().closeEvent(event)

    def _fill_recent(self) -> None:
        from gui.preferences import recent_packs
        from gui.window_commands import _open

        self.recent_menu.clear()
        packs = recent_packs()
        if not packs:
            self.recent_menu.addAction("(no recent packs)").setEnabled(False)
        for number, path in enumerate(packs, 1):
            action = self.recent_menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: _open(self, p))
