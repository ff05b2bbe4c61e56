"""Find words the window shows without translation: string literals passed to widget
constructors and setters in ``gui/`` outside ``translate`` (``gui.language``).

A literal is reported when it holds words (two letters in a row) once HTML tags, entities,
``{fields}`` and the name "Craffu" are taken out; so format-only strings ("{code} — Craffu",
"<b>{title}</b>", "%") pass. ``ALLOWED`` lists the rest that are rightly left as they are,
each with its reason. Used by ``tests/test_gui_language.py``; run it on its own to list what
is left: ``python -m tests.gui_words_scan``.

``english_left`` is the broad scan: every string literal anywhere in ``gui/`` (docstrings,
comparisons, subscripts, dictionary keys, imports and the arguments of calls that take data,
such as ``setObjectName``, ``QSettings`` or an exception for a programmer's error, aside) that
reads as words -- two words with a space, or one capitalised word such as "Code" or "&Add" --
must be inside ``translate`` or ``QT_TRANSLATE_NOOP``. A literal that is not shown to anyone
(a font family, a value saved in the settings) carries ``# not shown: <reason>`` on its line.
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
    ("gui/language.py", "Cymraeg"): "each language is named in itself in Preferences",
    ("gui/language.py", "English"): "each language is named in itself in Preferences",
    ("gui/language.py", "f'the Welsh catalogue is missing: {I18N / name}'"):
        "the Welsh cannot be shown when its catalogue is missing from the installation",
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


#: Calls whose string arguments are data, names or a programmer's message, never shown as words.
DATA_CALLS = NOT_SHOWN | frozenset((
    "getattr", "setattr", "hasattr", "Signal", "QSettings", "setValue", "value", "connect",
    "startswith", "endswith", "split", "replace", "join", "get", "pop", "setdefault",
    "findData", "setProperty", "property", "setObjectName", "setStyleSheet", "import_module",
    "ValueError", "KeyError", "TypeError", "RuntimeError", "AttributeError",
    "NotImplementedError", "AssertionError", "IndexError", "QColor", "QFont", "mkPen",
    "mkBrush", "strftime", "compile", "sub", "match", "search", "fullmatch", "findall",
    "debug", "info", "exception", "getenv",
))
NOT_SHOWN_MARK = "# not shown:"


def reads_as_words(text: str) -> bool:
    """Two words with a space between, or one capitalised word ("Code", "&Add…", "Title:")."""
    bare = re.sub(r"<[^>]*>|&\w+;|\{[^}]*\}|Craffu", "", text)
    return (" " in bare and re.search(r"[A-Za-z]{2,}[^\w\n]+[A-Za-z]{2,}", bare) is not None) \
        or re.fullmatch(r"\s*&?[A-Z][a-z&]+[:.…]?\s*", bare) is not None


def english_left(folder: Path = GUI) -> list[tuple[str, int, str]]:
    """(file, line, text) of every literal in ``folder`` that reads as words and is neither
    translated nor marked ``# not shown:`` (see the module's docstring)."""
    out = []
    for path in sorted(folder.rglob("*.py")):
        name = path.relative_to(folder.parent).as_posix()
        out += [(name, line, text) for line, text in _english_in(path.read_text("utf-8"))
                if (name, text) not in ALLOWED]
    return out


def _english_in(source: str) -> list[tuple[int, str]]:
    lines = source.splitlines()
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    out: list[tuple[int, str]] = []

    def marked(node) -> bool:
        last = getattr(node, "end_lineno", None) or node.lineno
        return any(NOT_SHOWN_MARK in lines[i - 1] for i in range(node.lineno, last + 1))

    def walk(node) -> None:
        if isinstance(node, ast.Call) and _name(node.func) in DATA_CALLS:
            return
        if isinstance(node, (ast.Compare, ast.Subscript, ast.Import, ast.ImportFrom)):
            return
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__"
                                                for t in node.targets):
            return  # the module's public names
        for annotated in ("annotation", "returns"):  # type annotations, as strings
            if getattr(node, annotated, None) is not None:
                setattr(node, annotated, None)
        if isinstance(node, ast.Dict):
            for value in node.values:
                walk(value)
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings and reads_as_words(node.value) and not marked(node):
                out.append((node.lineno, node.value))
            return
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            if reads_as_words(text) and not marked(node):
                out.append((node.lineno, ast.unparse(node)))
            return
        for child in ast.iter_child_nodes(node):
            walk(child)

    walk(tree)
    return out


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
    for file, line, text in untranslated() + english_left():
        print(f"{file}:{line}: {text!r}"[:200])
