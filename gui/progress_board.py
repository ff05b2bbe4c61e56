"""The progress board of a data-collection round (``model.collection``), as a dock.

Rules:
- One row per group with indicators: group, contributors, state (in progress, submitted,
  accepted, returned), figures entered of the group's indicators, checks outstanding (errors,
  warnings), who last changed the state and when, and the officer's note.
- Buttons follow the role and the state: an officer opens and closes the period's round and
  accepts or returns (with a note saying what to correct) a submitted group; a contributor
  submits their own group. A button that cannot be used says why in its tooltip.
- The board follows the window's period and every save (the user's own and others'), and a
  refusal (say the round was closed meanwhile) is said in the status bar, never a traceback.
- Its words (headings, states, buttons and their reasons) are in the window's language and
  are said again when it changes (``changeEvent``); groups are shown by their Welsh names in
  the Welsh window (``gui.language.pack_text``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.language import current, pack_text, translate
from gui.roles import you_are
from model import collection as c
from model.errors import CraffuError
from model.words import period_label

__all__ = ["ProgressBoard", "COLUMNS"]

COLUMNS = (QT_TRANSLATE_NOOP("progress_board", "Group"),
           QT_TRANSLATE_NOOP("progress_board", "Contributors"),
           QT_TRANSLATE_NOOP("progress_board", "State"),
           QT_TRANSLATE_NOOP("progress_board", "Entered"),
           QT_TRANSLATE_NOOP("progress_board", "Errors"),
           QT_TRANSLATE_NOOP("progress_board", "Warnings"),
           QT_TRANSLATE_NOOP("progress_board", "By"),
           QT_TRANSLATE_NOOP("progress_board", "Note"))
#: A group's state (``model.collection``) as the board shows it.
STATES = {"in progress": QT_TRANSLATE_NOOP("progress_board", "in progress"),
          "submitted": QT_TRANSLATE_NOOP("progress_board", "submitted"),
          "accepted": QT_TRANSLATE_NOOP("progress_board", "accepted"),
          "returned": QT_TRANSLATE_NOOP("progress_board", "returned")}


class ProgressBoard(QWidget):
    def __init__(self, pack, period: Callable, say: Callable[[str], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pack = pack
        self._period = period
        self._say = say
        self.heading = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.
                                                           ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.open_button = QPushButton()
        self.close_button = QPushButton()
        self.submit_button = QPushButton()
        self.accept_button = QPushButton()
        self.return_button = QPushButton()
        self._words()
        buttons = QHBoxLayout()
        for button in (self.open_button, self.close_button, self.submit_button,
                       self.accept_button, self.return_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(lambda: self._run(c.open_round, self.period))
        self.close_button.clicked.connect(lambda: self._run(c.close_round, self.period))
        self.submit_button.clicked.connect(lambda: self._on_group(c.submit))
        self.accept_button.clicked.connect(lambda: self._on_group(c.accept))
        self.return_button.clicked.connect(self._ask_return)
        self.table.itemSelectionChanged.connect(self._enable)
        self.lines: list[c.GroupProgress] = []
        self._shown_period = None
        pack.subscribe(self._pack_changed)
        self.reload()

    def _words(self) -> None:
        """The board's fixed words, in the window's language."""
        self.table.setHorizontalHeaderLabels([translate("progress_board", column)
                                              for column in COLUMNS])
        self.table.setAccessibleName(
            translate("progress_board", "Progress of the data-collection round by group")
        )
        self.open_button.setText(translate("progress_board", "&Open for collection"))
        self.close_button.setText(translate("progress_board", "C&lose collection"))
        self.submit_button.setText(translate("progress_board", "&Submit group"))
        self.accept_button.setText(translate("progress_board", "&Accept"))
        self.return_button.setText(translate("progress_board", "&Return…"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The window's language changed: say everything again in it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._words()
            self.reload()

    @property
    def period(self):
        return self._period()

    def detach(self) -> None:
        self.pack.unsubscribe(self._pack_changed)

    def _pack_changed(self, _changes) -> None:
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._shown_period != self.period:
            self.reload()

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        period = self.period
        self._shown_period = period
        if period is None:
            return
        try:
            state = c.rounds(self.pack).get(period)
            self.lines = c.progress(self.pack, period)
        except CraffuError as exc:
            self._say(str(exc))
            return
        self.round_state = state
        said = {"open": translate("progress_board", "{period}: open for collection"),
                "closed": translate("progress_board", "{period}: collection closed")}.get(
                    state, translate("progress_board", "{period}: not open for collection"))
        self.heading.setText(said.format(period=period_label(period, current())))
        selected = self.selected_group()
        names = {g.name: pack_text(g.name, g.name_cy) for g in self.pack.groups()}
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            state = STATES.get(line.state)
            cells = (names.get(line.group) or line.group, ", ".join(line.contributors) or "—",
                     translate("progress_board", state) if state else line.state,
                     translate("progress_board", "{entered} of {indicators}").format(
                         entered=line.entered, indicators=line.indicators),
                     str(line.errors), str(line.warnings),
                     f"{line.by} {line.at}".strip() or "—", line.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if line.group == selected:
                self.table.selectRow(row)
        self._enable()

    def selected_group(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.lines):
            return None
        return self.lines[rows[0].row()].group

    def select_group(self, group: str) -> None:
        for row, line in enumerate(self.lines):
            if line.group == group:
                self.table.selectRow(row)

    # -- acting --------------------------------------------------------------------------------

    def _enable(self) -> None:
        access = self.pack.access
        officer = access.at_least("officer")
        is_open = getattr(self, "round_state", None) == "open"
        group = self.selected_group()
        state = next((line.state for line in self.lines if line.group == group), None)
        you = you_are(access.role) if not officer else ""

        def set_(button, allowed: bool, why: str) -> None:
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else why)

        set_(self.open_button, officer and not is_open,
             translate("progress_board", "already open") if is_open else translate(
                 "progress_board", "Opening a round is for an officer; {you_are}").format(
                 you_are=you))
        set_(self.close_button, officer and is_open,
             translate("progress_board", "not open") if not is_open else translate(
                 "progress_board", "Closing a round is for an officer; {you_are}").format(
                 you_are=you))
        mine = group is not None and (officer or group in access.groups)
        set_(self.submit_button, is_open and mine and state in ("in progress", "returned"),
             translate("progress_board",
                       "Choose a group of yours that is in progress or returned, in an open "
                       "round"))
        set_(self.accept_button, officer and is_open and state == "submitted",
             translate("progress_board", "Accepting is for an officer; {you_are}").format(
                 you_are=you) if not officer else
             translate("progress_board", "Choose a submitted group"))
        set_(self.return_button, officer and is_open and state in ("submitted", "accepted"),
             translate("progress_board", "Returning is for an officer; {you_are}").format(
                 you_are=you) if not officer else
             translate("progress_board", "Choose a submitted or accepted group"))

    def _run(self, step, *args) -> bool:
        try:
            said = step(self.pack, *args)
        except CraffuError as exc:
            self._say(str(exc))
            self.reload()
            return False
        self._say(said)
        self.reload()
        return True

    def _on_group(self, step) -> bool:
        group = self.selected_group()
        return group is not None and self._run(step, self.period, group)

    def return_selected(self, note: str) -> bool:
        group = self.selected_group()
        return group is not None and self._run(c.return_group, self.period, group, note)

    def _ask_return(self) -> None:
        group = self.selected_group()
        names = {g.name: pack_text(g.name, g.name_cy) for g in self.pack.groups()}
        note, ok = QInputDialog.getMultiLineText(
            self, translate("progress_board", "Return to the service — Craffu"),
            translate("progress_board", "What should {group}'s contributors correct?")
            .format(group=names.get(group) or group))
        if ok:
            self.return_selected(note)
