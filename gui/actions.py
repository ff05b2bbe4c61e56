"""The editor's actions, declared once: id, menu, text, standard shortcut, and when enabled.

Rules:
- ``ACTIONS`` lists every action in menu order. The main window only assembles them
  (``build_actions``) and connects each id to a handler; it never creates its own QActions.
- Shortcuts are Qt's standard keys where one exists (Ctrl+N, Ctrl+O, Ctrl+Z, Ctrl+C, Ctrl+V,
  Ctrl+F, Ctrl+P, Ctrl+, for Preferences, Ctrl+Q), so an officer's habits from Office work;
  Redo is both Ctrl+Y and Ctrl+Shift+Z on every platform. The Go menu lists a shortcut for
  every page of the navigator (Ctrl+1 … Ctrl+0, Ctrl+Alt+B, Ctrl+Alt+R, Ctrl+Alt+S) and F6 for
  the navigator itself; the View menu zooms the grid (Ctrl+=, Ctrl+-, Ctrl+0 is a page: Ctrl+Alt+0
  resets) and puts the scorecard back in group order; Help (F1) opens the user guide.
- Enablement is a rule over the window's state (``ActionState``): e.g. editing actions need a
  writable pack, "Mark period final" a draft period. ``update_enabled`` re-applies every rule.
- What each action does is in ``gui.window_commands`` (papers: ``gui.paper_actions``; Excel:
  ``gui.excel_actions``); a window can replace any handler (``MainWindow.set_handler``).
- Menu titles, texts and tips are English here, marked for translation
  (``QT_TRANSLATE_NOOP``, context ``actions``) and shown through ``action_text``,
  ``action_tip`` and ``menu_title`` in the window's language (``gui.language``);
  ``retranslate_actions`` puts them in a newly chosen language.
- Papers and workbooks can be made from a read-only pack (they only read it); importing needs a
  writable one.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from gui.action_table import (
    ACTIONS,
    MENUS,
    PAGE_ACTIONS,
    PAGE_OF_ACTION,
    PAGE_TIP,
    ActionId,
    ActionSpec,
    ActionState,
)
from gui.language import translate

__all__ = ["ActionId", "ActionSpec", "ActionState", "ACTIONS", "MENUS", "PAGE_ACTIONS",
           "PAGE_OF_ACTION", "build_actions", "update_enabled", "shortcut_rows", "action_text",
           "action_tip", "menu_title", "retranslate_actions"]


_FALLBACK = {ActionId.QUIT: "Ctrl+Q", ActionId.PREFERENCES: "Ctrl+,"}


def action_text(spec: ActionSpec) -> str:
    """The action's menu text in the window's language."""
    return translate("actions", spec.text)


def action_tip(spec: ActionSpec) -> str:
    """The action's tip in the window's language (a page's names the page)."""
    if spec.tip == PAGE_TIP:
        page = action_text(spec).replace("&", "")
        return translate("actions", PAGE_TIP).format(page=page[:1].lower() + page[1:])
    return translate("actions", spec.tip)


def menu_title(menu: str) -> str:
    return translate("actions", menu)


def retranslate_actions(actions: dict[ActionId, QAction]) -> None:
    """Put every action's text and tips in the window's language (after a change of
    language)."""
    for spec in ACTIONS:
        action = actions[spec.id]
        action.setText(action_text(spec))
        action.setStatusTip(action_tip(spec))
        action.setToolTip(action_tip(spec))


def build_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """One QAction per spec, with text, tip, shortcut and an object name of its id."""
    actions: dict[ActionId, QAction] = {}
    for spec in ACTIONS:
        action = QAction(action_text(spec), parent)
        action.setObjectName(spec.id.value)
        action.setStatusTip(action_tip(spec))
        action.setToolTip(action_tip(spec))
        if spec.shortcut is not None:
            key = spec.shortcut
            sequences = ([QKeySequence(key)] if isinstance(key, str)
                         else QKeySequence.keyBindings(key))
            sequences = [s for s in sequences if not s.isEmpty()]
            if not sequences and spec.id in _FALLBACK:  # the platform has no standard key
                sequences = [QKeySequence(_FALLBACK[spec.id])]
            if spec.id == ActionId.REDO:  # both habits, on every platform
                sequences = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
            if spec.id == ActionId.ZOOM_IN:  # Ctrl++ too (with or without Shift)
                sequences.append(QKeySequence("Ctrl++"))
            action.setShortcuts(sequences)
        actions[spec.id] = action
    return actions


def update_enabled(actions: dict[ActionId, QAction], state: ActionState) -> None:
    for spec in ACTIONS:
        actions[spec.id].setEnabled(bool(spec.enabled(state)))


def shortcut_rows(actions: dict[ActionId, QAction]) -> list[tuple[str, str, str]]:
    """(menu, action, keys) of every action with a shortcut, in menu order (Help ▸ Keyboard
    shortcuts)."""
    rows = []
    for spec in ACTIONS:
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                         for s in actions[spec.id].shortcuts())
        if keys:
            rows.append((menu_title(spec.menu).replace("&", ""),
                         action_text(spec).replace("&", "").rstrip("…"), keys))
    return rows
