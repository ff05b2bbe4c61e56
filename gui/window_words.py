"""The main window's own words in the window's language: its title, the status bar's counts,
the toolbar's short words, and putting every word of the window in a newly chosen language
(``retranslate_window``, called by ``MainWindow.retranslate``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.action_table import ACTIONS, ActionId
from gui.actions import action_text, menu_title, retranslate_actions
from gui.language import current, translate
from model import symbols

if TYPE_CHECKING:
    from model.periods import Period

__all__ = ["window_title", "counts_text", "TOOLBAR", "toolbar_words", "retranslate_window"]


#: The toolbar's actions and their short words.
TOOLBAR = ((ActionId.PREVIOUS_PERIOD, QT_TRANSLATE_NOOP("main_window", "\u25c0 Previous")),
           (ActionId.NEXT_PERIOD, QT_TRANSLATE_NOOP("main_window", "Next \u25b6")),
           (ActionId.UNDO, QT_TRANSLATE_NOOP("main_window", "Undo")),
           (ActionId.REDO, QT_TRANSLATE_NOOP("main_window", "Redo")),
           (ActionId.IMPORT, QT_TRANSLATE_NOOP("main_window", "Import…")),
           (ActionId.CHECKS, QT_TRANSLATE_NOOP("main_window", "Run checks")))


def window_title(pack_name: str, period: Period | None, read_only: bool,
                 changed: bool = False) -> str:
    """``pack — period — Craffu``; `` [read-only]`` for a read-only pack; ``(changes saved)``
    after the pack changed in this session (every edit is written at once: never "unsaved")."""
    from model.words import period_label

    parts = [pack_name]
    if period is not None:
        parts.append(period_label(period, current()))
    parts.append("Craffu")
    title = " \u2014 ".join(parts)
    if read_only:
        return translate("main_window", "{title} [read-only]").format(title=title)
    if changed:
        return translate("main_window", "{title} (changes saved)").format(title=title)
    return title


def counts_text(counts: dict[str, int]) -> str:
    """The status bar's counts as plain text, e.g. ``G Green 12 · A Amber 3 · R Red 4 · …``."""
    from model.words import words

    language = current()
    parts = [f"{symbols.RAG_LETTER[rag]} {words(rag, language)} {counts.get(rag, 0)}"
             for rag in symbols.RAGS]
    parts += [f"{words(rag, language)} {counts.get(rag, 0)}" for rag in symbols.UNRATED]
    return " \u00b7 ".join(parts)


def toolbar_words(window) -> None:
    for action_id, short in TOOLBAR:
        window.actions_by_id[action_id].setIconText(translate("main_window", short))


def retranslate_window(window) -> None:
    """Put the window's words in the language just chosen (``gui.language``), in place:
    menus, actions, toolbar, title, status bar, navigator, docks and the page shown (the
    editors' pages are made again, keeping the pack, period, page, selected indicator,
    undo history and anything typed, which is saved first)."""
    for name, menu in window.menus.items():
        menu.setTitle(menu_title(name))
    retranslate_actions(window.actions_by_id)
    window.recent_menu.setTitle(action_text(
        next(s for s in ACTIONS if s.id == ActionId.OPEN_RECENT)))
    window.toolbar.setWindowTitle(translate("main_window", "Period"))
    toolbar_words(window)
    window.placeholder.setAccessibleName(translate("main_window", "Opening the pack"))
    window.saved_label.setAccessibleName(translate("main_window", "Saved state"))
    window.period_selector.retranslate()
    if window.workspace is not None:
        if window.pack is not None:
            window.save_typed(closing=False)
        window.workspace.retranslate()
    window._update()
    window._enable()
