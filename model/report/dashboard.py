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
- **Sections**, in page order: demand (a trend chart a demand measure), key indicators (the trend
  chart of each; the same charts as the key-area appendices), breakdowns of the period (stacked
  bars), snapshot comparisons (grouped bars), the RAG counts by group (when the scorecard has
  rows) and the commitments by status (when the pack has commitments). A section with nothing to
  chart is left out. Every trend chart covers five financial years, quarter by quarter, ending
  with the period's year.
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
    demand = report.demand_codes
    if demand:
        sections.append(DashboardSection(
            "demand", pt.words("dashboard_demand", lang), "dashboard",
            lambda: tuple(report.trend(code) for code in demand), demand))
    key = report.key_indicator_codes
    if key:
        sections.append(DashboardSection(
            "key_indicators", pt.words("dashboard_key", lang), "key_area",
            lambda: tuple(report.trend(code) for code in key), key))
    if report.breakdowns:
        sections.append(DashboardSection(
            "breakdowns", pt.words("dashboard_breakdowns", lang), "breakdowns",
            lambda: tuple(t.chart for t in report.breakdowns)))
    if report.snapshots:
        sections.append(DashboardSection(
            "snapshots", pt.words("dashboard_snapshots", lang), "snapshots",
            lambda: tuple(t.chart for t in report.snapshots)))
    if report.pack.indicators():  # the scorecard has rows
        sections.append(DashboardSection(
            "rag", pt.words("dashboard_rag", lang), "dashboard",
            lambda: (report.rag_chart,)))
    if report.commitments:
        sections.append(DashboardSection(
            "commitments", pt.words("dashboard_commitments", lang), "dashboard",
            lambda: (report.commitment_chart,)))
    return tuple(sections)
