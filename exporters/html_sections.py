"""The HTML edition's layout of the seeds' sections (issue 15), from the period report: the
compact dashboard with its sections' narratives and the budget update, the commitments of one
plan, the narrative appendices and the "Updates" appendix, and a key area's related measures
and five-year table.

Rules (the PDF's, ``exporters.pdf_dashboard`` and ``exporters.pdf_appendices``):
- The dashboard lays out the report's sections that belong to it (``appendix == "dashboard"``:
  demand, the commitments by plan, the selected measures, the budget update, the RAG status by
  group) in the report's order: the heading, the section's narrative, the budget table (line,
  budget, projected outturn, variance, note; the totals; the summary sentence and what the
  variance means) and the charts, each the report's own description.
- A plan's appendix is the commitments table of that plan's commitments only, under the count of
  their statuses; the narrative appendices print their narrative's text, "Updates" each of the
  period's other narratives under its heading.
- A key area's related measures are drawn with their own charts (the same objects as the
  papers'), and its five-year table gives each year's figure of every measure with the key
  indicator's target and RAG; the expected year's trajectory (next year's at Q4) comes first.
"""

from __future__ import annotations

from dataclasses import dataclass

from exporters.html_appendices import (
    ChartPart,
    Charts,
    CommitmentView,
    NarrativePart,
    Passage,
    commitments_part,
    key_area_part,
    passages,
)
from exporters.html_language import Languages, Text
from model import words as pt

__all__ = ["SectionPart", "BudgetView", "DashboardView", "dashboard_view", "plan_view",
           "narrative_view", "narratives_view", "YearTable", "year_table", "related_charts",
           "key_area_view"]


@dataclass(frozen=True)
class BudgetView:
    head: tuple[tuple[Text, ...], ...]
    rows: tuple[tuple[tuple[Text, ...], tuple[str, str, str], tuple[Text, ...]], ...]
    total: tuple[tuple[Text, ...], tuple[str, str, str]]
    summary: tuple[Text, ...]
    key: tuple[Text, ...]


@dataclass(frozen=True)
class SectionPart:
    key: str
    title: tuple[Text, ...]
    narrative: tuple[Passage, ...]
    budget: BudgetView | None
    charts: tuple[ChartPart, ...]


@dataclass(frozen=True)
class DashboardView:
    note: tuple[Text, ...]
    sections: tuple[SectionPart, ...]


def _budget(languages: Languages) -> BudgetView | None:
    budget = languages.report.budget
    if budget is None:
        return None
    head = tuple(languages.label(k) for k in ("budget_line", "budget_budget", "budget_outturn",
                                              "budget_variance", "budget_note"))
    rows = tuple((languages.pick(row.record.line, row.record.line_cy), row.texts,
                  languages.pick(row.record.note, row.record.note_cy)
                  if row.record.note or row.record.note_cy else ())
                 for row in budget.rows)
    summary = tuple(Text(text, one) for one, text in
                    zip(pt.languages_of(languages.language), budget.summary, strict=False))
    return BudgetView(head, rows, (languages.label("total"), budget.total.texts), summary,
                      languages.sentence("budget_key"))


def dashboard_view(languages: Languages, charts: Charts) -> DashboardView:
    report = languages.report
    sections = []
    for section in report.dashboard:
        if section.appendix != "dashboard":
            continue
        narrative = section.narrative
        drawn = tuple(charts.part(chart, lambda r, key=section.key, i=i: r.section(key)
                                  .charts[i]) for i, chart in enumerate(section.charts))
        title = languages.in_each(lambda one, key=section.key: next(
            s.title for s in languages.report_in(one).dashboard if s.key == key))
        sections.append(SectionPart(
            section.key, title,
            passages(languages, narrative.text, narrative.text_cy, lists=True)
            if narrative is not None else (),
            _budget(languages) if section.key == "budget" else None, drawn))
    return DashboardView(languages.sentence("dashboard_compact_note"), tuple(sections))


@dataclass(frozen=True)
class PlanView:
    counts: tuple[Text, ...]
    commitments: tuple[CommitmentView, ...]


def plan_view(languages: Languages, plan: str) -> PlanView:
    report = languages.report
    part = next((p for p in report.plans if p.plan == plan), None)
    refs = {line.commitment.ref for line in part.lines} if part is not None else set()
    counts: tuple[Text, ...] = ()
    if part is not None and part.counts:
        counts = languages.in_each(lambda one: pt.words(
            "plan_counts", one, plan=part.title_in(one), count=len(part.lines),
            counts=", ".join(f"{n} {pt.commitment_status_word(status, one)}"
                             for status, n in part.counts)))
    return PlanView(counts, tuple(c for c in commitments_part(languages) if c.ref in refs))


def narrative_view(languages: Languages, name: str) -> tuple[Passage, ...]:
    narrative = next(n for n in languages.report.narrative_appendices if n.name == name)
    return passages(languages, narrative.text, narrative.text_cy, lists=True)


def narratives_view(languages: Languages) -> tuple[NarrativePart, ...]:
    return tuple(NarrativePart(languages.pick(n.title or n.name, n.title_cy),
                               passages(languages, n.text, n.text_cy, lists=True))
                 for n in languages.report.narratives)


@dataclass(frozen=True)
class YearTable:
    head: tuple[tuple[Text, ...], ...]
    rows: tuple[tuple[str, tuple[str, ...], str, tuple[Text, ...]], ...]  # year, cells, target,
    note: tuple[Text, ...]  # RAG


def year_table(languages: Languages, part) -> YearTable | None:
    table = part.table
    if table is None:
        return None
    head = (languages.label("year"),
            *(languages.in_each(lambda one, m=m: f"{m.code} {pt.Pair.of(m.title, m.title_cy)
                                                              .get(one)}")
              for m in table.measures),
            languages.in_each(lambda one: f"{table.measures[0].code} "
                                          f"{pt.words('target', one)}"),
            languages.label("rag"))
    rows = tuple((year, table.cells[i], table.targets[i],
                  languages.in_each(lambda one, rag=table.rags[i]: pt.rag_word(rag, one))
                  if table.rags[i] else ())
                 for i, year in enumerate(table.years))
    note = languages.label("year_figure_note", year=table.years[-1].split(" ")[0])
    return YearTable(head, rows, note)


def key_area_view(languages: Languages, figures, charts: Charts, part):
    """The key area's view (``exporters.html_appendices.key_area_part``) with its related
    measures' charts and its five-year table."""
    from dataclasses import replace

    view = key_area_part(languages, figures, charts, part)
    return replace(view, related=related_charts(charts, part), table=year_table(languages, part))


def related_charts(charts: Charts, part) -> tuple[ChartPart, ...]:
    name = part.area.name
    return tuple(charts.part(m.chart, lambda r, i=i: next(
        p for p in r.key_areas if p.area.name == name).related[i].chart)
                 for i, m in enumerate(part.related))
