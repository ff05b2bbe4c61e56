"""Find words the window shows without translation: string literals passed to widget
constructors and setters in ``gui/`` outside ``translate`` (``gui.language``).

A literal is reported when it holds words (two letters in a row) once HTML tags, entities,
``{fields}`` and the name "Craffu" are taken out; so format-only strings ("{code} — Craffu",
"<b>{title}</b>", "%") pass. ``ALLOWED`` lists the rest that are rightly left as they are,
each with its reason. Used by ``tests/test_gui_language.py``; run it on its own to list what
is left: ``python -m tests.gui_words_scan``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

GUI = Path(__file__).resolve().parent.parent / "gui"

#: Calls whose string arguments are shown to the user.
SINKS = frozenset((
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QDockWidget", "QToolButton", "QCommandLinkButton", "QMessageBox", "QProgressDialog",
    "QTableWidgetItem", "QListWidgetItem", "QStandardItem", "QTreeWidgetItem",
    "setText", "setToolTip", "setWindowTitle", "addAction", "setPlaceholderText", "addItem",
    "addItems", "insertItem", "setItemText", "setStatusTip", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "showMessage", "information",
    "warning", "critical", "question", "about", "setAccessibleName", "setAccessibleDescription",
    "addRow", "setTitle", "addTab", "setTabText", "setTabToolTip", "setSuffix", "setPrefix",
    "setSpecialValueText", "setWhatsThis", "setLabelText", "setIconText", "setInformativeText",
    "setDetailedText", "getOpenFileName", "getSaveFileName", "getExistingDirectory", "getText",
    "getItem", "getInt", "getDouble", "setNameFilter", "setNameFilters", "addMenu",
    "addToolBar", "say", "setCancelButtonText", "setButtonText", "addButton", "refuse",
    "FormField",
))
#: Which positional arguments of a sink are texts (others: data, parents, roles).
TEXT_ARGUMENTS = {
    "addItem": {0}, "insertItem": {1}, "setItemText": {1}, "information": {1, 2},
    "warning": {1, 2}, "critical": {1, 2}, "question": {1, 2}, "about": {1, 2}, "addRow": {0},
    "addTab": {1}, "setTabText": {1}, "setTabToolTip": {1}, "QMessageBox": {1, 2},
    "getOpenFileName": {1, 3}, "getSaveFileName": {1, 3}, "getExistingDirectory": {1},
    "getText": {1, 2}, "getItem": {1, 2}, "getInt": {1, 2}, "getDouble": {1, 2},
    "addButton": {0}, "QAction": {0}, "QMenu": {0}, "QDockWidget": {0}, "QLabel": {0},
    "QPushButton": {0}, "QCheckBox": {0}, "QRadioButton": {0}, "QGroupBox": {0},
    "addMenu": {0}, "addToolBar": {0}, "QProgressDialog": {0, 1}, "addAction": {0},
    "FormField": {1},
}
#: Calls inside a sink's argument whose strings are not shown as they are.
NOT_SHOWN = frozenset(("translate", "QT_TRANSLATE_NOOP", "words", "count_words", "escape",
                       "setObjectName", "QKeySequence"))

#: (file, text) left untranslated on purpose, with the reason.
ALLOWED: dict[tuple[str, str], str] = {
    ("gui/dashboard_cards.py", "8pt"): "a font size (pyqtgraph's setTitle size=), not words",
}


def _name(func) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def has_words(text: str) -> bool:
    bare = re.sub(r"<[^>]*>|&\w+;|\{[^}]*\}|Craffu", "", text)
    return re.search(r"[A-Za-z]{2}", bare) is not None


def _literals(node) -> list[ast.AST]:
    found = []

    def walk(n) -> None:
        if isinstance(n, ast.Call) and _name(n.func) in NOT_SHOWN:
            return
        if isinstance(n, ast.Compare):  # a comparison's strings are data ("breakdown", "en")
            return
        if isinstance(n, ast.Subscript):  # a key ("steps") is not shown; the value may be
            walk(n.value)
            return
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            if has_words(n.value):
                found.append(n)
            return
        if isinstance(n, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in n.values)
            if has_words(text):
                found.append(n)
            return
        for child in ast.iter_child_nodes(n):
            walk(child)

    walk(node)
    return found


def untranslated(folder: Path = GUI) -> list[tuple[str, int, str]]:
    """(file, line, text) of every literal shown without translation and not allowed."""
    out = []
    for path in sorted(folder.rglob("*.py")):
        name = path.relative_to(folder.parent).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _name(node.func) in SINKS):
                continue
            only = TEXT_ARGUMENTS.get(_name(node.func))
            arguments = [a for i, a in enumerate(node.args) if only is None or i in only]
            if only is None:
                arguments += [k.value for k in node.keywords]
            for argument in arguments:
                for literal in _literals(argument):
                    text = (literal.value if isinstance(literal, ast.Constant)
                            else ast.unparse(literal))
                    if (name, text) not in ALLOWED:
                        out.append((name, literal.lineno, text))
    return out


if __name__ == "__main__":
    for file, line, text in untranslated():
        print(f"{file}:{line}: {text!r}"[:200])
