"""The period report: what every output of a period reads (model/report)."""

from __future__ import annotations

import pytest

from model import records as r
from model.checks import ERROR, WARNING, CheckLimits, check_period
from model.commands import put
from model.periods import Period
from model.report import PeriodReport, ReportError, demand_codes
from tests.conftest import Q3, D, add_indicator, fill_pack

Q4 = Period(2024, 4)


# -- the demand measures: one definition ------------------------------------------------------


def test_sample_demand_measures_are_the_demand_group_with_its_timeliness_measures(sample):
    codes = PeriodReport(sample, Q4).demand_codes
    assert codes == tuple(f"DEM.{n:02}" for n in range(1, 17))
    assert {"DEM.05", "DEM.06"} <= set(codes)  # percentages with targets, as seed 002's Demand
    assert "PLA.01" not in codes  # a Place context measure, not demand


def test_without_a_demand_group_the_measures_without_polarity_are_demand(pack):
    add_indicator(pack, "C1", polarity="none", group="Context")
    add_indicator(pack, "K1", polarity="higher", group="Corporate Plan")
    assert demand_codes(pack) == ("C1",)
    add_indicator(pack, "W1", polarity="higher", group="Galw")
    pack.apply(put("Welsh name", r.Group("Galw", name_cy="Galw", position=3)))
    assert demand_codes(pack) == ("W1",)  # the group named Demand in Welsh


def test_an_unknown_language_is_refused(pack):
    with pytest.raises(ReportError, match="language must be en, cy or both"):
        PeriodReport(pack, Q4, "fr")


# -- cheap to make, parts worked out when asked --------------------------------------------------


def test_a_report_works_out_only_the_parts_it_is_asked_for(sample):
    report = PeriodReport(sample, Q4)
    assert not {"scorecard", "findings", "dashboard", "cover"} & set(vars(report))
    assert isinstance(report.findings, tuple)
    assert "scorecard" not in vars(report)  # the checks do not build the scorecard
    section = report.section("demand")
    assert "charts" not in vars(section)  # a dashboard section's charts wait to be drawn
    assert section.charts[0] is report.trend("DEM.01")  # kept: the very same description


# -- checks: every finding, for the window and the command line alike ----------------------------


def test_breakdown_total_jump_and_long_commentary_are_findings_of_check(pack):
    fill_pack(pack)
    pack.apply(put("Jump", r.Value("D1", Q3, actual=D(15000)),
                   r.Commentary("K1.23", Q3, text="x" * 30),
                   r.Breakdown("src", "Contacts by source", Q3, rows=["Police"],
                               columns=["Referral"], cells=[[10]], indicator="D1")))
    findings = check_period(pack, Q3, CheckLimits(commentary_limit=20))
    assert [f.severity for f in findings] == sorted(f.severity for f in findings)  # errors first
    warnings = [(f.code, f.field, f.message) for f in findings if f.severity == WARNING]
    errors = [(f.code, f.field, f.message) for f in findings if f.severity == ERROR]
    assert ("D1", "breakdown", "Contacts by source: the total 10 differs from D1's 2024-25 Q3 "
            "figure 15,000 by 14,990") in errors  # the papers would contradict themselves
    assert ("D1", "actual", "15,000 is 100% above last quarter's 7,500: please check it") \
        in warnings
    assert ("K1.23", "commentary", "English commentary is 30 characters, over the 20 limit") \
        in warnings
    report = PeriodReport(pack, Q3, limits=CheckLimits(commentary_limit=20))
    assert list(report.findings) == findings
    assert any(f.severity == ERROR for f in findings)


# -- the parts ---------------------------------------------------------------------------------


def test_breakdown_and_snapshot_totals_are_blank_where_every_count_is_blank(pack):
    add_indicator(pack, "D1", polarity="none")
    pack.apply(put("tables",
                   r.Breakdown("b", "By source", Q4, rows=["A", "B"], columns=["X", "Y"],
                               cells=[[1, None], [None, None]]),
                   r.Snapshot("s", "By placement", categories=["Foster", "Residential"],
                              dates=["2023-03-31", "2024-03-31"], counts=[[10, 12], [None, 4]])))
    report = PeriodReport(pack, Q4)
    (breakdown,), (snapshot,) = report.breakdowns, report.snapshots
    assert breakdown.row_totals == (D(1), None)
    assert breakdown.column_totals == (D(1), None) and breakdown.grand_total == D(1)
    assert snapshot.changes == (D(2), None) and snapshot.total_change == D(6)
    assert report.appendices[-2:] and {a.kind for a in report.appendices} >= {
        "breakdowns", "snapshots"}


def test_cover_report_paragraphs_are_numbered_and_the_recommendation_is_not(sample):
    cover = PeriodReport(sample, Q4).cover
    numbers = [p.number for p in cover.paragraphs if p.number is not None]
    assert numbers == list(range(1, len(numbers) + 1))
    recommendation = next(s for s in cover.sections if s.key == "recommendation")
    assert all(p.number is None for p in recommendation.paragraphs)
    performance = next(s for s in cover.sections if s.key == "performance")
    counts = PeriodReport(sample, Q4).scorecard.rag_counts()
    assert any(f"{counts['Green']} are Green" in p.texts[0] for p in performance.paragraphs)
    appendix_list = performance.paragraphs[-1]
    assert [b.lead for b in appendix_list.bullets] == [
        f"Appendix {a.letter}" for a in PeriodReport(sample, Q4).appendices]


def test_bilingual_cover_report_has_both_languages_in_each_generated_paragraph(sample):
    performance = next(s for s in PeriodReport(sample, Q4, "both").cover.sections
                       if s.key == "performance")
    assert all(len(p.texts) == 2 for p in performance.paragraphs)
    assert "Perfformiad" in performance.heading


def test_key_area_parts_hold_the_trend_and_trajectories(sample):
    report = PeriodReport(sample, Q4)
    codes = [part.indicator.code for part in report.key_areas]
    assert tuple(dict.fromkeys(codes)) == report.key_indicator_codes
    for part in report.key_areas:
        assert part.chart is report.trend(part.indicator.code)
        for trajectory in part.trajectories:
            assert [row.period.quarter for row in trajectory.rows] == [1, 2, 3, 4]


def test_published_report_charts_hide_small_counts(pack):
    add_indicator(pack, "D1", polarity="none", group="Demand")
    pack.apply(put("values", *[r.Value("D1", Period(2024, q), actual=D(2 + 10 * (q > 2)))
                               for q in (1, 2, 3, 4)]))
    draft = PeriodReport(pack, Q4).trend("D1")
    published = PeriodReport(pack, Q4, published=True).trend("D1")
    assert [p.text for p in draft.series[0].points[-4:]] == ["2", "2", "12", "12"]
    # the two small quarters add up to 4 against the year to date 28: a third is hidden too
    assert [p.text for p in published.series[0].points[-4:]] == ["*", "*", "*", "12"]
