"""A scorecard row's figures and explanations as an edition prints them.

Rules:
- Every figure goes through the edition's disclosure decision (``model.report.disclosure``):
  a hidden figure prints ``*`` and has no number, in every output.
- Figure texts are ``model.scorecard.figure_text`` (``61.0%``, ``1,234``, ``12.5`` for days).
- A calculated indicator's calculation names its operands' figures, which are other
  indicators' and may be hidden: a published edition prints only its formula.
- The status explanations name figures. Where one is hidden it is written ``*`` in the
  explanation too, and the change between the two compared figures ("up 3") is left out,
  since it would give the hidden one away; the rest of the sentence (the target, the
  tolerance, the period compared with) stays.
"""

from __future__ import annotations

from decimal import Decimal

from model.periods import Period
from model.report.disclosure import quarter_key, ytd_key
from model.report.parts import PrintedRow, Shown
from model.scorecard import ScorecardRow, figure_text
from model.status import describe
from model.suppression import SUPPRESSED

__all__ = ["printed_row", "shown_figure", "welsh_explanation"]


def shown_figure(indicator, number: Decimal | None, hidden: bool) -> Shown:
    if number is None:
        return Shown(None, "", False)
    if hidden:
        return Shown(None, SUPPRESSED, True)
    return Shown(number, figure_text(indicator, number), False)


def _redact_rag(text: str, rag: str, ytd_text: str) -> str:
    lead = f"{rag}: {ytd_text}"
    if text.startswith(lead):
        return f"{rag}: {SUPPRESSED}" + text[len(lead):]
    tail = f"; year to date {ytd_text}"
    if tail in text:
        return text.replace(tail, f"; year to date {SUPPRESSED}")
    return text


def _redact_direction(text: str, word: str, current: str, compared: str, hide_current: bool,
                      hide_compared: bool) -> str:
    lead = f"{word}: {current} against {compared} for "
    if not text.startswith(lead):
        return text
    rest = text[len(lead):]
    if rest.endswith(")") and " (" in rest:
        rest = rest[: rest.rindex(" (")]  # the change ("up 3") would give a hidden figure away
    return (f"{word}: {SUPPRESSED if hide_current else current} against "
            f"{SUPPRESSED if hide_compared else compared} for {rest}")


def printed_row(report, row: ScorecardRow) -> PrintedRow:
    """``row`` as ``report``'s edition prints it (see the module rules)."""
    disclosure, period = report.disclosure, report.period
    indicator, status, code = row.indicator, row.status, row.code
    quarters = tuple(
        shown_figure(indicator, number, disclosure.hides(quarter_key(code,
                                                                     Period(period.year, q))))
        for q, number in enumerate(row.quarters, 1))
    outturn = shown_figure(indicator, row.previous_outturn,
                           disclosure.hides(ytd_key(code, Period(period.year - 1, 4))))
    value = quarters[period.quarter - 1]
    ytd = shown_figure(indicator, status.ytd, disclosure.hides(ytd_key(code, period)))
    if (indicator.compare_with or "year") == "quarter":
        compared_key = quarter_key(code, period.previous())
        current = value
    else:
        compared_key = ytd_key(code, Period(period.year - 1, period.quarter))
        current = ytd
    comparison = shown_figure(indicator, status.comparison, disclosure.hides(compared_key))
    rag_text, direction_text = status.rag_explanation, status.direction_explanation
    if ytd.hidden:
        rag_text = _redact_rag(rag_text, status.rag, describe(indicator, status.ytd))
    if current.hidden or comparison.hidden:
        current_number = status.value if current is value else status.ytd
        direction_text = _redact_direction(
            direction_text, status.direction, describe(indicator, current_number),
            describe(indicator, status.comparison), current.hidden, comparison.hidden)
    calculation = getattr(status, "calculation", "") or ""
    if calculation and disclosure.active:
        # its operands' figures are other indicators' (possibly hidden): the formula only
        calculation = calculation.partition(" = ")[0]
    return PrintedRow(quarters, outturn, value, ytd, Shown(status.target,
                                                            figure_text(indicator,
                                                                        status.target)),
                      comparison, rag_text, direction_text, status.forecast_explanation,
                      calculation)


def welsh_explanation(report, row: ScorecardRow) -> str:
    """The status explained in Welsh from the same figures, as the edition prints them: the
    RAG word with the year to date against the target, the direction word with the figures
    compared (left out where one is hidden), the forecast word."""
    from model import words as pt
    from model.report.cover import declined_comparison

    indicator, status = row.indicator, row.status
    printed = report.printed(row)
    rag = pt.rag_word(status.rag, "cy")
    if status.ytd is not None and status.target is not None:
        ytd = SUPPRESSED if printed.ytd.hidden else pt.figure_words(indicator, status.ytd, "cy")
        rag += ": " + pt.words("check_red_detail", "cy", ytd=ytd,
                               target=pt.figure_words(indicator, status.target, "cy"))
    direction = pt.direction_word(status.direction, "cy")
    hidden = printed.ytd.hidden or printed.value.hidden or printed.comparison.hidden
    if status.direction != "not comparable" and not hidden:
        compared = declined_comparison(indicator, status, report.period, "cy")
        direction += f": {compared}" if compared else ""
    return " | ".join((rag, direction, pt.forecast_word(status.forecast, "cy")))
