"""Pre-publication checks: what would be wrong or missing in the papers for a period."""

from __future__ import annotations

from model import records as r
from model.checks import ERROR, WARNING, check_period
from model.commands import put, set_fields
from model.periods import Period
from tests.conftest import D, add_indicator

Q3 = Period(2023, 3)


def _findings(pack, severity=None):
    """The findings about figures (the meeting's have their own tests: test_meetings.py)."""
    return [(f.severity, f.code, f.field, f.message) for f in check_period(pack, Q3)
            if (severity is None or f.severity == severity) and f.code != "Meeting"]


def test_missing_actual_is_an_error(pack):
    add_indicator(pack, "K1", unit="count", polarity="none")
    assert _findings(pack) == [(ERROR, "K1", "actual", "no figure entered for 2023-24 Q3")]


def test_missing_target_is_a_warning_only_for_measures_with_polarity(pack):
    add_indicator(pack, "K1", unit="count", polarity="higher")
    add_indicator(pack, "D1", unit="count", polarity="none")
    pack.apply(put("x", r.Value("K1", Q3, actual=D(5)), r.Value("D1", Q3, actual=D(5))))
    assert _findings(pack) == [(WARNING, "K1", "target", "no target for 2023-24, so no RAG "
                                "status")]


def test_red_without_commentary_is_an_error_until_commentary_is_written(pack):
    add_indicator(pack, "K1", unit="percent", aggregation="last")
    pack.apply(put("x", r.Value("K1", Q3, actual=D(50)), r.Target("K1", 2023, annual=D(80))))
    errors = _findings(pack, ERROR)
    assert len(errors) == 1 and errors[0][2] == "commentary"
    assert "Red: 50.0% is below the 80.0% target" in errors[0][3]
    pack.apply(put("c", r.Commentary("K1", Q3, text="Recruitment drive under way.")))
    assert _findings(pack, ERROR) == []


def test_figures_made_invalid_by_a_later_unit_change_are_errors(pack):
    add_indicator(pack, "K1", unit="count", aggregation="last", polarity="none")
    pack.apply(put("x", r.Value("K1", Q3, actual=D(140), numerator=D(14),
                                denominator=D(10))))
    assert _findings(pack, ERROR) == []
    pack.apply(set_fields(pack, "indicator", ("K1",), unit="ratio"))  # the unit changes later
    assert _findings(pack, ERROR) == [
        (ERROR, "K1", "actual", "2023-24 Q3: the actual 140 disagrees with 14 / 10 = 1.40")
    ]


def test_percent_outside_range_and_numerator_above_denominator_are_reported(pack):
    add_indicator(pack, "K1", unit="count", aggregation="last", polarity="none")
    pack.apply(put("x", r.Value("K1", Q3, actual=D(140), numerator=D(14), denominator=D(10))))
    # the unit is changed behind the validation's back, as an old pack might hold it
    pack._records["indicator"][("K1",)] = pack.indicator("K1").replace(unit="percent")
    messages = [f[3] for f in _findings(pack, ERROR)]
    assert any("140 is not a percentage from 0 to 100" in m for m in messages)
    assert any("numerator 14 is above the denominator 10" in m for m in messages)


def test_ratio_quarter_without_numerator_is_a_warning(pack):
    add_indicator(pack, "K1", unit="percent", aggregation="ratio", polarity="none")
    pack.apply(put("x", r.Value("K1", Period(2023, 1), actual=D(60)),
                   r.Value("K1", Q3, numerator=D(6), denominator=D(10))))
    warnings = _findings(pack, WARNING)
    assert warnings == [(WARNING, "K1", "numerator", "2023-24 Q1 has an actual but no "
                         "numerator and denominator, so it is left out of the year to date")]
