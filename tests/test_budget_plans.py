"""Budget lines and plans: edits with undo, the window's editors, the period report, and a pack
made before budget lines existed brought up to date (schema 3)."""

from __future__ import annotations

import sqlite3
from decimal import Decimal as D

import pytest

from model import records as r
from model.commands import put
from model.edits.budget import (
    add_budget_line,
    budget_field,
    commitment_plan,
    delete_budget_line,
    move_budget_line,
    rename_budget_line,
)
from model.edits.errors import EditError
from model.pack import Pack
from model.periods import Period
from model.report import PeriodReport
from model.store import SCHEMA_VERSION
from model.validation import ValidationError
from tests.conftest import Q3

Q4 = Period(2024, 4)


def _lines(pack, period=Q4):
    return [(b.line, b.budget, b.projected_outturn, b.variance) for b in
            sorted((b for b in pack.all("budget_line") if b.period == period),
                   key=lambda b: b.position)]


def test_budget_lines_are_added_renamed_moved_and_deleted_with_undo(pack):
    undo = [pack.apply(add_budget_line(pack, Q4, " Placements ", D(100), D(130))),
            pack.apply(add_budget_line(pack, Q4, "Staffing", D(50), D(40), note="agency"))]
    assert _lines(pack) == [("Placements", 100, 130, 30), ("Staffing", 50, 40, -10)]
    with pytest.raises(EditError, match="already has a budget line 'Staffing'"):
        add_budget_line(pack, Q4, "Staffing", D(1), D(1))
    with pytest.raises(EditError, match="needs its budget and its projected outturn"):
        add_budget_line(pack, Q4, "Transport", D(1), None)
    undo.append(pack.apply(rename_budget_line(pack, Q4, "Staffing", "Staff")))
    assert pack.get("budget_line", (Q4, "Staff")).note == "agency"
    undo.append(pack.apply(move_budget_line(pack, Q4, "Staff", -1)))
    assert [line for line, *_ in _lines(pack)] == ["Staff", "Placements"]
    assert move_budget_line(pack, Q4, "Staff", -1) is None  # already first
    undo.append(pack.apply(budget_field(pack, Q4, "Staff", "projected_outturn", D(55))))
    assert _lines(pack)[0] == ("Staff", 50, 55, 5)
    undo.append(pack.apply(delete_budget_line(pack, Q4, "Placements")))
    assert _lines(pack) == [("Staff", 50, 55, 5)]
    for step in reversed(undo):
        pack.apply(step)
    assert pack.count("budget_line") == 0


def test_a_final_period_refuses_budget_changes(pack):
    pack.apply(add_budget_line(pack, Q4, "Placements", D(100), D(130)))
    pack.apply(put("Final", r.PeriodState(Q4, final=True)))
    with pytest.raises(ValidationError, match="is final"):
        pack.apply(budget_field(pack, Q4, "Placements", "budget", D(120)))


def test_the_report_adds_up_the_budget_and_says_the_variance(pack):
    assert PeriodReport(pack, Q4).budget is None
    pack.apply(add_budget_line(pack, Q4, "Placements", D(41250000), D(43100500)))
    pack.apply(add_budget_line(pack, Q4, "Staffing", D(22000000), D(21500000)))
    budget = PeriodReport(pack, Q4).budget
    assert (budget.total.budget, budget.total.outturn, budget.total.variance) == \
        (63250000, 64600500, 1350500)
    assert budget.rows[1].texts == ("£22,000,000", "£21,500,000", "−£500,000")
    assert budget.summary == ("Against a budget of £63,250,000, the projected outturn for "
                              "2024-25 Q4 is £64,600,500: a variance of +£1,350,500 "
                              "(overspend).",)
    welsh = PeriodReport(pack, Q4, "cy").budget.summary[0]
    assert "gorwariant" in welsh and "2024-25 Ch4" in welsh
    assert "Staffing budget £22,000,000, projected outturn £21,500,000 (variance −£500,000)" \
        in budget.chart.alt_text


def test_commitments_by_plan_and_live_in_the_period(pack):
    pack.apply(put("Commitments",
                   r.Commitment("CP1", "Open a hub", plan="Corporate Plan", position=1),
                   r.Commitment("DDP1", "Recruit", plan="Directorate Delivery Plan",
                                position=2),
                   r.Commitment("X1", "Something else", position=3),
                   r.CommitmentUpdate("CP1", Q4, "Green"),
                   r.CommitmentUpdate("DDP1", Q4, "Amber"),
                   r.CommitmentUpdate("DDP1", Period(2025, 1), "Red")))
    report = PeriodReport(pack, Q4)
    assert [(p.plan, p.title, p.counts) for p in report.plans] == [
        ("Corporate Plan", "Corporate Plan", (("Green", 1),)),
        ("Directorate Delivery Plan", "Directorate Delivery Plan", (("Amber", 1),)),
        ("", "Other commitments", ())]
    assert [a.title for a in report.appendices if a.kind == "commitments"] == [
        "Corporate Plan: commitments", "Directorate Delivery Plan: commitments",
        "Other commitments: commitments"]
    pack.apply(commitment_plan(pack, "X1", "  Corporate Plan "))
    assert [len(p.lines) for p in PeriodReport(pack, Q4).plans] == [2, 1]
    # an earlier period does not show a commitment whose updates all come later
    assert [line.commitment.ref for line in PeriodReport(pack, Q3).commitments] == ["X1"]
    with pytest.raises(EditError, match="no commitment 'NONE'"):
        commitment_plan(pack, "NONE", "Corporate Plan")


def test_a_version_2_pack_is_brought_up_to_date_when_opened(tmp_path):
    path = tmp_path / "old.craffu"
    with Pack.create(path) as pack:
        pack.apply(put("Set up", r.Indicator("K1", "Starters"),
                       r.Commitment("CP1", "Open a hub")))
    conn = sqlite3.connect(path)  # as Craffu made it before budget lines, formulas and plans
    conn.execute("DROP TABLE rec_budget_line")
    for table, column in (("rec_indicator", "formula"), ("rec_commitment", "plan"),
                          ("rec_commitment", "plan_cy"), ("rec_settings", "scope_text"),
                          ("rec_settings", "scope_text_cy"),
                          ("rec_settings", "dashboard_measures")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="older version of Craffu"):
        Pack.open(path, read_only=True)
    with Pack.open(path) as pack:
        assert pack.indicator("K1").formula == "" and pack.get("commitment", ("CP1",)).plan == ""
        assert pack.settings.scope_text == ""
        pack.apply(add_budget_line(pack, Q4, "Placements", D(1), D(2)))
        pack.apply(put("Plan", pack.get("commitment", ("CP1",)).replace(plan="Corporate Plan")))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    conn.close()
    with Pack.open(path, read_only=True) as pack:
        assert pack.get("commitment", ("CP1",)).plan == "Corporate Plan"
        assert pack.count("budget_line") == 1


# -- the window's editors -----------------------------------------------------------------------


def test_the_budget_editor_adds_edits_and_refuses(qtbot, window, filled):
    editor = window.show_page("budget")
    editor.set_period(Q3)
    assert editor.add_line("Placements", D(100), D(130))
    assert not editor.add_line("Placements", D(1), D(1))
    assert "already has a budget line" in editor.message.text()
    model = editor.model
    columns = [c.header for c in model.columns]
    variance = model.index(0, columns.index("Variance £"))
    assert model.data(variance) == "+£30"
    assert model.setData(model.index(0, columns.index("Projected outturn £")), "90")
    assert filled.get("budget_line", (Q3, "Placements")).projected_outturn == 90
    assert model.data(model.index(0, columns.index("Variance £"))) == "−£10"
    assert not model.setData(variance, "5")  # worked out, never typed
    window.undo_stack.undo()
    assert filled.get("budget_line", (Q3, "Placements")).projected_outturn == 130


def test_formula_and_plan_columns_in_the_editors(qtbot, window, filled):
    editor = window.show_page("indicators")
    model = editor.model
    column = [c.header for c in model.columns].index("Formula")
    refused = []
    model.editRefused.connect(refused.append)
    assert not model.setData(model.index(model.keys.index(("K1.22",)), column), "2 * 3")
    assert "K1.22 has 7 figures entered" in refused[-1]
    filled.apply(put("New", r.Indicator("NET", "Net"), r.Indicator("TWICE", "Twice")))
    row = model.keys.index(("NET",))
    assert model.setData(model.index(row, column), "K1.22−K1.22")
    assert filled.indicator("NET").formula == "K1.22 - K1.22"
    assert model.setData(model.index(model.keys.index(("TWICE",)), column), "NET * 2")
    assert not model.setData(model.index(row, column), "TWICE / 2")
    assert "the formula refers back to itself: NET → TWICE → NET" in refused[-1]
    assert not model.setData(model.index(row, column), "K1.22 -")
    assert "cannot be read: the formula ends where a code or number should follow" in \
        refused[-1]
    commitments = window.show_page("commitments")
    filled.apply(put("C", r.Commitment("CP1", "Open a family hub")))
    cmodel = commitments.model
    plan = [c.header for c in cmodel.columns].index("Plan")
    assert cmodel.setData(cmodel.index(0, plan), "Corporate Plan")
    assert filled.get("commitment", ("CP1",)).plan == "Corporate Plan"
