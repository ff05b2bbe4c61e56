"""The data-collection template: export, fill as a service would, import all or nothing."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal

import openpyxl
import pytest

import main
from exporters.excel_template import write_template
from model import records as r
from model.commands import put
from model.interchange import InterchangeError
from model.pack import Pack
from model.periods import Period
from model.sample_build import SHIPPED
from model.template_import import COLUMN, FIGURES_SHEET, FIRST_ROW, is_template, read_template

PERIOD = Period(2025, 1)  # the sample's next quarter: nothing entered yet
CURRENT = Period(2024, 4)


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "sample.craffu"
    shutil.copyfile(SHIPPED, path)
    pack = Pack.open(path)
    yield pack
    pack.close()


def _template(pack, tmp_path, period=PERIOD, group=None):
    path = tmp_path / "template.xlsx"
    write_template(pack, period, path, group=group, generated=dt.date(2025, 7, 1))
    return path


def _rows(sheet) -> dict[str, int]:
    """Indicator code -> row number on the figures sheet."""
    rows = {}
    for row in range(FIRST_ROW, sheet.max_row + 1):
        code = sheet.cell(row=row, column=COLUMN["Key: code"]).value
        if code:
            rows[code] = row
    return rows


def _fill(path, edits: dict[tuple[str, str], object], *, save_to=None, extra=None):
    """Fill the template like a service: ``edits[(code, heading)] = value``."""
    book = openpyxl.load_workbook(path)
    sheet = book[FIGURES_SHEET]
    rows = _rows(sheet)
    for (code, heading), value in edits.items():
        sheet.cell(row=rows[code], column=COLUMN[heading], value=value)
    if extra:
        extra(book, sheet, rows)
    book.save(save_to or path)
    return rows


def _problems(path, pack) -> list[str]:
    with pytest.raises(InterchangeError) as caught:
        read_template(path, pack)
    return [str(p) for p in caught.value.problems]


def test_template_layout_locks_structure_hides_keys_and_validates_inputs(sample, tmp_path):
    sample.apply(put("add", r.Indicator("PCT.1", "A percentage typed as a figure",
                                        unit="percent", aggregation="last", group="Demand")))
    path = _template(sample, tmp_path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Instructions", "Figures", "Craffu"]
    assert book["Craffu"].sheet_state == "veryHidden"
    assert book.security.lockStructure
    sheet = book[FIGURES_SHEET]
    assert sheet.protection.sheet and not sheet.protection.password
    assert sheet.column_dimensions["A"].hidden and sheet.column_dimensions["B"].hidden
    rows = _rows(sheet)
    assert len(rows) == 57  # every indicator but the calculated one, and the heading
    k132 = rows["K1.32"]  # a ratio-aggregated percentage: numerator and denominator
    assert sheet.cell(row=k132, column=COLUMN["What to enter"]).value == \
        "numerator and denominator"
    assert not sheet.cell(row=k132, column=COLUMN["Numerator"]).protection.locked
    assert sheet.cell(row=k132, column=COLUMN["Value"]).protection.locked
    dem01 = rows["DEM.01"]  # a count: the value
    assert not sheet.cell(row=dem01, column=COLUMN["Value"]).protection.locked
    assert sheet.cell(row=dem01, column=COLUMN["Code"]).protection.locked
    # last period's figures for reference
    last = sample.value("DEM.01", CURRENT)
    assert sheet.cell(row=dem01, column=COLUMN["Last period: value"]).value == int(last.actual)
    rules = {}
    for dv in sheet.data_validations.dataValidation:
        for ref in str(dv.sqref).split():
            rules[ref] = dv
    assert rules[f"J{dem01}"].type == "whole" and rules[f"J{dem01}"].formula1 == "0"
    k125 = rows["K1.25"]
    k125_rule = rules.get(f"K{k125}") or rules.get(f"J{k125}")
    assert k125_rule is not None
    numerator_rule = rules[f"K{k132}"]  # relative to the first cell it applies to
    first = min(int(ref[1:]) for ref in str(numerator_rule.sqref).split())
    assert numerator_rule.type == "custom"
    assert f"K{first}<=L{first}" in numerator_rule.formula1
    assert sheet.cell(row=rows["PCT.1"], column=COLUMN["What to enter"]).value == "value"
    rule = rules[f"J{rows['PCT.1']}"]
    assert (rule.type, rule.formula1, rule.formula2) == ("decimal", "0", "100")
    assert "Instructions" in book.sheetnames and is_template(path)


def _typed_with_apostrophe(book, sheet, rows):
    """'=up by 3 typed in Excel: text (quote prefix), not a formula."""
    cell = sheet.cell(row=rows["K1.18"], column=COLUMN["Commentary"])
    cell.value = "=up by 3, see note"
    cell.data_type = "s"
    cell.quotePrefix = True


def test_round_trip_finds_exactly_the_filled_values(sample, tmp_path):
    path = _template(sample, tmp_path)
    _fill(path, {
        ("DEM.01", "Value"): 9876,
        ("K1.32", "Numerator"): 12, ("K1.32", "Denominator"): 20,
        ("K1.25", "Value"): "12.5",  # typed as text: still a number
        ("PEO.05", "Value"): "1,234",
        ("K1.18", "Commentary (Welsh)"): "Cynnydd o 3 – ŵ ŷ",
    }, extra=_typed_with_apostrophe)
    before = {v.key: v for v in sample.all("value")}
    plan = read_template(path, sample)
    assert plan and "figures added" in plan.summary()
    assert {(c.key[0], c.field, c.new) for c in plan.changes} == {
        ("DEM.01", "actual", Decimal(9876)),
        ("K1.32", "numerator", Decimal(12)), ("K1.32", "denominator", Decimal(20)),
        ("K1.25", "actual", Decimal("12.5")),
        ("PEO.05", "actual", Decimal(1234)),
        ("K1.18", "text", "=up by 3, see note"), ("K1.18", "text_cy", "Cynnydd o 3 – ŵ ŷ"),
    }
    undo = plan.apply()
    assert sample.value("DEM.01", PERIOD).actual == 9876
    assert sample.value("K1.32", PERIOD).numerator == 12
    assert sample.value("K1.25", PERIOD).actual == Decimal("12.5")
    assert sample.commentary("K1.18", PERIOD).text_cy == "Cynnydd o 3 – ŵ ŷ"
    assert len(sample.all("value")) == len(before) + 4
    # re-exported, the template holds the figures and imports as no change
    again = _template(sample, tmp_path)
    assert not read_template(again, sample)
    sample.apply(undo)
    assert {v.key: v for v in sample.all("value")} == before


def test_percent_formatted_cell_and_corrections_of_existing_figures(sample, tmp_path):
    path = _template(sample, tmp_path, period=CURRENT)
    assert not read_template(path, sample)  # prefilled with the pack's figures

    def percent_cell(book, sheet, rows):
        cell = sheet.cell(row=rows["K1.25"], column=COLUMN["Value"])
        sheet.cell(row=rows["K1.25"], column=COLUMN["Numerator"]).value = None
        sheet.cell(row=rows["K1.25"], column=COLUMN["Denominator"]).value = None
        cell.value = 0.127
        cell.number_format = "0.0%"

    fraction = sample.value("K1.25", CURRENT).numerator is not None
    if fraction:  # K1.25 is entered as numerator and denominator in the sample
        _fill(path, {("K1.25", "Numerator"): 30, ("K1.25", "Denominator"): 268})
        plan = read_template(path, sample)
        assert [(c.field, c.new) for c in plan.changes] == [("numerator", Decimal(30))]
    _fill(path, {}, extra=percent_cell)
    plan = read_template(path, sample)
    changed = {c.field: c.new for c in plan.changes}
    assert changed["actual"] == Decimal("12.7")


def test_user_mistakes_are_reported_by_cell_and_nothing_is_imported(sample, tmp_path):
    path = _template(sample, tmp_path)

    def mistakes(book, sheet, rows):
        sheet.cell(row=rows["DEM.02"], column=COLUMN["Value"]).value = "=SUM(J3:J4)"
        sheet.cell(row=rows["DEM.03"], column=COLUMN["Value"], value=dt.date(2025, 6, 30))
        sheet.cell(row=rows["DEM.04"], column=COLUMN["Value"], value=12.5)  # count
        sheet.cell(row=rows["K1.32"], column=COLUMN["Numerator"], value=30)  # > denominator
        sheet.cell(row=rows["K1.32"], column=COLUMN["Denominator"], value=20)
        sheet.cell(row=rows["K1.33"], column=COLUMN["Value"], value=50)  # needs num/den
        sheet.cell(row=rows["K1.19"], column=COLUMN["Value"], value=120)  # percent > 100
        sheet.cell(row=rows["DEM.05"], column=COLUMN["Numerator"], value=5)  # no denominator

    rows = _fill(path, {("DEM.01", "Value"): "lots"}, extra=mistakes)
    values_before = len(sample.all("value"))
    found = _problems(path, sample)
    text = "\n".join(found)
    assert f"template.xlsx, sheet Figures, row {rows['DEM.01']}, column Value: cell " \
           f"J{rows['DEM.01']}: 'lots' is not a number" in text
    assert f"row {rows['DEM.02']}, column Value: cell J{rows['DEM.02']} contains a formula" in text
    assert f"row {rows['DEM.03']}, column Value: cell J{rows['DEM.03']} holds a date" in text
    assert f"row {rows['DEM.04']}, column Value: 12.5: a count must be a whole number" in text
    assert f"row {rows['K1.32']}, column Numerator: the numerator 30 is above the " \
           f"denominator 20" in text
    assert f"row {rows['K1.33']}, column Value: K1.33 is entered as a numerator" in text
    assert f"row {rows['K1.19']}, column Value: 120 is not a percentage from 0 to 100" in text
    assert f"row {rows['DEM.05']}, column Denominator: a denominator is needed" in text
    assert len(found) == 8
    assert len(sample.all("value")) == values_before


def test_edited_keys_extra_rows_and_columns_and_merged_cells(sample, tmp_path):
    path = _template(sample, tmp_path)

    def damage(book, sheet, rows):
        sheet.protection.sheet = False
        sheet.cell(row=rows["DEM.01"], column=COLUMN["Key: code"], value="NOPE")
        sheet.cell(row=rows["DEM.02"], column=COLUMN["Code"], value="DEM.99")
        sheet.cell(row=rows["DEM.03"], column=COLUMN["Key: period"], value="2024-25 Q4")
        last = max(rows.values())
        sheet.cell(row=last + 1, column=COLUMN["Code"], value="NEW.01")
        sheet.cell(row=last + 1, column=COLUMN["Value"], value=5)
        sheet.cell(row=rows["DEM.04"], column=len(COLUMN) + 2, value="a note")
        sheet.merge_cells(start_row=rows["DEM.05"], start_column=COLUMN["Commentary"],
                          end_row=rows["DEM.05"], end_column=COLUMN["Commentary (Welsh)"])

    rows = _fill(path, {}, extra=damage)
    text = "\n".join(_problems(path, sample))
    assert f"row {rows['DEM.01']}, column Key: code: the hidden key was edited: there is no " \
           f"indicator NOPE" in text
    assert f"row {rows['DEM.02']}, column Code: the code was edited: the row is for DEM.02, " \
           f"not DEM.99" in text
    assert f"row {rows['DEM.03']}, column Key: period: the hidden key was edited" in text
    assert f"row {max(rows.values()) + 1}: row {max(rows.values()) + 1} was added below" in text
    assert f"cell P{rows['DEM.04']} is outside the template's columns" in text
    assert f"cells M{rows['DEM.05']}:N{rows['DEM.05']} are merged" in text


def test_renamed_sheet_moved_heading_and_deleted_rows(sample, tmp_path):
    path = _template(sample, tmp_path)

    def rename(book, sheet, rows):
        book.security.lockStructure = False
        sheet.title = "Data"

    _fill(path, {}, extra=rename, save_to=tmp_path / "renamed.xlsx")
    assert _problems(tmp_path / "renamed.xlsx", sample) == [
        "renamed.xlsx: the sheet Figures is missing (the workbook has Data); the template's "
        "sheets must keep their names: rename it back to Figures"]

    def heading(book, sheet, rows):
        sheet.cell(row=2, column=COLUMN["Value"], value="Actual")

    _fill(path, {}, extra=heading, save_to=tmp_path / "heading.xlsx")
    assert _problems(tmp_path / "heading.xlsx", sample) == [
        "heading.xlsx, sheet Figures, row 2, column J: the heading is 'Actual', not 'Value': "
        "columns were changed or moved; use the template as exported"]

    def delete_rows(book, sheet, rows):
        sheet.delete_rows(FIRST_ROW, 2)

    _fill(path, {}, extra=delete_rows, save_to=tmp_path / "deleted.xlsx")
    assert "rows were deleted" in _problems(tmp_path / "deleted.xlsx", sample)[0]


def test_interchange_workbook_or_other_file_is_not_taken_for_a_template(sample, tmp_path):
    from exporters.interchange import write_interchange

    interchange = write_interchange(sample, tmp_path / "all.xlsx")
    assert not is_template(interchange)
    problems = _problems(interchange, sample)
    assert problems == ["all.xlsx: this is not a Craffu data-collection template (its hidden "
                        "sheet Craffu is missing); export a new template from the pack"]


def test_group_template_and_command_line_round_trip(sample, tmp_path, capsys):
    path = _template(sample, tmp_path, group="Demand")
    rows = _rows(openpyxl.load_workbook(path)[FIGURES_SHEET])
    assert set(rows) == {i.code for i in sample.indicators() if i.group == "Demand"}
    pack_path = sample.path
    sample.close()
    out = tmp_path / "cli.xlsx"
    assert main.main(["export", str(pack_path), "--period", "2025-26 Q1", "--template",
                      str(out), "--group", "Demand"]) == 0
    _fill(out, {("DEM.01", "Value"): 8000})
    assert main.main(["import", str(pack_path), str(out)]) == 0
    assert "1 changes" in capsys.readouterr().out
    with Pack.open(pack_path, read_only=True) as pack:
        assert pack.value("DEM.01", PERIOD).actual == 8000
    assert main.main(["export", str(pack_path), "--template", str(out), "--group", "Nope"]) == 2
    assert "no indicators in the group 'Nope'" in capsys.readouterr().err
    _fill(out, {("DEM.02", "Value"): "many"})
    assert main.main(["import", str(pack_path), str(out)]) == 2
    err = capsys.readouterr().err
    assert "craffu: error: cli.xlsx, sheet Figures, row" in err and "'many' is not a number" in err
    assert main.main(["export", str(pack_path), "--xlsx", str(tmp_path / "ret.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "ret.xlsx").sheetnames[1] == "Scorecard"
