"""The bundled sample pack (``resources/sample.craffu``), its interchange data
(``resources/sample/``) and its builder (``model.sample_build``).

The shipped file must open read-only without being changed, hold exactly what a fresh build from
the CSV files holds and export back to those files byte for byte (so neither can drift), carry
the published Cardiff figures of domain.md exactly, label everything else illustrative, and make
an interesting scorecard for 2024-25 Q4.
"""

from __future__ import annotations

import hashlib
import time
from decimal import Decimal

import pytest

from model import records as r
from model.commands import put
from model.pack import Pack, ReadOnlyPack
from model.periods import Period
from model.sample_build import ILLUSTRATIVE, SHIPPED, SOURCE, build_sample, main
from model.status import evaluate, period_value

PERIODS = tuple(Period(y, q) for y in range(2017, 2025) for q in (1, 2, 3, 4))
LATEST = Period(2024, 4)

K1_CODES = {"K1.18", "K1.19", "K1.20", "K1.21", "K1.22", "K1.23", "K1.24", "K1.25",
            "K1.32", "K1.33", "K1.34", "K1.35", "K1.36"}

#: domain.md "Facts for realistic sample data": (code, financial year, Y at Q4).
PUBLISHED = [
    ("DEM.01", 2019, "31323"),  # contacts 2019-20
    ("DEM.01", 2020, "37503"),  # contacts 2020-21
    ("DEM.03", 2019, "2594"),  # referrals
    ("DEM.03", 2020, "4690"),
    ("DEM.04", 2019, "2218"),  # well-being assessments
    ("DEM.04", 2020, "2651"),
    ("DEM.08", 2019, "399"),  # children added to the child protection register
    ("DEM.08", 2020, "648"),
    ("K1.35", 2020, "487"),  # children supported by Family Help 2020-21
    ("DEM.02", 2022, "25323"),  # contacts and referrals to the MASH
    ("DEM.02", 2023, "28460"),
    ("K1.25", 2022, "27.3"),  # social worker vacancy rate, end of year
    ("K1.25", 2023, "15.8"),
    ("PLA.01", 2019, "109"),  # children in residential care
    ("PLA.01", 2022, "151"),
    ("K1.18", 2022, "129"),  # children with local authority foster carers, 2023
]
#: Seed 000's quarter figures: (code, period, v(P)).
PUBLISHED_QUARTERS = [
    ("DEM.01", Period(2017, 3), "7393"),  # well-being contacts and referrals, Q3 2017-18
    ("DEM.04", Period(2017, 3), "554"),  # well-being assessments completed
]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def shipped():
    pack = Pack.open(SHIPPED, read_only=True)
    yield pack
    pack.close()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "fresh.craffu"
    build_sample(path)
    pack = Pack.open(path, read_only=True)
    yield pack
    pack.close()


# -- the shipped file -----------------------------------------------------------------------


def test_shipped_file_exists():
    assert SHIPPED.is_file(), (
        "resources/sample.craffu is missing: python -m model.sample_build it")


def test_shipped_opens_read_only_and_is_never_changed():
    before = _digest(SHIPPED)
    mtime = SHIPPED.stat().st_mtime_ns
    pack = Pack.open(SHIPPED, read_only=True)
    try:
        assert pack.read_only
        assert pack.name == "Children's Services (sample)"
        indicator = pack.indicator("K1.25")
        with pytest.raises(ReadOnlyPack):
            pack.apply(put("Edit", indicator.replace(title="changed")))
        assert not SHIPPED.with_name(SHIPPED.name + ".lock").exists()
    finally:
        pack.close()
    assert _digest(SHIPPED) == before
    assert SHIPPED.stat().st_mtime_ns == mtime


def test_shipped_matches_a_fresh_build(shipped, fresh):
    for kind in r.KINDS:
        ours = {rec.key: rec for rec in shipped.all(kind)}
        theirs = {rec.key: rec for rec in fresh.all(kind)}
        assert ours.keys() == theirs.keys(), (
            f"{kind}: only in shipped {sorted(map(str, ours.keys() - theirs.keys()))[:5]}, "
            f"only in fresh {sorted(map(str, theirs.keys() - ours.keys()))[:5]}; "
            "rebuild resources/sample.craffu with python -m model.sample_build"
        )
        for key, record in theirs.items():
            assert ours[key] == record, f"{kind} {key} differs from a fresh build"


def test_shipped_exports_back_to_its_csv_files_byte_for_byte(shipped, tmp_path):
    from exporters.interchange import write_interchange

    folder = write_interchange(shipped, tmp_path / "csv")
    written = sorted(p.name for p in folder.iterdir())
    assert written == sorted(p.name for p in SOURCE.iterdir())
    for name in written:
        assert (folder / name).read_bytes() == (SOURCE / name).read_bytes(), name


def test_a_broken_source_builds_nothing(tmp_path, capsys):
    source = tmp_path / "broken"
    source.mkdir()
    (source / "Values.csv").write_text("code,period,actual\nK1.99,2024-25 Q1,5\n")
    out = tmp_path / "out.craffu"
    assert main([str(out), "--source", str(source)]) == 1
    err = capsys.readouterr().err
    assert "Values.csv row 2, column code: there is no indicator with code 'K1.99'" in err
    assert not out.exists()


def test_build_is_fast_and_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "sample.craffu"
    started = time.perf_counter()
    assert main([str(out)]) == 0
    assert time.perf_counter() - started < 2.0
    digest = _digest(out)
    assert main([str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert _digest(out) == digest
    Pack.open(out).close()  # the build left the pack unlocked


# -- what it holds --------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "year", "expected"), PUBLISHED)
def test_published_figures_come_out_exactly(shipped, code, year, expected):
    status = evaluate(shipped, code, Period(year, 4))
    assert status.ytd == Decimal(expected)
    indicator = shipped.indicator(code)
    if indicator.aggregation == "sum":  # the year's total is the sum of its four quarters
        quarters = [period_value(indicator, shipped.value(code, Period(year, q)))
                    for q in (1, 2, 3, 4)]
        assert sum(quarters) == Decimal(expected)
    assert "Published:" in indicator.source and "as reported by" in indicator.source


@pytest.mark.parametrize(("code", "period", "expected"), PUBLISHED_QUARTERS)
def test_seed_000_quarter_figures_come_out_exactly(shipped, code, period, expected):
    indicator = shipped.indicator(code)
    assert period_value(indicator, shipped.value(code, period)) == Decimal(expected)
    assert "2017-18 Q3" in indicator.source and "seed 000" in indicator.source


def test_every_k1_indicator_has_a_welsh_title(shipped):
    codes = {ind.code for ind in shipped.indicators() if ind.code.startswith("K1.")}
    assert codes == K1_CODES  # K1.26-K1.31 are not in the seed and are left out
    for code in codes:
        indicator = shipped.indicator(code)
        assert indicator.title_cy.strip(), code
        assert indicator.definition.strip(), code
        assert indicator.group == "Corporate Plan – Well-being Objective 1"


def test_every_indicator_is_labelled_illustrative_or_published(shipped):
    published = {code for code, _year, _value in PUBLISHED + PUBLISHED_QUARTERS}
    for indicator in shipped.indicators():
        assert ILLUSTRATIVE in indicator.source, indicator.code
        assert ("Published:" in indicator.source) == (indicator.code in published), \
            indicator.code
    settings = shipped.settings
    assert "illustrative" in settings.background_text
    assert shipped.get("narrative", ("about-sample", LATEST)) is not None
    for kind in ("breakdown", "snapshot"):
        for record in shipped.all(kind):
            assert ILLUSTRATIVE in record.note


def test_values_for_every_quarter_2017_18_to_2024_25(shipped):
    assert PERIODS[0] == Period(2017, 1) and PERIODS[-1] == Period(2024, 4)
    assert shipped.periods() == list(PERIODS)
    assert shipped.latest_period() == LATEST
    for indicator in shipped.indicators():
        for period in PERIODS:
            value = shipped.value(indicator.code, period)
            assert period_value(indicator, value) is not None, (indicator.code, period.label)
            if value.numerator is not None:  # percentages are computed, never typed in
                assert value.actual is None


def test_settings_groups_and_demand_measures(shipped):
    settings = shipped.settings
    assert settings.organisation == "Cardiff Council"
    assert settings.organisation_cy == "Cyngor Caerdydd"
    assert settings.committee == "Children & Young People Scrutiny Committee"
    assert settings.committee_cy == "Pwyllgor Craffu Plant a Phobl Ifanc"
    for name in ("reason_text", "background_text", "way_forward_text", "legal_text",
                 "financial_text", "recommendation_text", "report_title", "signatory"):
        assert getattr(settings, name).strip(), name
    groups = {g.name: g for g in shipped.all("group")}
    assert set(groups) == {
        "Corporate Plan – Well-being Objective 1", "Demand", "Shifting the Balance – Place",
        "Shifting the Balance – People", "Shifting the Balance – Practice",
    }
    assert all(g.name_cy for g in groups.values())
    strands = [i for i in shipped.indicators() if i.group.startswith("Shifting the Balance")]
    assert 20 <= len(strands) <= 34
    mash = shipped.indicator("DEM.02")
    assert (mash.unit, mash.polarity, mash.aggregation) == ("count", "none", "sum")
    wba = shipped.indicator("DEM.05")
    assert (wba.unit, wba.aggregation) == ("percent", "ratio")
    assert (shipped.indicator("DEM.10").aggregation, shipped.indicator("DEM.10").polarity) == \
        ("last", "none")


def test_stocks_and_flows_agree(shipped):
    """Children looked after and the child protection register: end = start + in - out."""
    for stock, inflow, outflow in (("DEM.10", "DEM.11", "DEM.12"),
                                   ("DEM.07", "DEM.08", "DEM.09")):
        for previous, period in zip(PERIODS, PERIODS[1:], strict=False):
            start = shipped.value(stock, previous).actual
            end = shipped.value(stock, period).actual
            moved = shipped.value(inflow, period).actual - shipped.value(outflow, period).actual
            assert end == start + moved, (stock, period.label)


def test_breakdown_total_equals_its_indicator(shipped):
    breakdowns = shipped.all("breakdown")
    assert {b.name for b in breakdowns} == {"contacts-source-outcome",
                                            "assessments-source-outcome", "vacancies-by-team"}
    for breakdown in breakdowns:
        total = sum(cell for row in breakdown.cells for cell in row)
        if breakdown.name == "vacancies-by-team":  # all posts; the vacant ones are K1.25's
            k125 = shipped.value("K1.25", breakdown.period)
            assert total == k125.denominator
            assert sum(row[1] for row in breakdown.cells) == k125.numerator
            continue
        indicator = shipped.indicator(breakdown.indicator)
        expected = period_value(indicator, shipped.value(indicator.code, breakdown.period))
        assert total == expected
        assert "Police" in breakdown.rows and "No further action" in breakdown.columns
    # seed 000 Appendix F: contacts and assessments by source and outcome in 2017-18 Q3
    q3 = Period(2017, 3)
    assert shipped.get("breakdown", ("contacts-source-outcome", q3)) is not None
    assert shipped.get("breakdown", ("assessments-source-outcome", q3)) is not None


def test_snapshot_matches_the_children_looked_after(shipped):
    snapshot = shipped.get("snapshot", ("cla-placement-type",))
    assert snapshot.dates == ["2016-03-31", "2024-03-31"]
    march_2024 = sum(row[1] for row in snapshot.counts)
    assert march_2024 == shipped.value("DEM.10", Period(2023, 4)).actual
    assert len(snapshot.categories) == len(snapshot.categories_cy) == 6


def test_key_areas_commitments_and_narratives(shipped):
    key_areas = shipped.all("key_area")
    assert len(key_areas) == 4
    for area in key_areas:
        assert shipped.indicator(area.indicator) is not None
        assert area.position_text.strip() and area.actions.strip()
    managed = [t for t in shipped.all("target") if t.management]
    assert any(t.trajectory for t in managed)
    assert all(t.rationale.strip() for t in managed)
    commitments = shipped.all("commitment")
    plans = {c.plan for c in commitments}
    assert plans == {"Corporate Plan", "Directorate Delivery Plan"}
    current = [c for c in commitments if c.due is not None and c.due.year >= 2025]
    assert 10 <= len(current) <= 16
    assert {c.plan for c in current} == plans
    quarters = [Period(y, q) for y in (2023, 2024) for q in (1, 2, 3, 4)]
    for commitment in current:
        for period in quarters:
            update = shipped.get("commitment_update", (commitment.ref, period))
            assert update is not None and update.status in r.COMMITMENT_STATUSES
    names = {n.name for n in shipped.all("narrative") if n.period == LATEST}
    assert {"accommodation", "workforce", "practice"} <= names
    assert {"dashboard-demand", "dashboard-plans", "dashboard-measures",
            "dashboard-budget"} <= names
    seed_002 = {n.name for n in shipped.all("narrative") if n.period == Period(2023, 4)}
    assert "appendix-awbr" in seed_002
    overrides = shipped.all("forecast_override")
    assert len(overrides) == 1 and overrides[0].reason.strip()


def test_rag_mix_at_2024_25_q4_and_red_has_commentary(shipped):
    statuses = [evaluate(shipped, ind.code, LATEST) for ind in shipped.indicators()]
    rags = {s.rag for s in statuses}
    assert {"Green", "Amber", "Red", "n/a"} <= rags
    for status in statuses:
        if status.rag == "Red":
            commentary = shipped.commentary(status.code, LATEST)
            assert commentary is not None and commentary.text.strip(), status.code


def test_every_red_in_every_period_has_commentary(shipped):
    for period in PERIODS:
        for indicator in shipped.indicators():
            if evaluate(shipped, indicator.code, period).rag == "Red":
                commentary = shipped.commentary(indicator.code, period)
                assert commentary is not None and commentary.text.strip(), \
                    (indicator.code, period.label)
