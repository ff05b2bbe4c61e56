"""The commitments of a period report, plan by plan (seed 000: the Corporate Plan's commitments in
Appendix B, the Directorate Delivery Plan's headline actions in Appendix C).

Rules:
- A commitment's plan is its ``plan`` field (spaces at either end ignored); plans come in the
  order of their first commitment, commitments in their order within it; commitments without a
  plan come last, as "Other commitments".
- ``counts`` gives how many of the plan's commitments have each status in the period, in the
  order of ``model.records.COMMITMENT_STATUSES`` (statuses with none left out); a commitment
  without an update for the period is not counted.
- Each plan has its chart (``model.charts.plans.plan_chart``): the dashboard and the papers
  draw the same one.
"""

from __future__ import annotations

from model import records as r
from model import words as pt
from model.charts.plans import plan_chart, plan_names, plan_title, plan_welsh
from model.report.parts import PlanPart

__all__ = ["plan_parts"]


def plan_parts(report) -> tuple[PlanPart, ...]:
    """Every plan of ``report``'s commitments (see the module rules)."""
    parts = []
    for plan in plan_names(report.pack):
        lines = tuple(line for line in report.commitments
                      if line.commitment.plan.strip() == plan)
        counts = tuple((status, n) for status in r.COMMITMENT_STATUSES
                       if (n := sum(1 for line in lines if line.status == status)))
        welsh = plan_welsh(report.pack, plan)
        title = " / ".join(dict.fromkeys(plan_title(plan, one, welsh)
                                         for one in pt.languages_of(report.language)))
        # counts of commitments, not people: never hidden
        chart = report._chart(lambda lang, plan=plan: plan_chart(report.pack, report.period, plan,
                                                                language=lang))
        parts.append(PlanPart(plan, title, lines, counts, chart, welsh))
    return tuple(parts)
