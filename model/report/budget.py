"""The budget update of a period report (seed 000, dashboard item e).

Rules:
- The period's budget lines (``model.records.BudgetLine``) in their order; each line's variance
  is projected outturn − budget, computed here, never stored: a positive variance is an
  overspend, a negative one an underspend.
- The totals add the lines' figures (blank only when every line is blank); the summary sentence
  says the total budget, projected outturn and variance with its word (overspend, underspend,
  on budget), in the report's language (both: English then Welsh).
- Pounds print as ``£41,250,000`` and a variance with its sign (``+£1,850,500``, ``−£500,000``);
  budgets are not people counts, so small-number suppression never applies.
- A period without budget lines has no budget update (``None``).
"""

from __future__ import annotations

from decimal import Decimal

from model import words as pt
from model.charts.plans import budget_chart, money_text
from model.report.parts import BudgetPart, BudgetRow

__all__ = ["budget_part"]


def _total(values) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def _row(record, line: str, budget, outturn) -> BudgetRow:
    variance = None if budget is None or outturn is None else outturn - budget
    return BudgetRow(record, line, budget, outturn, variance,
                     (money_text(budget), money_text(outturn), money_text(variance, True)))


def budget_part(report) -> BudgetPart | None:
    """The budget update of ``report``'s period, or None when the period has no budget lines."""
    lines = sorted((b for b in report.pack.all("budget_line") if b.period == report.period),
                   key=lambda b: (b.position, b.line))
    if not lines:
        return None
    language = report.language
    rows = tuple(_row(b, pt.joined(b.line, b.line_cy, language), b.budget, b.projected_outturn)
                 for b in lines)
    total = _row(None, pt.words("total", language), _total(r.budget for r in rows),
                 _total(r.outturn for r in rows))
    summary = []
    if total.variance is not None:
        for one in pt.languages_of(language):
            word = ("budget_over" if total.variance > 0 else
                    "budget_under" if total.variance < 0 else "budget_on")
            summary.append(pt.words("budget_summary", one, budget=total.texts[0],
                                    outturn=total.texts[1], variance=total.texts[2],
                                    period=pt.period_label(report.period, one),
                                    word=pt.words(word, one)))
    chart = budget_chart(report.pack, report.period, lines, language=language)
    return BudgetPart(rows, total, tuple(summary), chart)
