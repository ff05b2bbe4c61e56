"""Calculated indicators: the formula parser, evaluation quarter by quarter, the status rules on
the result, and what is refused on import and edit (model.formula, model.formula_values)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from model import records as r
from model.commands import Command, delete_indicator, put
from model.edits.budget import indicator_formula
from model.edits.errors import EditError
from model.formula import FormulaError, parse_formula
from model.interchange import read_interchange
from model.pack import Pack
from model.periods import Period
from model.report import PeriodReport
from model.status import evaluate
from model.validation import ValidationError

Y = 2023
QUARTERS = [Period(Y, q) for q in (1, 2, 3, 4)]


def figures(**named):
    return {code.replace("_", "."): D(str(value)) for code, value in named.items()}


# -- the parser -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("2 + 3 * 4", "14"),  # * before +
    ("(2 + 3) * 4", "20"),
    ("10 - 4 - 3", "3"),  # left to right
    ("12 / 2 / 3", "2"),
    ("-3 + 5", "2"),
    ("2 * -3", "-6"),
    ("- (1 - 4)", "3"),
    ("7 / 2", "3.5"),
    ("0.5 + .25", "0.75"),
    ("8 − 3 × 2 ÷ 4", "6.5"),  # typographic signs as typed in a document
])
def test_precedence_and_associativity(text, expected):
    assert parse_formula(text).evaluate({}).value == D(expected)


def test_codes_are_read_in_order_of_first_use_and_written_plainly():
    formula = parse_formula("  PEO.01-PEO.02 + [PI-01]*PEO.01 ")
    assert formula.codes == ("PEO.01", "PEO.02", "PI-01")
    assert formula.text == "PEO.01 - PEO.02 + [PI-01] * PEO.01"
    assert formula.pretty == "PEO.01 − PEO.02 + [PI-01] × PEO.01"
    assert parse_formula(formula.text) == formula
    assert parse_formula("a - (b - c)").text == "a - (b - c)"  # brackets kept where needed
    assert parse_formula("(a * b) + c").text == "a * b + c"  # and dropped where not


@pytest.mark.parametrize(("text", "message"), [
    ("", "the formula is empty"),
    ("A +", "ends where a code or number should follow"),
    ("(A + B", "a ')' is missing at the end"),
    ("A + B)", "the ')' at character 6 has no '('"),
    ("A B", "an operator (+ - * /) is needed before 'B' at character 3"),
    ("A % B", "'%' at character 3 cannot be used"),
    ("1.2.3", "is not a number"),
    ("2x", "written in square brackets"),
    ("[PI-01", "has no ']'"),
    ("__import__('os')", "cannot be used in a formula"),
    ("(" * 60 + "1" + ")" * 60, "nests more than 50 deep"),
])
def test_what_cannot_be_read_is_refused_saying_where(text, message):
    with pytest.raises(FormulaError, match=None) as caught:
        parse_formula(text)
    assert message in str(caught.value)


def test_division_by_zero_and_missing_figures_give_no_value_with_the_reason():
    formula = parse_formula("(A + B) / C")
    result = formula.evaluate(figures(A=1, B=2, C=0))
    assert result.value is None and result.reason == "division by zero: C is 0"
    assert formula.explain(figures(A=1, B=2, C=0)) == \
        "(A + B) ÷ C = (1 + 2) ÷ 0: no value (division by zero: C is 0)"
    missing = formula.evaluate(figures(A=1))
    assert missing.value is None and missing.reason == "B and C have no figure"
    assert parse_formula("A - B").explain(figures(A=12, B=9)) == "A − B = 12 − 9 = 3"
    assert parse_formula("A - B").explain(figures(A=5, B=7)) == "A − B = 5 − 7 = −2"
    big = parse_formula("A * A").evaluate(figures(A=10**9))
    assert big.value is None and "beyond ±1,000,000,000,000" in big.reason


# -- in a pack --------------------------------------------------------------------------------


@pytest.fixture
def pack():
    pack = Pack.memory()
    records = [
        r.Indicator("PEO.01", "Social workers starting", aggregation="sum"),
        r.Indicator("PEO.02", "Social workers leaving", aggregation="sum", polarity="lower"),
        r.Indicator("NET", "Net result of starting and leaving", aggregation="sum",
                    formula="PEO.01 - PEO.02"),
        r.Target("NET", Y, annual=D(4)),
    ]
    for q, (starting, leaving) in zip((1, 2, 3, 4), ((12, 9), (5, 7), (8, 8), (10, 3)),
                                      strict=True):
        records += [r.Value("PEO.01", Period(Y, q), actual=D(starting)),
                    r.Value("PEO.02", Period(Y, q), actual=D(leaving))]
    pack.apply(put("Set up", *records))
    return pack


def test_a_calculated_indicator_is_worked_out_quarter_by_quarter(pack):
    assert [pack.value("NET", p).actual for p in QUARTERS] == [3, -2, 0, 7]
    assert pack.get("value", ("NET", QUARTERS[0])) is None  # never stored
    status = evaluate(pack, "NET", QUARTERS[1])
    assert status.calculation == "PEO.01 − PEO.02 = 5 − 7 = −2"
    assert status.explanation.startswith("calculated: PEO.01 − PEO.02 = 5 − 7 = −2 | ")


def test_the_normal_status_rules_apply_to_the_result(pack):
    # sum: the year to date is the sum of the quarters' nets, against the pro-rata target
    q2 = evaluate(pack, "NET", QUARTERS[1])
    assert (q2.ytd, q2.target, q2.rag) == (1, 2, "Red")  # below 2 by more than 10% (1.8)
    assert "Red: 1 is below the pro-rata target of 2" in q2.rag_explanation
    pack.apply(put("Tolerance", pack.indicator("NET").replace(tolerance=D(1),
                                                                tolerance_type="absolute")))
    assert evaluate(pack, "NET", QUARTERS[1]).rag == "Amber"  # within 1 of the target
    assert evaluate(pack, "NET", QUARTERS[1]).direction == "not comparable"  # no 2022-23
    q4 = evaluate(pack, "NET", QUARTERS[3])
    assert (q4.ytd, q4.target, q4.rag, q4.forecast) == (8, 4, "Green", "likely")


def test_a_change_to_an_operand_changes_the_result_at_once(pack):
    pack.apply(put("Fewer leavers", r.Value("PEO.02", QUARTERS[1], actual=D(1))))
    assert pack.value("NET", QUARTERS[1]).actual == 4
    pack.apply(put("Leavers not reported", r.Value("PEO.02", QUARTERS[1], note="late")))
    value = pack.value("NET", QUARTERS[1])
    assert value.actual is None and "PEO.02 has no figure" in value.note
    findings = [str(f) for f in PeriodReport(pack, QUARTERS[1]).findings]
    assert "error: NET 2023-24 Q2 actual: no figure for 2023-24 Q2: PEO.02 has no figure" \
        in findings


def test_a_ratio_of_two_measures_keeps_numerator_and_denominator(pack):
    pack.apply(put("Share", r.Indicator("SHARE", "Leavers as a share of starters",
                                        unit="percent", aggregation="ratio", polarity="lower",
                                        formula="PEO.02 / PEO.01")))
    q1 = pack.value("SHARE", QUARTERS[0])
    assert (q1.numerator, q1.denominator) == (9, 12)
    status = evaluate(pack, "SHARE", QUARTERS[3])
    assert status.ytd == D("77.1")  # (9 + 7 + 8 + 3) / (12 + 5 + 8 + 10) = 27 / 35
    pack.apply(put("No starters", r.Value("PEO.01", QUARTERS[2], actual=D(0))))
    q3 = pack.value("SHARE", QUARTERS[2])
    assert q3.numerator is None and "division by zero: PEO.01 is 0" in q3.note


@pytest.mark.parametrize(("formula", "message"), [
    ("PEO.01 - GONE", "there is no indicator with code 'GONE'"),
    ("NET + 1", "the formula refers back to itself: NET → NET"),
    ("PEO.01 +", "cannot be read"),
])
def test_unknown_codes_cycles_and_unreadable_formulas_are_refused_on_edit(pack, formula,
                                                                           message):
    with pytest.raises(ValidationError, match="formula") as caught:
        pack.apply(put("Edit", pack.indicator("NET").replace(formula=formula)))
    assert message in str(caught.value)
    assert pack.indicator("NET").formula == "PEO.01 - PEO.02"


def test_a_cycle_through_other_formulas_is_named(pack):
    pack.apply(put("Chain", r.Indicator("A", "A", formula="NET * 2")))
    with pytest.raises(ValidationError) as caught:
        pack.apply(put("Loop", pack.indicator("PEO.01").replace(formula="A + 1")))
    assert "refers back to itself: PEO.01 → NET → PEO.01" in str(caught.value) or \
        "refers back to itself: PEO.01 → A → NET → PEO.01" in str(caught.value)


def test_figures_of_a_calculated_indicator_cannot_be_entered_and_operands_not_deleted(pack):
    with pytest.raises(ValidationError, match="calculated from its formula"):
        pack.apply(put("Type", r.Value("NET", QUARTERS[0], actual=D(3))))
    with pytest.raises(ValidationError, match="used by the formula of NET"):
        pack.apply(delete_indicator(pack, "PEO.02"))


def test_the_formula_edit_reads_normalises_and_refuses(pack):
    command = indicator_formula(pack, "NET", "  PEO.01−PEO.02 ")
    assert command.puts[0][2].formula == "PEO.01 - PEO.02"
    with pytest.raises(EditError, match="cannot be read"):
        indicator_formula(pack, "NET", "PEO.01 -")
    with pytest.raises(EditError, match="has 4 figures entered"):
        indicator_formula(pack, "PEO.01", "PEO.02 * 2")
    undo = pack.apply(indicator_formula(pack, "NET", ""))
    assert not pack.is_calculated("NET") and pack.value("NET", QUARTERS[0]) is None
    pack.apply(undo)
    assert pack.value("NET", QUARTERS[0]).actual == 3


def _csv(folder, name, rows):
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.csv").write_text("\n".join(",".join(row) for row in rows) + "\n",
                                        encoding="utf-8")


HEADER = ["code", "title", "unit", "polarity", "aggregation", "formula"]


def test_import_reads_formulas_and_refuses_unknown_codes_and_cycles(tmp_path):
    pack = Pack.memory()
    good = tmp_path / "good"
    _csv(good, "Indicators", [HEADER, ["A", "Starting", "count", "higher", "sum", ""],
                              ["B", "Leaving", "count", "lower", "sum", ""],
                              ["N", "Net", "count", "higher", "sum", "A - B"]])
    _csv(good, "Values", [["code", "period", "actual"], ["A", "2023-24 Q1", "12"],
                          ["B", "2023-24 Q1", "9"]])
    read_interchange(good, pack).apply()
    assert pack.value("N", Period(Y, 1)).actual == 3
    for folder, rows, message in (
            ("unknown", [["X", "X", "count", "higher", "sum", "A - Z"]],
             "Indicators.csv row 2, column formula: there is no indicator with code 'Z'"),
            ("cycle", [["P", "P", "count", "higher", "sum", "Q + 1"],
                       ["Q", "Q", "count", "higher", "sum", "P * 2"]],
             "Indicators.csv row 2, column formula: the formula refers back to itself: "
             "P → Q → P"),
            ("entered", [], "Values.csv row 2, column actual: N is calculated")):
        source = tmp_path / folder
        _csv(source, "Indicators", [HEADER, *rows])
        if folder == "entered":
            _csv(source, "Values", [["code", "period", "actual"], ["N", "2023-24 Q2", "4"]])
        with pytest.raises(Exception) as caught:
            read_interchange(source, pack)
        assert message in str(caught.value)
    assert pack.count("indicator") == 3  # nothing was imported


def test_an_edit_to_an_unrelated_record_keeps_calculated_values_right(pack):
    before = pack.value("NET", QUARTERS[0])
    pack.apply(Command("Title", (("indicator", ("PEO.01",),
                                  pack.indicator("PEO.01").replace(title="Starters")),)))
    assert pack.value("NET", QUARTERS[0]) == before
