"""The HTML edition's appendices after the scorecard, and its charts, from the period report.

Rules:
- The same appendices, in the same order, with the same contents as the PDF committee pack
  (``exporters.pdf_appendices``): the dashboard, the plans' commitments, the narrative
  appendices and a key area's related measures and five-year table are laid out by
  ``exporters.html_sections``; a key area its position, trend chart,
  target and rationale, actions and trajectories; the commitments, breakdowns (with totals),
  snapshot comparisons (with the change) and the rationale for the targets as tables.
- A chart (``ChartPart``) is the report's own description drawn as SVG (``exporters.chart_svg``)
  with its title and text alternative, its figures as a table (``Chart.data_rows``: the figures
  as the edition prints them, ``*`` where hidden) and the PDF's "Chart description:" line. A
  chart that cannot be drawn is replaced by the PDF's line saying why; the edition still goes
  out.
- Figures come from ``exporters.html_figures``; words from the report in each language,
  paired by what they name (a table's name, a key area's name), or from ``model.words``.
- Dates are written in each language of the edition (Babel's, through ``model.words``). Fields
  the pack keeps in English only (a breakdown's row heading and note, a commitment's owner) are
  marked "[Saesneg yn unig]" in a Welsh or bilingual edition, as the PDF marks them; a
  breakdown without a row heading gets "Category" over its rows, so no header cell is empty.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from exporters.chart_svg import SvgChart, svg_chart
from exporters.html_figures import Figure, Figures
from exporters.html_language import Block, Languages, Text, blocks
from exporters.html_scorecard import ink_on
from model import words as pt
from model.charts import Chart
from model.errors import Cancelled
from model.periods import Period
from model.report import PeriodReport
from model.report.parts import CHANGE, TOTAL, KeyAreaPart
from model.scorecard import figure_text
from model.suppression import SUPPRESSED

__all__ = ["ChartPart", "Charts", "Passage", "passages", "NarrativePart", "key_area_part",
           "commitments_part", "count_tables_part", "rationale_part", "STATUS_FILL",
           "CommitmentView"]
#: Commitment status fills, as the PDF's commitments table.
STATUS_FILL = {
    "Green": "#1AA57A", "Amber-Green": "#9CC65A", "Amber": "#F0B429", "Red-Amber": "#EE8A3C",
    "Red": "#E8564A",
}


@dataclass(frozen=True)
class Passage:
    """Pack text in one language: the ``Text`` and its paragraphs and lists."""

    text: Text
    blocks: tuple[Block, ...]

    @property
    def lang(self) -> str:
        return self.text.lang


def passages(languages: Languages, english: str, welsh: str,
             lists: bool = False) -> tuple[Passage, ...]:
    """Pack text in each language of the edition, split into paragraphs (and lists)."""
    return tuple(Passage(t, blocks(t.text, lists)) for t in languages.pick(english, welsh)
                 if t.text.strip())


@dataclass(frozen=True)
class ChartPart:
    anchor: str
    title: tuple[Text, ...]  # in each language of the edition
    svg_title: str  # the chart's own title (both languages in one for a bilingual chart)
    svg_lang: str  # the language of the drawing's words ("" for both)
    alt: str  # the text alternative in the page's language, for the SVG's <desc>
    descriptions: tuple[Text, ...]  # "Chart description: …" in each language, as the PDF
    svg: SvgChart | None
    missing: tuple[Text, ...]  # why it could not be drawn
    head: tuple[tuple[Text, ...], ...]
    rows: tuple[tuple[tuple[Text, ...], tuple[Figure, ...]], ...]  # label, figures


def _distinct(texts) -> tuple[Text, ...]:
    out: list[Text] = []
    for text in texts:
        if text.text and all(t.text != text.text for t in out):
            out.append(text)
    return tuple(out)


class Charts:
    """Makes the ``ChartPart``s of an edition, numbering their anchors.

    A bilingual chart's words are its English and Welsh charts' merged ("English / Cymraeg",
    ``model.charts.bilingual``); ``twin(report)`` finds the same chart in a report in one
    language, so that its title and its table's labels are given once per language, each
    marked with its language."""

    def __init__(self, languages: Languages):
        self.languages = languages
        self._numbers = itertools.count(1)

    def part(self, chart: Chart, twin: Callable[[PeriodReport], Chart] | None = None,
             height: float = 300) -> ChartPart:
        languages = self.languages
        anchor = f"chart-{next(self._numbers)}"
        if chart.language == "both" and twin is not None:
            own = {one: twin(languages.report_in(one)) for one in ("en", "cy")}
        else:
            lang = chart.language if chart.language in ("en", "cy") else languages.page
            own = {lang: chart}
        missing: tuple[Text, ...] = ()
        try:
            svg = svg_chart(chart, 560, height)
        except Cancelled:
            raise  # the user cancelled: the edition is not written at all
        except Exception as exc:  # noqa: BLE001 - the edition still goes out, saying why
            svg = None
            missing = languages.label("chart_missing", reason=str(exc))
        descriptions = tuple(Text(pt.words("chart_text", one, text=alt), one) for one, alt in
                             zip(pt.languages_of(chart.language), chart.descriptions,
                                 strict=False))
        first = {"quarters": "quarter", "years": "year"}.get(chart.view, "category")
        tables = {one: c.data_rows() for one, c in own.items()}
        rows = chart.data_rows()
        head = [languages.label(first)]
        head += [_distinct(Text(t[0][j], one) for one, t in tables.items())
                 for j in range(1, len(rows[0]))]
        if chart.steps:
            head[-1] = languages.label("target")
        body = tuple((_distinct(Text(t[i][0], one) for one, t in tables.items()),
                      tuple(Figure(c, c == SUPPRESSED) for c in rows[i][1:]))
                     for i in range(1, len(rows)))
        return ChartPart(anchor, _distinct(Text(c.title, one) for one, c in own.items()),
                         chart.title, chart.language if chart.language in ("en", "cy") else "",
                         chart.descriptions[0], descriptions, svg, missing, tuple(head), body)


# -- the dashboard ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NarrativePart:
    title: tuple[Text, ...]
    text: tuple[Passage, ...]


# -- a key area ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrajectoryPart:
    caption: tuple[Text, ...]
    rows: tuple[tuple[tuple[Text, ...], Figure, Figure], ...]  # quarter, expected, actual


@dataclass(frozen=True)
class KeyAreaView:
    code: str
    title: tuple[Text, ...]
    position: tuple[Passage, ...]
    chart: ChartPart
    target: tuple[Text, ...]  # "Target for 2024-25: 95.0%" (and the management mark)
    no_target: bool
    rationale: tuple[Passage, ...]
    actions: tuple[Passage, ...]
    no_trajectory: tuple[Text, ...]
    trajectories: tuple[TrajectoryPart, ...]
    related: tuple[ChartPart, ...] = ()
    table: object = None  # exporters.html_sections.YearTable


def _quarter(languages: Languages, period: Period) -> tuple[Text, ...]:
    """"Q1 2024-25" in each language, as the PDF's trajectory tables write a quarter."""
    return languages.in_each(lambda one: f"{pt.quarter_label(period.quarter, one)} "
                                         f"{period.fy.label}")


def key_area_part(languages: Languages, figures: Figures, charts: Charts,
                  part: KeyAreaPart) -> KeyAreaView:
    """The key area as its template shows it (its related measures and five-year table are
    added by ``exporters.html_sections.key_area_view``)."""
    report, indicator, area = languages.report, part.indicator, part.area
    year = report.period.fy.label
    target = part.target
    no_target = target is None or target.annual is None
    if no_target:
        target_text = languages.label("no_target", year=year)
        rationale: tuple[Passage, ...] = ()
    else:
        def target_in(one: str) -> str:
            text = pt.words("target_for", one, year=year,
                            target=pt.figure_words(indicator, target.annual, one))
            if target.management:
                text += f" ({pt.words('management_mark', one)})"
            return text

        target_text = languages.in_each(target_in)
        rationale = passages(languages, target.rationale, target.rationale_cy, lists=True)
    trajectories = []
    expected = f"{part.expected_year}-{(part.expected_year + 1) % 100:02d}"
    for trajectory in sorted(part.trajectories, key=lambda t: t.year != part.expected_year):
        rows = tuple((_quarter(languages, row.period), figures.target(indicator, row.expected),
                      figures.trajectory(row)) for row in trajectory.rows)
        year = Period(trajectory.year, 1).fy.label
        caption = languages.in_each(lambda one, year=year: (
            f"{pt.words('expected_improvements', one)}: {indicator.code}, {year}"))
        trajectories.append(TrajectoryPart(caption, rows))
    return KeyAreaView(
        indicator.code, languages.pick(indicator.title, indicator.title_cy),
        passages(languages, area.position_text, area.position_text_cy, lists=True),
        charts.part(part.chart, lambda r, name=area.name: next(
            p.chart for p in r.key_areas if p.area.name == name)),
        target_text, no_target, rationale,
        passages(languages, area.actions, area.actions_cy, lists=True),
        languages.label("no_trajectory" if part.expected_year == report.period.year else
                        "no_trajectory_next", year=expected) if part.missing_trajectory else (),
        tuple(trajectories))


# -- commitments, breakdowns, snapshots, rationale ----------------------------------------------


@dataclass(frozen=True)
class CommitmentView:
    ref: str
    title: tuple[Text, ...]
    owner: tuple[Text, ...]
    due: tuple[Text, ...]
    status: tuple[Text, ...]
    fill: str
    ink: str
    progress: tuple[Passage, ...]


def commitments_part(languages: Languages) -> tuple[CommitmentView, ...]:
    out = []
    for line in languages.report.commitments:
        c, update, status = line.commitment, line.update, line.status
        words = languages.in_each(lambda one, s=status: pt.commitment_status_word(s, one)
                                  if s else pt.words("no update", one))
        fill = STATUS_FILL.get(status, "")
        out.append(CommitmentView(
            c.ref, languages.pick(c.title, c.title_cy), languages.pick(c.owner, c.owner_cy),
            languages.date(c.due) if c.due else (), words, fill, ink_on(fill) if fill else "",
            passages(languages, update.progress, update.progress_cy) if update else ()))
    return tuple(out)


@dataclass(frozen=True)
class CountTableView:
    anchor: str
    title: tuple[Text, ...]
    corner: tuple[Text, ...]
    columns: tuple[tuple[Text, ...], ...]
    rows: tuple[tuple[tuple[Text, ...], tuple[Figure, ...]], ...]  # label, cells (and more)
    total: tuple[Text, ...]
    totals: tuple[Figure, ...]
    note: tuple[Text, ...]
    chart: ChartPart | None


def _date_heading(text: str, language: str) -> str:
    try:
        return pt.date_text(dt.date.fromisoformat(str(text)), language)
    except ValueError:
        return str(text)


def count_tables_part(languages: Languages, figures: Figures, charts: Charts,
                      kind: str) -> tuple[CountTableView, ...]:
    """The breakdowns (``kind`` ``breakdowns``) or snapshot comparisons (``snapshots``); the
    labels in each language from the record's English and Welsh, as the report makes them."""
    report = languages.report
    out = []
    for n, table in enumerate(getattr(report, kind), 1):
        record, name = table.record, table.name
        title = languages.each(lambda r, name=name: next(
            (t.title for t in getattr(r, kind) if t.name == name), ""))
        if kind == "breakdowns":
            corner = (languages.pick(record.row_heading, record.row_heading_cy)
                      if record.row_heading.strip() or record.row_heading_cy.strip()
                      else languages.label("category"))
            labels = languages.labels(record.rows, record.rows_cy)
            columns = (*languages.labels(record.columns, record.columns_cy),
                       languages.label("total"))
            places = (*range(len(table.columns)), TOTAL)
            rows = tuple((label, tuple(figures.cell(table, i, j) for j in places))
                         for i, label in enumerate(labels))
            totals = tuple(figures.cell(table, TOTAL, j) for j in places)
        else:
            corner = languages.label("category")
            labels = languages.labels(record.categories, record.categories_cy)
            columns = tuple(languages.in_each(lambda one, d=d: _date_heading(d, one))
                            for d in table.columns)
            with_change = len(columns) >= 2
            if with_change:
                columns += (languages.label("change"),)
            places = (*range(len(table.columns)), *((CHANGE,) if with_change else ()))
            rows = tuple((label, tuple(figures.cell(table, i, j) for j in places))
                         for i, label in enumerate(labels))
            totals = tuple(figures.cell(table, TOTAL, j) for j in places)
        chart = charts.part(table.chart, lambda r, name=name: next(
            t.chart for t in getattr(r, kind) if t.name == name)) if table.chart else None
        out.append(CountTableView(f"{kind}-{n}", title, corner, columns, rows,
                                  languages.label("total"), totals,
                                  languages.pick(record.note, record.note_cy)
                                  if record.note or record.note_cy else (), chart))
    return tuple(out)


@dataclass(frozen=True)
class RationaleView:
    code: str
    title: tuple[Text, ...]
    target: str
    management: tuple[Text, ...]
    rationale: tuple[Passage, ...]


def rationale_part(languages: Languages) -> tuple[RationaleView, ...]:
    return tuple(
        RationaleView(indicator.code, languages.pick(indicator.title, indicator.title_cy),
                      figure_text(indicator, target.annual) if target.annual is not None else "",
                      languages.label("management_mark") if target.management else (),
                      passages(languages, target.rationale, target.rationale_cy))
        for indicator, target in languages.report.rationale)
