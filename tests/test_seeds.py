"""Acceptance: the sample's committee packs read as the two seed reports (issue 15).

The papers are read back as a member would read them (the PDF's text, with pypdf): 2023-24 Q4
as seed 002 (Annual Well-being Report extract, Scope of Scrutiny, the Practice measures, the
placement-location snapshots, net starters and leavers), 2017-18 Q3 as seed 000 (its appendices
A to G in seed 000's order: directorate extract, Corporate Plan, Directorate Delivery Plan,
dashboard with the budget update, indicator report, contacts and assessments by source and
outcome, rationale), and 2024-25 Q4 showing next year's trajectories in its key areas.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from exporters.excel_return import build_return_workbook
from exporters.pdf_base import PaperOptions
from exporters.pdf_pack import write_pack_pdf
from model.pack import Pack
from model.periods import Period
from model.report import PeriodReport
from model.sample_build import SHIPPED

SEED_000 = Period(2017, 3)
SEED_002 = Period(2023, 4)
LATEST = Period(2024, 4)


@pytest.fixture(scope="module")
def sample():
    pack = Pack.open(SHIPPED, read_only=True)
    yield pack
    pack.close()


@pytest.fixture(scope="module")
def texts(sample):
    """Each period's committee pack as its pages' text, spaces and line breaks made single."""
    out = {}
    for period in (SEED_000, SEED_002, LATEST):
        pdf = write_pack_pdf(sample, period, None, PaperOptions("en"))
        pages = [re.sub(r"\s+", " ", page.extract_text()) for page in
                 PdfReader(io.BytesIO(pdf)).pages]
        out[period] = pages
    return out


def _whole(pages) -> str:
    return " ".join(pages)


def _appendix(pages, letter: str) -> str:
    """The text of appendix ``letter`` (from its heading to the next appendix's)."""
    whole = _whole(pages)
    start = whole.rindex(f"Appendix {letter} – ")
    following = re.search(r"Appendix [A-Z] – ", whole[start + 12:])
    end = start + 12 + following.start() if following else len(whole)
    return whole[start:end]


def test_seed_000_appendices_in_its_order(texts):
    whole = _whole(texts[SEED_000])
    for letter, title in (
            ("A", "Social Services Directorate: extract from the Quarter 3 corporate "
                  "performance report"),
            ("B", "Corporate Plan: commitments"),
            ("C", "Directorate Delivery Plan: commitments"),
            ("D", "Performance dashboard"),
            ("E", "Scorecard"),
            ("F", "Breakdowns"),
            ("H", "Rationale for targets")):
        assert f"Appendix {letter} – {title}" in whole, (letter, title)
    breakdowns = _appendix(texts[SEED_000], "F")
    assert "Well-being contacts and referrals by source and outcome, 2017-18 Q3" in breakdowns
    assert "Well-being assessments completed by source and outcome, 2017-18 Q3" in breakdowns
    assert "7,393" in breakdowns and "554" in breakdowns  # seed 000 paragraph 14
    dashboard = _appendix(texts[SEED_000], "D")
    for section in ("Demand", "Commitments by plan", "Looked after reviews and statutory visits",
                    "Budget update"):
        assert section in dashboard, section
    # looked-after reviews and statutory visits charted, with their targets
    assert "PRA.03 Percentage of children looked after reviews held on time" in dashboard
    assert "PRA.05 Percentage of statutory visits to children looked after on time" in dashboard
    assert "target 95.0%" in dashboard


def test_budget_update_with_variance(sample, texts):
    for period in (SEED_000, SEED_002, LATEST):
        budget = PeriodReport(sample, period).budget
        assert budget is not None and budget.total.variance == sum(
            row.variance for row in budget.rows)
        dashboard = _whole(texts[period])
        assert "Budget update" in dashboard and "Projected outturn" in dashboard
        assert "Variance" in dashboard
        assert budget.total.texts[2] in dashboard  # e.g. +£2,980,000
        assert budget.summary[0] in dashboard  # "Against a budget of …: a variance of …"
    seed = PeriodReport(sample, SEED_000).budget
    line = seed.rows[0]
    assert (line.budget, line.outturn, line.variance) == (28_450_000, 30_120_000, 1_670_000)
    assert line.texts == ("£28,450,000", "£30,120,000", "+£1,670,000")


def test_both_plans_apart_and_counted(sample, texts):
    for period in (SEED_000, SEED_002):
        report = PeriodReport(sample, period)
        assert [p.plan for p in report.plans] == ["Corporate Plan", "Directorate Delivery Plan"]
        whole = _whole(texts[period])
        corporate = _appendix(texts[period], "B")
        delivery = _appendix(texts[period], "C")
        for part, text in zip(report.plans, (corporate, delivery), strict=True):
            for line in part.lines:
                assert line.commitment.ref in text
            other = next(p for p in report.plans if p is not part)
            for line in other.lines:
                assert line.commitment.ref not in text
        assert "Corporate Plan: commitments by status" in whole  # the dashboard's charts
        assert "Directorate Delivery Plan: commitments by status" in whole
    # 2017-18 Q3 shows the 2017-18 commitments only (the later ones had not started)
    refs = {line.commitment.ref for line in PeriodReport(sample, SEED_000).commitments}
    assert refs == {"CP17.01", "CP17.02", "CP17.03", "DDP17.01", "DDP17.02", "DDP17.03",
                    "DDP17.04"}


def test_net_starters_and_leavers_is_calculated_and_shown(sample, texts):
    indicator = sample.indicator("PEO.07")
    assert indicator.formula == "PEO.01 - PEO.02"
    value = sample.value("PEO.07", SEED_002)
    starting = sample.value("PEO.01", SEED_002).actual
    leaving = sample.value("PEO.02", SEED_002).actual
    assert value.actual == starting - leaving
    assert f"PEO.01 − PEO.02 = {starting} − {leaving}" in value.note
    whole = _whole(texts[SEED_002])
    assert "PEO.07 Net result of social workers starting and leaving" in whole


def test_each_key_area_draws_its_related_measures(sample, texts):
    report = PeriodReport(sample, LATEST)
    related = {part.area.name: [m.indicator.code for m in part.related]
               for part in report.key_areas}
    assert related["recruitment-retention"] == ["PEO.02", "PEO.07"]  # leavers and the net
    assert related["vacancies-agency"] == ["PEO.03", "PEO.05"]  # agency staff and their cost
    for appendix in report.appendices:
        if appendix.kind != "key_area":
            continue
        part = next(p for p in report.key_areas if p.area.name == appendix.key)
        text = _appendix(texts[LATEST], appendix.letter)
        assert "Related measures" in text and "Year by year" in text
        for measure in part.related:
            assert f"{measure.indicator.code} {measure.indicator.title}"[:40] in text
        for year in part.table.years:
            assert year in text


def test_next_years_trajectory_at_q4_and_check_reports_a_missing_one(sample, texts):
    for period in (SEED_002, LATEST):
        report = PeriodReport(sample, period)
        following = f"{period.year + 1}-{(period.year + 2) % 100:02d}"
        for part in report.key_areas:
            assert part.expected_year == period.year + 1 and not part.missing_trajectory
        assert f"Expected quarterly improvements in {following}" in _whole(texts[period])
        assert not [f for f in report.findings if "trajectory" in f.message]
    # a key area without next year's trajectory is reported
    copy = Pack.memory()
    from model.commands import put

    copy.apply(put("Copy", *[record for kind in ("group", "indicator", "key_area")
                             for record in sample.all(kind)]))
    findings = [str(f) for f in PeriodReport(copy, LATEST).findings]
    assert any("key area “Timeliness of assessments”: no quarterly trajectory for 2025-26"
               in f for f in findings)


def test_the_practice_measures_snapshots_and_scope_of_scrutiny(sample, texts):
    whole = _whole(texts[SEED_002])
    for code in ("PRA.09", "PRA.10", "PRA.11", "PRA.12", "PRA.13", "PRA.14", "PRA.15",
                 "PRA.16", "PRA.17", "PRA.18", "PRA.19", "DEM.16"):
        title = sample.indicator(code).title
        assert f"{code} {title[:30]}" in whole, code
    assert "Interventions Hub" in whole and "Reviewing Hub" in whole
    assert "Adolescent Resource Centre" in whole and "Think Safe!" in whole
    assert "Children looked after in regulated placements by placement location" in whole
    assert "30 June 2022" in whole and "31 December 2023" in whole
    assert "SCOPE OF SCRUTINY" in whole.upper() and "WAY FORWARD" in whole.upper()
    assert "The scope of the scrutiny of this report is for the Committee Members" in whole
    assert "presented to Cabinet" in whole  # the cover report's reference to the Cabinet report
    assert "Appendix A – Extract from the Annual Well-being Report 2023/24" in whole
    assert "Social worker posts and vacancies by team, 2023-24 Q4" in whole
    assert "Well-being assessments completed by source and outcome, 2023-24 Q4" in whole


def test_the_excel_return_has_the_budget_and_the_plans(sample):
    book = build_return_workbook(sample, LATEST)
    rows = list(book["Budget"].iter_rows(values_only=True))
    budget = PeriodReport(sample, LATEST).budget
    line = next(row for row in rows if row[0] == budget.rows[0].record.line)
    assert line[2:5] == (budget.rows[0].budget, budget.rows[0].outturn,
                         budget.rows[0].variance)
    total = next(row for row in rows if row[0] == "Total")
    assert total[4] == budget.total.variance
    plans = {row[7] for row in book["Commitment progress"].iter_rows(min_row=2,
                                                                     values_only=True)}
    assert plans == {"Corporate Plan", "Directorate Delivery Plan"}
