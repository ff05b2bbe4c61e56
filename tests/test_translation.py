"""Translation completeness and workflow: the missing Welsh field by field (model.translation),
``check --language cy``, the translation workbook out and back in, the command line in Welsh,
and the one catalogue of fixed words."""

from __future__ import annotations

import re
import string

import openpyxl
import pytest

import main
from exporters.translation_workbook import write_translation
from model import records as r
from model.charts import rag_summary, trend_chart
from model.commands import put
from model.import_plan import InterchangeError
from model.pack import Pack
from model.periods import Period
from model.report import PeriodReport
from model.translation import missing_welsh
from model.translation_import import COLUMN, FIRST_ROW, WELSH, is_translation, read_translation
from model.words import TEXT, date_text, interface_language, paper_file_name, period_label
from tests.conftest import D, add_indicator

Q4 = Period(2024, 4)


def planted(pack: Pack) -> Pack:
    """One of every text of the papers with English and no Welsh."""
    pack.apply(put("Settings", pack.settings.replace(
        organisation="Planted Council", committee="Planted Committee",
        report_title="Planted report", signatory_role="Planted role",
        reason_text="Planted reason", background_text="Planted background one\n\nPlanted two",
        way_forward_text="Planted way", legal_text="Planted legal",
        financial_text="Planted money", recommendation_text="Planted recommendation")))
    pack.apply(put("Group", r.Group("Planted group", position=1)))
    add_indicator(pack, "P1", title="Planted title", definition="Planted definition",
                  unit="count", polarity="higher", aggregation="sum", group="Planted group")
    pack.apply(put(
        "Texts",
        r.Value("P1", Q4, actual=D(5)),
        r.Commentary("P1", Q4, text="Planted commentary"),
        r.Target("P1", 2024, annual=D(10), rationale="Planted rationale"),
        r.KeyArea("area", "Planted area", "P1", position_text="Planted position",
                  actions="Planted actions"),
        r.Narrative("story", Q4, title="Planted narrative", text="Planted story"),
        r.Commitment("C1", "Planted commitment", owner="Planted owner"),
        r.ForecastOverride("P1", Q4, "likely", "Planted reason for the forecast"),
        r.BudgetLine(Q4, "Planted line", budget=D(1), projected_outturn=D(2),
                     note="Planted budget note"),
        r.CommitmentUpdate("C1", Q4, "Green", progress="Planted progress"),
        r.Breakdown("table", "Planted table", Q4, rows=["Planted row"],
                    columns=["Planted column"], cells=[[D(5)]], row_heading="Planted rows",
                    column_heading="Planted columns", note="Planted table note"),
        r.Snapshot("snap", "Planted snapshot", categories=["Planted category"],
                   dates=["2024-03-31"], counts=[[D(3)]], note="Planted snapshot note"),
    ))
    return pack


#: (Welsh field, the English planted) for every field the checks must name.
PLANTED = [
    ("organisation_cy", "Planted Council"), ("committee_cy", "Planted Committee"),
    ("report_title_cy", "Planted report"), ("signatory_role_cy", "Planted role"),
    ("reason_text_cy", "Planted reason"), ("background_text_cy", "Planted background one"),
    ("background_text_cy", "Planted two"), ("way_forward_text_cy", "Planted way"),
    ("legal_text_cy", "Planted legal"), ("financial_text_cy", "Planted money"),
    ("recommendation_text_cy", "Planted recommendation"), ("name_cy", "Planted group"),
    ("title_cy", "Planted title"), ("definition_cy", "Planted definition"),
    ("commentary", "Planted commentary"), ("rationale_cy", "Planted rationale"),
    ("title_cy", "Planted area"), ("position_text_cy", "Planted position"),
    ("actions_cy", "Planted actions"), ("title_cy", "Planted narrative"),
    ("text_cy", "Planted story"), ("title_cy", "Planted commitment"),
    ("progress_cy", "Planted progress"), ("title_cy", "Planted table"),
    ("rows_cy", "Planted row"), ("columns_cy", "Planted column"),
    ("title_cy", "Planted snapshot"), ("categories_cy", "Planted category"),
    # the last fields that were English only (issue 12)
    ("owner_cy", "Planted owner"), ("reason_cy", "Planted reason for the forecast"),
    ("row_heading_cy", "Planted rows"), ("column_heading_cy", "Planted columns"),
    ("note_cy", "Planted table note"), ("note_cy", "Planted snapshot note"),
    ("line_cy", "Planted line"), ("note_cy", "Planted budget note"),
]


def test_missing_welsh_lists_every_field(pack):
    planted(pack)
    gaps = missing_welsh(pack, Q4)
    assert sorted(g.english for g in gaps) == sorted(english for _f, english in PLANTED)
    pack.apply(put("Welsh", pack.indicator("P1").replace(title_cy="Teitl")))
    assert "Planted title" not in {g.english for g in missing_welsh(pack, Q4)}


def test_checks_list_missing_welsh_only_for_a_welsh_or_bilingual_edition(pack):
    planted(pack)
    assert not any("no Welsh" in f.message for f in PeriodReport(pack, Q4, "en").findings)
    for language in ("cy", "both"):
        findings = [f for f in PeriodReport(pack, Q4, language).findings
                    if "no Welsh" in f.message]
        assert len(findings) == len(PLANTED)
        assert all(f.severity == "warning" for f in findings)
        assert {f.field for f in findings} == {field for field, _e in PLANTED}


def test_check_command_names_every_missing_welsh_field(tmp_path, capsys):
    path = tmp_path / "planted.craffu"
    with Pack.create(path) as pack:
        planted(pack)
    assert main.main(["check", str(path), "--period", "2024-25 Q4", "--language", "cy"]) == 0
    out = capsys.readouterr().out
    for field, english in PLANTED:
        assert re.search(rf"^warning: .* {field}: no Welsh for .*“{english}", out, re.M), english
    assert main.main(["check", str(path), "--period", "2024-25 Q4"]) == 0
    assert "no Welsh" not in capsys.readouterr().out  # the pack's papers are English


def test_check_in_welsh(tmp_path, capsys):
    path = tmp_path / "planted.craffu"
    with Pack.create(path) as pack:
        planted(pack)
    assert main.main(["--lang", "cy", "check", str(path), "--period", "2024-25 Q4",
                      "--language", "both"]) == 0
    out = capsys.readouterr().out
    assert "rhybudd: P1 2024-25 Ch4 title_cy: dim Cymraeg ar gyfer teitl dangosydd P1" in out
    # and the planted key area has no trajectory for 2025-26, the year ahead at Q4
    assert "maes allweddol “Planted area”: dim trywydd chwarterol ar gyfer 2025-26" in out
    # and the planted pack has no meeting for the period (issue 11)
    assert "rhybudd: Meeting 2024-25 Ch4: nid oes cyfarfod wedi'i gofnodi" in out
    assert out.rstrip().endswith(f"2024-25 Ch4: 0 gwall, {len(PLANTED) + 2} rhybudd")
    assert "warning" not in out and " Q4" not in out


def test_welsh_locale_and_errors(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main.main(["check", str(tmp_path / "none.craffu")]) == 2
    assert capsys.readouterr().err.startswith("craffu: gwall: ")
    assert main.main(["--lang", "en", "new", str(tmp_path / "a.craffu")]) == 0
    assert capsys.readouterr().out.startswith("created ")
    assert main.main(["new", str(tmp_path / "b.craffu")]) == 0
    assert capsys.readouterr().out.startswith("crëwyd ")
    assert main.main(["--lang", "fr", "check", "x"]) == 2


def test_interface_language():
    assert interface_language(None, {"LANG": "cy_GB.UTF-8"}) == "cy"
    assert interface_language(None, {"LC_ALL": "en_GB.UTF-8", "LANG": "cy_GB.UTF-8"}) == "en"
    assert interface_language(None, {}) == "en"
    assert interface_language("cy", {"LANG": "en_GB"}) == "cy"


def _fill(path, texts: dict[int, str]) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book["Texts"]
    for row, text in texts.items():
        sheet.cell(row=row, column=COLUMN[WELSH], value=text)
    book.save(path)


def test_translation_workbook_round_trip(pack, tmp_path):
    planted(pack)
    path = tmp_path / "t.xlsx"
    count = write_translation(pack, Q4, path)
    assert count == len(PLANTED) and is_translation(path)
    sheet = openpyxl.load_workbook(path)["Texts"]
    rows = {sheet.cell(row=row, column=COLUMN["English / Saesneg"]).value: row
            for row in range(FIRST_ROW, FIRST_ROW + count)}
    assert all(sheet.cell(row=row, column=COLUMN[WELSH]).value is None for row in rows.values())
    plan = read_translation(path, pack)  # nothing filled: nothing changes
    assert not plan.changes
    _fill(path, {row: "Cy " + english.split()[-1] for english, row in rows.items()})
    plan = read_translation(path, pack)
    preview = {(c.kind, c.field): c.new for c in plan.changes}
    assert preview[("indicator", "title_cy")] == "Cy title"
    assert preview[("breakdown", "rows_cy")] == ["Cy row"]
    assert preview[("settings", "background_text_cy")] == "Cy one\n\nCy two"
    pack.apply(plan.command)
    assert missing_welsh(pack, Q4) == []
    assert write_translation(pack, Q4, tmp_path / "none.xlsx") == 0


def test_translation_import_refuses_stale_or_partial_work(pack, tmp_path):
    planted(pack)
    path = tmp_path / "t.xlsx"
    count = write_translation(pack, Q4, path)
    sheet = openpyxl.load_workbook(path)["Texts"]
    rows = {sheet.cell(row=row, column=COLUMN["English / Saesneg"]).value: row
            for row in range(FIRST_ROW, FIRST_ROW + count)}
    # one paragraph of a two-paragraph cover text, and a title whose English then changes
    _fill(path, {rows["Planted background one"]: "Cefndir un", rows["Planted title"]: "Teitl",
                 rows["Planted legal"]: "=1+1"})
    pack.apply(put("Edit", pack.indicator("P1").replace(title="A new title")))
    before = pack.revision
    with pytest.raises(InterchangeError) as caught:
        read_translation(path, pack)
    problems = {(p.row, p.column): p.reason for p in caught.value.problems}
    assert "the English was changed" in problems[(rows["Planted title"], "English / Saesneg")]
    assert "paragraph by paragraph" in problems[(rows["Planted two"], WELSH)]
    assert "formula" in problems[(rows["Planted legal"], WELSH)]
    assert pack.revision == before


def test_import_command_recognises_the_translation_workbook(tmp_path, capsys):
    path = tmp_path / "planted.craffu"
    with Pack.create(path) as pack:
        planted(pack)
    book = tmp_path / "t.xlsx"
    assert main.main(["export", str(path), "--period", "2024-25 Q4", "--translation",
                      str(book)]) == 0
    assert f"wrote {len(PLANTED)} texts to translate for 2024-25 Q4" in capsys.readouterr().out
    _fill(book, {FIRST_ROW: "Cyngor Plannu"})
    assert main.main(["import", str(path), str(book)]) == 0
    assert "1 changes" in capsys.readouterr().out
    with Pack.open(path, read_only=True) as pack:
        assert pack.settings.organisation_cy == "Cyngor Plannu"


def test_catalogue_has_every_welsh_with_the_same_fields():
    fields = string.Formatter()
    for key, (english, welsh) in TEXT.items():
        assert welsh.strip(), key
        names = lambda text: sorted(f for _t, f, _s, _c in fields.parse(text) if f)  # noqa: E731
        assert names(english) == names(welsh), key
        plain = re.sub(r"\{[^}]*\}", "", welsh)
        assert not re.search(r"\bQ[1-4]?\b|Quarter|Year to date", plain), key


def test_periods_dates_and_file_names_in_welsh():
    assert period_label(Q4, "cy") == "2024-25 Ch4"
    assert period_label(Q4, "both") == "2024-25 Q4 / 2024-25 Ch4"
    months = [date_text(__import__("datetime").date(2025, m, 1), "cy").split()[1]
              for m in range(1, 13)]
    assert months == ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
                      "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
    assert paper_file_name("scorecard", Q4, "cy") == "cerdyn-sgorio-2024-25-Ch4.pdf"
    assert paper_file_name("committee_pack", Q4, "en") == "committee-papers-2024-25-Q4.pdf"
    assert paper_file_name("scorecard", Q4, "both") == "scorecard-cerdyn-sgorio-2024-25-Q4.pdf"


def test_charts_in_welsh_and_both(sample):
    chart = trend_chart(sample, "DEM.05", Q4, 2, language="cy")
    assert chart.axis_labels[:4] == ("Ch1", "Ch2", "Ch3", "Ch4")
    assert chart.categories[-1] == "Ch4 2024-25" and chart.y_title == "y cant"
    assert {e.label for e in chart.legend} >= {"targed", "Gwyrdd", "Ambr", "Coch"}
    assert " fesul chwarter, Ch1 2023-24 i Ch4 2024-25: " in chart.alt_text
    assert "Q" not in chart.alt_text.replace(chart.title, "")
    both = trend_chart(sample, "DEM.05", Q4, 2, language="both")
    english = trend_chart(sample, "DEM.05", Q4, 2)
    assert both.descriptions == (english.alt_text, chart.alt_text)
    assert both.axis_labels[0] == "Q1/Ch1"
    assert [p.value for p in both.series[0].points] == [p.value for p in english.series[0].points]
    rag = rag_summary(sample, Q4, language="cy")
    assert rag.title == "Statws RAG fesul grŵp, 2024-25 Ch4"
    assert "Galw" in rag.categories and rag.alt_text.startswith("Statws RAG 57 dangosydd")
