"""The status rules of domain.md ("Default status rules" 1-7), table by table.

Every case builds a small pack, evaluates one indicator for one period and checks what the
papers would show: the rounded figures, the RAG, the arrow, the face and the explanation text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from model import records as r
from model.commands import put
from model.periods import Period, parse_period
from model.status import evaluate, evaluate_all, period_target, period_value, year_to_date
from tests.conftest import D, add_indicator

# -- building scenarios -----------------------------------------------------------------------


def _value(code: str, label: str, spec) -> r.Value:
    """A value from a spec: a number (the actual), ``(num, den)``, or a dict of fields."""
    period = parse_period(label)
    if isinstance(spec, tuple):
        return r.Value(code, period, numerator=D(spec[0]), denominator=D(spec[1]))
    if isinstance(spec, dict):
        return r.Value(code, period, **{k: D(v) for k, v in spec.items()})
    return r.Value(code, period, actual=D(spec))


def _target(code: str, year: int, spec) -> r.Target:
    """A target from a spec: a number (annual), a 4-tuple (trajectory) or a dict of fields."""
    if isinstance(spec, tuple):
        q1, q2, q3, q4 = (D(x) for x in spec)
        return r.Target(code, year, q1=q1, q2=q2, q3=q3, q4=q4)
    if isinstance(spec, dict):
        return r.Target(code, year, **{k: D(v) for k, v in spec.items()})
    return r.Target(code, year, annual=D(spec))


def scenario(pack, values=None, target=None, period="2023-24 Q2", *, code="K",
             targets=None, settings=None, override=None, **indicator):
    """Set up one indicator with its values and target(s) and return its status for
    ``period``. ``target`` is the target of ``period``'s year; ``targets`` maps start year to
    target spec for other years."""
    add_indicator(pack, code, **indicator)
    records: list[r.Record] = []
    for label, spec in (values or {}).items():
        records.append(_value(code, label, spec))
    when = parse_period(period)
    all_targets = dict(targets or {})
    if target is not None:
        all_targets[when.year] = target
    for year, spec in all_targets.items():
        records.append(_target(code, year, spec))
    if settings is not None:
        records.append(r.ReportSettings(**settings))
    if override is not None:
        forecast, reason = override
        records.append(r.ForecastOverride(code, when, forecast, reason))
    if records:
        pack.apply(put("set up", *records))
    return evaluate(pack, code, when)


def dec(text):
    return None if text is None else Decimal(text)


# -- rule 1: period value -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit, spec, shown",
    [
        ("percent", (7, 9), "77.8"),  # 100 × 7 / 9 = 77.77…
        ("percent", (1, 8), "12.5"),  # 12.5 exactly
        ("percent", (1, 16), "6.3"),  # 6.25 rounds half away from zero
        ("ratio", (5, 4), "1.25"),
        ("ratio", (2, 3), "0.67"),
        ("percent", 61.04, "61.0"),  # an actual alone
        ("count", 28354, "28354"),
        ("days", 12.25, "12.3"),
        ("rate", 45.65, "45.7"),
        ("currency", 1234.5, "1235"),
        # numerator/denominator win over an (agreeing) actual
        ("percent", {"actual": "77.8", "numerator": "7", "denominator": "9"}, "77.8"),
    ],
)
def test_period_value_is_computed_from_numerator_and_denominator(pack, unit, spec, shown):
    status = scenario(pack, {"2023-24 Q2": spec}, unit=unit, polarity="none",
                      aggregation="last")
    assert str(status.value) == shown


def test_period_value_uses_numerator_and_denominator_not_the_actual():
    ind = r.Indicator("K", "K", unit="percent")
    value = r.Value("K", Period(2023, 1), actual=D("77.8"), numerator=D(7), denominator=D(9))
    assert period_value(ind, value) == Decimal(100) * 7 / 9
    assert period_value(ind, r.Value("K", Period(2023, 1), actual=D("50"))) == D(50)
    assert period_value(ind, r.Value("K", Period(2023, 1))) is None
    assert period_value(ind, None) is None


# -- rule 2: year to date ------------------------------------------------------------------------

Q = {q: f"2023-24 Q{q}" for q in (1, 2, 3, 4)}


@pytest.mark.parametrize(
    "unit, aggregation, values, period, ytd, note",
    [
        # sum: the sum of the quarters that have values
        ("count", "sum", {1: 10, 2: 20, 3: 30}, 3, "60", ""),
        ("count", "sum", {1: 10, 3: 15}, 3, "25", ""),
        ("count", "sum", {1: 10, 2: 20, 3: 30, 4: 40}, 2, "30", ""),  # only quarters 1..q
        ("count", "sum", {}, 2, None, ""),
        # last: the latest quarter <= q that has a value, saying which
        ("count", "last", {1: 5, 2: 7, 3: 9}, 3, "9", ""),
        ("count", "last", {1: 5, 2: 7}, 3, "7", "Q2 figure; Q3 not reported"),
        ("count", "last", {1: 5}, 4, "5", "Q1 figure; Q2–Q4 not reported"),
        ("count", "last", {1: 5, 2: 6}, 4, "6", "Q2 figure; Q3 and Q4 not reported"),
        ("count", "last", {1: 5, 3: 6}, 3, "6", ""),
        ("count", "last", {1: 5, 2: 7, 3: 9}, 2, "7", ""),
        ("count", "last", {3: 9}, 2, None, ""),
        # mean: the mean of the quarters that have values
        ("days", "mean", {1: 10, 3: 20}, 3, "15.0", ""),
        ("days", "mean", {1: 10, 2: 11, 3: 11}, 3, "10.7", ""),  # 10.666… rounded
        ("percent", "mean", {1: (1, 2), 2: (90, 100)}, 2, "70.0", ""),
        # ratio: summed numerators over summed denominators (× 100 for percent)
        ("percent", "ratio", {1: (1, 2), 2: (90, 100)}, 2, "89.2", ""),  # 91 / 102
        ("percent", "ratio", {1: (7, 10), 2: (8, 10)}, 2, "75.0", ""),
        ("percent", "ratio", {1: (1, 3), 2: (1, 3), 3: (1, 3)}, 3, "33.3", ""),
        ("ratio", "ratio", {1: (3, 2), 2: (1, 2)}, 2, "1.00", ""),
        # a ratio quarter with an actual but no numerator/denominator is left out, and said so
        ("percent", "ratio", {1: (7, 10), 2: 50}, 2, "70.0",
         "Q2 left out: actual without numerator and denominator"),
        ("percent", "ratio", {1: 40, 2: (7, 10), 3: 50}, 3, "70.0",
         "Q1 and Q3 left out: actual without numerator and denominator"),
        ("percent", "ratio", {1: 50}, 1, None,
         "Q1 left out: actual without numerator and denominator"),
    ],
)
def test_year_to_date(pack, unit, aggregation, values, period, ytd, note):
    status = scenario(pack, {Q[q]: v for q, v in values.items()}, period=Q[period],
                      unit=unit, aggregation=aggregation, polarity="none")
    assert status.ytd == dec(ytd)
    assert (str(status.ytd) if status.ytd is not None else None) == ytd
    assert status.ytd_note == note


def test_year_to_date_records_the_quarters_used():
    ind = r.Indicator("K", "K", unit="percent", aggregation="ratio")
    values = {
        1: r.Value("K", Period(2023, 1), numerator=D(1), denominator=D(4)),
        2: r.Value("K", Period(2023, 2), actual=D(30)),
        3: r.Value("K", Period(2023, 3), numerator=D(3), denominator=D(4)),
    }
    ytd = year_to_date(ind, values, 3)
    assert ytd.value == D(50)
    assert ytd.quarters == (1, 3)
    assert ytd.left_out == (2,)


def test_last_figure_is_named_in_the_rag_explanation(pack):
    status = scenario(pack, {Q[1]: 65, Q[2]: 61}, target=70, period=Q[3], unit="percent",
                      aggregation="last")
    assert status.rag == "Red"
    assert status.rag_explanation == (
        "Red: 61.0% (Q2 figure; Q3 not reported) is below the 70.0% target by more than the "
        "10% tolerance (63.0%)"
    )
    assert "Q2 figure; Q3 not reported" in status.explanation


def test_last_figure_is_named_even_without_a_rag(pack):
    status = scenario(pack, {Q[1]: 65, Q[2]: 61}, period=Q[3], unit="percent",
                      aggregation="last", polarity="none")
    assert status.rag == "n/a"
    assert status.rag_explanation == (
        "n/a: RAG not appropriate for a demand or context measure; "
        "year to date 61.0% (Q2 figure; Q3 not reported)"
    )


def test_left_out_ratio_quarter_is_named_in_the_explanation(pack):
    status = scenario(pack, {Q[1]: (7, 10), Q[2]: 50}, target=80, unit="percent",
                      aggregation="ratio")
    assert status.value == D("50.0")  # v(P) is still the entered actual
    assert status.ytd == D("70.0")
    assert status.rag == "Red"
    assert status.rag_explanation == (
        "Red: 70.0% is below the 80.0% target by more than the 10% tolerance (72.0%) "
        "(Q2 left out: actual without numerator and denominator)"
    )


def test_left_out_ratio_quarter_is_named_even_without_a_target(pack):
    status = scenario(pack, {Q[1]: (7, 10), Q[2]: 50}, unit="percent", aggregation="ratio")
    assert status.rag == "n/a"
    assert status.rag_explanation == (
        "n/a: no target set for 2023-24; year to date 70.0% "
        "(Q2 left out: actual without numerator and denominator)"
    )


def test_ratio_with_only_unusable_quarters_is_no_data(pack):
    status = scenario(pack, {Q[1]: 40, Q[2]: 50}, target=60, unit="percent",
                      aggregation="ratio")
    assert (status.value, status.ytd, status.rag) == (D("50.0"), None, "no data")
    assert status.rag_explanation == (
        "no data: no figure reported for 2023-24 Q1–Q2 "
        "(Q1 and Q2 left out: actual without numerator and denominator)"
    )


# -- rule 3: target for the period ---------------------------------------------------------------


@pytest.mark.parametrize(
    "unit, aggregation, target, period, expected, how",
    [
        # sum without a trajectory: annual × q / 4
        ("count", "sum", 1000, 1, "250", "pro-rata (1/4 of 1,000)"),
        ("count", "sum", 1000, 2, "500", "pro-rata (2/4 of 1,000)"),
        ("count", "sum", 1000, 3, "750", "pro-rata (3/4 of 1,000)"),
        ("count", "sum", 1000, 4, "1000", ""),
        ("count", "sum", 1001, 1, "250", "pro-rata (1/4 of 1,001)"),  # 250.25
        ("count", "sum", 1002, 1, "251", "pro-rata (1/4 of 1,002)"),  # 250.5 half away
        ("count", "sum", 1001, 3, "751", "pro-rata (3/4 of 1,001)"),  # 750.75
        ("currency", "sum", 10000, 2, "5000", "pro-rata (2/4 of £10,000)"),
        # the others use the annual target
        ("percent", "last", 70, 1, "70.0", ""),
        ("percent", "mean", 70, 2, "70.0", ""),
        ("percent", "ratio", 70, 3, "70.0", ""),
        ("days", "mean", "12.25", 3, "12.3", ""),
        # a trajectory: sum adds quarters 1..q, the others take quarter q's (annual ignored)
        ("count", "sum", {"annual": 900, "q1": 100, "q2": 200, "q3": 300, "q4": 400}, 1,
         "100", "Q1 trajectory"),
        ("count", "sum", {"annual": 900, "q1": 100, "q2": 200, "q3": 300, "q4": 400}, 2,
         "300", "Q1 and Q2 trajectory"),
        ("count", "sum", {"annual": 900, "q1": 100, "q2": 200, "q3": 300, "q4": 400}, 4,
         "1000", "Q1–Q4 trajectory"),
        ("percent", "last", {"annual": 80, "q1": 60, "q2": 65, "q3": 70, "q4": 80}, 2,
         "65.0", "Q2 trajectory"),
        ("percent", "mean", (60, 65, 70, 80), 3, "70.0", "Q3 trajectory"),
        ("percent", "ratio", (60, 65, 70, 80), 4, "80.0", "Q4 trajectory"),
    ],
)
def test_period_target(pack, unit, aggregation, target, period, expected, how):
    status = scenario(pack, {}, target=target, period=Q[period], unit=unit,
                      aggregation=aggregation)
    assert str(status.target) == expected
    ind = pack.indicator("K")
    _raw, words = period_target(ind, pack.target("K", 2023), period)
    assert words == how


def test_target_words_in_the_explanation(pack):
    status = scenario(pack, {Q[1]: 240, Q[2]: 300}, target=1000, unit="count",
                      aggregation="sum")
    assert status.rag_explanation == "Green: 540 is above the pro-rata target of 500 (2/4 of 1,000)"
    status = scenario(pack, {Q[1]: (6, 10), Q[2]: (6, 10)}, code="T", unit="percent",
                      aggregation="ratio", target=(60, 65, 70, 80))
    assert status.rag_explanation == (
        "Amber: 60.0% is below the Q2 trajectory target of 65.0% but within the 10% tolerance "
        "(58.5%)"
    )


@pytest.mark.parametrize(
    "targets",
    [
        {},  # no target at all
        {2022: 70},  # a target for another year only
        {2023: {}},  # a target record with neither an annual target nor a trajectory
    ],
)
def test_no_target_is_na(pack, targets):
    status = scenario(pack, {Q[1]: 50, Q[2]: 55}, targets=targets, unit="percent",
                      aggregation="last")
    assert status.target is None
    assert status.rag == "n/a"
    assert status.rag_explanation == "n/a: no target set for 2023-24"
    assert status.forecast == "n/a"


# -- rules 4 and 5: rounding and RAG -------------------------------------------------------------

PCT = {"unit": "percent", "aggregation": "last"}
DAYS = {"unit": "days", "aggregation": "last"}


@pytest.mark.parametrize(
    "indicator, target, ytd, rag, explanation",
    [
        # higher, percent tolerance (default 10%): T = 70.0, T − τ = 63.0
        (dict(PCT, polarity="higher"), 70, "70", "Green",
         "Green: 70.0% meets the 70.0% target"),
        (dict(PCT, polarity="higher"), 70, "75", "Green",
         "Green: 75.0% is above the 70.0% target"),
        (dict(PCT, polarity="higher"), 70, "69.9", "Amber",
         "Amber: 69.9% is below the 70.0% target but within the 10% tolerance (63.0%)"),
        (dict(PCT, polarity="higher"), 70, "63", "Amber",  # exactly T − τ
         "Amber: 63.0% is below the 70.0% target but within the 10% tolerance (63.0%)"),
        (dict(PCT, polarity="higher"), 70, "62.96", "Amber",  # shown 63.0
         "Amber: 63.0% is below the 70.0% target but within the 10% tolerance (63.0%)"),
        (dict(PCT, polarity="higher"), 70, "62.9", "Red",
         "Red: 62.9% is below the 70.0% target by more than the 10% tolerance (63.0%)"),
        (dict(PCT, polarity="higher"), 70, "61", "Red",
         "Red: 61.0% is below the 70.0% target by more than the 10% tolerance (63.0%)"),
        # rounding at display precision before comparing
        (dict(PCT, polarity="higher"), 80, "79.96", "Green",
         "Green: 80.0% meets the 80.0% target"),
        (dict(PCT, polarity="higher"), 80, "79.95", "Green",  # half away from zero
         "Green: 80.0% meets the 80.0% target"),
        (dict(PCT, polarity="higher"), 80, "79.94", "Amber",
         "Amber: 79.9% is below the 80.0% target but within the 10% tolerance (72.0%)"),
        (dict(PCT, polarity="higher"), "80.04", "80", "Green",  # T rounded too
         "Green: 80.0% meets the 80.0% target"),
        (dict(PCT, polarity="lower"), "79.96", "80.04", "Green",
         "Green: 80.0% meets the 80.0% target"),
        (dict(PCT, polarity="higher", decimals=0), 80, "79.5", "Green",
         "Green: 80% meets the 80% target"),
        (dict(PCT, polarity="higher", decimals=0), 80, "79.4", "Amber",
         "Amber: 79% is below the 80% target but within the 10% tolerance (72%)"),
        # thresholds are exact, not rounded again: 75.5 − 7.55 = 67.95
        (dict(PCT, polarity="higher"), "75.5", "68", "Amber",
         "Amber: 68.0% is below the 75.5% target but within the 10% tolerance (67.95%)"),
        (dict(PCT, polarity="higher"), "75.5", "67.9", "Red",
         "Red: 67.9% is below the 75.5% target by more than the 10% tolerance (67.95%)"),
        # lower: T = 20.0 days, T + τ = 22.0 days
        (dict(DAYS, polarity="lower"), 20, "20", "Green",
         "Green: 20.0 days meets the 20.0 days target"),
        (dict(DAYS, polarity="lower"), 20, "18.44", "Green",
         "Green: 18.4 days is below the 20.0 days target"),
        (dict(DAYS, polarity="lower"), 20, "20.04", "Green",
         "Green: 20.0 days meets the 20.0 days target"),
        (dict(DAYS, polarity="lower"), 20, "20.05", "Amber",
         "Amber: 20.1 days is above the 20.0 days target but within the 10% tolerance "
         "(22.0 days)"),
        (dict(DAYS, polarity="lower"), 20, "22", "Amber",  # exactly T + τ
         "Amber: 22.0 days is above the 20.0 days target but within the 10% tolerance "
         "(22.0 days)"),
        (dict(DAYS, polarity="lower"), 20, "22.1", "Red",
         "Red: 22.1 days is above the 20.0 days target by more than the 10% tolerance "
         "(22.0 days)"),
        # a percent tolerance of its own
        (dict(PCT, polarity="higher", tolerance=D(5)), 80, "76", "Amber",
         "Amber: 76.0% is below the 80.0% target but within the 5% tolerance (76.0%)"),
        (dict(PCT, polarity="higher", tolerance=D(5), tolerance_type="percent"), 80, "75.9",
         "Red", "Red: 75.9% is below the 80.0% target by more than the 5% tolerance (76.0%)"),
        (dict(PCT, polarity="higher", tolerance=D("2.5")), 80, "78", "Amber",
         "Amber: 78.0% is below the 80.0% target but within the 2.5% tolerance (78.0%)"),
        (dict(PCT, polarity="higher", tolerance=D(0)), 80, "79.9", "Red",
         "Red: 79.9% is below the 80.0% target by more than the 0% tolerance (80.0%)"),
        # absolute tolerances
        (dict(PCT, polarity="higher", tolerance=D(3), tolerance_type="absolute"), 80, "77",
         "Amber", "Amber: 77.0% is below the 80.0% target but within the tolerance of "
                  "3.0 percentage points (77.0%)"),
        (dict(PCT, polarity="higher", tolerance=D(3), tolerance_type="absolute"), 80, "76.9",
         "Red", "Red: 76.9% is below the 80.0% target by more than the tolerance of "
                "3.0 percentage points (77.0%)"),
        (dict(unit="count", aggregation="last", polarity="lower", tolerance=D(5),
              tolerance_type="absolute"), 100, "105", "Amber",
         "Amber: 105 is above the 100 target but within the tolerance of 5 (105)"),
        (dict(unit="count", aggregation="last", polarity="lower", tolerance=D(5),
              tolerance_type="absolute"), 100, "106", "Red",
         "Red: 106 is above the 100 target by more than the tolerance of 5 (105)"),
        (dict(DAYS, polarity="lower", tolerance=D("0.25"), tolerance_type="absolute"), 20,
         "20.2", "Amber",
         "Amber: 20.2 days is above the 20.0 days target but within the tolerance of "
         "0.25 days (20.25 days)"),
        (dict(DAYS, polarity="lower", tolerance=D("0.25"), tolerance_type="absolute"), 20,
         "20.3", "Red",
         "Red: 20.3 days is above the 20.0 days target by more than the tolerance of "
         "0.25 days (20.25 days)"),
        # a zero target: a percent tolerance gives no Amber band ...
        (dict(unit="count", aggregation="last", polarity="lower"), 0, "0", "Green",
         "Green: 0 meets the 0 target"),
        (dict(unit="count", aggregation="last", polarity="lower"), 0, "1", "Red",
         "Red: 1 is above the 0 target by more than the 10% tolerance (0)"),
        (dict(unit="count", aggregation="last", polarity="higher"), 0, "0", "Green",
         "Green: 0 meets the 0 target"),
        (dict(unit="currency", aggregation="last", polarity="higher"), 0, "-1", "Red",
         "Red: -£1 is below the £0 target by more than the 10% tolerance (£0)"),
        (dict(unit="currency", aggregation="last", polarity="higher"), 0, "-0.4", "Green",
         "Green: £0 meets the £0 target"),  # −0.4 is shown £0, never −£0
        # ... an absolute tolerance does
        (dict(unit="count", aggregation="last", polarity="lower", tolerance=D(2),
              tolerance_type="absolute"), 0, "2", "Amber",
         "Amber: 2 is above the 0 target but within the tolerance of 2 (2)"),
        (dict(unit="count", aggregation="last", polarity="lower", tolerance=D(2),
              tolerance_type="absolute"), 0, "3", "Red",
         "Red: 3 is above the 0 target by more than the tolerance of 2 (2)"),
        # negative figures round half away from zero: −100.5 is shown −£101
        (dict(unit="currency", aggregation="last", polarity="higher"), -100, "-100.5",
         "Amber", "Amber: -£101 is below the -£100 target but within the 10% tolerance "
                  "(-£110)"),
        (dict(unit="currency", aggregation="last", polarity="higher"), -100, "-100.49",
         "Green", "Green: -£100 meets the -£100 target"),
        (dict(unit="currency", aggregation="last", polarity="higher"), -100, "-110.5",
         "Red", "Red: -£111 is below the -£100 target by more than the 10% tolerance "
                "(-£110)"),
        (dict(unit="currency", aggregation="last", polarity="lower"), 2500, "2749.5",
         "Amber", "Amber: £2,750 is above the £2,500 target but within the 10% tolerance "
                  "(£2,750)"),
        (dict(unit="currency", aggregation="last", polarity="lower"), 2500, "2750.5",
         "Red", "Red: £2,751 is above the £2,500 target by more than the 10% tolerance "
                "(£2,750)"),
        # ratio unit, two decimals
        (dict(unit="ratio", aggregation="last", polarity="higher"), "1.5", "1.345", "Amber",
         "Amber: 1.35 is below the 1.50 target but within the 10% tolerance (1.35)"),
        (dict(unit="ratio", aggregation="last", polarity="higher"), "1.5", "1.344", "Red",
         "Red: 1.34 is below the 1.50 target by more than the 10% tolerance (1.35)"),
    ],
)
def test_rag(pack, indicator, target, ytd, rag, explanation):
    status = scenario(pack, {Q[2]: ytd}, target=target, **indicator)
    assert status.rag == rag
    assert status.rag_explanation == explanation


def test_the_domain_example_explanation(pack):
    status = scenario(pack, {Q[1]: (60, 100), Q[2]: (62, 100)}, target=70, unit="percent",
                      aggregation="ratio")
    assert (status.ytd, status.target, status.rag) == (D("61.0"), D("70.0"), "Red")
    assert status.rag_explanation == (
        "Red: 61.0% is below the 70.0% target by more than the 10% tolerance (63.0%)"
    )
    assert status.explanation.startswith(status.rag_explanation + " | ")


@pytest.mark.parametrize(
    "aggregation, values, target, period, ytd, shown_target, rag",
    [
        # sum against pro rata: Q1+Q2 = 450 against 500 (τ = 50): Amber at exactly 450
        ("sum", {1: 200, 2: 250}, 1000, 2, "450", "500", "Amber"),
        ("sum", {1: 200, 2: 249}, 1000, 2, "449", "500", "Red"),
        ("sum", {1: 260, 2: 250}, 1000, 2, "510", "500", "Green"),
        # a missing quarter still counts against the pro-rata target to date
        ("sum", {1: 260, 3: 250}, 1000, 3, "510", "750", "Red"),
        # sum against a trajectory
        ("sum", {1: 100, 2: 200}, (100, 200, 300, 400), 2, "300", "300", "Green"),
        ("sum", {1: 100, 2: 170}, (100, 200, 300, 400), 2, "270", "300", "Amber"),
        ("sum", {1: 100, 2: 169}, (100, 200, 300, 400), 2, "269", "300", "Red"),
        # mean against the annual target and quarter q's trajectory
        ("mean", {1: 60, 2: 80}, 70, 2, "70", "70", "Green"),
        ("mean", {1: 60, 2: 66}, 70, 2, "63", "70", "Amber"),
        ("mean", {1: 60, 2: 80}, (50, 75, 80, 90), 2, "70", "75", "Amber"),
        ("mean", {1: 60, 2: 80}, (50, 90, 80, 90), 2, "70", "90", "Red"),
        # last against quarter q's trajectory
        ("last", {1: 90, 2: 70}, (50, 75, 80, 90), 2, "70", "75", "Amber"),
        ("last", {1: 90, 2: 70}, (50, 70, 80, 90), 2, "70", "70", "Green"),
    ],
)
def test_rag_by_aggregation(pack, aggregation, values, target, period, ytd, shown_target,
                            rag):
    status = scenario(pack, {Q[q]: v for q, v in values.items()}, target=target,
                      period=Q[period], unit="count", aggregation=aggregation)
    assert (str(status.ytd), str(status.target), status.rag) == (ytd, shown_target, rag)


def test_lower_polarity_sum(pack):
    status = scenario(pack, {Q[1]: 260, Q[2]: 270}, target=1000, unit="count",
                      aggregation="sum", polarity="lower")
    assert status.rag == "Amber"
    assert status.rag_explanation == (
        "Amber: 530 is above the pro-rata target of 500 (2/4 of 1,000) but within the 10% "
        "tolerance (550)"
    )


@pytest.mark.parametrize(
    "polarity, values, target, rag, explanation",
    [
        ("none", {Q[2]: 50}, 70, "n/a", "n/a: RAG not appropriate for a demand or context measure"),
        ("none", {}, 70, "n/a", "n/a: RAG not appropriate for a demand or context measure"),
        ("none", {Q[2]: 50}, None, "n/a",
         "n/a: RAG not appropriate for a demand or context measure"),
        ("higher", {Q[2]: 50}, None, "n/a", "n/a: no target set for 2023-24"),
        ("higher", {}, None, "n/a", "n/a: no target set for 2023-24"),  # n/a before no data
        ("higher", {}, 70, "no data", "no data: no figure reported for 2023-24 Q1–Q2"),
        ("lower", {Q[3]: 50}, 70, "no data", "no data: no figure reported for 2023-24 Q1–Q2"),
        ("lower", {"2022-23 Q2": 50}, 70, "no data",
         "no data: no figure reported for 2023-24 Q1–Q2"),
    ],
)
def test_na_and_no_data(pack, polarity, values, target, rag, explanation):
    status = scenario(pack, values, target=target, unit="percent", aggregation="last",
                      polarity=polarity)
    assert status.rag == rag
    assert status.rag_explanation == explanation
    assert status.forecast == "n/a"
    assert status.forecast_explanation == f"n/a: no forecast without a RAG status ({rag})"


def test_no_data_in_q1_names_the_quarter(pack):
    status = scenario(pack, {}, target=70, period=Q[1], unit="percent", aggregation="last")
    assert status.rag_explanation == "no data: no figure reported for 2023-24 Q1"


@pytest.mark.parametrize(
    "settings, indicator, ytd, rag, words",
    [
        # report-settings default tolerance (percent) for an indicator without its own
        ({"default_tolerance": D(5)}, {}, "76", "Amber", "the 5% tolerance (76.0%)"),
        ({"default_tolerance": D(5)}, {}, "75.9", "Red", "the 5% tolerance (76.0%)"),
        ({"default_tolerance": D(20)}, {}, "64", "Amber", "the 20% tolerance (64.0%)"),
        # report-settings default of an absolute type
        ({"default_tolerance": D(3), "default_tolerance_type": "absolute"}, {}, "77", "Amber",
         "the tolerance of 3.0 percentage points (77.0%)"),
        ({"default_tolerance": D(3), "default_tolerance_type": "absolute"}, {}, "76.9", "Red",
         "the tolerance of 3.0 percentage points (77.0%)"),
        # the indicator's own tolerance wins
        ({"default_tolerance": D(5)}, {"tolerance": D(20)}, "64", "Amber",
         "the 20% tolerance (64.0%)"),
        ({"default_tolerance": D(20)}, {"tolerance": D(1), "tolerance_type": "absolute"},
         "78.9", "Red", "the tolerance of 1.0 percentage points (79.0%)"),
        # default settings: 10 percent
        (None, {}, "72", "Amber", "the 10% tolerance (72.0%)"),
        (None, {}, "71.9", "Red", "the 10% tolerance (72.0%)"),
    ],
)
def test_report_settings_default_tolerance(pack, settings, indicator, ytd, rag, words):
    status = scenario(pack, {Q[2]: ytd}, target=80, settings=settings, unit="percent",
                      aggregation="last", **indicator)
    assert status.rag == rag
    assert status.rag_explanation.endswith(words)


@pytest.mark.parametrize(
    "unit, decimals, actual, shown",
    [
        ("count", None, "1234", "1234"),
        ("currency", None, "1234.5", "1235"),
        ("currency", None, "-1234.5", "-1235"),
        ("percent", None, "12.345", "12.3"),
        ("percent", None, "12.35", "12.4"),
        ("rate", None, "45.65", "45.7"),
        ("days", None, "9.95", "10.0"),
        ("ratio", None, "0.125", "0.13"),
        ("ratio", None, "-0.125", "-0.13"),
        ("percent", 0, "12.5", "13"),
        ("percent", 2, "12.345", "12.35"),
        ("days", 0, "9.5", "10"),
        ("count", 2, "7", "7.00"),
    ],
)
def test_default_decimals_by_unit(pack, unit, decimals, actual, shown):
    status = scenario(pack, {Q[2]: actual}, unit=unit, decimals=decimals, aggregation="last",
                      polarity="none")
    assert str(status.value) == shown
    assert str(status.ytd) == shown
    assert status.decimals == len(shown.partition(".")[2])


# -- rule 6: direction of travel -----------------------------------------------------------------

LAST_YEAR = {q: f"2022-23 Q{q}" for q in (1, 2, 3, 4)}


def _both_years(this: dict, last: dict) -> dict:
    values = {Q[q]: v for q, v in this.items()}
    values.update({LAST_YEAR[q]: v for q, v in last.items()})
    return values


@pytest.mark.parametrize(
    "polarity, aggregation, this, last, period, direction, comparison, explanation",
    [
        # year mode (default): Y(P) against Y of the same quarter last year
        ("higher", "sum", {1: 10, 2: 10}, {1: 8, 2: 8}, 2, "improved", "16",
         "improved: 20 against 16 for 2022-23 Q1–Q2 (up 4)"),
        ("lower", "sum", {1: 10, 2: 10}, {1: 8, 2: 8}, 2, "declined", "16",
         "declined: 20 against 16 for 2022-23 Q1–Q2 (up 4)"),
        ("none", "sum", {1: 10, 2: 10}, {1: 8, 2: 8}, 2, "increased", "16",
         "increased: 20 against 16 for 2022-23 Q1–Q2 (up 4)"),
        ("higher", "sum", {1: 5, 2: 10}, {1: 8, 2: 8}, 2, "declined", "16",
         "declined: 15 against 16 for 2022-23 Q1–Q2 (down 1)"),
        ("lower", "sum", {1: 5, 2: 10}, {1: 8, 2: 8}, 2, "improved", "16",
         "improved: 15 against 16 for 2022-23 Q1–Q2 (down 1)"),
        ("none", "sum", {1: 5, 2: 10}, {1: 8, 2: 8}, 2, "decreased", "16",
         "decreased: 15 against 16 for 2022-23 Q1–Q2 (down 1)"),
        ("higher", "sum", {1: 6, 2: 10}, {1: 8, 2: 8}, 2, "sustained", "16",
         "sustained: 16 against 16 for 2022-23 Q1–Q2 (no change)"),
        ("lower", "sum", {1: 6, 2: 10}, {1: 8, 2: 8}, 2, "sustained", "16",
         "sustained: 16 against 16 for 2022-23 Q1–Q2 (no change)"),
        ("none", "sum", {1: 6, 2: 10}, {1: 8, 2: 8}, 2, "no change", "16",
         "no change: 16 against 16 for 2022-23 Q1–Q2 (no change)"),
        ("higher", "sum", {1: 6}, {1: 5}, 1, "improved", "5",
         "improved: 6 against 5 for 2022-23 Q1 (up 1)"),
        # sum, mean and ratio need the same quarters in both years
        ("higher", "sum", {1: 10, 2: 10}, {1: 8}, 2, "not comparable", "8",
         "not comparable: 2023-24 has figures for Q1 and Q2 but 2022-23 for Q1, so the years "
         "to date are not like for like"),
        ("higher", "sum", {1: 10, 3: 10}, {1: 8, 2: 8, 3: 8}, 3, "not comparable", "24",
         "not comparable: 2023-24 has figures for Q1 and Q3 but 2022-23 for Q1–Q3, so the "
         "years to date are not like for like"),
        ("higher", "mean", {1: 10, 2: 10}, {2: 8}, 2, "not comparable", "8",
         "not comparable: 2023-24 has figures for Q1 and Q2 but 2022-23 for Q2, so the years "
         "to date are not like for like"),
        ("higher", "mean", {1: 10, 3: 20}, {1: 8, 3: 8}, 3, "improved", "8",
         "improved: 15 against 8 for 2022-23 Q1–Q3 (up 7)"),
        # last is comparable whatever quarters each year has
        ("higher", "last", {1: 10}, {1: 8, 2: 12}, 2, "declined", "12",
         "declined: 10 against 12 for 2022-23 Q2 (down 2)"),
        ("higher", "last", {1: 10, 2: 14}, {1: 12}, 2, "improved", "12",
         "improved: 14 against 12 for 2022-23 Q2 (Q1 figure; Q2 not reported) (up 2)"),
        # missing figures
        ("higher", "sum", {1: 10, 2: 10}, {}, 2, "not comparable", None,
         "not comparable: no figure for 2022-23 Q1–Q2"),
        ("higher", "sum", {}, {1: 8, 2: 8}, 2, "not comparable", "16",
         "not comparable: no figure for 2023-24 Q1–Q2"),
        ("higher", "last", {2: 10}, {3: 8}, 2, "not comparable", None,
         "not comparable: no figure for 2022-23 Q2"),
        ("higher", "last", {3: 10}, {2: 8}, 2, "not comparable", "8",
         "not comparable: no figure for 2023-24 Q2"),
    ],
)
def test_direction_year_mode(pack, polarity, aggregation, this, last, period, direction,
                             comparison, explanation):
    status = scenario(pack, _both_years(this, last), period=Q[period], unit="count",
                      aggregation=aggregation, polarity=polarity)
    assert status.direction == direction
    assert status.comparison == dec(comparison)
    assert status.direction_explanation == explanation


@pytest.mark.parametrize(
    "this, last, direction, explanation",
    [
        ({1: (6, 10), 2: (8, 10)}, {1: (5, 10), 2: (6, 10)}, "improved",
         "improved: 70.0% against 55.0% for 2022-23 Q1–Q2 (up 15.0 percentage points)"),
        ({1: (6, 10), 2: 80}, {1: (5, 10), 2: (6, 10)}, "not comparable",
         "not comparable: 2023-24 has figures for Q1 but 2022-23 for Q1 and Q2, so the years "
         "to date are not like for like"),
        ({1: (6, 10), 2: (8, 10)}, {2: (6, 10)}, "not comparable",
         "not comparable: 2023-24 has figures for Q1 and Q2 but 2022-23 for Q2, so the years "
         "to date are not like for like"),
    ],
)
def test_direction_year_mode_ratio(pack, this, last, direction, explanation):
    status = scenario(pack, _both_years(this, last), unit="percent", aggregation="ratio")
    assert status.direction == direction
    assert status.direction_explanation == explanation


@pytest.mark.parametrize(
    "polarity, aggregation, values, period, direction, value, comparison, explanation",
    [
        # v(P) against v of the previous quarter, whatever the aggregation
        ("higher", "sum", {"2023-24 Q1": 30, "2023-24 Q2": 20}, "2023-24 Q2", "declined",
         "20", "30", "declined: 20 against 30 for 2023-24 Q1 (down 10)"),
        ("lower", "sum", {"2023-24 Q1": 30, "2023-24 Q2": 20}, "2023-24 Q2", "improved",
         "20", "30", "improved: 20 against 30 for 2023-24 Q1 (down 10)"),
        ("none", "sum", {"2023-24 Q1": 30, "2023-24 Q2": 20}, "2023-24 Q2", "decreased",
         "20", "30", "decreased: 20 against 30 for 2023-24 Q1 (down 10)"),
        ("none", "sum", {"2023-24 Q1": 20, "2023-24 Q2": 20}, "2023-24 Q2", "no change",
         "20", "20", "no change: 20 against 20 for 2023-24 Q1 (no change)"),
        # Q1 compares with Q4 of the previous FY
        ("higher", "sum", {"2022-23 Q4": 30, "2023-24 Q1": 35}, "2023-24 Q1", "improved",
         "35", "30", "improved: 35 against 30 for 2022-23 Q4 (up 5)"),
        ("higher", "last", {"2022-23 Q4": 30, "2023-24 Q1": 35, "2022-23 Q1": 50},
         "2023-24 Q1", "improved", "35", "30", "improved: 35 against 30 for 2022-23 Q4 (up 5)"),
        # quarter mode does not need like-for-like years, nor a previous year at all
        ("higher", "mean", {"2023-24 Q2": 30, "2023-24 Q3": 30}, "2023-24 Q3", "sustained",
         "30", "30", "sustained: 30 against 30 for 2023-24 Q2 (no change)"),
        # missing figures
        ("higher", "sum", {"2023-24 Q1": 30, "2023-24 Q3": 20}, "2023-24 Q3",
         "not comparable", "20", None, "not comparable: no figure for 2023-24 Q2"),
        ("higher", "sum", {"2023-24 Q1": 30, "2023-24 Q3": 20}, "2023-24 Q2",
         "not comparable", None, "30", "not comparable: no figure for 2023-24 Q2"),
        ("higher", "last", {"2023-24 Q1": 30}, "2023-24 Q1", "not comparable", "30", None,
         "not comparable: no figure for 2022-23 Q4"),
    ],
)
def test_direction_quarter_mode(pack, polarity, aggregation, values, period, direction,
                                value, comparison, explanation):
    status = scenario(pack, values, period=period, unit="count", aggregation=aggregation,
                      polarity=polarity, compare_with="quarter")
    assert status.direction == direction
    assert status.value == dec(value)
    assert status.comparison == dec(comparison)
    assert status.direction_explanation == explanation


def test_quarter_mode_uses_the_period_value_not_the_year_to_date(pack):
    status = scenario(pack, {Q[1]: 100, Q[2]: 90, "2022-23 Q2": 500}, unit="count",
                      aggregation="sum", compare_with="quarter")
    assert (status.value, status.ytd, status.comparison) == (D(90), D(190), D(100))
    assert status.direction == "declined"


@pytest.mark.parametrize(
    "polarity, band, current, compared, direction",
    [
        # β = 5% × |100| = 5
        ("higher", D(5), 105, 100, "sustained"),
        ("higher", D(5), 106, 100, "improved"),
        ("higher", D(5), 95, 100, "sustained"),
        ("higher", D(5), 94, 100, "declined"),
        ("lower", D(5), 106, 100, "declined"),
        ("lower", D(5), 105, 100, "sustained"),
        ("lower", D(5), 94, 100, "improved"),
        ("none", D(5), 106, 100, "increased"),
        ("none", D(5), 95, 100, "no change"),
        ("none", D(5), 94, 100, "decreased"),
        # default band 0: any change at display precision counts
        ("higher", None, 101, 100, "improved"),
        ("lower", None, 101, 100, "declined"),
        ("higher", None, 100, 100, "sustained"),
        # a band that is a fraction: 2.5% of 30 = 0.75
        ("higher", D("2.5"), 30, 31, "declined"),
    ],
)
def test_sustain_band(pack, polarity, band, current, compared, direction):
    status = scenario(pack, {Q[1]: current, "2022-23 Q1": compared}, period=Q[1],
                      unit="count", aggregation="sum", polarity=polarity, sustain_band=band)
    assert status.direction == direction


def test_sustain_band_is_in_the_explanation(pack):
    status = scenario(pack, {Q[1]: 105, "2022-23 Q1": 100}, period=Q[1], unit="count",
                      aggregation="sum", sustain_band=D(5))
    assert status.direction_explanation == (
        "sustained: 105 against 100 for 2022-23 Q1 (up 5; sustain band ±5)"
    )
    status = scenario(pack, {Q[1]: "72.4", "2022-23 Q1": "70"}, period=Q[1], code="P",
                      unit="percent", aggregation="last", sustain_band=D(5))
    assert status.direction_explanation == (
        "sustained: 72.4% against 70.0% for 2022-23 Q1 (up 2.4 percentage points; "
        "sustain band ±3.5 percentage points)"
    )


@pytest.mark.parametrize(
    "settings, band, current, direction",
    [
        ({"default_sustain_band": D(5)}, None, 105, "sustained"),
        ({"default_sustain_band": D(5)}, None, 106, "improved"),
        ({"default_sustain_band": D(5)}, D(0), 101, "improved"),  # indicator's own 0 wins
        ({"default_sustain_band": D(0)}, D(10), 109, "sustained"),
    ],
)
def test_report_settings_default_sustain_band(pack, settings, band, current, direction):
    status = scenario(pack, {Q[1]: current, "2022-23 Q1": 100}, period=Q[1], unit="count",
                      aggregation="sum", settings=settings, sustain_band=band)
    assert status.direction == direction


@pytest.mark.parametrize(
    "mode, current, compared, direction, explanation",
    [
        # equal at display precision: 70.04 and 69.96 are both shown 70.0
        ("year", "70.04", "69.96", "sustained",
         "sustained: 70.0% against 70.0% for 2022-23 Q1 (no change)"),
        ("year", "70.05", "69.96", "improved",
         "improved: 70.1% against 70.0% for 2022-23 Q1 (up 0.1 percentage points)"),
        ("quarter", "70.04", "69.96", "sustained",
         "sustained: 70.0% against 70.0% for 2022-23 Q4 (no change)"),
    ],
)
def test_direction_compares_rounded_figures(pack, mode, current, compared, direction,
                                            explanation):
    earlier = "2022-23 Q1" if mode == "year" else "2022-23 Q4"
    status = scenario(pack, {Q[1]: current, earlier: compared}, period=Q[1], unit="percent",
                      aggregation="last", compare_with=mode)
    assert status.direction == direction
    assert status.direction_explanation == explanation


# -- rule 7: forecast -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ytd, forecast, explanation",
    [
        ("80", "likely", "likely: Green against the target so far this year"),
        ("75", "may", "may: Amber against the target so far this year"),
        ("70", "unlikely", "unlikely: Red against the target so far this year"),
    ],
)
def test_forecast_from_rag(pack, ytd, forecast, explanation):
    status = scenario(pack, {Q[2]: ytd}, target=80, unit="percent", aggregation="last")
    assert status.forecast == forecast
    assert status.forecast_explanation == explanation
    assert status.forecast_overridden is False


@pytest.mark.parametrize(
    "ytd, target, polarity, override, forecast, explanation",
    [
        ("70", 80, "higher", ("likely", "a new team is in post from January"), "likely",
         "likely: officer's forecast, because a new team is in post from January "
         "(calculated: unlikely)"),
        ("80", 80, "higher", ("unlikely", "winter pressures"), "unlikely",
         "unlikely: officer's forecast, because winter pressures (calculated: likely)"),
        ("75", 80, "higher", ("may", "cases still open"), "may",
         "may: officer's forecast, because cases still open (calculated: may)"),
        ("75", None, "higher", ("likely", "target agreed late"), "likely",
         "likely: officer's forecast, because target agreed late (calculated: n/a)"),
    ],
)
def test_forecast_override_with_reason(pack, ytd, target, polarity, override, forecast,
                                       explanation):
    status = scenario(pack, {Q[2]: ytd}, target=target, unit="percent", aggregation="last",
                      polarity=polarity, override=override)
    assert status.forecast == forecast
    assert status.forecast_overridden is True
    assert status.forecast_explanation == explanation
    assert override[1] in status.explanation


def test_forecast_override_applies_to_its_period_only(pack):
    scenario(pack, {Q[1]: "70", Q[2]: "70"}, target=80, unit="percent", aggregation="last",
             override=("likely", "recovery plan"))
    q1 = evaluate(pack, "K", Period(2023, 1))
    assert (q1.forecast, q1.forecast_overridden) == ("unlikely", False)


def test_forecast_override_needs_a_reason(pack):
    from model.validation import ValidationError

    add_indicator(pack, "K", unit="percent")
    with pytest.raises(ValidationError, match="a forecast override needs a reason"):
        pack.apply(put("o", r.ForecastOverride("K", Period(2023, 1), "likely", "  ")))


# -- the whole status -----------------------------------------------------------------------------


def test_full_status_of_a_percent_ratio_indicator(pack):
    values = _both_years({1: (60, 100), 2: (62, 100), 3: (70, 90)},
                         {1: (55, 100), 2: (58, 100), 3: (60, 100)})
    status = scenario(pack, values, target=70, period=Q[2], unit="percent",
                      aggregation="ratio")
    assert status.code == "K"
    assert status.period == Period(2023, 2)
    assert status.decimals == 1
    assert (str(status.value), str(status.ytd), str(status.target),
            str(status.comparison)) == ("62.0", "61.0", "70.0", "56.5")
    assert (status.rag, status.direction, status.forecast) == ("Red", "improved", "unlikely")
    assert status.explanation == (
        "Red: 61.0% is below the 70.0% target by more than the 10% tolerance (63.0%) | "
        "improved: 61.0% against 56.5% for 2022-23 Q1–Q2 (up 4.5 percentage points) | "
        "unlikely: Red against the target so far this year"
    )


def test_lower_is_better_days_with_trajectory_and_quarter_comparison(pack):
    values = {"2023-24 Q1": "25.3", "2023-24 Q2": "21.96", "2023-24 Q3": "23.1"}
    status = scenario(pack, values, target={"annual": 20, "q1": 24, "q2": 22, "q3": 21,
                                            "q4": 20},
                      period="2023-24 Q3", unit="days", aggregation="last", polarity="lower",
                      compare_with="quarter")
    assert (status.value, status.ytd, status.target, status.comparison) == (
        D("23.1"), D("23.1"), D("21.0"), D("22.0"))
    assert status.rag == "Amber"
    assert status.rag_explanation == (
        "Amber: 23.1 days is above the Q3 trajectory target of 21.0 days but within the 10% "
        "tolerance (23.1 days)"
    )
    assert status.direction == "declined"
    assert status.direction_explanation == (
        "declined: 23.1 days against 22.0 days for 2023-24 Q2 (up 1.1 days)"
    )
    assert status.forecast == "may"


def test_unknown_indicator(pack):
    with pytest.raises(KeyError, match="no indicator with code 'NOPE'"):
        evaluate(pack, "NOPE", Period(2023, 1))


def test_evaluate_all_in_paper_order(pack):
    add_indicator(pack, "B", position=2)
    add_indicator(pack, "A", position=1)
    statuses = evaluate_all(pack, Period(2023, 1))
    assert [s.code for s in statuses] == ["A", "B"]
    assert [s.rag for s in statuses] == ["n/a", "n/a"]
