"""Craffu's main window: assembles the navigator, the central editors, the docks and the actions.

Rules:
- The title is ``<pack name> — <period> — Craffu``, with `` [read-only]`` for a pack opened
  read-only, and `` (changes saved)`` once something was changed in this session: every edit is
  written to the pack file at once, so there is never unsaved work; the marker follows the undo
  stack's clean state (undoing back to the pack as opened removes it). It follows renames.
- The period selector (financial year and quarter) drives every view: scorecard, editors and
  checks. Actions come from ``gui.actions`` (one declaration with shortcut and enablement).
- The navigator chooses the central editor; docks at the bottom show checks, indicator detail
  and history (tabbed). The right-hand dock area is kept free for charts (``add_side_dock``).
- The status bar counts Green, Amber and Red (and n/a, no data) for the period, always with the
  letter beside the colour; a key under the grid says what every symbol means.
- The window remembers its geometry and docks (QSettings); the packs it opens are remembered
  as recent packs. A pack given to the window is not closed by it unless ``owns_pack``; packs
  opened from the File menu are owned and closed when replaced or when the window closes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, Qt, QTimer
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

from gui.scorecard_model import Column, ScorecardModel, dark_scheme
from model import symbols
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
    letter = escape(symbols.RAG_LETTER[rag])
    return (f'<span style="background-color:{symbols.RAG_FILL[rag]}; '
            f'color:{symbols.RAG_TEXT}; font-weight:bold">&nbsp;{letter}&nbsp;</span>')


def counts_text(counts: dict[str, int]) -> str:
    """The status bar's counts as plain text, e.g. ``G Green 12 · A Amber 3 · R Red 4 · …``."""
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


class MainWindow(QMainWindow):
    """The editor window for one pack at a time."""

    def __init__(self, pack, period: Period, parent: QWidget | None = None, *,
                 owns_pack: bool = False, restore: bool = False):
        super().__init__(parent)
        from gui.actions import ActionId, build_actions
        from gui.docks import ChecksModel, DetailPanel, HistoryModel, table_view
        from gui.navigator import Navigator
        from gui.period_selector import PeriodSelector
        from gui.preferences import Preferences
        from gui.scorecard_page import ScorecardPage

        self.setObjectName("MainWindow")
        self.pack = None
        self.owns_pack = False
        self.undo_stack = None
        self.preferences = Preferences.load()
        self.handlers: dict = {}
        self.editors: dict[str, QWidget] = {}
        self._period = period

        self.scorecard_model = ScorecardModel(self)
        self.scorecard_page = ScorecardPage(self.scorecard_model, key_html())
        self.scorecard_view = self.scorecard_page.view
        self.key_label = self.scorecard_page.key_label
        self.pages = QStackedWidget()
        self.pages.addWidget(self.scorecard_page)
        self.setCentralWidget(self.pages)

        self.navigator = Navigator()
        self.period_selector = PeriodSelector()
        self.detail = DetailPanel()
        self.checks_model = ChecksModel(self)
        self.checks_view = table_view(self.checks_model, "Checks")
        self.history_model = HistoryModel(self)
        self.history_view = table_view(self.history_model, "History")
        self.navigator_dock = self._dock("Navigator", self.navigator,
                                         Qt.DockWidgetArea.LeftDockWidgetArea)
        self.checks_dock = self._dock("Checks", self.checks_view,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        self.detail_dock = self._dock("Indicator detail", detail_scroll,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.history_dock = self._dock("History", self.history_view,
                                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.checks_dock, self.detail_dock)
        self.tabifyDockWidget(self.checks_dock, self.history_dock)
        self.checks_dock.raise_()
        self._docks_sized = False

        self.actions_by_id = build_actions(self)
        self.ActionId = ActionId
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
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName("Saved state")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._checks_timer = QTimer(self)
        self._checks_timer.setSingleShot(True)
        self._checks_timer.setInterval(250)
        self._checks_timer.timeout.connect(self.run_checks)
        self._checks_timer.timeout.connect(self._row_changed)
        self.history_dock.visibilityChanged.connect(self._row_changed)

        self.scorecard_model.scorecardChanged.connect(self._update)
        self.scorecard_view.messageShown.connect(self.say)
        self.period_selector.periodChanged.connect(self.set_period)
        self.navigator.pageChosen.connect(self.show_page)
        self.checks_view.doubleClicked.connect(self.go_to_finding)
        self.checks_view.activated.connect(self.go_to_finding)
        self.set_pack(pack, period, owns_pack=owns_pack)
        if restore:
            self.restore_layout()

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
        existing = [d for d in self.findChildren(QDockWidget)
                    if d is not dock and self.dockWidgetArea(d)
                    == Qt.DockWidgetArea.RightDockWidgetArea]
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
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
        view = menus["&View"]
        view.addSeparator()
        for dock in (self.navigator_dock, self.detail_dock, self.checks_dock,
                     self.history_dock):
            view.addAction(dock.toggleViewAction())
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
        self.scorecard_model.set_pack(pack, period)
        self.scorecard_view.selectionModel().currentRowChanged.connect(self._row_changed)
        pack.subscribe(self._pack_changed)
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

    @property
    def period(self) -> Period | None:
        return self.scorecard_model.period

    def set_period(self, period: Period) -> None:
        if period == self.scorecard_model.period:
            return
        self._period = period
        self.period_selector.set_period(period)
        self.scorecard_model.set_period(period)
        for editor in self.editors.values():
            if hasattr(editor, "set_period"):
                editor.set_period(period)
        self.run_checks()
        self._row_changed()

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
        self.pages.setCurrentWidget(widget)
        return widget

    def current_code(self) -> str | None:
        index = self.scorecard_view.currentIndex()
        row = self.scorecard_model.row_entry(index.row()) if index.isValid() else None
        return row.code if row else None

    def _row_changed(self, *_args) -> None:
        code = self.current_code()
        if self.pack is None or self.period is None:
            return
        self.detail.show_indicator(self.pack, code, self.period)
        if self.history_dock.isVisible():
            self.history_model.show_indicator(self.pack, code)

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
        if isinstance(state, QByteArray) and self.restoreState(state):
            self._docks_sized = True

    def save_layout(self) -> None:
        from gui.preferences import settings

        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._docks_sized:  # first show: the grid gets the room (unless restored)
            self._docks_sized = True
            QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        self.resizeDocks([self.navigator_dock], [220], Qt.Orientation.Horizontal)
        self.resizeDocks([self.checks_dock], [max(150, self.height() // 5)],
                         Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        for editor in self.editors.values():
            if hasattr(editor, "detach"):
                editor.detach()
        if self.pack is not None:
            self.pack.unsubscribe(self._pack_changed)
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
