"""Import and export of the interchange format (domain.md), and refusing hostile workbooks.

Every hostile file is generated here at test time in ``tmp_path``; none is committed.
"""

from __future__ import annotations

import csv
import datetime as dt
import time
import zipfile
from pathlib import Path

import pytest

from exporters.interchange import write_interchange
from model import records as r
from model.commands import put
from model.interchange import (
    REQUIRED,
    SHEETS,
    ImportProblem,
    InterchangeError,
    read_interchange,
)
from model.pack import Pack
from model.periods import Period
from model.xlsx_safety import Limits
from tests.conftest import D, add_indicator

Q1, Q2, Q3, Q4 = (Period(2023, q) for q in (1, 2, 3, 4))
KINDS = ("indicator", "value", "target", "commentary", "commitment", "commitment_update")


# -- helpers -----------------------------------------------------------------------------------


def snapshot(pack) -> dict[str, dict]:
    return {kind: {rec.key: rec for rec in pack.all(kind)} for kind in KINDS}


def write_csvs(folder: Path, sheets: dict[str, list[list]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in sheets.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows(rows)
    return folder


def write_xlsx(path: Path, sheets: dict[str, list[list]], formats: dict | None = None) -> Path:
    """A workbook with ``sheets``; ``formats`` maps (sheet, coordinate) to a number format."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    for (name, coordinate), number_format in (formats or {}).items():
        workbook[name][coordinate].number_format = number_format
    workbook.save(path)
    return path


def errors_of(source: Path, pack, **kwargs) -> list[ImportProblem]:
    before = snapshot(pack)
    with pytest.raises(InterchangeError) as caught:
        read_interchange(source, pack, **kwargs)
    assert snapshot(pack) == before
    return caught.value.problems


def where(problem: ImportProblem) -> tuple:
    return (problem.file, problem.sheet, problem.row, problem.column)


INDICATOR_HEADER = ["code", "title", "unit", "polarity", "aggregation"]
VALUE_HEADER = ["code", "period", "actual", "numerator", "denominator", "note"]


@pytest.fixture
def rich_pack(pack):
    """A pack using every field the interchange format carries."""
    pack.apply(put(
        "Set up",
        r.Indicator("K1.22", "Contacts received", unit="count", polarity="none",
                    aggregation="sum", title_cy="Cysylltiadau a dderbyniwyd (ŵ ŷ)",
                    definition="All contacts", definition_cy="Pob cyswllt", group="Demand",
                    owner="Head of Service", source="CareFirst", position=1),
        r.Indicator("K1.24", "Assessments within 42 working days", unit="percent",
                    polarity="higher", aggregation="ratio", decimals=1, group="Demand",
                    tolerance=D("2.5"), tolerance_type="absolute", sustain_band=D("1"),
                    compare_with="quarter", position=2),
        r.Indicator("SW1", "Social worker vacancy rate", unit="percent", polarity="lower",
                    aggregation="last", group="Practice", position=1),
        r.Value("K1.22", Q1, actual=D("7393")),
        r.Value("K1.22", Q2, actual=D("28354")),
        r.Value("K1.24", Q1, actual=D("85.5"), numerator=D("171"), denominator=D("200"),
                note="=from the return, not a formula"),
        r.Value("K1.24", Q2, numerator=D("554"), denominator=D("600")),
        r.Value("SW1", Q4, actual=D("15.8")),
        r.Value("SW1", Q3, actual=D("12.3456789012345")),  # 15 digits, the most a figure has
        r.Target("K1.24", 2023, annual=D("80"), q1=D("70"), q2=D("72.5"), q3=D("76"),
                 q4=D("80"), rationale="Last year's outturn plus 5%"),
        r.Target("SW1", 2023, annual=D("20")),
        r.Target("SW1", 2024, annual=D("18"), rationale="Workforce plan"),
        r.Commentary("K1.24", Q1, text="Line one\nLine two, with a comma",
                     text_cy="Testun Cymraeg ŵ"),
        r.Commitment("CP-01", "Open two family hubs", title_cy="Agor dau hwb",
                     owner="Director", due=dt.date(2024, 3, 31), position=1),
        r.Commitment("DDP-7", "Recruit social workers", position=2),
        r.CommitmentUpdate("CP-01", Q3, "Amber-Green", progress="On track",
                           progress_cy="Ar y trywydd"),
        r.CommitmentUpdate("CP-01", Q4, "Complete"),
        r.CommitmentUpdate("DDP-7", Q4, "Red-Amber", progress="=+-@ text"),
    ))
    return pack


# -- export and round trip ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["pack.xlsx", "csv-folder"])
def test_round_trip_reproduces_the_records(rich_pack, pack_factory, tmp_path, name):
    destination = write_interchange(rich_pack, tmp_path / name)
    fresh = pack_factory()
    plan = read_interchange(destination, fresh)
    assert plan.added == sum(len(v) for v in snapshot(rich_pack).values())
    plan.apply()
    assert snapshot(fresh) == snapshot(rich_pack)

    again = read_interchange(destination, fresh)
    assert not again and again.changes == [] and again.summary().endswith("no changes")
    assert not again.apply()


@pytest.fixture
def pack_factory():
    from model.pack import Pack

    made = []

    def make():
        made.append(Pack.memory())
        return made[-1]

    yield make
    for p in made:
        p.close()


def test_management_targets_welsh_rationale_groups_and_order_travel(rich_pack, pack_factory,
                                                                     tmp_path):
    rich_pack.apply(put(
        "Fields added to the format",
        rich_pack.target("SW1", 2024).replace(management=True, rationale_cy="Cynllun"),
        rich_pack.get("commitment", ("DDP-7",)).replace(group="Workforce", position=9),
        rich_pack.indicator("SW1").replace(position=7),
    ))
    for name in ("again.xlsx", "again"):
        destination = write_interchange(rich_pack, tmp_path / name)
        assert not read_interchange(destination, rich_pack)  # nothing to change, nothing lost
        fresh = pack_factory()
        read_interchange(destination, fresh).apply()
        target = fresh.target("SW1", 2024)
        assert (target.management, target.rationale_cy, target.rationale) == (
            True, "Cynllun", "Workforce plan")
        assert fresh.target("SW1", 2023).management is False
        assert fresh.get("commitment", ("DDP-7",)).group == "Workforce"
        # positions are numbered from the rows' order: the same order, counted 1, 2, 3 ...
        assert [i.code for i in fresh.indicators()] == [i.code for i in rich_pack.indicators()]
        assert fresh.indicator("SW1").position == 1
        assert fresh.get("commitment", ("DDP-7",)).position == 2


def test_rows_that_reorder_a_group_renumber_it_and_new_rows_follow(rich_pack, tmp_path):
    header = INDICATOR_HEADER + ["group"]
    folder = write_csvs(tmp_path / "in", {"Indicators": [
        header, ["K1.24", "Assessments", "percent", "higher", "ratio", "Demand"],
        ["K1.22", "Contacts", "count", "none", "sum", "Demand"],
        ["N1", "New", "count", "higher", "sum", "Demand"]]})
    read_interchange(folder, rich_pack).apply()
    assert [(i.code, i.position) for i in rich_pack.indicators() if i.group == "Demand"] == [
        ("K1.24", 1), ("K1.22", 2), ("N1", 3)]
    # a sheet naming only a new indicator leaves the others where they are
    write_csvs(folder, {"Indicators": [header, ["N2", "Newer", "count", "higher", "sum",
                                                "Demand"]]})
    read_interchange(folder, rich_pack).apply()
    assert rich_pack.indicator("N2").position == 4 and rich_pack.indicator("K1.24").position == 1


def test_xlsx_has_exact_sheets_columns_numbers_and_blanks(rich_pack, tmp_path):
    import openpyxl

    path = write_interchange(rich_pack, tmp_path / "out.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == list(SHEETS)
    for name, columns in SHEETS.items():
        assert tuple(c.value for c in workbook[name][1]) == columns
    values = list(workbook["Values"].iter_rows(min_row=2, values_only=True))
    assert ("K1.22", "2023-24 Q1", 7393, None, None, None) in values
    k124 = next(row for row in values if row[:2] == ("K1.24", "2023-24 Q1"))
    assert k124[2:5] == (85.5, 171, 200) and isinstance(k124[3], int)
    note = next(c for c in workbook["Values"]["F"] if c.value and c.value.startswith("="))
    assert note.data_type == "s"  # '=from the return ...' stays text, not a formula
    assert ("K1.24", "2023-24 Q2", None, 554, 600, None) in values
    targets = list(workbook["Targets"].iter_rows(min_row=2, values_only=True))
    assert targets[:5] == [
        ("K1.24", "2023-24", 80, None, None, "Last year's outturn plus 5%", None),
        ("K1.24", "2023-24", 70, 1, None, None, None),
        ("K1.24", "2023-24", 72.5, 2, None, None, None),
        ("K1.24", "2023-24", 76, 3, None, None, None),
        ("K1.24", "2023-24", 80, 4, None, None, None),
    ]
    commitments = list(workbook["Commitments"].iter_rows(min_row=2, values_only=True))
    assert commitments[0][5] == dt.datetime(2024, 3, 31)
    assert len(commitments) == 3


def test_csv_export_writes_numbers_as_the_pack_holds_them(rich_pack, tmp_path):
    folder = write_interchange(rich_pack, tmp_path / "csv")
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.csv" for n in SHEETS)
    with (folder / "Values.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(SHEETS["Values"])
    assert ["K1.24", "2023-24 Q1", "85.5", "171", "200", "=from the return, not a formula"] \
        in rows
    assert ["SW1", "2023-24 Q3", "12.3456789012345", "", "", ""] in rows
    # a value with only a note is written too, and comes back (issue 9)
    rich_pack.apply(put("note only", r.Value("SW1", Q1, note="no return")))
    write_interchange(rich_pack, folder)
    with (folder / "Values.csv").open(encoding="utf-8-sig") as handle:
        assert "SW1,2023-24 Q1,,,,no return" in handle.read()
    fresh = Pack.memory()
    read_interchange(folder, fresh).apply()
    assert fresh.value("SW1", Q1) == r.Value("SW1", Q1, note="no return")


# -- reading -----------------------------------------------------------------------------------


def test_percent_formatted_cell_reads_as_percent(pack, tmp_path):
    add_indicator(pack, "P1", unit="percent", aggregation="last")
    path = write_xlsx(tmp_path / "p.xlsx", {"Values": [VALUE_HEADER, ["P1", "2023-24 Q1", 0.85],
                                                       ["P1", "2023-24 Q2", 0.855]]},
                      {("Values", "C2"): "0%", ("Values", "C3"): "0.0%"})
    read_interchange(path, pack).apply()
    assert pack.value("P1", Q1).actual == D("85")
    assert str(pack.value("P1", Q2).actual) == "85.5"


def test_text_percent_grouped_numbers_and_period_forms(pack, tmp_path):
    add_indicator(pack, "P1", unit="percent", aggregation="last")
    add_indicator(pack, "C1")
    folder = write_csvs(tmp_path / "in", {
        "Values": [VALUE_HEADER, ["P1", "2023/24 Q1", "85%"], ["C1", "Q2 2023-24", "1,234"]],
        "Targets": [["code", "year", "target"], ["C1", "2023/24", "5,000"]],
    })
    read_interchange(folder, pack).apply()
    assert pack.value("P1", Q1).actual == D("85")
    assert pack.value("C1", Q2).actual == D("1234")
    assert pack.target("C1", 2023).annual == D("5000")


def test_blank_is_missing_never_zero(pack, tmp_path):
    add_indicator(pack, "C1")
    pack.apply(put("old", r.Value("C1", Q1, actual=D("5"), note="kept")))
    folder = write_csvs(tmp_path / "in", {
        "Values": [["code", "period", "actual"], ["C1", "2023-24 Q1", ""],
                   ["C1", "2023-24 Q2", "0"]],
    })
    plan = read_interchange(folder, pack)
    assert [str(c) for c in plan.changes] == [
        "value C1 2023-24 Q1 actual: 5 -> (blank)",
        "value C1 2023-24 Q2 actual: (blank) -> 0",
    ]
    inverse = plan.apply()
    assert pack.value("C1", Q1).actual is None
    assert pack.value("C1", Q1).note == "kept"  # no note column: the note is left alone
    assert pack.value("C1", Q2).actual == D("0")
    pack.apply(inverse)
    assert pack.value("C1", Q1).actual == D("5") and pack.value("C1", Q2) is None


def test_absent_sheet_is_not_imported_and_single_csv_works(pack, tmp_path):
    add_indicator(pack, "C1")
    pack.apply(put("t", r.Target("C1", 2023, annual=D("10"))))
    folder = write_csvs(tmp_path / "in", {"Values": [VALUE_HEADER, ["C1", "2023-24 Q1", "3"]]})
    read_interchange(folder / "Values.csv", pack).apply()
    assert pack.value("C1", Q1).actual == D("3")
    assert pack.target("C1", 2023).annual == D("10")


def test_codes_may_come_from_the_indicators_sheet(pack, tmp_path):
    path = write_xlsx(tmp_path / "new.xlsx", {
        "Values": [VALUE_HEADER, ["N1", "2023-24 Q1", 4]],
        "Indicators": [INDICATOR_HEADER, ["N1", "New one", "Count", "Higher", "SUM"]],
    })
    plan = read_interchange(path, pack)
    assert plan.summary() == "new.xlsx: 1 indicator added, 1 figure added"
    plan.apply()
    assert pack.indicator("N1").unit == "count" and pack.value("N1", Q1).actual == D("4")


# -- errors ------------------------------------------------------------------------------------


def test_bad_number_message_names_file_row_and_column(pack, tmp_path):
    add_indicator(pack, "C1")
    rows = [VALUE_HEADER] + [["C1", f"2022-23 Q{q}", "1"] for q in (1, 2, 3, 4)]
    rows += [["C1", "2023-24 Q1", "2"], ["C1", "2023-24 Q2", "abc"]]
    problems = errors_of(write_csvs(tmp_path / "in", {"Values": rows}), pack)
    assert [str(p) for p in problems] == ["Values.csv row 7, column actual: 'abc' is not a number"]


def test_every_error_is_reported_with_its_place(pack, tmp_path):
    add_indicator(pack, "C1")
    add_indicator(pack, "P1", unit="percent", aggregation="ratio", decimals=1)
    folder = write_csvs(tmp_path / "in", {
        "Indicators": [INDICATOR_HEADER + ["colour"],
                       ["N1", "New", "count", "higher", "sum", "red"]],
        "Values": [VALUE_HEADER,
                   ["C1", "2023-24 Q1", "abc"],                 # 2 bad number
                   ["C1", "2023-24 Q5", "1"],                   # 3 bad period
                   ["X9", "2023-24 Q1", "1"],                   # 4 unknown code
                   ["P1", "2023-24 Q1", "101"],                 # 5 percent > 100: stored
                   ["P1", "2023-24 Q2", "", "7", "5"],          # 6 num > den: stored
                   ["P1", "2023-24 Q3", "60", "1", "2"],        # 7 actual disagrees
                   ["P1", "2023-24 Q3", "50", "1", "2"],        # 8 duplicate
                   ["C1", "2023-24 Q4", "-1"]],                 # 9 negative count
        "Targets": [["code", "year", "target", "quarter"],
                    ["C1", "2023-24", "100", ""],
                    ["C1", "2023-24", "20", "1"],               # 3 partial trajectory
                    ["C1", "2023-24", "40", "2"],
                    ["P1", "2023/24", "120", ""],               # 5 percent target > 100
                    ["P1", "2024-26", "50", ""]],               # 6 bad year
        "Commentary": [["code", "period", "text", "extra"], ["C1", "2023-24 Q1", "x", "y"]],
        "Commitments": [["ref", "title", "period"], ["CP1", "Do it", "2023-24 Q1"]],
    })
    problems = errors_of(folder, pack)
    found = {where(p): p.reason for p in problems}
    assert found == {
        ("Indicators.csv", "Indicators", 1, "colour"): found[("Indicators.csv", "Indicators", 1,
                                                             "colour")],
        ("Values.csv", "Values", 2, "actual"): "'abc' is not a number",
        ("Values.csv", "Values", 3, "period"): "'2023-24 Q5' is not a period (expected e.g. "
                                               "2023-24 Q4)",
        ("Values.csv", "Values", 4, "code"): "there is no indicator with code 'X9' in the pack "
                                             "or on the Indicators sheet",
        ("Values.csv", "Values", 7, "actual"): "the actual 60 disagrees with 1 / 2 = 50.0",
        ("Values.csv", "Values", 8, "period"): "P1 2023-24 Q3 is also on row 7",
        ("Values.csv", "Values", 9, "actual"): "-1: a count cannot be negative",
        ("Targets.csv", "Targets", 3, "quarter"): "C1 2023-24: a quarterly trajectory needs "
                                                  "all four quarters; only Q1, Q2 given",
        ("Targets.csv", "Targets", 5, "target"): "120 is not a percentage from 0 to 100",
        ("Targets.csv", "Targets", 6, "year"): found[("Targets.csv", "Targets", 6, "year")],
        ("Commentary.csv", "Commentary", 1, "extra"): found[("Commentary.csv", "Commentary", 1,
                                                             "extra")],
        ("Commitments.csv", "Commitments", 1, "status"): "the required column status is "
                                                         "missing",
    }
    assert found[("Indicators.csv", "Indicators", 1, "colour")].startswith(
        "unknown column 'colour'")
    assert "2024-26" in found[("Targets.csv", "Targets", 6, "year")]
    assert len(problems) == len(found)
    assert str(problems[0]).startswith("Indicators.csv row 1, column colour: unknown column")


def test_xlsx_errors_name_the_sheet_and_formula_cells(pack, tmp_path):
    add_indicator(pack, "C1")
    path = write_xlsx(tmp_path / "book.xlsx", {
        "Values": [VALUE_HEADER, ["C1", "2023-24 Q1", "=1+2"], ["C1", dt.date(2024, 1, 1), 3],
                   ["C1", "2023-24 Q3", dt.datetime(2024, 1, 1)]],
        " targets": [["whatever"]],
        "Notes": [["ignored sheet"]],
    })
    problems = errors_of(path, pack)
    assert [str(p) for p in problems] == [
        "book.xlsx, sheet  targets: the sheet must be named exactly Targets (it is not "
        "imported otherwise)",
        "book.xlsx, sheet Values, row 2, column actual: cell C2 contains a formula; enter the "
        "value itself (formulas are never evaluated)",
        "book.xlsx, sheet Values, row 3, column period: 2024-01-01 is a date, not a period "
        "(type e.g. 2023-24 Q4 as text)",
        "book.xlsx, sheet Values, row 4, column actual: 2024-01-01 is a date or time, not a "
        "number",
    ]


def test_missing_required_value_and_unnamed_column(pack, tmp_path):
    add_indicator(pack, "C1")
    folder = write_csvs(tmp_path / "in", {
        "Commentary": [["code", "period", "text"], ["", "2023-24 Q1", "x"],
                       ["C1", "2023-24 Q1", "y", "stray"]],
    })
    assert [str(p) for p in errors_of(folder, pack)] == [
        "Commentary.csv row 2, column code: code is required",
        "Commentary.csv row 3: column D has values (first on row 3) but no heading",
    ]


def test_failed_import_leaves_a_pack_file_and_its_audit_log_unchanged(file_pack, tmp_path):
    add_indicator(file_pack, "C1")
    history = len(file_pack.history())
    folder = write_csvs(tmp_path / "in", {
        "Values": [VALUE_HEADER, ["C1", "2023-24 Q1", "5"], ["C1", "2023-24 Q2", "x"]],
    })
    errors_of(folder, file_pack)
    assert file_pack.value("C1", Q1) is None and len(file_pack.history()) == history
    write_csvs(folder, {"Values": [VALUE_HEADER, ["C1", "2023-24 Q1", "5"]]})
    read_interchange(folder, file_pack).apply()
    assert file_pack.value("C1", Q1).actual == D("5") and len(file_pack.history()) > history


def test_not_an_interchange_source(pack, tmp_path):
    (tmp_path / "empty").mkdir()
    assert "none of the interchange files" in str(errors_of(tmp_path / "empty", pack)[0])
    (tmp_path / "data.ods").write_bytes(b"x")
    assert "save it as .xlsx" in str(errors_of(tmp_path / "data.ods", pack)[0])
    write_csvs(tmp_path / "case", {"values": [VALUE_HEADER]})
    assert "must be named exactly Values.csv" in str(errors_of(tmp_path / "case", pack)[0])


def test_required_columns_are_the_starred_ones():
    assert REQUIRED["Values"] == {"code", "period"}
    assert REQUIRED["Targets"] == {"code", "year", "target"}
    assert REQUIRED["Commitments"] == {"ref", "title", "period", "status"}


# -- hostile workbooks -------------------------------------------------------------------------


def refused(path: Path, pack, *, limits: Limits | None = None, seconds: float = 2.0) -> str:
    start = time.perf_counter()
    kwargs = {"limits": limits} if limits else {}
    problems = errors_of(path, pack, **kwargs)
    assert time.perf_counter() - start < seconds
    assert len(problems) == 1 and problems[0].row is None
    return str(problems[0])


def minimal_parts(sheet_xml: bytes) -> dict[str, bytes]:
    """The parts of a one-sheet workbook named Values, with ``sheet_xml`` as the sheet."""
    main = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = b"http://schemas.openxmlformats.org/package/2006/relationships"
    return {
        "[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            b'.org/package/2006/content-types"><Default Extension="rels" ContentType="applicat'
            b'ion/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" Conte'
            b'ntType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="app'
            b'lication/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Overri'
            b'de PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlforma'
            b'ts-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            b'<?xml version="1.0"?><Relationships xmlns="' + pkg + b'"><Relationship Id="rId1" '
            b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeD'
            b'ocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            b'<?xml version="1.0"?><workbook xmlns="' + main + b'" xmlns:r="' + rel + b'">'
            b'<sheets><sheet name="Values" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            b'<?xml version="1.0"?><Relationships xmlns="' + pkg + b'"><Relationship Id="rId1" '
            b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksh'
            b'eet" Target="worksheets/sheet1.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }


def zip_parts(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


SHEET = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
         b'spreadsheetml/2006/main">%s<sheetData>%s</sheetData></worksheet>')


def test_openpyxl_parses_with_defusedxml():
    import openpyxl
    from openpyxl.xml import functions

    assert openpyxl.DEFUSEDXML is True
    assert functions.iterparse.__module__.startswith("defusedxml")


def test_hand_made_minimal_workbook_is_read(pack, tmp_path):
    add_indicator(pack, "C1")
    rows = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" t="inlineStr">'
            b'<is><t>period</t></is></c><c r="C1" t="inlineStr"><is><t>actual</t></is></c></row>'
            b'<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="inlineStr">'
            b'<is><t>2023-24 Q1</t></is></c><c r="C2"><v>12</v></c></row>')
    path = zip_parts(tmp_path / "min.xlsx", minimal_parts(SHEET % (b"", rows)))
    read_interchange(path, pack).apply()
    assert pack.value("C1", Q1).actual == D("12")


def test_zip_bomb_is_refused_quickly(pack, tmp_path):
    parts = minimal_parts(SHEET % (b"", b""))
    parts["xl/worksheets/sheet1.xml"] = b"<" + b" " * (64 * 1024 * 1024)  # 64 MB of spaces
    message = refused(zip_parts(tmp_path / "bomb.xlsx", parts), pack)
    assert "zip bomb" in message and message.startswith("bomb.xlsx: ")


def test_total_unpacked_size_limit(rich_pack, pack_factory, tmp_path):
    path = write_interchange(rich_pack, tmp_path / "ok.xlsx")
    message = refused(path, pack_factory(), limits=Limits(max_uncompressed_bytes=10_000))
    assert "unpacks to" in message and "more than" in message


def test_billion_laughs_is_refused(pack, tmp_path):
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else
                                                    b"&lol;") * 10) for i in range(1, 10))
           + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
           b'</sheetData></worksheet>')
    path = zip_parts(tmp_path / "lol.xlsx", minimal_parts(lol))
    assert "declares a document type or entities" in refused(path, pack)

    # and defusedxml, underneath, refuses it too when openpyxl parses the part
    import openpyxl
    from defusedxml import DefusedXmlException

    with pytest.raises(ValueError) as caught:  # openpyxl wraps the parser's exception
        openpyxl.load_workbook(path, read_only=True)
    assert isinstance(caught.value.__cause__, DefusedXmlException)


def test_oversized_sheet_is_refused(pack, tmp_path):
    add_indicator(pack, "C1")
    rows = [VALUE_HEADER] + [["C1", f"{2000 + n}-{(n + 1) % 100:02d} Q1", n] for n in range(60)]
    limits = Limits(max_rows=50)
    path = write_xlsx(tmp_path / "big.xlsx", {"Values": rows})
    assert "sheet Values has 60 rows; at most 50 rows" in refused(path, pack, limits=limits)
    # a sheet whose dimension hides its size is refused while streaming
    cells = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" '
             b't="inlineStr"><is><t>period</t></is></c></row>'
             + b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n)
                        for n in range(2, 70)))
    hidden = zip_parts(tmp_path / "hidden.xlsx",
                       minimal_parts(SHEET % (b'<dimension ref="A1:A2"/>', cells)))
    assert "more rows than that" in refused(hidden, pack, limits=limits)
    # a million declared rows is refused before any is read
    huge = zip_parts(tmp_path / "huge.xlsx",
                     minimal_parts(SHEET % (b'<dimension ref="A1:F1000001"/>', b"")))
    assert "has 1,000,000 rows; at most 200,000" in refused(huge, pack)
    folder = write_csvs(tmp_path / "csv", {"Values": rows})
    assert "more than 50 rows" in refused(folder, pack, limits=limits)


def test_files_that_are_not_xlsx_are_refused(pack, tmp_path):
    text = tmp_path / "renamed.xlsx"
    text.write_text("code,period\nC1,2023-24 Q1\n")
    assert "not an .xlsx workbook (it is not a zip file" in refused(text, pack)
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
    assert "Excel 97-2003 (.xls) file or a password-protected" in refused(old, pack)
    other = zip_parts(tmp_path / "other.xlsx", {"word/document.xml": b"<w/>"})
    assert "zip file but not an .xlsx workbook" in refused(other, pack)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    assert "not an .xlsx workbook" in refused(broken, pack)


def test_a_broken_indicator_row_is_reported_once(pack, tmp_path):
    folder = write_csvs(tmp_path / "in", {
        "Indicators": [INDICATOR_HEADER, ["N1", "New", "litres", "higher", "sum"]],
        "Values": [VALUE_HEADER, ["N1", "2023-24 Q1", "4"]],
    })
    assert [str(p) for p in errors_of(folder, pack)] == [
        "Indicators.csv row 2, column unit: 'litres' is not one of count, percent, rate, days, "
        "currency, ratio",
    ]


def test_commitment_rows_make_commitments_and_updates(pack, tmp_path):
    header = ["ref", "title", "owner", "due", "period", "status", "progress"]
    folder = write_csvs(tmp_path / "in", {"Commitments": [
        header,
        ["CP1", "Open hubs", "Director", "31/03/2024", "2023-24 Q1", "green", "Started"],
        ["CP1", "Open hubs", "", "", "2023-24 Q2", "amber-green", ""],
    ]})
    read_interchange(folder, pack).apply()
    assert pack.get("commitment", ("CP1",)) == r.Commitment(
        "CP1", "Open hubs", owner="Director", due=dt.date(2024, 3, 31), position=1)
    assert pack.get("commitment_update", ("CP1", Q2)).status == "Amber-Green"
    write_csvs(folder, {"Commitments": [
        header,
        ["CP1", "Open hubs", "Director", "", "2023-24 Q1", "Green", ""],
        ["CP1", "Open two hubs", "Director", "", "2023-24 Q2", "Green", ""],
        ["CP1", "Open hubs", "", "", "2023-24 Q2", "Red", ""],
    ]})
    assert [where(p) + (p.reason,) for p in errors_of(folder, pack)] == [
        ("Commitments.csv", "Commitments", 3, "title",
         "CP1: title 'Open two hubs' differs from row 2 ('Open hubs')"),
        ("Commitments.csv", "Commitments", 4, "period", "CP1 2023-24 Q2 is also on row 3"),
    ]


def test_plan_refused_at_apply_still_names_the_row(pack, tmp_path):
    add_indicator(pack, "C1")
    folder = write_csvs(tmp_path / "in", {"Values": [VALUE_HEADER, ["C1", "2023-24 Q1", "5"]]})
    plan = read_interchange(folder, pack)
    pack.apply(put("Finalise", r.PeriodState(Q1, final=True)))
    with pytest.raises(InterchangeError) as caught:
        plan.apply()
    assert where(caught.value.problems[0]) == ("Values.csv", "Values", 2, "period")
    assert pack.value("C1", Q1) is None


def test_csv_that_is_not_utf8_is_refused_at_the_row_and_column_of_the_bad_byte(pack, tmp_path):
    add_indicator(pack, "C1")
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [b"code,period,text"] + [b"C1,2023-24 Q%d,fine" % (n % 4 + 1) for n in range(3)]
    lines += [b"C1,2020-21 Q%d,\"long, quoted\ntext\"" % q for q in (1, 2, 3, 4)] * 40
    lines.append(b"C1,2022-23 Q1,caf\xe9 au lait")
    (folder / "Commentary.csv").write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(lines) + b"\r\n")
    problems = errors_of(folder, pack)
    assert [where(p) + (p.reason,) for p in problems] == [(
        "Commentary.csv", "Commentary", 165, "text",
        "the file is not UTF-8 text: column C has the byte \\xe9 in 'caf? au lait'; save it as "
        "CSV UTF-8")]


# -- workbooks as Excel saves them (model/xlsx_reader.py) ---------------------------------------


def test_shared_strings_workbook_imports_like_the_inline_one(pack_factory, tmp_path):
    from bench.generate import generate_interchange_workbook

    plans = []
    for shared in (True, False):
        path = generate_interchange_workbook(tmp_path / f"{shared}.xlsx", rows=120, seed=3,
                                             shared_strings=shared)
        plans.append(read_interchange(path, pack_factory()))
    assert plans[0].added == plans[1].added > 120
    assert plans[0].records == plans[1].records


def test_error_values_percent_whole_numbers_hidden_sheets_and_1904_dates(pack, tmp_path):
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    add_indicator(pack, "P1", unit="percent", aggregation="last")
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    values = book.active
    values.title = "Values"
    values.sheet_state = "hidden"  # a hidden sheet is still read
    for row in (VALUE_HEADER, ["P1", "2023-24 Q1", 1], ["P1", "2023-24 Q2", 0.5]):
        values.append(row)
    values["C2"].number_format = "0%"
    values["C3"].number_format = "0.0%"
    commitments = book.create_sheet("Commitments")
    commitments.append(["ref", "title", "due", "period", "status"])
    commitments.append(["CP1", "Open hubs", dt.date(2024, 3, 31), "2023-24 Q1", "Green"])
    path = tmp_path / "mac.xlsx"
    book.save(path)
    read_interchange(path, pack).apply()
    assert str(pack.value("P1", Q1).actual) == "100" and str(pack.value("P1", Q2).actual) == "50"
    assert pack.get("commitment", ("CP1",)).due == dt.date(2024, 3, 31)

    values["C2"] = "#N/A"
    values["D2"] = "=B2"
    book.save(path)
    assert [str(p) for p in errors_of(path, pack)] == [
        "mac.xlsx, sheet Values, row 2, column actual: cell C2 contains the error value #N/A",
        "mac.xlsx, sheet Values, row 2, column numerator: cell D2 contains a formula; enter "
        "the value itself (formulas are never evaluated)",
    ]


def test_xml_bomb_past_the_scanned_start_is_refused(pack, tmp_path):
    padding = b"<!--" + b"x" * 70_000 + b"-->"  # beyond the 64 KB that xlsx_safety scans
    sheet = (b'<?xml version="1.0"?>' + padding + b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
             b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="http://schemas.'
             b'openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>')
    path = zip_parts(tmp_path / "late.xlsx", minimal_parts(sheet))
    assert "declares a document type or entities" in refused(path, pack)


def test_the_header_must_be_on_row_1_even_when_row_1_is_absent(pack, tmp_path):
    rows = (b'<row r="2"><c r="A2" t="inlineStr"><is><t>code</t></is></c><c r="B2" '
            b't="inlineStr"><is><t>period</t></is></c></row>')
    path = zip_parts(tmp_path / "late.xlsx", minimal_parts(SHEET % (b"", rows)))
    assert [str(p) for p in errors_of(path, pack)] == [
        "late.xlsx, sheet Values, row 1: the first row must hold the column names"]


def test_the_garbage_collector_runs_again_after_an_import(pack, tmp_path):
    import gc

    add_indicator(pack, "C1")
    good = write_xlsx(tmp_path / "good.xlsx", {"Values": [VALUE_HEADER, ["C1", "2023-24 Q1", 5]]})
    bad = write_xlsx(tmp_path / "bad.xlsx", {"Values": [VALUE_HEADER, ["C1", "2023-24 Q1", "x"]]})
    read_interchange(good, pack).apply()
    assert gc.isenabled()
    errors_of(bad, pack)
    assert gc.isenabled()
    gc.disable()  # an import leaves a paused collector paused
    try:
        read_interchange(good, pack)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_figures_for_the_checks_are_stored_with_a_warning_not_refused(pack, tmp_path):
    """A percent outside 0-100 or a numerator above its denominator from another system is
    stored, named as a warning with its place, and left for ``check`` to report."""
    add_indicator(pack, "P1", unit="percent", aggregation="ratio", decimals=1)
    folder = write_csvs(tmp_path / "in", {"Values": [
        VALUE_HEADER,
        ["P1", "2023-24 Q1", "101"],
        ["P1", "2023-24 Q2", "", "7", "5"],
    ]})
    plan = read_interchange(folder, pack)
    assert [str(w) for w in plan.warnings] == [
        "Values.csv row 2, column actual: 101 is not a percentage from 0 to 100",
        "Values.csv row 3, column numerator: the numerator 7 is above the denominator 5",
    ]
    plan.apply()
    assert pack.value("P1", Period(2023, 1)).actual == D(101)
    assert pack.value("P1", Period(2023, 2)).numerator == D(7)



# -- the sheets added this round ---------------------------------------------------------------


def test_the_meetings_sheet_is_read(pack, tmp_path):
    """Every sheet of domain.md is read now; the last, Meetings, came with issue 11."""
    empty = write_csvs(tmp_path / "empty", {
        "Indicators": [INDICATOR_HEADER, ["N1", "New", "count", "higher", "sum"]],
        "Meetings": [["period", "meeting_date"]],
    })
    read_interchange(empty, pack).apply()
    assert pack.indicator("N1") is not None and pack.count("meeting") == 0
    filled = write_csvs(tmp_path / "filled", {
        "Meetings": [["period", "meeting_date", "report_date", "title"],
                     ["2024-25 Q4", "2025-07-15", "08/07/2025", "Quarter 4"]],
    })
    read_interchange(filled, pack).apply()
    meeting = pack.get("meeting", (Period(2024, 4),))
    assert (str(meeting.meeting_date), str(meeting.report_date), meeting.title) == (
        "2025-07-15", "2025-07-08", "Quarter 4")


def test_breakdown_cells_and_snapshot_counts_are_checked_where_they_are(pack, tmp_path):
    cells = ["name", "period", "row", "row_cy", "column", "value"]
    folder = write_csvs(tmp_path / "in", {
        "Breakdowns": [["name", "period", "title"], ["src", "2024-25 Q4", "By source"]],
        "BreakdownCells": [cells,
                           ["src", "2024-25 Q4", "Police", "Heddlu", "NFA", "3"],
                           ["src", "2024-25 Q4", "Police", "Heddlu", "NFA", "4"],
                           ["src", "2024-25 Q4", "School", "Ysgol", "NFA", "-1"],
                           ["src", "2024-25 Q4", "Police", "Yr heddlu", "Help", "1"],
                           ["src", "2024-25 Q3", "Police", "", "NFA", "1"]],
        "SnapshotCounts": [["name", "date", "category", "count"],
                           ["cla", "31/03/2024", "Foster", "129"]],
    })
    assert [(p.row, p.column, p.reason) for p in errors_of(folder, pack)] == [
        (3, "column", "breakdown src: the cell Police / NFA is also on row 2"),
        (4, "value", "-1 is not a whole number of at least 0"),
        (5, "row_cy", "Police has the Welsh label Yr heddlu here and Heddlu on an earlier row"),
        (6, "name", "there is no breakdown 'src 2024-25 Q3' in the pack or on the Breakdowns "
                    "sheet"),
        (2, "name", "there is no snapshot 'cla' in the pack or on the Snapshots sheet"),
    ]


def test_commitment_without_an_update_and_settings_rows(pack, tmp_path):
    folder = write_csvs(tmp_path / "in", {
        "Commitments": [["ref", "title", "period", "status"], ["CP1", "Open hubs", "", ""],
                        ["CP2", "Recruit", "2024-25 Q1", ""]],
        "Settings": [["name", "value"], ["organisation", "Cyngor"], ["colour", "red"],
                     ["suppression_threshold", "3.5"], ["final_periods", "2024-25 Q5"]],
    })
    assert [(p.sheet, p.row, p.column, p.reason[:30]) for p in errors_of(folder, pack)] == [
        ("Commitments", 3, "status", "status is required"),
        ("Settings", 3, "name", "unknown setting 'colour'; the "),
        ("Settings", 4, "value", "3.5 is not a whole number from"),
        ("Settings", 5, "value", "'2024-25 Q5' is not a period ("),
    ]
    write_csvs(folder, {
        "Commitments": [["ref", "title", "period", "status"], ["CP1", "Open hubs", "", ""]],
        "Settings": [["name", "value"], ["organisation", "Cyngor"],
                     ["meeting_date", "15/07/2025"]],
    })
    read_interchange(folder, pack).apply()
    assert pack.get("commitment", ("CP1",)).title == "Open hubs"
    assert pack.all("commitment_update") == []
    assert (pack.settings.organisation, pack.settings.meeting_date) == (
        "Cyngor", dt.date(2025, 7, 15))


# -- hostile and careless cells ----------------------------------------------------------------


def test_messages_quote_what_was_given(pack, tmp_path):
    add_indicator(pack, "C1")
    long_heading = "colour\x1b[31m" + "x" * 200
    folder = write_csvs(tmp_path / "in", {"Values": [
        VALUE_HEADER + [long_heading],
        ["C1", "2023-24 Q1\n\x07" + "9" * 300, "1"],
        ["C1", "2023-24 Q2", "abc\x1b" + "7" * 300],
    ]})
    problems = errors_of(folder, pack)
    assert all(len(p.reason) < 400 and "\x1b" not in str(p) and "\x07" not in str(p)
               for p in problems)
    assert any("\\x1b[31m" in p.reason for p in problems)
    assert any("(312 characters)" in p.reason for p in problems)


@pytest.mark.parametrize("kind", ["shared", "inline", "csv"])
def test_a_huge_text_cell_is_refused_quickly_and_briefly(pack, tmp_path, kind):
    """Nothing of it is stored; it is never held whole (measured: 50 MB in 0.3 s, 21 MB)."""
    import base64
    import os

    add_indicator(pack, "C1")
    text = base64.b64encode(os.urandom(3_000_000)).decode()  # 4 million characters
    if kind == "csv":
        source = write_csvs(tmp_path / "in", {"Commentary": [["code", "period", "text"],
                                                             ["C1", "2023-24 Q1", text]]})
    else:
        head = b"".join(b'<c r="%s1" t="inlineStr"><is><t>%s</t></is></c>' % (c, h) for c, h in
                        ((b"A", b"code"), (b"B", b"period"), (b"C", b"note")))
        cell = (b'<c r="C2" t="s"><v>0</v></c>' if kind == "shared" else
                b'<c r="C2" t="inlineStr"><is><t>' + text.encode() + b'</t></is></c>')
        row = (b'<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" '
               b't="inlineStr"><is><t>2023-24 Q1</t></is></c>' + cell + b'</row>')
        parts = minimal_parts(SHEET % (b"", b'<row r="1">' + head + b"</row>" + row))
        if kind == "shared":
            parts["xl/sharedStrings.xml"] = (
                b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main"><si><t>' + text.encode() + b"</t></si></sst>")
        source = zip_parts(tmp_path / "long.xlsx", parts)
    start = time.perf_counter()
    problems = errors_of(source, pack)
    assert time.perf_counter() - start < 1.0
    assert len(problems) == 1 and problems[0].row == 2
    if kind == "csv":  # Python's CSV reader stops at 131,072 characters, before the column
        assert problems[0].reason == ("a cell holds more than 131,072 characters; at most "
                                      "32,767 are accepted in a cell (as in Excel)")
        return
    assert problems[0].column == "note"
    assert "4,000,000 characters; at most 32,767 are accepted" in problems[0].reason
    assert len(str(problems[0])) < 250 and text[:20] in problems[0].reason


def test_a_text_just_over_the_limit_is_refused_at_its_column(pack, tmp_path):
    add_indicator(pack, "C1")
    folder = write_csvs(tmp_path / "in", {"Commentary": [
        ["code", "period", "text", "text_cy"],
        ["C1", "2023-24 Q1", "a" * 32_767, "\x1b" + "b" * 32_768]]})
    assert [(where(p), p.reason) for p in errors_of(folder, pack)] == [(
        ("Commentary.csv", "Commentary", 2, "text_cy"),
        "column D holds 32,769 characters; at most 32,767 are accepted in a cell (as in "
        "Excel): '\\x1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb… (32,769 characters)'")]
