"""Craffu's main window: assembles the frame (menus, toolbar, period selector, status bar) and,
once it has painted, the body that shows the pack (``gui.workspace``).

Rules:
- The title is ``<pack name> — <period> — Craffu``, with `` [read-only]`` for a pack opened
  read-only, and `` (changes saved)`` once something was changed in this session: every edit is
  written to the pack file at once, so there is never unsaved work; the marker follows the undo
  stack's clean state (undoing back to the pack as opened removes it). It follows renames.
- The period selector (financial year and quarter) drives every view. Actions come from
  ``gui.actions`` (one declaration with shortcut and enablement); what they do is
  ``gui.window_commands`` (a window may replace any handler: ``set_handler``).
- Start-up paints first, then fills in: ``MainWindow.opening(path)`` shows the frame with
  "Opening <pack>…" where the grid goes, and only after that first paint imports the body
  (``gui.workspace``: the model, the scorecard, the docks and the editors, about 60 ms of
  imports), opens the pack and builds the scorecard (``packShown`` then). The user never sees a
  grid of another pack or of nothing: until the scorecard is in, the grid area says so, and
  the pack's actions are disabled. ``bench/gui_bench.py`` holds the first paint within 1.5x a
  bare window.
- The status bar counts Green, Amber and Red (and n/a, no data) for the period, always with the
  letter beside the colour; a key under the grid says what every symbol means.
- The window remembers its geometry and docks (QSettings) and always fits the screen's
  available area (``gui.window_layout``); the packs it opens are remembered as recent packs.
  A pack given to the window is not closed by it unless ``owns_pack``; packs opened from the
  File menu are owned and closed when replaced or when the window closes.
- The body's parts (``BODY_PARTS``: the scorecard model and view, the navigator, the docks,
  the editors …) are reached as attributes of the window, e.g. ``window.scorecard_model``.
"""

from __future__ import annotations

import logging
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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui import window_layout
from gui.actions import (
    ACTIONS,
    MENUS,
    ActionId,
    ActionState,
    action_text,
    build_actions,
    menu_title,
    update_enabled,
)
from gui.language import current, translate
from gui.opening import ask_open_read_only, open_pack, opening_period, show_open_error
from gui.period_selector import PeriodSelector
from gui.preferences import Preferences, recent_packs, remember_pack
from gui.window_words import (
    TOOLBAR,
    counts_text,
    retranslate_window,
    toolbar_words,
    window_title,
)

if TYPE_CHECKING:  # the model's periods are imported by the body, after the first paint
    from model.periods import Period

__all__ = ["MainWindow", "window_title", "counts_text", "BODY_PARTS"]

#: The parts of the body (``gui.workspace.Workspace``) reached as attributes of the window.
BODY_PARTS = frozenset((
    "scorecard_model", "scorecard_page", "scorecard_view", "key_label", "navigator", "detail",
    "checks_model", "checks_view", "history_model", "history_view", "navigator_dock",
    "checks_dock", "detail_dock", "history_dock", "trend_dock", "trend_panel", "editors"))


def _body():
    """The module of the window's body, ``gui.workspace``: the scorecard, the docks, the
    editors and the actions' handlers, with the model they read (about 60 ms of imports)."""
    # Lazy: imported after the window's first paint, so that the frame paints within 1.5x a
    # bare window (bench/gui_bench.py); the only import of the window done inside a function.
    from gui import workspace

    return workspace


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
        self.workspace = None
        #: How to ask about typed text the pack refuses on close (tests: a function of the
        #: window and the refusals returning "fix", "discard" or "cancel"; None: a dialog).
        self.ask_unsaved = None
        self.pack = None
        self.owns_pack = False
        self.undo_stack = None
        self.handlers: dict = {}
        self._period = period
        self._docks_sized = False
        self._pending_state: QByteArray | None = None
        self._after_first_paint: list[Callable[[], None]] = []
        self._build_frame()
        if pack is not None:
            self._build_body()
            self.set_pack(pack, period or pack.latest_period(), owns_pack=owns_pack)
        if restore:
            self.restore_layout()

    def __getattr__(self, name: str):
        # Called only for names the window itself lacks: the body's parts (BODY_PARTS).
        workspace = self.__dict__.get("workspace")
        if name in BODY_PARTS and workspace is not None:
            return getattr(workspace, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

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

        Deliberately light: no docks, no scorecard, and no import of Qt's ``Qt`` namespace
        (importing it costs 15-30 ms in PySide6: every dock area, alignment, item role and text
        format goes through it), so the first paint comes within 1.5x a bare window.
        The navigator, the docks and the grid follow in ``_build_body``, all in one pass.
        """
        self.ActionId = ActionId
        self.preferences = Preferences.load()
        self.placeholder = QWidget()
        self.placeholder.setAccessibleName(translate("main_window", "Opening the pack"))
        self.opening_label = QLabel("<center>{}</center>".format(
            translate("main_window", "Opening…")))
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
        self.toolbar = toolbar = self.addToolBar(translate("main_window", "Period"))
        toolbar.setObjectName("PeriodToolbar")
        toolbar.addWidget(self.period_selector)
        for action_id, _short in TOOLBAR:
            toolbar.addAction(self.actions_by_id[action_id])
        toolbar_words(self)

        self.counts_label = QLabel()
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(translate("main_window", "Saved state"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.period_selector.periodChanged.connect(self.set_period)
        self._enable()

    def _build_body(self) -> None:
        """The navigator, the docks, the scorecard grid (once)."""
        if self.workspace is not None:
            return
        self.workspace = _body().Workspace(self, self.pages)
        self.workspace.scorecard_model.scorecardChanged.connect(self._update)
        view = self.menus[MENUS[3]]
        view.addSeparator()
        for dock in self.workspace.docks():
            view.addAction(dock.toggleViewAction())
        if self._pending_state is not None and self.restoreState(self._pending_state):
            self._docks_sized = True
        self._pending_state = None
        if not self._docks_sized and self.isVisible():
            self._docks_sized = True
            QTimer.singleShot(0, self.workspace.size_docks)

    def open_after_paint(self, path: Path, read_only: bool = False, *,
                         ask_read_only: Callable | None = None,
                         report_error: Callable[[str, str], None] | None = None,
                         failed: Callable[[], None] | None = None) -> None:
        """Say "Opening <pack>…" now; open ``path`` once the window has painted. A pack that
        cannot be opened is reported (``report_error``) and ``failed()`` is called."""
        from model.address import location

        path = location(path)  # a file's Path, or a server pack's address
        opening = translate("main_window", "Opening {pack}…")
        self.opening_label.setText(f"<center>{escape(opening.format(pack=path.name))}</center>")
        self.statusBar().showMessage(opening.format(pack=path))
        self.setWindowTitle(opening.format(pack=path.name) + " \u2014 Craffu")

        def open_now() -> None:
            self._build_body()
            pack = open_pack(
                path, read_only,
                ask_read_only=ask_read_only or (lambda exc: ask_open_read_only(exc, self)),
                report_error=report_error or (lambda t, x: show_open_error(t, x, self)))
            self.statusBar().clearMessage()
            if pack is None:
                self.opening_label.setText("<center>{}</center>".format(translate(
                    "main_window", "{pack} could not be opened.<br>Use File \u25b8 Open pack "
                    "to choose another.").format(pack=escape(path.name))))
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

    def add_side_dock(self, dock: QDockWidget, width: int = 360) -> None:
        """Put ``dock`` (e.g. trend charts) in the right-hand area, kept free for it; docks
        added later are tabbed with the first (``gui.workspace.Workspace.add_side_dock``)."""
        self._build_body()
        self.workspace.add_side_dock(dock, width)

    def _menus(self) -> None:
        menus = {name: self.menuBar().addMenu(menu_title(name)) for name in MENUS}
        for spec in ACTIONS:
            menu = menus[spec.menu]
            if spec.separator_before:
                menu.addSeparator()
            action = self.actions_by_id[spec.id]
            if spec.id == ActionId.OPEN_RECENT:
                self.recent_menu = QMenu(action_text(spec), self)
                self.recent_menu.aboutToShow.connect(self._fill_recent)
                action.setMenu(self.recent_menu)
            menu.addAction(action)
            action.triggered.connect(lambda _checked=False, i=spec.id: self.trigger(i))
        self.menus = menus

    def retranslate(self) -> None:
        """Put the window's words in the language just chosen, in place
        (``gui.window_words.retranslate_window``)."""
        retranslate_window(self)

    def set_handler(self, action_id, handler) -> None:
        """Replace what an action does (e.g. Print, by the papers' preview)."""
        self.handlers[action_id] = handler

    def trigger(self, action_id) -> None:
        handler = self.handlers.get(action_id) or _body().default_handler(action_id)
        if handler is not None:
            handler(self)

    # -- the pack --------------------------------------------------------------------------

    def set_pack(self, pack, period: Period, owns_pack: bool = False) -> None:
        """Show ``pack`` at ``period``; closes the previous pack if the window owned it."""
        self._build_body()
        old, old_owned = self.pack, self.owns_pack
        if old is not None:
            self.save_typed(closing=False)
        self.workspace.let_go(old)
        self.pack, self.owns_pack = pack, owns_pack
        self._period = period
        self.undo_stack = _body().PackUndoStack(pack, self)
        self.undo_stack.cleanChanged.connect(self._update)
        self.undo_stack.indexChanged.connect(self._enable)
        self.undo_stack.refused.connect(self.say)
        self.undo_stack.typing.changed.connect(self._show_saved)
        pack.on_subscriber_error = self._view_failed
        self.workspace.show_pack(pack, period, self.undo_stack)
        if old is not None and old_owned and old is not pack:
            old.close()
        if getattr(pack.store, "path", None) and pack.path.name != ":memory:" \
                and pack.path.exists():
            remember_pack(pack.path)
        from gui.team_mode import attach_team_mode

        attach_team_mode(self, pack)  # a server pack: others' changes live, the user's role
        from gui.live_view import attach_live_view

        attach_live_view(self, pack)  # a read-only pack file: another Craffu's saves live
        self._update()
        self.packShown.emit()

    @property
    def period(self) -> Period | None:
        return self.workspace.period if self.workspace is not None else None

    def set_period(self, period: Period) -> None:
        if self.workspace is None or self.pack is None or period == self.period:
            return
        self.save_typed(closing=False)
        self._period = period
        self.period_selector.set_period(period)
        self.workspace.set_period(period)
        self._update()

    def _view_failed(self, exc: BaseException) -> None:
        """A view failed to follow a saved change: the change stands; say so, keep the log."""
        logging.getLogger("craffu").error(
            "a view failed to follow a saved change", exc_info=exc)  # not shown: the log
        self.say(translate("main_window", "The change was saved, but part of the window could "
                           "not show it ({problem}); reopen the pack to refresh it").format(
                               problem=exc))

    def pack_changed(self) -> None:
        """The pack changed (the body follows it; the actions' enablement may change)."""
        self._enable()

    # -- pages and checks (the body's) -------------------------------------------------------

    def show_page(self, page: str, group: str | None = None) -> QWidget:
        """Show navigator page ``page`` (the scorecard filtered to ``group`` when given)."""
        if self.workspace is None or self.pack is None:
            return self.placeholder
        return self.workspace.show_page(page, group)

    def current_code(self) -> str | None:
        """The indicator of the scorecard grid's current row."""
        return self.workspace.current_code() if self.workspace is not None else None

    def selected_code(self) -> str | None:
        """The indicator selected on the page shown (see ``gui.workspace``)."""
        return self.workspace.selected_code() if self.workspace is not None else None

    def run_checks(self) -> None:
        if self.workspace is not None:
            self.workspace.run_checks()

    def go_to_finding(self, index) -> None:
        if self.workspace is not None:
            self.workspace.go_to_finding(index)

    # -- state shown ------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def wrote(self, path: Path) -> None:
        """A file was written: say where, with Open and Show in folder (``gui.written``)."""
        from gui.written import show_written

        self.say(translate("main_window", "Wrote {path}").format(path=path))
        show_written(self, Path(path))

    def _enable(self, *_args) -> None:
        pack = self.pack
        state = ActionState(
            has_pack=pack is not None,
            writable=pack is not None and not pack.read_only,
            final=pack is not None and self.period is not None and pack.is_final(self.period),
            can_undo=bool(self.undo_stack and self.undo_stack.canUndo()),
            can_redo=bool(self.undo_stack and self.undo_stack.canRedo()))
        update_enabled(self.actions_by_id, state)
        stack = self.undo_stack
        undo, redo = self.actions_by_id[ActionId.UNDO], self.actions_by_id[ActionId.REDO]
        undo.setText(translate("main_window", "&Undo {change}").format(change=stack.undoText())
                     if stack and stack.canUndo() else translate("main_window", "&Undo"))
        redo.setText(translate("main_window", "&Redo {change}").format(change=stack.redoText())
                     if stack and stack.canRedo() else translate("main_window", "&Redo"))
        if getattr(self, "team_mode", None) is not None:
            self.team_mode.restrict()  # what the user's role on a server pack cannot do

    def _update(self, *_args) -> None:
        if self.pack is None:
            return
        changed = self.undo_stack is not None and not self.undo_stack.isClean()
        self.setWindowTitle(window_title(self.pack.name, self.period, self.pack.read_only,
                                         changed))
        counts = self.scorecard_model.rag_counts()
        self.counts_label.setText(_body().counts_html(counts))
        self.counts_label.setAccessibleName(counts_text(counts))
        self.counts_label.setToolTip(counts_text(counts))
        self._show_saved()
        self._enable()

    def _show_saved(self, *_args) -> None:
        """"Saving…" while typed text waits to be saved, else that every change is saved."""
        if self.pack is None:
            return
        if self.pack.read_only:
            saved = translate("main_window", "Read-only: changes cannot be made")
        elif self.undo_stack is not None and self.undo_stack.typing.pending:
            saved = translate("main_window", "Saving…")
        elif self.period is not None and self.pack.is_final(self.period):
            from model.words import period_label

            saved = translate("main_window", "{period} is final · every change is saved").format(
                period=period_label(self.period, current()))
        else:
            saved = translate("main_window", "Every change is saved")
        self.saved_label.setText(saved)

    # -- layout memory -----------------------------------------------------------------------

    def restore_layout(self) -> None:
        """The remembered size, place and docks, fitted to the screen (``gui.window_layout``)."""
        state = window_layout.restore_layout(self)
        if state is not None:
            if self.workspace is None:  # the docks are made after the first paint
                self._pending_state = state
            elif self.restoreState(state):
                self._docks_sized = True

    def save_layout(self) -> None:
        window_layout.save_layout(self)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        window_layout.fit_to_screen(self)
        QTimer.singleShot(0, lambda: window_layout.fit_to_screen(self))  # frame known now
        if not self._docks_sized and self.workspace is not None:  # first show: room for grid
            self._docks_sized = True
            QTimer.singleShot(0, self.workspace.size_docks)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.save_typed():
            event.ignore()
            return
        self.save_layout()
        if getattr(self, "live_view", None) is not None:
            self.live_view.detach()
        if self.workspace is not None:
            self.workspace.close()
        if self.owns_pack and self.pack is not None:
            self.pack.close()
        super().closeEvent(event)

    def save_typed(self, closing: bool = True) -> bool:
        """Save what is typed but not saved yet; False: the officer goes back to text the pack
        refused (``gui.unsaved.save_typed``)."""
        from gui.unsaved import save_typed

        return save_typed(self, closing)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        packs = recent_packs()
        if not packs:
            none = self.recent_menu.addAction(translate("main_window", "(no recent packs)"))
            none.setEnabled(False)
        open_file = _body().open_pack_file
        for number, path in enumerate(packs, 1):
            action = self.recent_menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: open_file(self, p))
        from gui.server_pack import add_recent_servers

        add_recent_servers(self, self.recent_menu)
