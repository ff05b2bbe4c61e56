"""Acceptance: nothing a published edition hides can be worked out from what its outputs print.

For the sample pack and for generated packs full of small numbers, every published output of a
period is written (scorecard PDF, committee pack PDF, Excel return, CSV) and read back as a
reader would (the PDF's words where they stand, the workbook with openpyxl, the CSV). Then:
- no figure is ``*`` in one output and a number in another;
- every printed number is the true figure (so the model's sums hold for what is printed);
- no small figure is printed;
- playing the attacker with exact linear algebra (``model.disclosure.exposures``) on the
  printed figures, the sums of the tables (built here from their shape: row, column and grand
  totals, date totals, changes) and the sums of the years to date: nothing hidden is recoverable
  and no printed total leaves a small remainder.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from reportlab.lib.units import mm

from exporters.excel_return import write_return
from exporters.pdf_appendices import table_widths
from exporters.pdf_base import MARGIN, PaperOptions
from exporters.pdf_pack import write_pack_pdf
from exporters.pdf_scorecard import COLUMN_WIDTHS, write_scorecard_pdf
from exporters.scorecard_csv import write_scorecard_csv
from model import records as r
from model.commands import put
from model.disclosure import Sum, exposures
from model.pack import Pack
from model.periods import Period
from model.report import PeriodReport
from model.report.disclosure import CHANGE, TOTAL, table_key
from tests.published_figures import csv_figures, excel_figures, number, pdf_figures

D = Decimal


def _edges(widths) -> list[float]:
    edges = [MARGIN]
    for w in widths:
        edges.append(edges[-1] + w)
    return edges


def _table_sums(report) -> list[Sum]:
    """The sums a reader sees in each table's shape."""
    sums = []
    for table in report.breakdowns:
        rec, rows, cols = table.record, range(len(table.rows)), range(len(table.columns))
        for i in rows:
            sums.append(Sum(table_key(rec, i, TOTAL), tuple(table_key(rec, i, j) for j in cols
                                                            if table.cells[i][j] is not None)))
        for j in cols:
            sums.append(Sum(table_key(rec, TOTAL, j), tuple(table_key(rec, i, j) for i in rows
                                                            if table.cells[i][j] is not None)))
        sums.append(Sum(table_key(rec, TOTAL, TOTAL),
                        tuple(table_key(rec, TOTAL, j) for j in cols)))
    for table in report.snapshots:
        rec, rows, cols = table.record, range(len(table.rows)), len(table.columns)
        for j in range(cols):
            sums.append(Sum(table_key(rec, TOTAL, j), tuple(table_key(rec, i, j) for i in rows
                                                            if table.cells[i][j] is not None)))
        if cols >= 2:
            for i in [*rows, TOTAL]:
                if table.figure(i, CHANGE) is not None:
                    sums.append(Sum(table_key(rec, i, cols - 1),
                                    (table_key(rec, i, 0), table_key(rec, i, CHANGE))))
    return [s for s in sums if s.parts]


def printed_outputs(pack, period: Period, folder) -> tuple[PeriodReport, dict[str, dict]]:
    report = PeriodReport(pack, period, "en", published=True)
    options = PaperOptions("en", published=True)
    scorecard = write_scorecard_pdf(pack, period, None, options, report=report)
    committee = write_pack_pdf(pack, period, None, options, report=report)
    write_return(pack, period, folder / "return.xlsx", report=report)
    write_scorecard_csv(report, folder / "scorecard.csv")
    edges = _edges(COLUMN_WIDTHS)

    def table_edges(table):
        return _edges(table_widths(table))

    return report, {
        "scorecard PDF": pdf_figures(scorecard, report, edges),
        "committee pack PDF": pdf_figures(committee, report, edges, table_edges),
        "Excel return": excel_figures(folder / "return.xlsx", report),
        "CSV": csv_figures(folder / "scorecard.csv", report),
    }


def attack(report: PeriodReport, printed: dict[str, dict]) -> dict:
    """Everything the edition gives away (asserting as it goes); returns what was printed."""
    disclosure = report.disclosure
    values, threshold = disclosure.values, disclosure.threshold
    known: dict = {}
    stars: dict = {}
    for output, figures in printed.items():
        for key, text in figures.items():
            if text.strip() == "*":
                stars.setdefault(key, output)
                continue
            figure = number(text)
            if figure is None:
                continue
            if key in values:
                assert figure == values[key], (output, key, text, values[key])
            known[key] = (figure, output)
    both = {k: (stars[k], known[k][1]) for k in stars if k in known}
    assert not both, f"hidden in one output and printed in another: {both}"
    sensitive = set(stars) | disclosure.decision.primary
    printed_small = {k: known[k] for k in disclosure.decision.primary if k in known}
    assert not printed_small, f"small figures printed: {printed_small}"
    sums = list(disclosure.sums) + _table_sums(report)
    found = exposures(values, sums, sensitive, threshold, published=set(known))
    assert not found, f"the edition gives away: {found[:5]}"
    return {"known": known, "stars": stars}


def test_the_sample_gives_nothing_away(tmp_path):
    from model.sample_build import SHIPPED

    with Pack.open(SHIPPED, read_only=True) as pack:
        for period in (Period(2024, 4), Period(2024, 3)):
            report, printed = printed_outputs(pack, period, tmp_path)
            seen = attack(report, printed)
            # the readers really read the tables and the scorecard from every output
            for output in printed:
                assert len(printed[output]) > 40, output
            breakdown = report.breakdowns[0] if report.breakdowns else None
            if breakdown is not None:
                key = table_key(breakdown.record, TOTAL, TOTAL)
                assert key in printed["committee pack PDF"] and key in printed["Excel return"]
            assert seen["known"]


def generated_pack(seed: int) -> tuple[Pack, Period]:
    """A pack full of small numbers: demand measures and key areas charted over five years,
    sums, lasts and a mean, both comparisons, a breakdown naming its indicator, a snapshot."""
    rng = random.Random(seed)
    pack = Pack.memory()
    records: list = [r.Group("Demand", position=1), r.Group("Practice", position=2)]

    def small_or_not():
        return rng.choice((0, 1, 2, 3, 4, rng.randint(5, 40), rng.randint(5, 400)))

    codes = []
    for n in range(6):
        code = f"D{n}"
        codes.append(code)
        records.append(r.Indicator(code, f"Demand measure {n}", unit="count", polarity="none",
                                   aggregation=("sum", "sum", "last", "mean", "sum", "sum")[n],
                                   group="Demand", position=n,
                                   compare_with="quarter" if n == 4 else None))
    for n in range(3):
        code = f"K{n}"
        codes.append(code)
        records.append(r.Indicator(code, f"Key measure {n}", unit="count", polarity="higher",
                                   aggregation="sum", group="Practice", position=n))
        records.append(r.KeyArea(f"area{n}", f"Key area {n}", code, position=n))
    records.append(r.Indicator("P0", "A percentage", unit="percent", polarity="higher",
                               aggregation="ratio", group="Practice", position=9))
    period = Period(2024, 3)
    for code in codes:
        for year in range(2019, 2025):
            for q in (1, 2, 3, 4):
                if Period(year, q) <= period and rng.random() > 0.05:
                    records.append(r.Value(code, Period(year, q), actual=D(small_or_not())))
        records.append(r.Target(code, 2024, annual=D(40)))
    for year in (2023, 2024):
        for q in (1, 2, 3, 4):
            if Period(year, q) <= period:
                den = rng.choice((2, 3, 4, 8, 20))
                records.append(r.Value("P0", Period(year, q), numerator=D(rng.randint(0, den)),
                                       denominator=D(den)))
    rows, cols = rng.randint(3, 6), rng.randint(2, 5)
    cells = [[small_or_not() for _ in range(cols)] for _ in range(rows)]
    grand = sum(map(sum, cells))
    records.append(r.Value("K0", period, actual=D(grand)))
    records.append(r.Breakdown("b1", "Contacts by source", period,
                               [f"Source {i}" for i in range(rows)],
                               [f"Outcome {j}" for j in range(cols)], cells, indicator="K0",
                               row_heading="Source"))
    categories = rng.randint(3, 6)
    records.append(r.Snapshot("s1", "Placements", [f"Type {i}" for i in range(categories)],
                              ["2023-03-31", "2024-03-31"],
                              [[small_or_not(), small_or_not()] for _ in range(categories)]))
    pack.apply(put("Generated", *records))
    return pack, period


@pytest.mark.parametrize("seed", range(4))
def test_generated_packs_with_many_small_numbers_give_nothing_away(seed, tmp_path):
    pack, period = generated_pack(seed)
    report, printed = printed_outputs(pack, period, tmp_path)
    seen = attack(report, printed)
    assert seen["stars"], "a pack this full of small numbers hides something"
    # the breakdown was read back from the committee pack and the return
    key = table_key(report.breakdowns[0].record, 0, 0)
    assert key in printed["committee pack PDF"] and key in printed["Excel return"]
    pack.close()


def test_the_attacker_would_win_without_secondary_suppression(tmp_path):
    """The check can fail: printing only the primary hides of a generated pack gives figures
    away."""
    pack, period = generated_pack(1)
    report = PeriodReport(pack, period, "en", published=True)
    disclosure = report.disclosure
    assert disclosure.decision.secondary
    found = exposures(disclosure.values, disclosure.sums, disclosure.decision.primary,
                      disclosure.threshold, published=disclosure.published)
    assert found
    pack.close()


def test_stacked_bar_labels_are_the_table_totals():
    pack, period = generated_pack(2)
    report = PeriodReport(pack, period, "en", published=True)
    for table in report.breakdowns:
        assert [t for t, _n in table.chart.bar_totals] == \
            [table.text(i, TOTAL) for i in range(len(table.rows))]
        for j, series in enumerate(table.chart.series):
            for point in series.points:
                assert point.text == table.text(point.x, j) or (point.text == "" and
                                                                table.text(point.x, j) == "")
    pack.close()


def test_column_edges_fit_the_pages():
    assert _edges(COLUMN_WIDTHS)[-1] <= 297 * mm - MARGIN + 0.5
