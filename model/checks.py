"""Pre-publication checks for a period: what would be wrong or missing in the papers.

Each finding is an error (the papers would be wrong: ``check`` exits non-zero) or a warning (worth
a look). The window's checks dock and ``python main.py check`` list exactly these findings, in
this order (both read them from ``model.report.PeriodReport.findings``). Rules:
- error: an indicator has no figure for the period ("missing actual");
- error: a Red status without commentary for the period;
- error: a stored figure that the pack's rules no longer accept — a numerator above its
  denominator for a percent, a percent outside 0-100, an actual that disagrees with its
  numerator/denominator, a count that is not a whole number (possible when an indicator's unit or
  decimals changed after figures were entered). The messages are those of ``model.validation``;
- error: a partial quarterly trajectory for the period's financial year;
- (a calculated indicator's "no figure" says why: an operand without a figure, a division by
  zero; see ``model.formula_values``);
- error: a breakdown of the period whose grand total differs from its indicator's figure for
  the period (or names an indicator the pack does not have): the papers would contradict
  themselves (reconciliation);
- error: the period's meeting has a report date after its meeting date;
- warning: no target for the year for an indicator with a polarity (its RAG shows n/a);
- warning: a ``ratio`` quarter with an actual but no numerator/denominator (left out of the YTD);
- warning: the period has no meeting (the cover report then has no meeting or report date);
- warning: a figure that moved from the previous quarter's by more than the jump limit
  (``CheckLimits.jump_percent``, default 50%) of the previous figure ("please check it"; not
  for a calculated indicator, whose operands are checked instead);
- warning: commentary (English or Welsh) longer than ``CheckLimits.commentary_limit`` characters
  (default 1,500);
- warning: a figure entered for a calculated indicator (it is not used);
- warning: a key area without a quarterly trajectory for the year of its "expected future
  quarterly improvements" (the period's year at Q1-Q3, the next year at Q4:
  ``model.report.key_areas.expected_year``);
- warning: a dashboard measure (report setting ``dashboard_measures``) the pack has no
  indicator for;
- warning, for a Welsh or bilingual edition (``language`` ``cy`` or ``both``) only: every text
  of the papers with no Welsh, field by field (``model.translation.missing_welsh``: the cover
  report's texts, group names, indicator titles and definitions, commentary, rationales,
  key-area texts, narratives, commitments, breakdown and snapshot labels). The field is the
  Welsh field (``title_cy``…; ``commentary`` for commentary, so the window goes to its editor).
Errors come first; within a severity, the order is the order of the rules above, indicators in
paper order.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from model.periods import Period
from model.validation import validate_record
from model.words import (
    TEXT,
    Pair,
    both_languages,
    date_text,
    figure_words,
    period_label,
    quarter_label,
    words,
)

__all__ = ["Finding", "CheckLimits", "check_period", "breakdown_mismatch", "ERROR", "WARNING"]

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One finding: its severity, the indicator (or record) and field, and the message in
    English; ``welsh`` is the same message in Welsh (``text("cy")``), from the catalogue."""

    severity: str
    code: str
    period: Period
    field: str
    message: str
    welsh: str = ""

    def text(self, language: str = "en") -> str:
        """The finding on one line in ``language`` (``en`` or ``cy``), as ``check`` prints it."""
        cy = language == "cy"
        period = period_label(self.period, "cy") if cy else self.period.label
        where = f"{self.code} {period}" + (f" {self.field}" if self.field else "")
        message = self.welsh if cy and self.welsh else self.message
        return f"{words(self.severity, 'cy') if cy else self.severity}: {where}: {message}"

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class CheckLimits:
    """The limits of the warnings that are a matter of judgement: a commentary longer than
    ``commentary_limit`` characters, a figure that jumps by more than ``jump_percent`` per cent
    of the previous quarter's. The window takes them from Preferences; ``check`` uses these
    defaults."""

    commentary_limit: int = 1500
    jump_percent: Decimal = Decimal(50)


def _total(values) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def breakdown_mismatch(pack, breakdown) -> str | None:
    """The warning when ``breakdown``'s grand total differs from its indicator's figure."""
    from model.status import period_value

    if not breakdown.indicator:
        return None
    indicator = pack.indicator(breakdown.indicator)
    if indicator is None:
        return f"{breakdown.title}: there is no indicator {breakdown.indicator}"
    total = _total(_total(row) for row in breakdown.cells)
    figure = period_value(indicator, pack.value(indicator.code, breakdown.period))
    if total is None or figure is None or Decimal(total) == figure:
        return None
    return (f"{breakdown.title}: the total {total:,} differs from {indicator.code}'s "
            f"{breakdown.period.label} figure {figure:,f} by {abs(Decimal(total) - figure):,f}")


def check_period(pack, period: Period, limits: CheckLimits | None = None,
                 statuses: dict | None = None, language: str = "en") -> list[Finding]:
    """Every finding for ``period``, errors first, then in the order of the rules.

    ``language``: the edition checked (``cy`` and ``both`` add the missing Welsh).
    ``statuses`` (code → ``model.status.Status`` for ``period``), when given, saves evaluating
    the indicators again (the period report passes its scorecard's)."""
    from model.status import evaluate, period_value  # local: status imports validation

    limits = limits or CheckLimits()
    findings: list[Finding] = []

    def add(severity: str, code: str, field: str, message: str, welsh: str = "") -> None:
        findings.append(Finding(severity, code, period, field, message, welsh))

    def say(severity: str, code: str, field: str, key: str, **fields) -> None:
        """A finding whose message is the catalogue's ``key`` in both languages."""
        add(severity, code, field, *both_languages(key, **fields))

    label = Pair(period.label, period_label(period, "cy"))

    def lookup(kind, key):
        return pack.get(kind, key)

    indicators = pack.indicators()
    for indicator in indicators:
        code = indicator.code
        value = pack.value(code, period)
        has_figure = value is not None and (
            value.actual is not None
            or (value.numerator is not None and value.denominator is not None)
        )
        calculated = bool(indicator.formula)
        if not has_figure:
            reason = ""
            if calculated:
                from model.formula_values import no_value_reason

                reason = no_value_reason(pack, indicator, period)
            if reason:
                say(ERROR, code, "actual", "check_calculated_none", period=label, reason=reason)
            else:
                say(ERROR, code, "actual", "check_no_figure", period=label)
        for q in period.quarters_to_date():
            stored = pack.get("value", (code, q)) if calculated else pack.value(code, q)
            if stored is None:
                continue
            if calculated:
                if stored.actual is not None or stored.numerator is not None:
                    say(WARNING, code, "actual", "check_entered_ignored", code=code,
                        period=Pair(q.label, period_label(q, "cy")))
                continue
            for problem in validate_record(stored, lookup):
                if "is final" in problem.message:
                    continue
                add(ERROR, code, problem.field, f"{q.label}: {problem.message}",
                    f"{period_label(q, 'cy')}: {problem.message}")
            if (indicator.aggregation == "ratio" and stored.actual is not None
                    and (stored.numerator is None or stored.denominator is None)):
                say(WARNING, code, "numerator", "check_ratio_quarter",
                    period=Pair(q.label, period_label(q, "cy")))
        target = pack.target(code, period.year)
        if target is not None and target.trajectory_quarters and target.trajectory is None:
            have = Pair(*(", ".join(quarter_label(q, one) for q in target.trajectory_quarters)
                          for one in ("en", "cy")))
            say(ERROR, code, "target", "check_trajectory", year=period.fy.label, have=have)
        if indicator.polarity != "none" and (
            target is None or (target.annual is None and target.trajectory is None)
        ):
            say(WARNING, code, "target", "check_no_target", year=period.fy.label)
        status = statuses.get(code) if statuses is not None else None
        if status is None:
            status = evaluate(pack, code, period)
        if status.rag == "Red":
            note = pack.commentary(code, period)
            if note is None or not (note.text.strip() or note.text_cy.strip()):
                detail = words("check_red_detail", "cy",
                               ytd=figure_words(indicator, status.ytd, "cy"),
                               target=figure_words(indicator, status.target, "cy"))
                say(ERROR, code, "commentary", "check_red",
                    explanation=Pair(status.rag_explanation, detail))
    _check_sections(pack, period, say)
    for breakdown in sorted(pack.all("breakdown"), key=lambda b: (b.position, b.name)):
        if breakdown.period == period:
            problem = breakdown_mismatch(pack, breakdown)
            if problem:
                add(ERROR, breakdown.indicator or breakdown.name, "breakdown", problem)
    meeting = pack.get("meeting", (period,))
    if meeting is None:
        say(WARNING, "Meeting", "", "check_no_meeting", period=label)
    elif (meeting.report_date is not None and meeting.meeting_date is not None
          and meeting.report_date > meeting.meeting_date):
        say(ERROR, "Meeting", "report_date", "check_report_after_meeting",
            report=Pair(date_text(meeting.report_date, "en"),
                        date_text(meeting.report_date, "cy")),
            meeting=Pair(date_text(meeting.meeting_date, "en"),
                         date_text(meeting.meeting_date, "cy")))
    previous = period.previous()
    for indicator in indicators:
        code = indicator.code
        now = period_value(indicator, pack.value(code, period))
        before = period_value(indicator, pack.value(code, previous))
        if indicator.formula:  # worked out, not entered: its operands are checked instead
            now = None
        if now is not None and before is not None and before != 0:
            change = (now - before) / abs(before) * 100
            if abs(change) > limits.jump_percent:
                say(WARNING, code, "actual", "check_jump", now=_figure(indicator, now),
                    percent=f"{abs(change):.0f}", before=_figure(indicator, before),
                    side=Pair(*TEXT["check_above" if change > 0 else "check_below"]))
        note = pack.commentary(code, period)
        for text, which in ((note.text, "check_english"), (note.text_cy, "check_welsh")) \
                if note else ():
            if len(text) > limits.commentary_limit:
                say(WARNING, code, "commentary", "check_long", which=Pair(*TEXT[which]),
                    length=f"{len(text):,}", limit=f"{limits.commentary_limit:,}")
    if language in ("cy", "both"):
        from model.translation import missing_welsh

        for gap in missing_welsh(pack, period):
            field = "commentary" if gap.kind == "commentary" else gap.field
            add(WARNING, gap.code, field, gap.message, gap.message_in("cy"))
    findings.sort(key=lambda f: 0 if f.severity == ERROR else 1)
    return findings


def _check_sections(pack, period: Period, say) -> None:
    """The key areas' expected trajectories and the dashboard's measures (see the rules)."""
    from model.report.key_areas import expected_year

    year = expected_year(period)
    label = f"{year}-{(year + 1) % 100:02d}"
    for area in sorted(pack.all("key_area"), key=lambda a: (a.position, a.name)):
        if pack.indicator(area.indicator) is None:
            continue
        target = pack.target(area.indicator, year)
        if target is None or target.trajectory is None:
            say(WARNING, area.indicator, "target", "check_key_area_trajectory",
                title=Pair(area.title, area.title_cy or area.title), year=label)
    for code in dict.fromkeys(pack.settings.dashboard_measures.split()):
        if pack.indicator(code) is None:
            say(WARNING, code, "", "check_dashboard_measure", code=code)


def _figure(indicator, number: Decimal) -> str:
    """A figure as the scorecard prints it (``61.0%``, ``28,354``, ``£1,234``, ``12.5``)."""
    from model.status import describe

    text = describe(indicator, number)
    return text[:-5] if text.endswith(" days") else text
