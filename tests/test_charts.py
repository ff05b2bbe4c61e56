"""Chart descriptions (model/charts.py), without Qt: what a member would read off the chart."""

from __future__ import annotations

from pathlib import Path

import pytest

from model import records as r
from model.charts import (
    RAG_SHAPE,
    ChartError,
    breakdown_chart,
    commitment_summary,
    rag_summary,
    snapshot_chart,
    trend_chart,
)
from model.commands import put
from model.pack import Pack
from model.periods import Period
from tests.conftest import D, add_indicator

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample.craffu"


def _values(pack, code, start: Period, figures):
    period = start
    records = []
    for figure in figures:
        if figure is not None:
            records.append(r.Value(code, period, actual=D(figure)))
        period = period.next()
    pack.apply(put("values", *records))


@pytest.fixture
def rising(pack):
    """K1 (count, sum, higher): two years of quarters, rising in each of the last four."""
    add_indicator(pack, "K1", title="Contacts answered", unit="count", aggregation="last")
    _values(pack, "K1", Period(2022, 1), [640, 630, 620, 612, 650, 670, 690, 700])
    pack.apply(put("targets", r.Target("K1", 2022, annual=D(600)),
                   r.Target("K1", 2023, annual=D(650), q1=D(660), q2=D(665), q3=D(670),
                            q4=D(650))))
    return pack


def test_trend_series_has_a_point_per_quarter_with_rounded_figures(rising):
    chart = trend_chart(rising, "K1", Period(2023, 4), years=2)
    values = chart.series[0]
    assert chart.categories[0] == "Q1 2022-23" and chart.categories[-1] == "Q4 2023-24"
    assert [p.value for p in values.points] == [D(v) for v in
                                                (640, 630, 620, 612, 650, 670, 690, 700)]
    assert values.points[-1].text == "700"
    assert chart.unit == "count" and chart.decimals == 0


def test_target_steps_change_only_where_the_target_changes(rising):
    chart = trend_chart(rising, "K1", Period(2023, 4), years=2)
    assert [(s.start, s.end, s.value) for s in chart.steps] == [(-0.5, 3.5, D(600)),
                                                                (3.5, 7.5, D(650))]


def test_same_target_in_two_years_is_one_step(pack):
    add_indicator(pack, "K2", unit="percent", aggregation="last")
    _values(pack, "K2", Period(2022, 1), [50] * 8)
    pack.apply(put("t", r.Target("K2", 2022, annual=D(70)), r.Target("K2", 2023, annual=D(70))))
    chart = trend_chart(pack, "K2", Period(2023, 4), years=2)
    assert len(chart.steps) == 1 and chart.steps[0].text == "70.0%"


def test_sum_measures_step_at_a_quarter_of_the_annual_target(pack):
    add_indicator(pack, "S1", aggregation="sum")
    _values(pack, "S1", Period(2023, 1), [20, 22, 25, 30])
    pack.apply(put("t", r.Target("S1", 2023, annual=D(80))))
    chart = trend_chart(pack, "S1", Period(2023, 4), years=1)
    assert [s.value for s in chart.steps] == [D(20)]


def test_trajectory_is_dashed_through_the_quarterly_targets(rising):
    chart = trend_chart(rising, "K1", Period(2023, 4), years=2)
    trajectory = [s for s in chart.series if s.role == "trajectory"]
    assert len(trajectory) == 1 and trajectory[0].style == "dashed"
    assert trajectory[0].values == [None] * 4 + [660.0, 665.0, 670.0, 650.0]


def test_points_carry_rag_colour_letter_and_shape(rising):
    chart = trend_chart(rising, "K1", Period(2023, 4), years=2)
    last = chart.series[0].points[-1]
    assert last.rag == "Green" and last.letter == "G" and last.shape == RAG_SHAPE["Green"]
    q1 = chart.series[0].points[4]  # 650 against the Q1 trajectory of 660: within 10%
    assert (q1.rag, q1.letter, q1.shape) == ("Amber", "A", "triangle")
    assert "Amber" in q1.status and "650" in q1.status


def test_text_alternative_says_what_the_figures_did(rising):
    chart = trend_chart(rising, "K1", Period(2023, 4), years=2)
    assert "rose in each of the last four quarters, from 612 to 700" in chart.alt_text
    assert "; target 650" in chart.alt_text
    assert "Green in Q4 2023-24" in chart.alt_text


def test_text_alternative_follows_the_data_when_it_falls(pack):
    add_indicator(pack, "F1", unit="percent", polarity="lower", aggregation="last")
    _values(pack, "F1", Period(2023, 1), [20, 18.5, 18.5, 17])
    chart = trend_chart(pack, "F1", Period(2023, 4), years=1)
    assert "fell in the latest quarter, from 18.5% to 17.0%" in chart.alt_text
    assert "target" not in chart.alt_text  # no target set


def test_blank_quarters_are_gaps_not_zero_and_are_named(pack):
    add_indicator(pack, "G1", aggregation="last")
    _values(pack, "G1", Period(2023, 1), [10, None, 12, 14])
    chart = trend_chart(pack, "G1", Period(2023, 4), years=1)
    assert chart.series[0].values == [10.0, None, 12.0, 14.0]
    assert "no figure for Q2 2023-24" in chart.alt_text


def test_figures_after_the_period_are_not_shown_but_the_year_is(rising):
    chart = trend_chart(rising, "K1", Period(2023, 2), years=2)
    assert len(chart.categories) == 8
    assert chart.series[0].values[-2:] == [None, None]
    assert "rose in each of the last two quarters, from 612 to 670" in chart.alt_text


def test_year_end_view_has_one_value_per_year(rising):
    chart = trend_chart(rising, "K1", Period(2023, 4), years=2, view="years")
    assert chart.categories == ("2022-23", "2023-24")
    assert chart.series[0].values == [612.0, 700.0]
    assert [s.value for s in chart.steps] == [D(600), D(650)]
    assert "rose in the latest year, from 612 to 700" in chart.alt_text


def test_year_end_view_labels_a_year_in_progress(rising):
    chart = trend_chart(rising, "K1", Period(2023, 2), years=2, view="years")
    assert chart.categories[-1] == "2023-24 (to Q2)"


def test_demand_measure_has_no_rag_and_no_letters(pack):
    add_indicator(pack, "D1", polarity="none")
    _values(pack, "D1", Period(2023, 1), [5, 6, 7, 8])
    chart = trend_chart(pack, "D1", Period(2023, 4), years=1)
    assert {p.letter for p in chart.series[0].points} == {""}
    assert all(entry.kind != "marker" for entry in chart.legend)


def test_bad_requests_are_chart_errors(rising):
    with pytest.raises(ChartError, match="no indicator with code 'NOPE'"):
        trend_chart(rising, "NOPE")
    with pytest.raises(ChartError, match="view must be"):
        trend_chart(rising, "K1", view="months")


def test_y_axis_covers_every_figure_and_target(rising):
    chart = trend_chart(rising, "K1", Period(2023, 4), years=2)
    assert chart.y_min <= 600 and chart.y_max >= 700
    assert chart.y_ticks[0][0] == chart.y_min and chart.y_ticks[-1][0] == chart.y_max


def test_breakdown_is_stacked_by_column_and_blank_is_left_out():
    breakdown = r.Breakdown("b", "Contacts by source", Period(2023, 4),
                            rows=["Police", "Health"], columns=["Advice", "Referred"],
                            cells=[[10, 5], [None, 7]], row_heading="Source",
                            column_heading="Outcome")
    chart = breakdown_chart(breakdown)
    assert chart.kind == "stacked" and [s.name for s in chart.series] == ["Advice", "Referred"]
    assert chart.series[0].values == [10.0, None]
    assert "total 22" in chart.alt_text and "blank: Health / Advice" in chart.alt_text
    assert "largest source Police (15, 68%)" in chart.alt_text


def test_snapshot_is_grouped_by_date_with_changes_in_words():
    snapshot = r.Snapshot("s", "Placements", categories=["Foster", "Kinship"],
                          dates=["2016-03-31", "2024-03-31"], counts=[[146, 131], [128, 291]])
    chart = snapshot_chart(snapshot)
    assert chart.kind == "grouped" and [s.name for s in chart.series] == ["31 March 2016",
                                                                          "31 March 2024"]
    assert "total 274 → 422" in chart.alt_text
    assert "largest rise Kinship (128 to 291)" in chart.alt_text
    assert "largest fall Foster (146 to 131)" in chart.alt_text


def test_sample_pack_summaries_add_up():
    pack = Pack.open(SAMPLE, read_only=True)
    try:
        period = pack.latest_period()
        rag = rag_summary(pack, period)
        total = sum(p.y or 0 for s in rag.series for p in s.points)
        assert total == len(pack.indicators())
        assert rag.alt_text.startswith(f"RAG status of {len(pack.indicators())} indicators")
        commitments = commitment_summary(pack, period)
        updates = [u for u in pack.all("commitment_update") if u.period == period]
        assert sum(commitments.series[0].values) == len(updates)
        assert {p.letter for p in commitments.series[0].points} <= {"G", "AG", "A", "RA", "R",
                                                                    "C", "NS", "D"}
        trend = trend_chart(pack, "K1.25", period)
        assert len(trend.categories) == 20 and trend.series[1].role == "trajectory"
    finally:
        pack.close()


def test_management_target_is_noted_once_per_run_of_years():
    from model import records as r
    from model.charts import trend_chart
    from model.commands import put
    from model.pack import Pack
    from model.periods import Period
    from tests.conftest import D

    pack = Pack.memory()
    pack.apply(put("x", r.Indicator("K", "Vacancies", unit="percent", polarity="lower",
                                    aggregation="last")))
    for year in (2022, 2023, 2024):
        pack.apply(put("t", r.Target("K", year, annual=D(15), management=year >= 2023)))
        for q in (1, 2, 3, 4):
            pack.apply(put("v", r.Value("K", Period(year, q), actual=D(20))))
    chart = trend_chart(pack, "K", Period(2024, 4), years=3)
    notes = [a for a in chart.annotations if a.text == "management target"]
    assert len(notes) == 1
    label = chart.categories[int(notes[0].x)]
    assert label.startswith("Q1") and "2023-24" in label
    pack.close()
