"""The demand measures, the key indicators and the dashboard's sections of a period report.

Rules:
- **Demand measures** (one definition for the window, the committee pack and the Excel return):
  the indicators of the group named "Demand" (Welsh "Galw"; case and surrounding spaces
  ignored), in paper order. This is what a clerk expects from the seeds: seed 002 lists under
  "Demand" the contacts to the MASH and the well-being and section 47 assessments completed on
  time, so a demand measure may have a target and a RAG status (the sample's DEM.05 and DEM.06),
  and a context measure of another strand (the sample's PLA.01, children in residential care,
  under Shifting the Balance – Place) is not a demand measure because it has no target. Only a
  pack without a Demand group falls back to the indicators with polarity ``none`` (demand or
  context measures).
- **Key indicators**: the key areas' indicators, in key-area order, without repeats, leaving out
  key areas whose indicator the pack does not have.
- **Sections**, in page order, after seed 000 para 11 (the dashboard "includes a narrative and
  charts on" demand, the Corporate Plan's actions, the Directorate Delivery Plan's actions,
  looked-after reviews and statutory visits, and the budget): demand (a trend chart a demand
  measure); the commitments plan by plan (one status chart a plan); the selected measures (the
  report setting ``dashboard_measures``, e.g. looked-after reviews and statutory visits on time:
  a trend chart each, with its target); the budget update (budget against projected outturn by
  line); then the key indicators (the same charts as the key-area appendices), the breakdowns
  of the period (stacked bars), the snapshot comparisons (grouped bars) and the RAG counts by
  group (when the scorecard has rows). A section with nothing to chart is left out. Every trend
  chart covers five financial years, quarter by quarter, ending with the period's year.
- **Narratives**: a section's narrative is the period's narrative named ``dashboard-<key>``
  (``dashboard-demand``, ``dashboard-plans``, ``dashboard-measures``, ``dashboard-budget`` …);
  the selected measures' heading is that narrative's title when it has one.
"""

from __future__ import annotations

from model import words as pt
from model.report.parts import DashboardSection

__all__ = ["DEMAND_GROUP", "is_demand_group", "demand_codes", "key_indicator_codes",
           "dashboard_sections"]

#: The group whose indicators are the demand measures (English and Welsh names).
DEMAND_GROUP = ("demand", "galw")


def is_demand_group(group) -> bool:
    """True for the group named "Demand" (or "Galw")."""
    return (group.name.strip().casefold() == DEMAND_GROUP[0]
            or group.name_cy.strip().casefold() == DEMAND_GROUP[1])


def demand_codes(pack) -> tuple[str, ...]:
    """The demand measures of ``pack`` (see the module rules), in paper order."""
    names = {g.name for g in pack.groups() if is_demand_group(g)}
    grouped = tuple(i.code for i in pack.indicators()
                    if i.group in names or i.group.strip().casefold() == DEMAND_GROUP[0])
    return grouped or tuple(i.code for i in pack.indicators() if i.polarity == "none")


def key_indicator_codes(pack) -> tuple[str, ...]:
    """The key areas' indicators, in key-area order, without repeats."""
    codes: list[str] = []
    for area in sorted(pack.all("key_area"), key=lambda a: (a.position, a.name)):
        if area.indicator not in codes and pack.indicator(area.indicator) is not None:
            codes.append(area.indicator)
    return tuple(codes)


def dashboard_sections(report) -> tuple[DashboardSection, ...]:
    """The dashboard of ``report``: the sections that have something to chart."""
    lang = report.language
    sections: list[DashboardSection] = []

    def add(key: str, title: str, appendix: str, make, codes=()) -> None:
        sections.append(DashboardSection(key, title, appendix, make, codes,
                                         report.section_narrative(key)))

    demand = report.demand_codes
    if demand:
        add("demand", pt.words("dashboard_demand", lang), "dashboard",
            lambda: tuple(report.trend(code) for code in demand), demand)
    if report.commitments:
        add("plans", pt.words("dashboard_plans", lang), "dashboard",
            lambda: tuple(part.chart for part in report.plans))
    measures = report.dashboard_measure_codes
    if measures:
        narrative = report.section_narrative("measures")
        title = pt.joined(narrative.title, narrative.title_cy, lang) if narrative is not None \
            and narrative.title.strip() else pt.words("dashboard_measures", lang)
        add("measures", title, "dashboard",
            lambda: tuple(report.trend(code) for code in measures), measures)
    if report.budget is not None:
        add("budget", pt.words("dashboard_budget", lang), "dashboard",
            lambda: (report.budget.chart,))
    key = report.key_indicator_codes
    if key:
        add("key_indicators", pt.words("dashboard_key", lang), "key_area",
            lambda: tuple(report.trend(code) for code in key), key)
    if report.breakdowns:
        add("breakdowns", pt.words("dashboard_breakdowns", lang), "breakdowns",
            lambda: tuple(t.chart for t in report.breakdowns))
    if report.snapshots:
        add("snapshots", pt.words("dashboard_snapshots", lang), "snapshots",
            lambda: tuple(t.chart for t in report.snapshots))
    if report.pack.indicators():  # the scorecard has rows
        add("rag", pt.words("dashboard_rag", lang), "dashboard", lambda: (report.rag_chart,))
    return tuple(sections)
