"""Small-number suppression (model/suppression.py): published only, counts 1..threshold-1,
percentages on a small denominator, never zero, never rates or targets; charts alike."""

from __future__ import annotations

from model import records as r
from model.charts import breakdown_chart, trend_chart
from model.commands import put
from model.periods import Period
from model.suppression import SUPPRESSED, Suppression, suppress_chart, ytd_denominator
from tests.conftest import D, add_indicator

P = Period(2024, 1)


def test_counts_from_one_to_threshold_minus_one_only_when_published():
    published = Suppression(published=True, threshold=5)
    assert [published.count(D(n)) for n in (0, 1, 4, 5, 12)] == [False, True, True, False,
                                                                   False]
    assert not Suppression(published=False).count(D(3))
    assert not published.count(None)


def test_percentages_judged_by_their_denominator(pack):
    ind = add_indicator(pack, "P1", unit="percent", aggregation="ratio")
    pack.apply(put("v", r.Value("P1", P, numerator=D(2), denominator=D(4)),
                   r.Value("P1", Period(2024, 2), numerator=D(3), denominator=D(6))))
    s = Suppression(published=True, threshold=5)
    assert s.quarter(pack, ind, P, D(50)) is True  # 2 of 4
    assert s.quarter(pack, ind, Period(2024, 2), D(50)) is False  # 3 of 6
    assert ytd_denominator(pack, ind, Period(2024, 2)) == D(10)
    assert s.year_to_date(pack, ind, Period(2024, 2), D(50)) is False
    rate = add_indicator(pack, "R1", unit="rate")
    assert s.figure(rate, D(2)) is False


def test_a_threshold_from_the_report_settings(pack):
    pack.apply(put("s", pack.settings.replace(suppression_threshold=10)))
    s = Suppression.for_pack(pack, published=True)
    assert s.count(D(9)) and not s.count(D(10))


def test_charts_are_suppressed_like_tables(pack):
    add_indicator(pack, "C1", unit="count", aggregation="sum", polarity="none")
    pack.apply(put("v", *(r.Value("C1", Period(2024, q), actual=D(a))
                          for q, a in zip((1, 2, 3, 4), (3, 40, 2, 50), strict=True))))
    chart = trend_chart(pack, "C1", Period(2024, 4), years=1)
    published = suppress_chart(chart, Suppression(True, 5), pack)
    texts = [p.text for p in published.series[0].points]
    assert texts == [SUPPRESSED, "40", SUPPRESSED, "50"]
    assert [p.value for p in published.series[0].points][0] is None
    assert " 3," not in published.alt_text and "Q1 2024-25 *" in published.alt_text
    assert suppress_chart(chart, Suppression(False, 5), pack) is chart

    b = r.Breakdown("b", "Contacts", Period(2024, 4), rows=["Police"], columns=["A", "B"],
                    cells=[[2, 30]])
    bars = suppress_chart(breakdown_chart(b), Suppression(True, 5), people_counts=True)
    assert [p.text for s in bars.series for p in s.points] == [SUPPRESSED, "30"]
