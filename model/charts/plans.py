"""Charts of the commitments by plan and of the budget update (rules in ``model.charts``).

- ``plan_chart``: the commitments of one plan (``Commitment.plan``; blank is "Other
  commitments") by status for a period, one bar per status with its letter, as the seeds'
  "overview of the Corporate Plan actions" and "progress in delivering the Directorate Delivery
  Plan's actions" (seed 000 para 11 b and c).
- ``plans_chart``: every plan at once, a stacked bar per plan with a segment per status, so the
  split by plan is one picture.
- ``budget_chart``: the period's budget lines, a pair of bars per line (budget, projected
  outturn) in pounds; the text alternative gives each line's variance (projected outturn −
  budget).
Blank counts are left out of a bar; figures are exact (no rounding but the pound).
"""

from __future__ import annotations

from decimal import Decimal

from model import records as r
from model import words as pt
from model.charts.bilingual import in_languages
from model.charts.description import (
    COMMITMENT_COLOUR,
    COMMITMENT_LETTER,
    OKABE_ITO,
    Chart,
    LegendEntry,
    Point,
    Series,
    nice_axis,
)
from model.periods import Period

__all__ = ["plan_chart", "plans_chart", "budget_chart", "plan_title", "plan_welsh",
           "money_text", "plan_names"]


def plan_names(pack) -> list[str]:
    """The plans of the pack's commitments, in the order of their first commitment (a blank
    plan last)."""
    names: list[str] = []
    for item in sorted(pack.all("commitment"), key=lambda c: (c.position, c.ref)):
        if item.plan.strip() not in names:
            names.append(item.plan.strip())
    if "" in names:
        names.remove("")
        names.append("")
    return names


def plan_title(plan: str, language: str, welsh: str = "") -> str:
    """A plan's name as printed in ``language`` (``en`` or ``cy``): its Welsh name (a
    commitment's ``plan_cy``) in Welsh, marked "[Saesneg yn unig]" when there is none;
    commitments without a plan are "Other commitments"."""
    if not plan:
        return pt.words("plan_none", language)
    if language == "cy":
        return welsh.strip() or pt.english_only(plan)
    return plan


def plan_welsh(pack, plan: str) -> str:
    """The Welsh name of ``plan``: the first of its commitments' ``plan_cy`` that is filled."""
    for item in sorted(pack.all("commitment"), key=lambda c: (c.position, c.ref)):
        if item.plan.strip() == plan and item.plan_cy.strip():
            return item.plan_cy.strip()
    return ""


def _plan_counts(pack, period: Period, plan: str) -> tuple[dict[str, int], int]:
    refs = {c.ref for c in pack.all("commitment") if c.plan.strip() == plan}
    counts = {s: 0 for s in r.COMMITMENT_STATUSES}
    for update in pack.all("commitment_update"):
        if update.period == period and update.ref in refs:
            counts[update.status] = counts.get(update.status, 0) + 1
    return counts, len(refs)


def _axis(top: float) -> tuple[float, float, tuple]:
    return nice_axis(0.0, max(top, 1.0), "count", 0, include_zero=True)


@in_languages
def plan_chart(pack, period: Period, plan: str, language: str = "en") -> Chart:
    """The commitments of ``plan`` by status in ``period``: one bar per status."""
    counts, total = _plan_counts(pack, period, plan)
    statuses = [s for s in r.COMMITMENT_STATUSES if counts[s]]
    word = {s: pt.commitment_status_word(s, language) for s in statuses}
    points = tuple(
        Point(i, word[s], Decimal(counts[s]), str(counts[s]), period,
              letter=COMMITMENT_LETTER[s], colour=COMMITMENT_COLOUR[s],
              status=f"{word[s]}: {counts[s]}")
        for i, s in enumerate(statuses))
    series = (Series(pt.words("chart_commitments", language), points, OKABE_ITO[0], "bars",
                     "bar"),)
    y_min, y_max, ticks = _axis(max((counts[s] for s in statuses), default=0))
    label = pt.period_label(period, language)
    name = plan_title(plan, language, plan_welsh(pack, plan))
    reported = sum(counts.values())
    alt = pt.words("chart_commitments_alt", language, count=reported, period=label)
    alt += (": " + ", ".join(f"{counts[s]} {word[s]}" for s in statuses)) if statuses else \
        pt.words("chart_no_statuses", language)
    if total > reported:
        alt += pt.words("chart_without_status", language, count=total - reported)
    legend = tuple(LegendEntry(word[s], COMMITMENT_COLOUR[s], "box", letter=COMMITMENT_LETTER[s])
                   for s in statuses)
    return Chart("grouped", pt.words("chart_plan_title", language, plan=name, period=label),
                 tuple(word[s] for s in statuses), series, "count", 0,
                 pt.words("chart_commitments", language), alt_text=f"{name} – {alt}.",
                 legend=legend, y_min=y_min, y_max=y_max, y_ticks=ticks, language=language)


@in_languages
def plans_chart(pack, period: Period, language: str = "en") -> Chart:
    """Every plan's commitments by status in ``period``: a stacked bar per plan."""
    plans = plan_names(pack)
    names = [plan_title(plan, language, plan_welsh(pack, plan)) for plan in plans]
    counts = [_plan_counts(pack, period, plan)[0] for plan in plans]
    series = []
    for status in r.COMMITMENT_STATUSES:
        word = pt.commitment_status_word(status, language)
        points = tuple(
            Point(i, names[i], Decimal(counts[i][status]) if counts[i][status] else None,
                  str(counts[i][status]), period, letter=COMMITMENT_LETTER[status],
                  status=f"{names[i]}: {counts[i][status]} {word}")
            for i in range(len(plans)))
        if any(p.value is not None for p in points):
            series.append(Series(word, points, COMMITMENT_COLOUR[status], "bars", "segment"))
    top = max((sum(c.values()) for c in counts), default=0)
    y_min, y_max, ticks = _axis(top)
    label = pt.period_label(period, language)
    described = []
    for i, name in enumerate(names):
        present = [f"{n} {pt.commitment_status_word(s, language)}"
                   for s, n in counts[i].items() if n]
        described.append(f"{name}: {', '.join(present) or '0'}")
    legend = tuple(LegendEntry(s.name, s.colour, "box",
                               letter=next(p.letter for p in s.points)) for s in series)
    return Chart("stacked", pt.words("chart_plans_title", language, period=label),
                 tuple(names), tuple(series), "count", 0,
                 pt.words("chart_commitments", language),
                 alt_text=pt.words("chart_plans_alt", language, period=label,
                                   plans="; ".join(described)) + ".",
                 legend=legend, y_min=y_min, y_max=y_max, y_ticks=ticks, language=language)


def money_text(value: Decimal | None, signed: bool = False) -> str:
    """Pounds as the papers print them: ``£41,250,000``; ``signed``: ``+£1,850,500`` or
    ``−£500,000`` (a variance); blank for no figure."""
    if value is None:
        return ""
    whole = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
    digits = f"{abs(whole):,.0f}" if whole == whole.to_integral_value() else f"{abs(whole):,.2f}"
    if value < 0:
        return f"−£{digits}"
    return f"+£{digits}" if signed and value > 0 else f"£{digits}"


@in_languages
def budget_chart(pack, period: Period, lines: list | None = None,
                 language: str = "en") -> Chart:
    """The budget lines of ``period`` (``lines``: ``BudgetLine`` records in order): budget and
    projected outturn side by side for each line."""
    if lines is None:
        lines = sorted((b for b in pack.all("budget_line") if b.period == period),
                       key=lambda b: (b.position, b.line))
    names = [pt.pick(b.line, b.line_cy, language)[0] for b in lines]
    series = []
    for key, field, colour in (("budget_budget", "budget", OKABE_ITO[4]),
                               ("budget_outturn", "projected_outturn", OKABE_ITO[0])):
        name = pt.words(key, language)
        points = tuple(Point(i, names[i], getattr(b, field), money_text(getattr(b, field)),
                             period, status=f"{names[i]}: {name} {money_text(getattr(b, field))}")
                       for i, b in enumerate(lines))
        series.append(Series(name, points, colour, "bars", "bar"))
    values = [float(p.value) for s in series for p in s.points if p.value is not None]
    y_min, y_max, ticks = nice_axis(min([0.0, *values]), max([1.0, *values]), "currency", 0,
                                    include_zero=True)
    label = pt.period_label(period, language)
    described = "; ".join(
        pt.words("chart_budget_line", language, line=names[i], budget=money_text(b.budget),
                 outturn=money_text(b.projected_outturn),
                 variance=money_text(b.variance, signed=True) or "–")
        for i, b in enumerate(lines))
    legend = tuple(LegendEntry(s.name, s.colour, "box") for s in series)
    return Chart("grouped", pt.words("chart_budget_title", language, period=label),
                 tuple(names), tuple(series), "currency", 0, "£",
                 alt_text=pt.words("chart_budget_alt", language, period=label,
                                   lines=described) + ".",
                 legend=legend, y_min=y_min, y_max=y_max, y_ticks=ticks, language=language)
