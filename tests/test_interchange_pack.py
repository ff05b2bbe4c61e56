"""The whole pack in the interchange format: export a pack, import the result into an empty pack,
and get the same records and the same papers (domain.md, issue 10).

Checked for the bundled sample and for a pack holding every kind of record with every field
filled (Welsh, blanks, edge values), as an ``.xlsx`` workbook and as a CSV folder. Papers: the PDF
scorecard and committee pack are byte-identical; the Excel return is identical but for the
time it was saved (openpyxl stamps ``docProps/core.xml``), so every other part is compared.
"""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from exporters.excel_return import write_return
from exporters.interchange import write_interchange
from exporters.pdf_base import PaperOptions
from exporters.pdf_pack import write_pack_pdf
from exporters.pdf_scorecard import write_scorecard_pdf
from model import records as r
from model.commands import put
from model.interchange import read_interchange
from model.pack import Pack
from model.periods import Period
from model.sample_build import SHIPPED
from model.store import SCHEMA_VERSION

D = Decimal
Q1, Q2, Q3, Q4 = (Period(2024, q) for q in (1, 2, 3, 4))
PREPARED = dt.date(2025, 7, 1)


#: Kinds the interchange format does not carry: a publication records what Publish wrote from
#: this very pack (like the audit log, it is the pack's own history; domain.md has no sheet
#: for it).
NOT_INTERCHANGED = ("publication",)


def every_record(pack) -> dict[str, dict]:
    return {kind: {rec.key: rec for rec in pack.all(kind)} for kind in r.KINDS
            if kind not in NOT_INTERCHANGED}


def full_records() -> list[r.Record]:
    """Every kind of record, every field filled somewhere; Welsh, blanks and edge values."""
    odd = "Tab\there, CR\r\nLF, =SUM(A1), _x0041_ literal, bell \x07, ŵ ŷ â"
    return [
        r.ReportSettings(
            pack_title="Every field", organisation="Cyngor", organisation_cy="Cyngor Cymraeg",
            committee="Scrutiny", committee_cy="Craffu", report_title="Q4 report",
            report_title_cy="Adroddiad Ch4", meeting_date=dt.date(2025, 7, 15),
            signatory="A. Officer", signatory_role="Director", signatory_role_cy="Cyfarwyddwr",
            suppression_threshold=3, default_tolerance=D("7.5"),
            default_tolerance_type="absolute", default_sustain_band=D("0.5"), language="both",
            reason_text="Reason", reason_text_cy="Rheswm", background_text="Background",
            background_text_cy="Cefndir", way_forward_text="Way forward",
            way_forward_text_cy="Ffordd ymlaen", legal_text="Legal", legal_text_cy="Cyfreithiol",
            financial_text="Money", financial_text_cy="Arian", recommendation_text="Note it",
            recommendation_text_cy="Nodi", report_date=dt.date(2025, 7, 8)),
        r.Group("Demand", "Galw", 1),
        r.Group("Shifting the Balance – Place", "Newid y Cydbwysedd – Lle", 2),
        r.Indicator("DEM.01", "Contacts received", unit="count", polarity="none",
                    aggregation="sum", title_cy="Cysylltiadau", definition=odd,
                    definition_cy="Diffiniad", decimals=0, group="Demand", owner="Head",
                    source="Published: 28,354; Illustrative figures", position=1),
        r.Indicator("DEM.02", "Assessments in time", unit="percent", polarity="higher",
                    aggregation="ratio", decimals=1, group="Demand", tolerance=D("2.5"),
                    tolerance_type="absolute", sustain_band=D("1"), compare_with="quarter",
                    position=2),
        r.Indicator("PLA.01", "Cost per placement", unit="currency", polarity="lower",
                    aggregation="mean", group="Shifting the Balance – Place",
                    tolerance=D("12.345"), tolerance_type="percent", compare_with="year",
                    position=1),
        r.Indicator("PLA.02", "Days to placement", unit="days", polarity="lower",
                    aggregation="last", group="Shifting the Balance – Place", position=2),
        r.Indicator("PLA.03", "Contacts less placements", unit="count", polarity="none",
                    aggregation="sum", group="Shifting the Balance – Place", position=3,
                    formula="DEM.01 - (PLA.02 * 2)"),
        r.Value("DEM.01", Q1, actual=D("7393"), note="from the MASH return"),
        r.Value("DEM.01", Q2, actual=D("999999999999")),
        r.Value("DEM.01", Q3, note="not yet reported"),  # a note alone (issue 9)
        r.Value("DEM.02", Q1, numerator=D("171"), denominator=D("200")),
        r.Value("DEM.02", Q2, actual=D("85.5"), numerator=D("171"), denominator=D("200")),
        r.Value("DEM.02", Q4, actual=D("0.123456789012345")),  # 15 significant digits
        r.Value("PLA.01", Q1, actual=D("1234.56")),
        r.Value("PLA.02", Q4, actual=D("0.1")),
        r.Target("DEM.02", 2024, annual=D("80"), q1=D("70"), q2=D("72.5"), q3=D("76"),
                 q4=D("80"), management=True, rationale="Outturn plus 5%",
                 rationale_cy="Canlyniad a 5%"),
        r.Target("PLA.01", 2024, annual=D("1500")),
        r.Target("PLA.02", 2024, q1=D("30"), q2=D("28"), q3=D("26"), q4=D("25")),
        r.Commentary("DEM.02", Q4, text=odd, text_cy="Testun ŵ"),
        r.Commentary("PLA.01", Q1, text_cy="Cymraeg yn unig"),
        r.ForecastOverride("DEM.02", Q4, "unlikely", "Staff shortages"),
        r.Commitment("CP-01", "Open two hubs", title_cy="Agor dau hwb", owner="Director",
                     due=dt.date(2025, 3, 31), group="Demand", position=1,
                     plan="Corporate Plan", plan_cy="Cynllun Corfforaethol"),
        r.Commitment("DDP-7", "Recruit social workers", position=2),  # no update yet
        r.CommitmentUpdate("CP-01", Q3, "Amber-Green", progress="On track",
                           progress_cy="Ar y trywydd"),
        r.CommitmentUpdate("CP-01", Q4, "Complete"),
        r.Breakdown("src", "Contacts by source", Q3, rows=["Police", "School"],
                    columns=["Advice", "Referred"], cells=[[10, None], [0, 4]],
                    title_cy="Cysylltiadau", rows_cy=["Heddlu", ""], columns_cy=["Cyngor", ""],
                    row_heading="Source", column_heading="Outcome", indicator="DEM.01",
                    note="Illustrative figures", position=1),
        r.Breakdown("src", "Contacts by source", Q4, rows=["Police"], columns=["Advice"],
                    cells=[[7]], position=1),
        r.Breakdown("age", "By age", Q4, rows=["0-4", "5-9"], columns=["All"],
                    cells=[[1], [2]], position=2),
        r.Snapshot("cla", "Placements", categories=["Foster", "Residential"],
                   dates=["2016-03-31", "2024-03-31"], counts=[[129, None], [109, 151]],
                   title_cy="Lleoliadau", categories_cy=["Maeth", "Preswyl"], group="Demand",
                   note="Illustrative figures", position=1),
        r.Narrative("workforce", Q4, title="Workforce", title_cy="Gweithlu", text=odd,
                    text_cy="Testun", group="Demand", position=1),
        r.Narrative("about", Q4, title="About", position=2),
        r.Narrative("about", Q3, text="Earlier", position=1),
        r.KeyArea("assessments", "Assessments", "DEM.02", title_cy="Asesiadau",
                  position_text="Improving", position_text_cy="Gwella", actions="Weekly review",
                  actions_cy="Adolygiad", related=["DEM.01", "PLA.02"], position=1),
        r.KeyArea("placements", "Placements", "PLA.01", position=2),
        r.BudgetLine(Q4, "Placements", line_cy="Lleoliadau", budget=D("41250000"),
                     projected_outturn=D("43100500.50"), note="Residential costs", position=1),
        r.BudgetLine(Q4, "Staffing", budget=D("22000000"),
                     projected_outturn=D("21500000"), position=2),
        r.Meeting(Q4, meeting_date=dt.date(2025, 7, 15), report_date=dt.date(2025, 7, 8),
                  committee="Scrutiny", committee_cy="Craffu", title="Quarter 4", title_cy="Ch4",
                  signatory="A Person", signatory_role="Director",
                  signatory_role_cy="Cyfarwyddwr"),
        r.Meeting(Q3),
        r.PeriodState(Q3, final=True),
    ]


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path


def _full_pack(path: Path) -> Pack:
    pack = Pack.create(path)
    records = full_records()
    pack.apply(put("Every field", *[x for x in records if x.kind != "period_state"]))
    pack.apply(put("Final", *[x for x in records if x.kind == "period_state"]))
    return pack


def _round_trip(pack: Pack, folder: Path, name: str) -> Pack:
    """``pack`` exported as ``name`` and imported into a new, empty pack of the same name."""
    exported = write_interchange(pack, folder / name)
    (folder / "copy").mkdir(exist_ok=True)
    fresh = Pack.create(folder / "copy" / pack.path.name)
    plan = read_interchange(exported, fresh)
    assert plan.warnings == []
    plan.apply()
    return fresh


def _papers(pack: Pack, period: Period, folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    papers = {}
    for language in ("en", "both"):
        options = PaperOptions(language=language, prepared=PREPARED)
        papers[f"scorecard-{language}"] = write_scorecard_pdf(pack, period, None, options)
        papers[f"pack-{language}"] = write_pack_pdf(pack, period, None, options)
    workbook = write_return(pack, period, folder / "return.xlsx", generated=PREPARED)
    with zipfile.ZipFile(workbook) as archive:
        for member in archive.namelist():
            if member != "docProps/core.xml":  # the time openpyxl saved it
                papers[member] = archive.read(member)
    return papers


@pytest.mark.parametrize("name", ["whole.xlsx", "whole-csv"])
def test_every_kind_and_field_comes_back_with_the_same_papers(folder, name):
    pack = _full_pack(folder / "every.craffu")
    before = every_record(pack)
    assert all(before[kind] for kind in before), "the fixture misses a kind"
    fresh = _round_trip(pack, folder, name)
    assert every_record(fresh) == before
    for period in (Q3, Q4):
        assert _papers(fresh, period, folder / "b") == _papers(pack, period, folder / "a")
    again = read_interchange(folder / name, fresh)  # a re-import changes nothing
    assert not again and again.changes == []
    # and it survives closing and opening the file
    fresh.close()
    reopened = Pack.open(folder / "copy" / "every.craffu", read_only=True)
    assert every_record(reopened) == before
    reopened.close()
    pack.close()


@pytest.mark.parametrize("name", ["sample.xlsx", "sample-csv"])
def test_the_sample_comes_back_with_the_same_papers(folder, name):
    shutil.copy(SHIPPED, folder / "sample.craffu")
    pack = Pack.open(folder / "sample.craffu", read_only=True)
    fresh = _round_trip(pack, folder, name)
    assert every_record(fresh) == every_record(pack)
    assert _papers(fresh, Q4, folder / "b") == _papers(pack, Q4, folder / "a")
    fresh.close()
    pack.close()


def test_a_period_marked_final_by_the_import_takes_its_figures(folder):
    pack = _full_pack(folder / "every.craffu")
    exported = write_interchange(pack, folder / "out")
    fresh = Pack.memory()
    read_interchange(exported, fresh).apply()
    assert fresh.is_final(Q3) and fresh.get("commitment_update", ("CP-01", Q3)) is not None
    # a period already final refuses figures for it; one the Settings sheet no longer lists
    # is reopened by the same import
    (exported / "Values.csv").write_text("code,period,actual\nDEM.01,2024-25 Q3,5\n")
    (exported / "Settings.csv").write_text("name,value\npack_title,Every field\n")
    with pytest.raises(Exception) as caught:
        read_interchange(exported, fresh)
    assert "Values.csv row 2, column period: 2024-25 Q3 is final" in str(caught.value)
    (exported / "Settings.csv").write_text("name,value\nfinal_periods,\n")
    read_interchange(exported, fresh).apply()
    assert not fresh.is_final(Q3) and fresh.value("DEM.01", Q3).actual == 5
    pack.close()


def test_the_new_sheets_are_written_with_their_columns(folder):
    import csv

    pack = _full_pack(folder / "every.craffu")
    out = write_interchange(pack, folder / "csv")
    def rows(sheet):
        with (out / f"{sheet}.csv").open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.reader(handle))
    assert rows("Groups")[1] == ["Demand", "Galw", "1"]
    assert rows("Forecasts")[1:] == [["DEM.02", "2024-25 Q4", "unlikely", "Staff shortages", ""]]
    assert ["DEM.02", "2024-25", "80", "", "yes", "Outturn plus 5%", "Canlyniad a 5%"] in \
        rows("Targets")
    assert rows("Commitments")[-1] == ["DDP-7", "Recruit social workers", "", "", "", "", "",
                                       "", "", "", "", "", ""]
    assert rows("Commitments")[1][6:8] == ["Corporate Plan", "Cynllun Corfforaethol"]
    assert rows("Budget") == [
        ["period", "line", "line_cy", "budget", "projected_outturn", "note", "note_cy"],
        ["2024-25 Q4", "Placements", "Lleoliadau", "41250000", "43100500.50", "Residential costs",
         ""],
        ["2024-25 Q4", "Staffing", "", "22000000", "21500000", "", ""]]
    assert rows("Indicators")[0][-1] == "formula"
    assert [row[-1] for row in rows("Indicators")[1:]] == ["", "", "", "", "DEM.01 - (PLA.02 * 2)"]
    cells = rows("BreakdownCells")
    assert cells[0] == ["name", "period", "row", "row_cy", "column", "column_cy", "value"]
    assert cells[1:5] == [
        ["src", "2024-25 Q3", "Police", "Heddlu", "Advice", "Cyngor", "10"],
        ["src", "2024-25 Q3", "Police", "Heddlu", "Referred", "", ""],
        ["src", "2024-25 Q3", "School", "", "Advice", "Cyngor", "0"],
        ["src", "2024-25 Q3", "School", "", "Referred", "", "4"]]
    assert rows("SnapshotCounts")[1] == ["cla", "2016-03-31", "Foster", "Maeth", "129"]
    assert ["DEM.02", "DEM.02"] != rows("KeyAreas")[1][3:5]
    assert rows("KeyAreas")[1][3:5] == ["DEM.02", "DEM.01 PLA.02"]
    settings = dict(rows("Settings")[1:])
    assert settings["default_tolerance"] == "7.5" and settings["meeting_date"] == "2025-07-15"
    assert settings["final_periods"] == "2024-25 Q3"
    pack.close()


# -- a breakdown is identified by its name and period (schema 2) -------------------------------


def _version_1_pack(path: Path) -> Path:
    """A pack file as Craffu made it before schema 2: breakdowns keyed by name alone."""
    import sqlite3

    Pack.create(path).close()
    conn = sqlite3.connect(path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(rec_breakdown)")]
    conn.execute("DROP TABLE rec_breakdown")
    conn.execute(f"CREATE TABLE rec_breakdown ({', '.join(f'{c} TEXT' for c in columns)}, "
                 f"PRIMARY KEY (name))")
    conn.execute("INSERT INTO rec_breakdown (name, title, period, rows, columns, cells, "
                 "title_cy, rows_cy, columns_cy, row_heading, column_heading, indicator, note, "
                 "position) VALUES ('src', 'By source', '2024-25 Q3', '[\"Police\"]', "
                 "'[\"NFA\"]', '[[3]]', '', '[]', '[]', '', '', '', '', 1)")
    conn.execute("INSERT INTO audit (at, user, action, kind, key, field, old, new) VALUES "
                 "('2025-01-01T00:00:00Z', 'me', 'New', 'breakdown', 'src', NULL, NULL, "
                 "'{\"name\": \"src\", \"period\": \"2024-25 Q3\"}')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return path


def test_a_version_1_pack_is_migrated_when_opened_for_editing(folder):
    import sqlite3

    path = _version_1_pack(folder / "old.craffu")
    with pytest.raises(Exception, match="older version of Craffu"):
        Pack.open(path, read_only=True)  # reading never changes a file
    pack = Pack.open(path)
    assert pack.get("breakdown", ("src", Q3)).cells == [[3]]
    assert [entry.action for entry in pack.history("breakdown", ("src", Q3))] == ["New"]
    # the same table can now be kept for another quarter
    pack.apply(put("Next quarter", pack.get("breakdown", ("src", Q3)).replace(period=Q4)))
    assert {b.key for b in pack.all("breakdown")} == {("src", Q3), ("src", Q4)}
    pack.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    Pack.open(path, read_only=True).close()
