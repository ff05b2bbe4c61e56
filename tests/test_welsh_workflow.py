"""The officers' translation workflow in the window: "Needs Welsh only" on the text editors, the
untranslated texts out to a translator and the translator's workbook back in (issue 12)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from gui.actions import ActionId
from model import records as r
from model.commands import put
from model.translation_import import COLUMN, FIRST_ROW, WELSH
from tests.conftest import Q3


def _visible_codes(editor) -> list[str]:
    items = editor.indicators
    return [items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(items.count())
            if not items.item(i).isHidden()]


def test_commentary_filter_shows_the_indicators_whose_commentary_needs_welsh(window, filled):
    filled.apply(put("Notes",
                     r.Commentary("D1", Q3, text="Contacts rose."),
                     r.Commentary("K1.22", Q3, text="Assessments slowed.",
                                  text_cy="Arafodd yr asesiadau."),
                     r.Commentary("K1.23", Q3, text="Vacancies fell.")))
    editor = window.show_page("commentary")
    assert _visible_codes(editor) == ["D1", "K1.22", "K1.23", "K1.24"]
    editor.welsh.set_checked(True)
    assert _visible_codes(editor) == ["D1", "K1.23"]
    assert editor.selected_indicator() in ("D1", "K1.23")
    assert editor.welsh.count.text() == "Texts without Welsh: 2"
    # translating one keeps it in the list (no row vanishing under the cursor); the count falls
    editor.show_indicator("D1")
    assert editor.form.commit("text_cy", "Cododd y cysylltiadau.")
    assert _visible_codes(editor) == ["D1", "K1.23"]
    assert editor.welsh.count.text() == "Texts without Welsh: 1"
    # a commentary that newly lacks Welsh joins the list
    filled.apply(put("Note", r.Commentary("K1.24", Q3, text="More families helped.")))
    assert _visible_codes(editor) == ["D1", "K1.23", "K1.24"]
    # switching off and on starts afresh
    editor.welsh.set_checked(False)
    assert len(_visible_codes(editor)) == 4
    editor.welsh.set_checked(True)
    assert _visible_codes(editor) == ["K1.23", "K1.24"]
    # another period: its own commentary (none lacks Welsh there)
    window.set_period(Q3.previous())
    assert _visible_codes(editor) == []
    assert editor.welsh.count.text() == "Every text has its Welsh"


def test_table_editors_filter_their_rows(window, filled):
    filled.apply(put("Welsh", filled.indicator("D1").replace(title_cy="Cysylltiadau"),
                     filled.indicator("K1.23").replace(title_cy="Cyfradd swyddi gwag"),
                     r.Commitment("CP1", "Open two homes", title_cy="Agor dau gartref"),
                     r.Commitment("CP2", "Recruit foster carers"),
                     r.Commitment("CP3", "Family help", title_cy="Cymorth i deuluoedd"),
                     r.CommitmentUpdate("CP3", Q3, status="Green", progress="On track")))
    indicators = window.show_page("indicators")
    indicators.welsh.set_checked(True)
    assert indicators.model.keys == [("K1.22",), ("K1.24",)]
    indicators.welsh.set_checked(False)
    assert len(indicators.model.keys) == 4
    commitments = window.show_page("commitments")
    commitments.welsh.set_checked(True)
    # CP2's title, and CP3's progress for the period shown
    assert commitments.model.keys == [("CP2",), ("CP3",)]
    assert commitments.welsh.count.text() == "Texts without Welsh: 2"


def test_narratives_and_key_areas_filter_their_lists(window, filled):
    filled.apply(put("Sections",
                     r.Narrative("Workforce", Q3, title="Workforce", text="Recruitment.",
                                 title_cy="Gweithlu", text_cy="Recriwtio."),
                     r.Narrative("Demand", Q3, title="Demand", text="Contacts rose."),
                     r.KeyArea("Vacancies", indicator="K1.23", title="Vacancies",
                               title_cy="Swyddi gwag")))
    narratives = window.show_page("narratives")
    assert narratives.items.count() == 2
    narratives.welsh.set_checked(True)
    assert [narratives.items.item(i).text() for i in range(narratives.items.count())] == [
        "Demand"]
    key_areas = window.show_page("key_areas")
    key_areas.welsh.set_checked(True)
    assert key_areas.items.count() == 0  # its title has Welsh, and it has no other text yet
    key_areas.welsh.set_checked(False)
    assert key_areas.items.count() == 1


def _untranslated(filled):
    filled.apply(put("Texts",
                     r.Commentary("D1", Q3, text="Contacts rose."),
                     r.Commentary("K1.23", Q3, text="Vacancies fell.")))
    filled.apply(put("Welsh", *[filled.indicator(code).replace(title_cy=f"Teitl {code}")
                                for code in ("D1", "K1.22", "K1.23", "K1.24")]))
    filled.apply(put("Groups", *[g.replace(name_cy=f"Grŵp {g.position}")
                                 for g in filled.all("group")]))


def test_export_untranslated_then_import_the_translation(qtbot, window, filled, tmp_path,
                                                          monkeypatch):
    from gui import import_dialog

    _untranslated(filled)
    from gui.translation_actions import export_untranslated, import_translation

    job = export_untranslated(window, tmp_path / "to translate")
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    path = tmp_path / "to translate.xlsx"
    book = openpyxl.load_workbook(path)
    sheet = book["Texts"]
    english = [sheet.cell(row=row, column=COLUMN["English / Saesneg"]).value
               for row in range(FIRST_ROW, sheet.max_row + 1)]
    assert sorted(e for e in english if e) == ["Contacts rose.", "Vacancies fell."]
    for row in range(FIRST_ROW, FIRST_ROW + 2):
        text = sheet.cell(row=row, column=COLUMN["English / Saesneg"]).value
        sheet.cell(row=row, column=COLUMN[WELSH],
                   value={"Contacts rose.": "Cododd y cysylltiadau.",
                          "Vacancies fell.": "Gostyngodd y swyddi gwag."}[text])
    book.save(path)
    previews = []
    monkeypatch.setattr(import_dialog.ImportPreviewDialog, "exec",
                        lambda self: previews.append(self) or 1)
    job = import_translation(window, path)
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: filled.commentary("D1", Q3).text_cy is not None)
    assert previews, "the translation is shown before it is applied"
    assert filled.commentary("D1", Q3).text_cy == "Cododd y cysylltiadau."
    assert filled.commentary("K1.23", Q3).text_cy == "Gostyngodd y swyddi gwag."
    window.undo_stack.undo()  # one step takes the whole translation back
    assert not filled.commentary("D1", Q3).text_cy
    assert not filled.commentary("K1.23", Q3).text_cy


def test_a_bad_translation_changes_nothing(qtbot, window, filled, tmp_path, monkeypatch):
    from gui.translation_actions import export_untranslated, import_translation

    _untranslated(filled)
    job = export_untranslated(window, tmp_path / "t.xlsx")
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    book["Texts"].cell(row=FIRST_ROW, column=COLUMN[WELSH], value="=A1")
    book.save(tmp_path / "t.xlsx")
    messages: list[str] = []
    monkeypatch.setattr(window, "say", messages.append)
    from PySide6.QtWidgets import QMessageBox

    refused = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: refused.append(text)))
    before = filled.revision
    job = import_translation(window, tmp_path / "t.xlsx")
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: bool(refused))
    assert filled.revision == before
    assert "formula" in refused[-1] and "nothing changed" in refused[-1]


def test_nothing_to_translate_writes_nothing(window, filled, tmp_path):
    from gui.translation_actions import export_untranslated

    _untranslated(filled)
    filled.apply(put("Welsh", filled.commentary("D1", Q3).replace(text_cy="Cododd."),
                     filled.commentary("K1.23", Q3).replace(text_cy="Gostyngodd.")))
    messages: list[str] = []
    window.say = messages.append
    assert export_untranslated(window, tmp_path / "t.xlsx") is None
    assert not (tmp_path / "t.xlsx").exists()
    assert "nothing to translate" in messages[-1]


@pytest.mark.parametrize("action", [ActionId.EXPORT_TRANSLATION, ActionId.IMPORT_TRANSLATION])
def test_translation_actions_are_in_the_file_menu(window, action):
    names = [a.objectName() for a in window.menus["&File"].actions()]
    assert action.value in names
    assert window.actions_by_id[action].isEnabled()
