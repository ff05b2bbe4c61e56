"""The main window's body: everything that shows the open pack. The window (``gui.main_window``)
paints its frame first and builds this right after.

Rules:
- The navigator (left) chooses the central page: the scorecard grid (``gui.scorecard_page``),
  optionally filtered to a group, or an editor (``gui.pages``, made the first time its page is
  chosen). Docks at the bottom show checks, indicator detail and history (tabbed). The
  right-hand "Trend" dock shows the selected indicator's trend (``gui.trend_panel``).
- The trend, detail and history follow the indicator selected on the page shown (the grid's
  current row, or the indicator chosen in an editor: ``Editor.selected_indicator``) and the
  period; clicking a point of the trend selects that period.
- The period drives every view: scorecard, editors, trend and checks.
- Checks, detail and history follow a burst of changes once, 250 ms later, so that an edit's
  statuses reach the screen first. A finding double-clicked goes to its cell (or to the
  commentary, or the breakdowns).
- pyqtgraph (the trend panel) is a heavy library: it is imported a moment after the scorecard
  is shown, not before.
- View ▸ Zoom makes the text of the grids (the scorecard and the editors' tables) larger or
  smaller by a point at a time (``zoom``), remembered on this computer (``grid/zoom``).
- The Tab key moves between the page's own boxes and the navigator, never into the trend
  chart (its parts take the focus only when clicked).
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QScrollArea, QWidget

from gui.docks import ChecksModel, DetailPanel, HistoryModel, period_checks, table_view
from gui.language import pack_text, paper_language, translate
from gui.navigator import Navigator
from gui.opening import load_bundled_fonts
from gui.pages import Editor, make_page
from gui.preferences import settings
from gui.scorecard_columns import Column, dark_scheme
from gui.scorecard_model import ScorecardModel
from gui.scorecard_page import KEY_WORDS, ScorecardPage
from gui.undo import PackUndoStack
from gui.window_commands import default_handler, open_pack_file
from model import symbols
from model.periods import Period
from model.words import words

__all__ = ["Workspace", "key_html", "counts_html", "swatch", "default_handler",
           "open_pack_file", "PackUndoStack"]

def count_words(count: int, what: str) -> str:
    """``1 error``, ``2 errors`` … in the window's language (Welsh: the singular noun)."""
    texts = {"error": (QT_TRANSLATE_NOOP("workspace", "{count} error"),
                       QT_TRANSLATE_NOOP("workspace", "{count} errors")),
             "warning": (QT_TRANSLATE_NOOP("workspace", "{count} warning"),
                         QT_TRANSLATE_NOOP("workspace", "{count} warnings"))}[what]
    return translate("workspace", texts[count != 1]).format(count=count)


def swatch(rag: str) -> str:
    """A RAG status as rich text: its letter on its colour."""
    letter = escape(symbols.RAG_LETTER[rag])
    return (f'<span style="background-color:{symbols.RAG_FILL[rag]}; '
            f'color:{symbols.RAG_TEXT}; font-weight:bold">&nbsp;{letter}&nbsp;</span>')


def counts_html(counts: dict[str, int]) -> str:
    """The status bar's counts as rich text: each RAG letter on its colour, then the count."""
    language = paper_language()
    parts = [f"{swatch(rag)} {escape(words(rag, language))} <b>{counts.get(rag, 0)}</b>"
             for rag in symbols.RAGS]
    parts += [f"{escape(words(rag, language))} <b>{counts.get(rag, 0)}</b>"
              for rag in symbols.UNRATED]
    return " &nbsp;&middot;&nbsp; ".join(parts)


def key_html() -> str:
    """The key to the symbols, as rich text that wraps between groups of symbols."""
    groups = []
    for group in symbols.KEY_GROUPS:
        items = []
        for symbol, _english, meaning in group:
            said = words(KEY_WORDS[meaning], paper_language())
            if meaning in symbols.RAG_FILL:
                shown = swatch(meaning)
                said = said.split(": ", 1)[1]
            else:
                colour = symbols.arrow_colour(meaning, dark_scheme())
                style = "font-family:'DejaVu Sans'; font-size:large"  # not shown: a style
                if colour:
                    style += f"; color:{colour}"
                shown = f'<span style="{style}">{escape(symbol)}</span>'
            items.append(f"{shown}&nbsp;{escape(said)}")
        groups.append("<nobr>" + ", ".join(items) + "</nobr>")
    return ("<b>{}</b> ".format(escape(translate("workspace", "Key:")))
            + " &nbsp;&nbsp; ".join(groups) + " &nbsp;&nbsp; <nobr><i>{}</i></nobr>".format(
                escape(translate("workspace", "Hover over a cell for the explanation."))))


class Workspace(QObject):
    """The scorecard, the navigator, the docks and the editors of one window."""

    def __init__(self, window: QMainWindow, pages):
        super().__init__(window)
        self.window = window
        self.pages = pages
        self.editors: dict[str, Editor] = {}
        self.trend_panel = None
        load_bundled_fonts()  # DejaVu Sans draws every symbol of the grid and the key
        self.scorecard_model = ScorecardModel(window)
        self.scorecard_page = ScorecardPage(self.scorecard_model, key_html())
        self.scorecard_view = self.scorecard_page.view
        self.key_label = self.scorecard_page.key_label
        pages.addWidget(self.scorecard_page)

        self.navigator = Navigator()
        self.navigator.add_page("dashboard", QT_TRANSLATE_NOOP("navigator", "Dashboard"),
                                after="scorecard")
        self.detail = DetailPanel()
        self.checks_model = ChecksModel(window)
        self.checks_view = table_view(self.checks_model, translate("workspace", "Checks"))
        self.history_model = HistoryModel(window)
        self.history_view = table_view(self.history_model, translate("workspace", "History"))
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        area = Qt.DockWidgetArea
        # the docks' object names (not shown: their titles are ``_dock_titles``)
        self.navigator_dock = self._dock("Navigator",  # not shown: an object name
                                         self.navigator, area.LeftDockWidgetArea)
        self.checks_dock = self._dock("Checks",  # not shown: an object name
                                      self.checks_view, area.BottomDockWidgetArea)
        self.detail_dock = self._dock("Indicatordetail",  # not shown: an object name
                                      detail_scroll,
                                      area.BottomDockWidgetArea)
        self.history_dock = self._dock("History",  # not shown: an object name
                                       self.history_view, area.BottomDockWidgetArea)
        window.tabifyDockWidget(self.checks_dock, self.detail_dock)
        window.tabifyDockWidget(self.checks_dock, self.history_dock)
        self.checks_dock.raise_()
        self.trend_dock = QDockWidget(window)
        self.trend_dock.setObjectName("TrendDock")
        self._dock_titles()
        waiting = QLabel(translate("workspace",
                                   "The trend of the selected indicator appears here."))
        waiting.setWordWrap(True)
        self.trend_dock.setWidget(waiting)
        self.add_side_dock(self.trend_dock)
        window.counts_label.setTextFormat(Qt.TextFormat.RichText)

        self.checks_timer = QTimer(self)
        self.checks_timer.setSingleShot(True)
        self.checks_timer.setInterval(250)
        self.checks_timer.timeout.connect(self.run_checks)
        self.checks_timer.timeout.connect(self.row_changed)
        self.history_dock.visibilityChanged.connect(self.row_changed)
        self.navigator.pageChosen.connect(self.show_page)
        self.scorecard_view.messageShown.connect(window.say)
        self.scorecard_view.selectionModel().currentRowChanged.connect(self.indicator_changed)
        self.checks_view.doubleClicked.connect(self.go_to_finding)
        self.checks_view.activated.connect(self.go_to_finding)
        self.zoom_points = 0
        if int(settings().value("grid/zoom", 0) or 0):
            self.apply_zoom()

    # -- view ------------------------------------------------------------------------------

    ZOOM_RANGE = (-4, 16)

    def zoom(self, step: int) -> int:
        """Zoom the grids' text by ``step`` points (0: back to the usual size); remembered."""
        s = settings()
        current = int(s.value("grid/zoom", 0) or 0)
        low, high = self.ZOOM_RANGE
        points = 0 if step == 0 else max(low, min(high, current + step))
        s.setValue("grid/zoom", points)
        self.apply_zoom(points)
        if points == 0:
            said = translate("workspace", "Usual text size")
        elif points > 0:
            said = (translate("workspace", "Text larger by {points} point (View \u25b8 Actual "
                              "size: Ctrl+Alt+0)") if points == 1 else
                    translate("workspace", "Text larger by {points} points (View \u25b8 Actual "
                              "size: Ctrl+Alt+0)"))
        else:
            said = (translate("workspace", "Text smaller by {points} point (View \u25b8 "
                              "Actual size: Ctrl+Alt+0)") if points == -1 else
                    translate("workspace", "Text smaller by {points} points (View \u25b8 "
                              "Actual size: Ctrl+Alt+0)"))
        self.window.say(said.format(points=abs(points)))
        return points

    def apply_zoom(self, points: int | None = None) -> None:
        if points is None:
            points = int(settings().value("grid/zoom", 0) or 0)
        self.zoom_points = points
        font = QFont(QGuiApplication.font())
        if points:
            font.setPointSizeF(max(5.0, font.pointSizeF() + points))
        self.scorecard_view.setFont(font)
        self.scorecard_model.set_font(font if points else None)
        for editor in self.editors.values():
            table = getattr(editor, "table", None)
            if table is not None:
                table.setFont(font)
                table.resizeRowsToContents()

    def group_order(self) -> None:
        """The scorecard in the papers' order again (after a sort by a column)."""
        self.scorecard_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.scorecard_model.sort(-1)
        self.window.say(translate("workspace",
                                  "The scorecard is in group order, as in the papers"))

    def docks(self) -> list[QDockWidget]:
        """The docks, in the order the View menu lists them."""
        return [self.navigator_dock, self.trend_dock, self.detail_dock, self.checks_dock,
                self.history_dock]

    def add_side_dock(self, dock: QDockWidget, width: int = 360) -> None:
        """Put ``dock`` (e.g. trend charts) in the right-hand area, kept free for it; docks
        added later are tabbed with the first."""
        window = self.window
        right = Qt.DockWidgetArea.RightDockWidgetArea
        existing = [d for d in window.findChildren(QDockWidget)
                    if d is not dock and window.dockWidgetArea(d) == right]
        window.addDockWidget(right, dock)
        if existing:
            window.tabifyDockWidget(existing[0], dock)
        else:
            window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def _dock(self, name: str, widget: QWidget, area) -> QDockWidget:
        """A dock called ``name`` (its object name, kept in the remembered layout, is
        ``<name>Dock``; its title is in the window's language: ``_dock_titles``)."""
        dock = QDockWidget(self.window)
        dock.setObjectName(name + "Dock")
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        return dock

    def _dock_titles(self) -> None:
        for dock, title in ((self.navigator_dock, translate("workspace", "Navigator")),
                            (self.checks_dock, translate("workspace", "Checks")),
                            (self.detail_dock, translate("workspace", "Indicator detail")),
                            (self.history_dock, translate("workspace", "History")),
                            (self.trend_dock, translate("workspace", "Trend"))):
            dock.setWindowTitle(title)
            dock.setAccessibleName(title)

    def retranslate(self) -> None:
        """The body's words in the window's language (``MainWindow.retranslate``): dock titles,
        navigator, key, the grid's headings, checks, detail, history and trend; the editors'
        pages are made again and the page shown is shown again, with its indicator."""
        self._dock_titles()
        self.navigator.retranslate()
        self._show_groups()  # the groups' names in the language
        self.scorecard_page.retranslate(key_html())
        self.scorecard_model.reload()  # every cell's words, then the headings
        self.scorecard_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                    self.scorecard_model.columnCount() - 1)
        self.checks_model.retranslate()
        self.history_model.retranslate()
        self.detail.retranslate()
        self.checks_view.setAccessibleName(translate("workspace", "Checks"))
        self.history_view.setAccessibleName(translate("workspace", "History"))
        if self.trend_panel is not None:  # made again, in the new language
            self.trend_panel = None
            self.make_trend_panel()
        shown = self.pages.currentWidget()
        page = next((name for name, editor in self.editors.items() if editor is shown), None)
        code = self.selected_code()
        for editor in self.editors.values():
            editor.detach()
            self.pages.removeWidget(editor)
            editor.deleteLater()
        self.editors = {}
        if page is not None and self.pack is not None:
            widget = self.show_page(page)
            if code is not None and hasattr(widget, "select_indicator"):
                widget.select_indicator(code)
        self.run_checks()
        self.row_changed()

    def size_docks(self) -> None:
        """The grid gets the room: narrow navigator and trend, short bottom docks."""
        window = self.window
        window.resizeDocks([self.navigator_dock, self.trend_dock],
                           [170, max(280, min(380, window.width() // 5))],
                           Qt.Orientation.Horizontal)
        # the bottom docks show several lines (detail, history), not one to three
        window.resizeDocks([self.checks_dock], [max(180, window.height() // 4)],
                           Qt.Orientation.Vertical)

    # -- the pack ------------------------------------------------------------------------------

    @property
    def pack(self):
        return self.window.pack

    @property
    def period(self) -> Period | None:
        return self.scorecard_model.period

    def let_go(self, pack) -> None:
        """Stop following ``pack``: its editors are detached and removed."""
        for editor in self.editors.values():
            editor.detach()
            self.pages.removeWidget(editor)
            editor.deleteLater()
        self.editors = {}
        if pack is not None:
            pack.unsubscribe(self.pack_changed)

    def show_pack(self, pack, period: Period, stack: PackUndoStack) -> None:
        """Show ``pack`` at ``period``, editing through ``stack``, on the scorecard page."""
        self.scorecard_model.set_undo_stack(stack)
        self.detail.set_undo_stack(stack)
        self.scorecard_model.set_pack(pack, period)
        pack.subscribe(self.pack_changed)
        self.window.period_selector.set_years(pack, period)
        self._show_groups()
        self.navigator.choose("scorecard")
        self.show_page("scorecard", None)
        self.checks_timer.start()  # after the window has painted
        if self.trend_panel is not None:
            self.make_trend_panel()
        else:  # pyqtgraph is imported after the scorecard has reached the screen
            QTimer.singleShot(0, self.make_trend_panel)

    def _show_groups(self) -> None:
        scorecard = self.scorecard_model.scorecard
        groups = [g for g, _ in scorecard.groups] if scorecard else []
        self.navigator.set_groups([g.name for g in groups],
                                  {g.name: pack_text(g.name, g.name_cy) for g in groups})

    def make_trend_panel(self) -> None:
        """(Re)make the trend panel for the window's pack; it follows the selection from then."""
        if self.pack is None or (self.trend_panel is not None
                                 and self.trend_panel.pack is self.pack):
            return
        # Lazy: pyqtgraph (a heavy library) after the scorecard is on screen (module docstring).
        from gui.trend_panel import TrendPanel

        panel = TrendPanel(self.pack)
        panel.setAccessibleName(translate("workspace", "Trend of the selected indicator"))
        panel.period_selected.connect(self.window.set_period)
        for part in (panel, *panel.findChildren(QWidget)):  # Tab never wanders into the chart
            if part.focusPolicy() & Qt.FocusPolicy.TabFocus:
                part.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        old = self.trend_dock.widget()
        self.trend_dock.setWidget(panel)
        if old is not None:
            old.deleteLater()
        self.trend_panel = panel
        panel.set_period(self.period)
        self.indicator_changed()

    def set_period(self, period: Period) -> None:
        self.scorecard_model.set_period(period)
        for editor in self.editors.values():
            editor.set_period(period)
        if self.trend_panel is not None:
            self.trend_panel.set_period(period)
        self.run_checks()
        self.row_changed()

    def pack_changed(self, changes) -> None:
        # Checks, detail and history follow a burst of changes once, a moment later, so that
        # an edit's statuses reach the screen first.
        self.checks_timer.start()
        if any(kind in ("indicator", "group") for kind, *_ in changes):
            self._show_groups()
        self.window.pack_changed()

    def close(self) -> None:
        self.checks_timer.stop()
        for editor in self.editors.values():
            editor.detach()
        if self.pack is not None:
            self.pack.unsubscribe(self.pack_changed)
        self.scorecard_model.detach()

    # -- pages -------------------------------------------------------------------------------

    def show_page(self, page: str, group: str | None = None) -> QWidget:
        if self.pages.currentWidget() is not None:
            self.window.save_typed(closing=False)  # nothing typed is lost by moving on
        if page == "scorecard":
            widget = self.scorecard_page
            if group is not None:
                self.scorecard_page.set_filter(group, "", "")
        else:
            widget = self.editors.get(page)
            if widget is None:
                window = self.window
                widget = make_page(page, self.pack, window.undo_stack, self.period,
                                   window.preferences.commentary_limit)
                if page == "commentary" and self.current_code():
                    widget.select_indicator(self.current_code())
                self.editors[page] = widget
                self.pages.addWidget(widget)
                if self.zoom_points and getattr(widget, "table", None) is not None:
                    widget.table.setFont(self.scorecard_view.font())
                widget.messageShown.connect(window.say)
                widget.indicatorChanged.connect(self.indicator_changed)
        self.pages.setCurrentWidget(widget)
        self.indicator_changed()
        return widget

    def current_code(self) -> str | None:
        """The indicator of the scorecard grid's current row."""
        index = self.scorecard_view.currentIndex()
        row = self.scorecard_model.row_entry(index.row()) if index.isValid() else None
        return row.code if row else None

    def selected_code(self) -> str | None:
        """The indicator selected on the page shown: the one chosen in its editor, else the
        grid's current row."""
        page = self.pages.currentWidget()
        if isinstance(page, Editor):
            code = page.selected_indicator()
            if code is not None:
                return code
        return self.current_code()

    def indicator_changed(self, *_args) -> None:
        if self.trend_panel is not None and self.pack is not None:
            code = self.selected_code()
            if code is not None and code != self.trend_panel.code:
                self.trend_panel.show_indicator(code)
        self.row_changed()

    def row_changed(self, *_args) -> None:
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
        if self.pack is None or self.period is None:
            return
        preferences = self.window.preferences
        findings = period_checks(self.pack, self.period, preferences.commentary_limit,
                                 Decimal(preferences.jump_percent))
        self.checks_model.set_findings(findings)
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = len(findings) - errors
        self.checks_dock.setWindowTitle(translate("workspace", "Checks: {errors}, {warnings}")
                                        .format(errors=count_words(errors, "error"),
                                                warnings=count_words(warnings, "warning")))

    def go_to_finding(self, index) -> None:
        finding = self.checks_model.data(index, Qt.ItemDataRole.UserRole)
        if finding is None:
            return
        if finding.field == "commentary":
            editor = self.show_page("commentary")
            self.navigator.choose("commentary")
            editor.select_indicator(finding.code)
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
