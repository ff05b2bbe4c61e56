"""The window in Welsh (issue 12): every word of ``gui/`` translatable, the ``cy`` catalogue
complete and current (its ``.qm`` the compiled ``.ts``), Qt's own dialog words in Welsh, the
language chosen in Preferences or with ``--lang``, and a switch that keeps the officer's work."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui import language
from gui.language import I18N
from tests.gui_words_scan import GUI, english_left, untranslated

BIN = Path(sys.executable).parent
FIELD = re.compile(r"\{[^{}]*\}")


@pytest.fixture
def welsh(qapp):
    """The window's words in Welsh for one test, English again after it."""
    language.install("cy", qapp)
    yield
    language.install("en", qapp)


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


def test_every_word_shown_in_gui_goes_through_translation():
    left = untranslated()
    assert not left, "words shown untranslated:\n" + "\n".join(
        f"{file}:{line}: {text!r}" for file, line, text in left)


def test_the_scan_finds_an_untranslated_word(tmp_path):
    folder = tmp_path / "gui"
    folder.mkdir()
    (folder / "planted.py").write_text(
        'from gui.language import translate\n'
        'def f(label, box, code):\n'
        '    label.setText("Not translated")\n'
        '    box.setToolTip(f"Refused: {code}")\n'
        '    label.setText(translate("planted", "Translated"))\n'
        '    label.setText("<b>{}</b>".format(code))\n', encoding="utf-8")
    assert [(line, text) for _f, line, text in untranslated(folder)] == [
        (3, "Not translated"), (4, "f'Refused: {code}'")]


def test_no_english_is_left_anywhere_in_gui():
    """The broad scan: every literal of gui/ that reads as words is translated, or marked as
    never shown, wherever it is (a table, a default, an f-string built before it is shown)."""
    left = english_left()
    assert not left, "English left in gui/:\n" + "\n".join(
        f"{file}:{line}: {text!r}" for file, line, text in left)


def test_the_broad_scan_finds_words_wherever_they_are(tmp_path):
    folder = tmp_path / "gui"
    folder.mkdir()
    (folder / "planted.py").write_text(
        '"""A docstring is not shown."""\n'
        'from PySide6.QtCore import QT_TRANSLATE_NOOP\n'
        'from gui.language import translate\n'
        '__all__ = ["Planted"]\n'
        'HEADERS = ("Code", QT_TRANSLATE_NOOP("planted", "Title"))\n'
        'def f(kind, code, font):\n'
        '    message = f"There is no indicator {code}"\n'
        '    if kind == "Some words":\n'
        '        font.setFamilies(["DejaVu Sans"])  # not shown: a font family\n'
        '    return translate("planted", "Kept {code}").format(code=code), message, "id_only"\n',
        encoding="utf-8")
    assert [(line, text) for _f, line, text in english_left(folder)] == [
        (5, "Code"), (7, "f'There is no indicator {code}'")]


def test_the_welsh_window_shows_the_packs_welsh(qtbot, window, qapp):
    """Indicator titles, group names and the trend chart in the window's language; the
    English where a text has no Welsh yet."""
    from PySide6.QtCore import Qt

    from gui.scorecard_model import Column
    from gui.window_commands import set_window_language
    from model import records as r
    from model.commands import put

    pack = window.pack
    group = pack.get("group", ("Demand",))
    indicator = pack.indicator("D1")
    pack.apply(put("Welsh", group.replace(name_cy="Galw"),
                   indicator.replace(title_cy="Cysylltiadau a ddaeth i law")))
    assert isinstance(group, r.Group)

    def title_of(code):
        model = window.scorecard_model
        row = model.row_of(code)
        return model.data(model.index(row, Column.TITLE), Qt.ItemDataRole.DisplayRole)

    try:
        set_window_language(window, "cy")
        assert title_of("D1") == "Cysylltiadau a ddaeth i law"
        assert title_of("K1.23") == "Social worker vacancy rate"  # no Welsh yet: as entered
        model = window.scorecard_model
        tip = model.data(model.index(model.row_of("K1.22"), Column.RAG),
                         Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("Coch") and "target" not in tip  # the status explained in Welsh
        groups = window.navigator.items["scorecard"]
        assert [groups.child(i).text(0) for i in range(groups.childCount())][0] == "Galw"
        window.workspace.make_trend_panel()
        panel = window.workspace.trend_panel
        panel.show_indicator("D1")
        assert panel.chart is not None and "Cysylltiadau a ddaeth i law" in panel.chart.title
        assert "target" not in panel.chart.alt_text
    finally:
        set_window_language(window, "en")
    assert title_of("D1") == "Contacts received by Children's Services"
    assert groups.child(0).text(0) == "Demand"


@pytest.mark.parametrize("name", ["craffu_cy", "qt_cy"])
def test_the_welsh_catalogue_is_complete_and_its_qm_is_current(name, tmp_path):
    source = I18N / f"{name}.ts"
    messages = _messages(source)
    assert messages
    for (context, text), translation in messages.items():
        assert translation is not None and (translation.text or "").strip(), (context, text)
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), text
        assert sorted(FIELD.findall(translation.text)) == sorted(FIELD.findall(text)), text
    compiled = tmp_path / f"{name}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(source), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == (I18N / f"{name}.qm").read_bytes(), \
        f"{name}.qm is not the compiled {name}.ts: run pyside6-lrelease"


def test_the_catalogue_holds_exactly_the_words_of_gui(tmp_path):
    """lupdate over gui/ now finds the same messages as the committed catalogue."""
    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(I18N / "craffu_cy.ts", fresh)
    subprocess.run([str(BIN / "pyside6-lupdate"), *sorted(map(str, GUI.rglob("*.py"))),
                    "-ts", str(fresh), "-no-obsolete", "-source-language", "en_GB",
                    "-target-language", "cy_GB"], check=True, capture_output=True)
    assert set(_messages(fresh)) == set(_messages(I18N / "craffu_cy.ts")), \
        "resources/i18n/craffu_cy.ts is out of date: run pyside6-lupdate (see gui/language.py)"


def test_qt_dialog_buttons_read_welsh(welsh, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Craffu", "?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close)
    qtbot.addWidget(box)
    texts = {b: box.button(b).text().replace("&", "") for b in (
        QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Close)}
    assert list(texts.values()) == ["Iawn", "Canslo", "Ie", "Na", "Cadw", "Cau"]


def test_the_language_follows_the_locale_until_chosen(monkeypatch):
    assert language.system_language({"LANG": "cy_GB.UTF-8"}) == "cy"
    assert language.system_language({"LC_ALL": "en_GB.UTF-8"}) == "en"
    from gui.preferences import settings

    settings().remove("interface/language")
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert language.chosen() == "cy"
    language.choose("en")
    assert language.chosen() == "en"
    settings().remove("interface/language")
    with pytest.raises(ValueError):
        language.choose("fr")


def test_lang_at_launch_reaches_the_window(monkeypatch):
    import gui.app
    import main

    seen = {}
    monkeypatch.setattr(gui.app, "run_app", lambda pack, read_only=False, language=None:
                        seen.setdefault("language", language) and 0)
    main.main(["--lang", "cy"])
    assert seen == {"language": "cy"}
    seen.clear()
    main.main([])
    assert seen == {"language": None}  # the window's own choice (Preferences, else locale)


def test_switching_to_welsh_keeps_the_work_and_the_place(qtbot, window, qapp):
    from PySide6.QtCore import Qt

    from gui.scorecard_model import Column
    from gui.window_commands import set_window_language

    commentary = window.show_page("commentary")
    window.navigator.choose("commentary")
    code = commentary.selected_indicator()
    steps = window.undo_stack.count()
    try:
        set_window_language(window, "cy")
        assert window.menus["&File"].title() == "&Ffeil"
        assert window.actions_by_id[window.ActionId.UNDO].text().startswith("&Dadwneud")
        assert window.navigator.items["scorecard"].text(0) == "Cerdyn sgorio"
        assert window.checks_dock.windowTitle().startswith("Gwiriadau:")
        assert window.history_dock.windowTitle() == "Hanes"
        assert window.period_selector.quarter.itemText(0) == "Ch1 (Ebr–Meh)"
        across = Qt.Orientation.Horizontal
        assert window.scorecard_model.headerData(Column.TARGET, across) == "Targed"
        assert "Allwedd:" in window.key_label.text() and "ar y targed" in window.key_label.text()
        assert window.saved_label.text() == "Mae pob newid wedi'i gadw"
        page = window.pages.currentWidget()
        assert page is window.editors["commentary"] and page is not commentary
        assert page.selected_indicator() == code
        assert window.undo_stack.count() == steps
        assert window.pack is not None and window.period.quarter == 3
    finally:
        set_window_language(window, "en")
    assert window.menus["&File"].title() == "&File"
    assert window.scorecard_model.headerData(Column.TARGET, across) == "Target"
    assert window.checks_dock.windowTitle().startswith("Checks:")


def test_preferences_offer_the_language(qtbot, welsh):
    from gui.preferences import Preferences, PreferencesDialog

    dialog = PreferencesDialog(Preferences(language="cy"))
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "Cymraeg", "English"]
    assert dialog.preferences().language == "cy"
    assert dialog.windowTitle() == "Dewisiadau — Craffu"
