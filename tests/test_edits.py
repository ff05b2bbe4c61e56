"""The edits an officer makes, as model commands (``model.edits``), without Qt.

Each test builds a command from plain values as the editor would, applies it to a pack and
checks what an officer would see: the figure stored, the refusal and its words, one undo step
that brings everything back.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from model import records as r
from model.commands import put
from model.edits import fields, figures, groups, indicators, sections, tables, targets, typed
from model.edits.errors import EditError, ForecastError, InputError, PasteError, refusal
from model.errors import CraffuError
from model.periods import Period
from model.validation import ValidationError
from tests.conftest import Q3, D, fill_pack


def test_model_edits_loads_without_qt():
    code = ("import sys, model.edits.figures, model.edits.tables, model.edits.sections, "
            "model.edits.fields, model.edits.groups, model.edits.indicators, "
            "model.edits.targets; print(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'gui')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_every_refusal_is_a_craffu_error():
    for error in (EditError, InputError, PasteError, ForecastError):
        assert issubclass(error, CraffuError) and issubclass(error, ValueError)


# -- typed input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, number", [
    ("1,234", D(1234)), (" 85% ", D(85)), ("£1,500.50", D("1500.50")), ("\u22123.5", D("-3.5")),
    ("", None), ("   ", None), ("+7", D(7)), ("-£12", D(-12)),
])
def test_numbers_as_typed(text, number):
    assert typed.parse_number(text) == number


@pytest.mark.parametrize("text", ["12a", "1,23", "1.2.3", ".", "£", "1E+30", "--1"])
def test_what_is_not_a_number_is_refused_with_the_text(text):
    with pytest.raises(InputError, match="is not a number"):
        typed.parse_number(text)


def test_a_number_no_council_could_have_is_refused_where_typed():
    with pytest.raises(InputError, match="beyond ±1,000,000,000,000"):
        typed.parse_number("2,000,000,000,000")
    with pytest.raises(InputError, match="more than 15 significant digits"):
        typed.parse_number("1.0000000000000001")


def test_a_refused_text_is_quoted_short_and_without_control_characters():
    with pytest.raises(InputError) as caught:
        typed.parse_number("x\x1b[31m" + "9" * 500)
    message = str(caught.value)
    assert "\x1b" not in message and "\\x1b" in message and len(message) < 200


def test_a_fraction_for_a_percent_measure_and_not_for_a_count():
    percent = r.Indicator("K1", "t", unit="percent")
    assert typed.parse_figure("120 / 200", percent) == {
        "actual": None, "numerator": D(120), "denominator": D(200)}
    assert typed.parse_figure("61.5", percent) == {
        "actual": D("61.5"), "numerator": None, "denominator": None}
    with pytest.raises(InputError, match="only for percent and ratio"):
        typed.parse_figure("1 / 2", r.Indicator("C1", "t", unit="count"))
    with pytest.raises(InputError, match="give both numerator and denominator"):
        typed.parse_figure("120 /", percent)


def test_edit_text_shows_num_over_den_where_stored():
    assert typed.figure_edit_text(r.Value("K1", Q3, numerator=D(3), denominator=D(4),
                                          actual=D(75))) == "3 / 4"
    assert typed.figure_edit_text(r.Value("K1", Q3, actual=D("61.50"))) == "61.5"
    assert typed.figure_edit_text(None) == ""


def test_fields_by_kind():
    assert typed.parse_field("int", "1,200") == 1200
    assert typed.parse_field("int", "") is None
    assert typed.parse_field("date", "31/03/2025").isoformat() == "2025-03-31"
    assert typed.parse_field("period", "Q3 2024/25") == Period(2024, 3)
    assert typed.parse_field("bool", "Y") is True and typed.parse_field("bool", "") is False
    assert typed.parse_field("choice", "", ("a", "b")) is None
    assert typed.parse_field("text", "  spaced ") == "  spaced "
    with pytest.raises(InputError, match="not a whole number"):
        typed.parse_field("int", "1.5")
    with pytest.raises(InputError, match="choose one of a, b"):
        typed.parse_field("choice", "", ("a", "b"), optional=False)
    with pytest.raises(InputError, match="'c' is not one of a, b"):
        typed.parse_field("choice", "c", ("a", "b"))
    with pytest.raises(InputError, match="not a date"):
        typed.parse_field("date", "31 March")
    with pytest.raises(InputError, match="a period is required"):
        typed.parse_field("period", "")
    with pytest.raises(InputError, match="not yes or no"):
        typed.parse_field("bool", "maybe")


def test_counts_are_whole_and_not_negative():
    assert typed.parse_count("1,024") == 1024
    with pytest.raises(InputError, match="cannot be negative"):
        typed.parse_count("-2")


def test_trajectories_are_four_quarters_or_none():
    assert typed.parse_trajectory("150; 300; 450; 600") == (D(150), D(300), D(450), D(600))
    assert typed.parse_trajectory(" ") == (None, None, None, None)
    with pytest.raises(InputError, match="four quarterly figures"):
        typed.parse_trajectory("1; 2; 3")
    with pytest.raises(InputError, match="all four quarters"):
        typed.parse_trajectory("1; ; 3; 4")
    assert typed.trajectory_text(r.Target("K1", 2024, q1=D(1), q2=D(2), q3=D(3), q4=D(4))) \
        == "1; 2; 3; 4"


def test_blocks_from_a_spreadsheet_and_one_cell_fills_a_selection():
    assert typed.parse_block('1\t"a\tb"\r\n3\t4\r\n') == [["1", "a\tb"], ["3", "4"]]
    assert typed.fill_block([["7"]], 2, 3) == [["7", "7", "7"], ["7", "7", "7"]]
    assert typed.fill_block([["7", "8"]], 2, 3) == [["7", "8"]]


# -- quarter figures and the forecast ------------------------------------------------------------


def test_a_typed_figure_is_stored_and_undone(filled):
    indicator = filled.indicator("K1.24")
    command = figures.enter_figure(filled, indicator, Q3, 2, "1,250")
    assert command.label == "Enter K1.24 2024-25 Q2"
    inverse = filled.apply(command)
    assert filled.value("K1.24", Period(2024, 2)).actual == D(1250)
    filled.apply(inverse)
    assert filled.value("K1.24", Period(2024, 2)) is None


def test_a_figure_for_a_later_quarter_or_a_final_period_is_refused(filled):
    indicator = filled.indicator("K1.24")
    with pytest.raises(EditError, match="Q4 is after 2024-25 Q3"):
        figures.enter_figure(filled, indicator, Q3, 4, "5")
    filled.apply(sections.period_final(Period(2024, 1), True))
    with pytest.raises(EditError, match="2024-25 Q1 is final; reopen the period"):
        figures.enter_figure(filled, indicator, Q3, 1, "5")


def test_the_pack_refuses_an_impossible_percentage(filled):
    command = figures.enter_figure(filled, filled.indicator("K1.22"), Q3, 3, "250 / 200")
    with pytest.raises(ValidationError) as caught:
        filled.apply(command)
    assert "denominator" in refusal(caught.value)


def _cells(pack, block, codes, first_quarter=1):
    return [(figures.CellTarget(pack.indicator(codes[i]), first_quarter + j, i + 1, j + 1), text)
            for i, line in enumerate(block) for j, text in enumerate(line)]


def test_a_pasted_block_is_one_command(filled):
    block = typed.parse_block("100\t110\n200\t210\n")
    command = figures.paste_figures(filled, Q3, _cells(filled, block, ["K1.24", "D1"]))
    assert command.label == "Paste 4 figures"
    inverse = filled.apply(command)
    assert filled.value("K1.24", Period(2024, 2)).actual == D(110)
    assert filled.value("D1", Period(2024, 1)).actual == D(200)
    filled.apply(inverse)
    assert filled.value("K1.24", Period(2024, 1)) is None
    assert filled.value("D1", Period(2024, 1)).actual == D(7350)


def test_a_pasted_block_names_its_first_bad_cell_and_changes_nothing(filled):
    block = [["100", "oops"], ["1 / 0", "5"]]
    with pytest.raises(PasteError) as caught:
        figures.paste_figures(filled, Q3, _cells(filled, block, ["K1.24", "K1.22"]))
    assert str(caught.value).startswith(
        "K1.24 Q2 2024-25 (row 1, column 2 of the pasted cells): 'oops' is not a number")
    with pytest.raises(PasteError, match=r"K1.22 Q1 2024-25 \(row 2, column 1 of the pasted "
                                         r"cells\) denominator"):
        figures.paste_figures(filled, Q3, _cells(filled, [["100"], ["1 / 0"]],
                                                 ["K1.24", "K1.22"]))
    assert filled.value("K1.24", Period(2024, 1)) is None


def test_an_officers_forecast_needs_a_reason_and_clears(filled):
    with pytest.raises(ForecastError, match="K1.22 2024-25 Q3: give the reason"):
        figures.forecast_command(filled, "K1.22", Q3, "likely", "  ")
    filled.apply(figures.forecast_command(filled, "K1.22", Q3, "likely", " Q4 recruitment "))
    assert filled.forecast_override("K1.22", Q3).reason == "Q4 recruitment"
    filled.apply(figures.forecast_command(filled, "K1.22", Q3, None))
    assert filled.forecast_override("K1.22", Q3) is None
    assert not figures.forecast_command(filled, "K1.22", Q3, None)  # nothing to clear
    filled.apply(sections.period_final(Q3, True))
    with pytest.raises(ForecastError, match="is final"):
        figures.forecast_command(filled, "K1.22", Q3, "may", "why")


# -- fields, pasted fields -----------------------------------------------------------------------


def test_a_field_makes_its_record_and_no_change_is_nothing(filled):
    command = sections.commentary_field(filled, "K1.22", Q3, "text_cy", "Testun")
    filled.apply(command)
    assert filled.commentary("K1.22", Q3).text_cy == "Testun"
    assert not sections.commentary_field(filled, "K1.22", Q3, "text_cy", "Testun")
    assert not fields.field_command(filled, "key_area", ("none",), "title", "x", label="x")


def test_changing_a_key_field_moves_the_record(filled):
    filled.apply(sections.add_narrative(filled, "workforce", Period(2024, 2), "Workforce"))
    command = fields.field_command(filled, "narrative", ("workforce", Period(2024, 2)),
                                   "period", Q3, label="Edit workforce period")
    inverse = filled.apply(command)
    assert filled.get("narrative", ("workforce", Period(2024, 2))) is None
    assert filled.get("narrative", ("workforce", Q3)).title == "Workforce"
    filled.apply(inverse)
    assert filled.get("narrative", ("workforce", Q3)) is None
    filled.apply(sections.add_narrative(filled, "workforce", Q3))
    with pytest.raises(EditError, match="already a narrative 'workforce 2024-25 Q3'"):
        fields.field_command(filled, "narrative", ("workforce", Period(2024, 2)), "period", Q3,
                             label="x")


def test_pasted_fields_see_each_other_and_name_the_first_bad_cell(filled):
    def write(pending, cell):
        value = typed.parse_field("choice" if cell.field == "unit" else "text", cell.text,
                                  r.UNITS, optional=False)
        return indicators.indicator_field(pending, cell.key[0], cell.field, value)

    cells = [fields.FieldCell(("K1.24",), "K1.24, Title (row 1, column 1)", "title", "Helped"),
             fields.FieldCell(("K1.24",), "K1.24, Unit (row 1, column 2)", "unit", "percent")]
    filled.apply(fields.paste_fields(filled, cells, write))
    changed = filled.indicator("K1.24")
    assert (changed.title, changed.unit) == ("Helped", "percent")
    bad = [fields.FieldCell(("K1.23",), "K1.23, Title (row 1, column 1)", "title", ""),
           fields.FieldCell(("K1.23",), "K1.23, Unit (row 1, column 2)", "unit", "miles")]
    with pytest.raises(PasteError, match=r"K1.23, Unit \(row 1, column 2\): 'miles' is not one"):
        fields.paste_fields(filled, bad, write)
    with pytest.raises(PasteError, match=r"^K1.23, Title \(row 1, column 1\): "):
        fields.paste_fields(filled, bad[:1], write)


# -- indicators ----------------------------------------------------------------------------------


def test_add_duplicate_and_delete_an_indicator(filled):
    filled.apply(indicators.add_indicator(filled, " K9 ", "Demand"))
    new = filled.indicator("K9")
    assert (new.title, new.group, new.position) == ("New indicator", "Demand", 1)
    with pytest.raises(EditError, match="already an indicator with code 'K9'"):
        indicators.add_indicator(filled, "K9")
    filled.apply(indicators.duplicate_indicator(filled, "K1.22", "K1.22b"))
    copy = filled.indicator("K1.22b")
    assert (copy.unit, copy.position) == ("percent", 4)
    assert filled.value("K1.22b", Q3) is None  # the definition, never the figures
    command = indicators.delete_indicator(filled, "K1.22")
    assert "and its 9 figures" in indicators.delete_question(filled, command, "K1.22")
    inverse = filled.apply(command)
    assert filled.indicator("K1.22") is None and filled.value("K1.22", Q3) is None
    filled.apply(inverse)
    assert filled.value("K1.22", Q3).numerator == D(126)


def test_an_indicator_named_by_a_key_area_cannot_be_deleted(filled):
    filled.apply(sections.add_key_area(filled, "Assessments", "K1.22"))
    with pytest.raises(ValidationError, match="key area"):
        filled.apply(indicators.delete_indicator(filled, "K1.22"))


def test_reorder_within_a_group_and_the_code_is_fixed(filled):
    filled.apply(indicators.move_indicator(filled, "K1.24", -1))
    practice = [i.code for i in filled.indicators() if i.group.endswith("Practice")]
    assert practice == ["K1.22", "K1.24", "K1.23"]
    assert indicators.move_indicator(filled, "K1.22", -1) is None
    with pytest.raises(EditError, match="code is fixed"):
        indicators.indicator_field(filled, "K1.22", "code", "K2")


# -- targets -------------------------------------------------------------------------------------


def test_targets_and_trajectory(filled):
    filled.apply(targets.target_field(filled, "D1", 2024, "rationale", "demand"))
    assert filled.target("D1", 2024).rationale == "demand"
    command = targets.trajectory_command(filled, "K1.24", 2024, "100; 220; 350; 480")
    assert command.label == "Edit K1.24 2024-25 trajectory"
    filled.apply(command)
    assert filled.target("K1.24", 2024).trajectory == (D(100), D(220), D(350), D(480))
    filled.apply(targets.trajectory_command(filled, "K1.24", 2024, ""))
    assert filled.target("K1.24", 2024).trajectory is None
    with pytest.raises(ValidationError):
        filled.apply(targets.target_field(filled, "K1.22", 2024, "annual", D(140)))


# -- groups --------------------------------------------------------------------------------------


def test_renaming_a_group_moves_everything_filed_under_it_in_one_step(filled):
    filled.apply(put("Snapshot", r.Snapshot("cla", "Looked after", group="Demand")))
    command = groups.rename_group(filled, "Demand", " Need ")
    assert command.label == "Rename group Demand to Need"
    inverse = filled.apply(command)
    assert filled.indicator("D1").group == "Need"
    assert filled.get("snapshot", ("cla",)).group == "Need"
    assert [g.name for g in filled.groups()][0] == "Need"
    filled.apply(inverse)
    assert filled.indicator("D1").group == "Demand"


def test_a_group_name_is_required_and_unique(filled):
    with pytest.raises(EditError, match="a group needs a name"):
        groups.rename_group(filled, "Demand", " ")
    with pytest.raises(EditError, match="already a group"):
        groups.rename_group(filled, "Demand", "Shifting the Balance – Practice")
    assert not groups.rename_group(filled, "Demand", "Demand")


def test_welsh_name_and_order_of_groups(filled):
    filled.apply(groups.group_field(filled, "Demand", name_cy="Galw"))
    assert filled.get("group", ("Demand",)).name_cy == "Galw"
    filled.apply(groups.move_group(filled, "Demand", 1))
    assert [g.name for g in filled.groups()] == ["Shifting the Balance – Practice", "Demand"]
    assert groups.move_group(filled, "Demand", 1) is None


# -- breakdowns and snapshots --------------------------------------------------------------------


def _breakdown(pack):
    pack.apply(tables.new_table(pack, "breakdown", " Contacts by source ", Q3))
    return next(iter(pack.all("breakdown")))


def test_a_new_table_is_named_from_its_title_and_two_by_two(filled):
    breakdown = _breakdown(filled)
    assert (breakdown.name, breakdown.title, breakdown.period) == (
        "contacts-by-source", "Contacts by source", Q3)
    assert breakdown.cells == [[None, None], [None, None]]
    filled.apply(tables.new_table(filled, "breakdown", "Contacts by source", Q3))
    assert {b.name for b in filled.all("breakdown")} == {"contacts-by-source",
                                                         "contacts-by-source-2"}
    filled.apply(tables.new_table(filled, "snapshot", "Placements", Q3))
    snapshot = filled.get("snapshot", ("placements",))
    assert snapshot.dates == ["2023-03-31", "2024-03-31"]
    with pytest.raises(EditError, match="a title is required"):
        tables.new_table(filled, "snapshot", "  ", Q3)


def test_counts_typed_pasted_and_totals_never_entered(filled):
    breakdown = _breakdown(filled)
    filled.apply(tables.set_count(breakdown, 0, 1, "1,200"))
    breakdown = filled.get("breakdown", breakdown.key)
    assert breakdown.cells == [[None, 1200], [None, None]]
    with pytest.raises(InputError, match="totals are worked out"):
        tables.set_count(breakdown, 2, 0, "5")
    with pytest.raises(InputError, match="cannot be negative"):
        tables.set_count(breakdown, 0, 0, "-5")
    command = tables.paste_counts(filled, breakdown, [(0, 0, "1", "r1"), (1, 1, "4", "r2")])
    filled.apply(command)
    assert filled.get("breakdown", breakdown.key).cells == [[1, 1200], [None, 4]]
    with pytest.raises(PasteError, match=r"Row 2, Total \(r9\): totals are worked out"):
        tables.paste_counts(filled, breakdown, [(1, 2, "3", "r9")])
    with pytest.raises(PasteError, match=r"Row 1, Column 1 \(r1\): 'x' is not a number"):
        tables.paste_counts(filled, breakdown, [(0, 0, "x", "r1")])


def test_lines_added_removed_moved_and_renamed_with_their_figures(filled):
    breakdown = _breakdown(filled)
    filled.apply(tables.set_count(breakdown, 1, 0, "7"))
    breakdown = filled.get("breakdown", breakdown.key)
    filled.apply(tables.add_line(breakdown, tables.ROWS, 1))
    breakdown = filled.get("breakdown", breakdown.key)
    assert breakdown.rows == ["Row 1", "New row", "Row 2"]
    assert breakdown.cells[2] == [7, None]
    filled.apply(tables.move_line_command(breakdown, tables.ROWS, 2, -2))
    breakdown = filled.get("breakdown", breakdown.key)
    assert breakdown.rows[0] == "Row 2" and breakdown.cells[0] == [7, None]
    assert tables.move_line_command(breakdown, tables.ROWS, 0, -1) is None
    filled.apply(tables.rename_line(breakdown, tables.COLUMNS, 0, "Heddlu", welsh=True))
    filled.apply(tables.rename_line(filled.get("breakdown", breakdown.key), tables.COLUMNS, 0,
                                    "Police"))
    breakdown = filled.get("breakdown", breakdown.key)
    assert (breakdown.columns[0], breakdown.columns_cy) == ("Police", ["Heddlu", ""])
    with pytest.raises(InputError, match="already a column 'Column 2'"):
        tables.rename_line(breakdown, tables.COLUMNS, 0, "Column 2")
    with pytest.raises(InputError, match="a row needs a label"):
        tables.rename_line(breakdown, tables.ROWS, 0, " ")
    filled.apply(tables.remove_line_command(breakdown, tables.ROWS, 0))
    assert filled.get("breakdown", breakdown.key).rows == ["Row 1", "New row"]
    assert all(c is None for line in filled.get("breakdown", breakdown.key).cells for c in line)


def test_a_table_keeps_a_line_each_way(filled):
    breakdown = _breakdown(filled)
    filled.apply(tables.remove_line_command(breakdown, tables.COLUMNS, 0))
    breakdown = filled.get("breakdown", breakdown.key)
    with pytest.raises(EditError, match="at least one column; delete the table instead"):
        tables.remove_line_command(breakdown, tables.COLUMNS, 0)
    inverse = filled.apply(tables.delete_table(breakdown))
    assert not filled.all("breakdown")
    filled.apply(inverse)
    assert filled.get("breakdown", breakdown.key).columns == ["Column 2"]


def test_snapshot_dates_are_dates_a_year_apart(filled):
    filled.apply(tables.new_table(filled, "snapshot", "Placements", Q3))
    snapshot = filled.get("snapshot", ("placements",))
    filled.apply(tables.add_line(snapshot, tables.COLUMNS, 2))
    snapshot = filled.get("snapshot", ("placements",))
    assert snapshot.dates == ["2023-03-31", "2024-03-31", "2025-03-31"]
    filled.apply(tables.rename_line(snapshot, tables.COLUMNS, 2, "30/06/2025"))
    assert filled.get("snapshot", ("placements",)).dates[2] == "2025-06-30"
    with pytest.raises(InputError, match="not a date"):
        tables.rename_line(snapshot, tables.COLUMNS, 2, "June")
    assert not tables.welsh_labels("snapshot", tables.COLUMNS)


def test_a_breakdown_total_against_its_indicator(filled):
    breakdown = _breakdown(filled).replace(indicator="D1", cells=[[7000, None], [None, 10]])
    filled.apply(put("Link", breakdown))
    assert tables.breakdown_mismatch(filled, breakdown) is None  # 7,010 both ways
    off = breakdown.replace(cells=[[7000, None], [None, 9]])
    assert tables.breakdown_mismatch(filled, off) == (
        "Contacts by source: the total 7,009 differs from D1's 2024-25 Q3 figure 7,010 by 1")


# -- narratives, key areas, commitments, settings, periods ---------------------------------------


def test_narratives_added_and_carried_forward(filled):
    filled.apply(sections.add_narrative(filled, "workforce", Period(2024, 2), "Workforce"))
    with pytest.raises(EditError, match="'workforce' already exists for 2024-25 Q2"):
        sections.add_narrative(filled, "workforce", Period(2024, 2))
    filled.apply(sections.commentary_field(filled, "K1.22", Q3, "text", "x"))
    command = sections.carry_forward_narratives(filled, Q3)
    filled.apply(command)
    carried = filled.get("narrative", ("workforce", Q3))
    assert (carried.title, carried.text) == ("Workforce", "")
    assert not sections.carry_forward_narratives(filled, Q3)


def test_key_areas_need_a_title_and_an_indicator(filled, pack):
    filled.apply(sections.add_key_area(filled, "Assessments on time"))
    area = filled.get("key_area", ("assessments-on-time",))
    assert area.indicator == "D1" and area.position == 1
    with pytest.raises(EditError, match="a title is required"):
        sections.add_key_area(filled, " ")


def test_commitments_and_their_status_first(filled):
    filled.apply(sections.add_commitment(filled, "C1"))
    with pytest.raises(EditError, match="already a commitment 'C1'"):
        sections.add_commitment(filled, "C1")
    with pytest.raises(InputError, match="choose C1's status for 2024-25 Q3 first"):
        sections.commitment_update_field(filled, "C1", Q3, "progress", "on track")
    filled.apply(sections.commitment_update_field(filled, "C1", Q3, "status", "Amber"))
    filled.apply(sections.commitment_update_field(filled, "C1", Q3, "progress", "on track"))
    assert filled.get("commitment_update", ("C1", Q3)).progress == "on track"


def test_report_settings_and_a_period_made_final_and_reopened(filled):
    filled.apply(sections.settings_field(filled, "default_tolerance", D(5)))
    assert filled.settings.default_tolerance == D(5)
    filled.apply(sections.period_final(Q3, True))
    assert filled.is_final(Q3)
    with pytest.raises(ValidationError):
        filled.apply(figures.figure_command(filled, filled.indicator("D1"), Q3, "1"))
    filled.apply(sections.period_final(Q3, False))
    assert not filled.is_final(Q3)
    assert [h for h in filled.history("period_state")]  # in the history, like any edit


def test_edits_work_on_a_pack_from_disk(file_pack):
    fill_pack(file_pack)
    file_pack.apply(figures.enter_figure(file_pack, file_pack.indicator("K1.24"), Q3, 3, "12"))
    assert file_pack.value("K1.24", Q3).actual == Decimal(12)
