"""A window on a server pack: others' changes arriving live, and what the user's role allows.

Rules:
- Others' saves reach the window within about a second: the server announces each save on the
  pack's channel (LISTEN/NOTIFY); a socket notifier on the pack's connection wakes the window
  when an announcement arrives, and a one-second timer looks as well. ``Pack.refresh`` then
  brings the changed records in and tells the views as for the user's own edits, so the
  scorecard updates in place (the current cell and scroll position are kept) and the status
  bar says who saved what.
- The status bar shows the user's role on the pack; actions the role cannot do are disabled,
  with the reason as their tooltip (e.g. marking a period final is for an approver). The
  database enforces the same rules whatever the window shows (``model.server_schema``).
- A lost connection is said in the status bar; the window keeps showing the pack as it was.
- The role and the refusals are said in the window's language, and said again when it changes
  (Qt's LanguageChange reaches ``TeamMode`` as a child of the window).
- The progress board of a data-collection round (``gui.progress_board``) is a dock of the
  window.
- ``attach_team_mode(window, pack)`` is called when a window is given a pack: it sets this up
  for a server pack (and takes down the previous one's); for a file pack it does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QLabel

from gui.language import translate
from gui.roles import you_are
from model.errors import CraffuError

__all__ = ["TeamMode", "attach_team_mode", "role_summary", "refusals", "you_are"]

POLL_MS = 1000

#: Each role in a sentence for the status bar ({user}; a contributor's {groups}).
_SUMMARIES = {
    "viewer": QT_TRANSLATE_NOOP("team_mode", "{user}: viewer — you can read and print this pack"),
    "contributor": QT_TRANSLATE_NOOP(
        "team_mode", "{user}: contributor for {groups} — you enter their figures and commentary "
        "in a period open for collection"),
    "officer": QT_TRANSLATE_NOOP(
        "team_mode", "{user}: officer — you can change everything but whether a period is final"),
    "approver": QT_TRANSLATE_NOOP(
        "team_mode", "{user}: approver — you can change everything and mark periods final"),
    "owner": QT_TRANSLATE_NOOP(
        "team_mode", "{user}: owner — you created this pack and can change everything"),
}
#: "you are a …" for each role, ending a refusal ("… is for an approver; you are a viewer").
#: What follows "{user} saved …" when others were saved too (one, or more).
_MORE = (QT_TRANSLATE_NOOP("team_mode", " and {count} more save"),
         QT_TRANSLATE_NOOP("team_mode", " and {count} more saves"))


def role_summary(access) -> str:
    """The user's role in a sentence, for the status bar."""
    groups = ", ".join(sorted(access.groups)) or translate("team_mode", "no group yet")
    return translate("team_mode", _SUMMARIES[access.role]).format(user=access.user,
                                                                  groups=groups)


def refusals(access) -> dict[str, str]:
    """Action ids (``gui.actions.ActionId`` values) the role cannot use, with the reason."""
    from gui.actions import ActionId

    found: dict[str, str] = {}
    if not access.at_least("approver"):
        reason = translate(
            "team_mode", "Marking a period final or reopening it is for an approver; {you_are}"
        ).format(you_are=you_are(access.role))
        found[ActionId.MARK_FINAL] = reason
        found[ActionId.REOPEN] = reason
    if access.role == "viewer":
        reason = translate("team_mode",
                           "You are a viewer of this pack: you can read it, not change it")
        for action_id in (ActionId.IMPORT, ActionId.IMPORT_FOLDER, ActionId.IMPORT_TRANSLATION):
            found[action_id] = reason
    return found


class TeamMode(QObject):
    """Live refresh, role and progress board for one window on one server pack."""

    def __init__(self, window, pack):
        super().__init__(window)
        self.window = window
        self.pack = pack
        self.notifier = QSocketNotifier(pack.store.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.role_label = QLabel()
        self._say_role()
        window.statusBar().addPermanentWidget(self.role_label)
        self.board_dock = None
        self._make_board()

    def _say_role(self) -> None:
        self.role_label.setText(role_summary(self.pack.access))
        self.role_label.setToolTip(f"{self.pack.path.name} · {role_summary(self.pack.access)}")

    def event(self, event) -> bool:
        """The window's language changed: say the role, the dock and the refusals again."""
        if (event.type() == QEvent.Type.LanguageChange
                and getattr(self, "board_dock", None) is not None):
            self._say_role()
            self.board_dock.setWindowTitle(translate("team_mode", "Collection"))
            self.restrict()
        return super().event(event)

    def _make_board(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget

        from gui.progress_board import ProgressBoard

        self.board = ProgressBoard(self.pack, lambda: self.window.period, self.window.say)
        dock = QDockWidget(translate("team_mode", "Collection"), self.window)
        dock.setObjectName("collection_dock")
        dock.setWidget(self.board)
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.board_dock = dock

    def refresh(self, *_args) -> list:
        """Bring in others' saves (if any were announced) and say who saved what."""
        if self.pack.store.conn.closed:
            self.detach()
            return []
        before = self.pack.store.revision
        try:
            changes = self.pack.refresh()
        except CraffuError as exc:
            self.window.say(
                translate(
                    "team_mode", "Cannot reach the server; showing the pack as it was: {exc}"
                ).format(exc=exc)
            )
            return []
        if self.pack.store.revision != before:  # records, or a collection step, were saved
            news = self.pack.store.news
            if news:
                _at, user, action = news[-1]
                count = len(news) - 1
                more = translate("team_mode", _MORE[count != 1]).format(
                    count=count) if count else ""
                self.window.say(
                    translate("team_mode", "{user} saved “{action}”{more}").format(
                        user=user, action=action, more=more
                    )
                )
            self.board.reload()
        return changes

    def restrict(self) -> None:
        """Disable what the role cannot do, saying why (after the window's own rules)."""
        reasons = refusals(self.pack.access)
        for action_id, action in self.window.actions_by_id.items():
            reason = reasons.get(action_id)
            if reason:
                action.setEnabled(False)
                action.setToolTip(reason)
                action.setStatusTip(reason)

    def detach(self) -> None:
        self.timer.stop()
        self.notifier.setEnabled(False)
        if self.board_dock is not None:
            self.board.detach()
            self.window.removeDockWidget(self.board_dock)
            self.board_dock.deleteLater()
            self.board_dock = None
        self.window.statusBar().removeWidget(self.role_label)
        self.role_label.deleteLater()


def attach_team_mode(window, pack) -> TeamMode | None:
    """Set up (or take down) team mode for the pack a window now shows."""
    old = getattr(window, "team_mode", None)
    if old is not None:
        old.detach()
        old.deleteLater()
    window.team_mode = None
    if pack is None or not pack.shared:
        return None
    from gui.server_pack import remember_server

    remember_server(pack.store.address)
    window.team_mode = TeamMode(window, pack)
    window.team_mode.restrict()
    return window.team_mode
