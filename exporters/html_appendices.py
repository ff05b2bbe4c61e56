"""The HTML edition's appendices after the scorecard, and its charts, from the period report.

Rules:
- The same appendices, in the same order, with the same contents as the PDF committee pack
  (``exporters.pdf_appendices``): the dashboard draws the report's RAG, commitments and demand
  sections (``DASHBOARD_SECTIONS``) then the narratives; a key area its position, trend chart,
  target and rationale, actions and trajectories; the commitments, breakdowns (with totals),
  snapshot comparisons (with the change) and the rationale for the targets as tables.
- A chart (``ChartPart``) is the report's own description drawn as SVG (``exporters.chart_svg``)
  with its title and text alternative, its figures as a table (``Chart.data_rows``: the figures
  as the edition prints them, ``*`` where hidden) and the PDF's "Chart description:" line. A
  chart that cannot be drawn is replaced by the PDF's line saying why; the edition still goes
  out.
- Figures come from ``exporters.html_figures``; words from the report in each language,
  paired by what they name (a table's name, a key area's name), or from ``model.words``.
- Commitments' due dates are written in English except in a Welsh edition, as the PDF writes
  them; snapshot dates likewise. Fields the pack keeps in English only (a breakdown's row
  heading and note, a commitment's owner) are marked as English in a Welsh edition; a breakdown
  without a row heading gets "Category" over its rows, so no header cell is empty.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from exporters.chart_svg import SvgChart, svg_chart
from exporters.html_figures import Figure, Figures
from exporters.html_language import Block, Languages, Text, blocks
from exporters.html_scorecard import ink_on
from model import words as pt
from model.charts import Chart
from model.periods import Period
from model.report.parts import KeyAreaPart
from model.scorecard import figure_text
from model.status import describe
from model.suppression import SUPPRESSED

__all__ = ["ChartPart", "Charts", "Passage", "passages", "dashboard_part", "key_area_part",
           "commitments_part", "count_tables_part", "rationale_part", "STATUS_FILL",
           "DASHBOARD_SECTIONS"]

#: The dashboard sections the dashboard appendix draws, in the PDF's order.
DASHBOARD_SECTIONS = ("rag", "commitments", "demand")
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
    title: str
    alt_text: str
    lang: str  # the language of the chart's own words
    svg: SvgChart | None
    missing: tuple[Text, ...]  # why it could not be drawn
    caption: tuple[Text, ...]  # "Chart description:" in the edition's languages
    head: tuple[tuple[Text, ...], ...]
    rows: tuple[tuple[Figure, ...], ...]


class Charts:
    """Makes the ``ChartPart``s of an edition, numbering their anchors."""

    def __init__(self, languages: Languages):
        self.languages = languages
        self._numbers = itertools.count(1)

    def part(self, chart: Chart, height: float = 300) -> ChartPart:
        languages = self.languages
        anchor = f"chart-{next(self._numbers)}"
        lang = getattr(chart, "language", "en")  # the descriptions are English today
        missing: tuple[Text, ...] = ()
        try:
            svg = svg_chart(chart, 560, height)
        except Exception as exc:  # noqa: BLE001 - the edition still goes out, saying why
            svg = None
            missing = languages.label("chart_missing", reason=str(exc))
        caption = languages.in_each(lambda one: pt.words("chart_text", one, text="").rstrip())
        first = {"quarters": "quarter", "years": "year"}.get(chart.view, "category")
        rows = chart.data_rows()
        head = (languages.label(first), *((Text(name, lang),) for name in rows[0][1:]))
        if chart.steps:
            head = (*head[:-1], languages.label("target"))
        body = tuple(tuple(Figure(c, c == SUPPRESSED) for c in row) for row in rows[1:])
        return ChartPart(anchor, chart.title, chart.alt_text, lang, svg, missing, caption,
                         head, body)


# -- the dashboard ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NarrativePart:
    title: tuple[Text, ...]
    text: tuple[Passage, ...]


@dataclass(frozen=True)
class DashboardPart:
    charts: tuple[ChartPart, ...]
    narratives: tuple[NarrativePart, ...]
    empty: tuple[Text, ...]


def dashboard_part(languages: Languages, charts: Charts) -> DashboardPart:
    report = languages.report
    drawn = []
    for key in DASHBOARD_SECTIONS:
        section = report.section(key)
        for chart in section.charts if section is not None else ():
            drawn.append(charts.part(chart))
    narratives = tuple(
        NarrativePart(languages.pick(n.title or n.name, n.title_cy),
                      passages(languages, n.text, n.text_cy))
        for n in report.narratives)
    return DashboardPart(tuple(drawn), narratives, languages.label("no_narratives"))


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


def _quarter(languages: Languages, period: Period) -> tuple[Text, ...]:
    """"Q1 2024-25" in each language, as the PDF's trajectory tables write a quarter."""
    return languages.in_each(lambda one: f"{pt.quarter_label(period.quarter, one)} "
                                         f"{period.fy.label}")


def key_area_part(languages: Languages, figures: Figures, charts: Charts,
                  part: KeyAreaPart) -> KeyAreaView:
    report, indicator, area = languages.report, part.indicator, part.area
    year = report.period.fy.label
    target = part.target
    no_target = target is None or target.annual is None
    if no_target:
        target_text = languages.label("no_target", year=year)
        rationale: tuple[Passage, ...] = ()
    else:
        def target_in(one: str) -> str:
            text = pt.words("target_for", one, year=year, target=describe(indicator,
                                                                           target.annual))
            if target.management:
                text += f" ({pt.words('management_mark', one)})"
            return text

        target_text = languages.in_each(target_in)
        rationale = passages(languages, target.rationale, target.rationale_cy, lists=True)
    trajectories = []
    for trajectory in part.trajectories:
        rows = tuple((_quarter(languages, row.period), figures.target(indicator, row.expected),
                      figures.trajectory(row)) for row in trajectory.rows)
        year = Period(trajectory.year, 1).fy.label
        caption = languages.in_each(lambda one, year=year: (
            f"{pt.words('expected_improvements', one)}: {indicator.code}, {year}"))
        trajectories.append(TrajectoryPart(caption, rows))
    return KeyAreaView(
        indicator.code, languages.pick(indicator.title, indicator.title_cy),
        passages(languages, area.position_text, area.position_text_cy, lists=True),
        charts.part(part.chart), target_text, no_target, rationale,
        passages(languages, area.actions, area.actions_cy, lists=True),
        languages.label("no_trajectory", year=year) if part.missing_trajectory else (),
        tuple(trajectories))


# -- commitments, breakdowns, snapshots, rationale ----------------------------------------------


@dataclass(frozen=True)
class CommitmentView:
    ref: str
    title: tuple[Text, ...]
    owner: str
    due: str
    status: tuple[Text, ...]
    fill: str
    ink: str
    progress: tuple[Passage, ...]


def commitments_part(languages: Languages) -> tuple[CommitmentView, ...]:
    lang = languages.language
    out = []
    for line in languages.report.commitments:
        c, update, status = line.commitment, line.update, line.status
        words = languages.in_each(lambda one, s=status: pt.commitment_status_word(s, one)
                                  if s else pt.words("no update", one))
        fill = STATUS_FILL.get(status, "")
        out.append(CommitmentView(
            c.ref, languages.pick(c.title, c.title_cy), c.owner,
            pt.date_text(c.due, "cy" if lang == "cy" else "en") if c.due else "", words, fill,
            ink_on(fill) if fill else "",
            passages(languages, update.progress, update.progress_cy) if update else ()))
    return tuple(out)


@dataclass(frozen=True)
class CountTableView:
    anchor: str
    title: tuple[Text, ...]
    corner: tuple[Text, ...]
    columns: tuple[tuple[Text, ...], ...]
    labels_lang: str
    rows: tuple[tuple[str, tuple[Figure, ...]], ...]  # label, cells (and total or change)
    total: tuple[Text, ...]
    totals: tuple[Figure, ...]
    note: str
    chart: ChartPart | None


def _date_heading(text: str, language: str) -> str:
    try:
        return pt.date_text(dt.date.fromisoformat(str(text)), "cy" if language == "cy" else "en")
    except ValueError:
        return str(text)


def count_tables_part(languages: Languages, figures: Figures, charts: Charts,
                      kind: str) -> tuple[CountTableView, ...]:
    """The breakdowns (``kind`` ``breakdowns``) or snapshot comparisons (``snapshots``)."""
    report = languages.report
    out = []
    for n, table in enumerate(getattr(report, kind), 1):
        name = table.name
        title = languages.each(lambda r, name=name: next(
            (t.title for t in getattr(r, kind) if t.name == name), ""))
        welsh_labels = languages.language == "cy" and any(
            getattr(table.record, field, None) for field in ("rows_cy", "categories_cy"))
        labels_lang = "cy" if welsh_labels else "en"
        if kind == "breakdowns":
            corner = ((Text(table.record.row_heading, "en"),) if table.record.row_heading
                      else languages.label("category"))
            columns = (*((Text(c, labels_lang),) for c in table.columns),
                       languages.label("total"))
            rows = tuple((label, (*(figures.count(v) for v in cells), figures.count(total)))
                         for label, cells, total in zip(table.rows, table.cells,
                                                        table.row_totals, strict=True))
            totals = (*(figures.count(t) for t in table.column_totals),
                      figures.count(table.grand_total))
        else:
            corner = languages.label("category")
            date_lang = "cy" if languages.language == "cy" else "en"
            columns = tuple((Text(_date_heading(d, languages.language), date_lang),)
                            for d in table.columns)
            with_change = len(columns) >= 2
            if with_change:
                columns += (languages.label("change"),)
            rows = tuple((label, (*(figures.count(v) for v in cells),
                                  *((figures.change(table, i),) if with_change else ())))
                         for i, (label, cells) in enumerate(zip(table.rows, table.cells,
                                                                strict=True)))
            totals = (*(figures.count(t) for t in table.column_totals),
                      *((figures.change(table, None),) if with_change else ()))
        out.append(CountTableView(f"{kind}-{n}", title, corner, columns, labels_lang, rows,
                                  languages.label("total"), totals, table.record.note,
                                  charts.part(table.chart) if table.chart else None))
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
