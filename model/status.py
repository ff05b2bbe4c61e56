"""The status rules of domain.md: period value, year to date, target, RAG, arrow and face.

Notation: indicator with polarity p, aggregation a, display decimals d; period P = (FY, q).

1. v(P) comes from numerator / denominator when both are given (percent: 100 × num / den;
   ratio: num / den), otherwise from the entered actual.
2. Y(P) over the quarters 1..q of the FY that have values: ``sum`` the sum; ``last`` the value
   of the latest quarter ≤ q that has one (the explanation says which quarter's figure it is);
   ``mean`` the mean; ``ratio`` summed numerators / summed denominators (percent × 100), leaving
   out a quarter that has an actual but no numerator/denominator (flagged by the checks).
3. T(P): with a quarterly trajectory, ``sum`` adds the trajectory targets of quarters 1..q, the
   others take quarter q's. Without one, ``sum`` takes the annual target × q / 4 (pro rata), the
   others the annual target.
4. v, Y, T and C are rounded to d decimals, half away from zero, before any comparison; the
   tolerance τ, the thresholds T ∓ τ, the change Δ and the band β are then exact.
5. RAG of Y against T: n/a when p is ``none`` or there is no target; no data when Y is missing;
   else with τ = t% × |T| (tolerance type ``percent``, default t = 10) or τ = t (``absolute``):
   higher: Green if Y ≥ T, Amber if Y ≥ T − τ, else Red; lower: Green if Y ≤ T, Amber if
   Y ≤ T + τ, else Red.
6. Direction: ``year`` (default) compares Y(P) with C = Y of the same quarter last FY; ``quarter``
   compares v(P) with C = v of the previous quarter. Not comparable when either is missing, or in
   ``year`` mode for sum, mean and ratio when the two years have values for different quarters.
   Δ = value − C, β = s% × |C| (default s = 0). higher: improved if Δ > β, declined if Δ < −β,
   else sustained; lower: the reverse; none: increased / decreased / no change.
7. Forecast: Green → likely, Amber → may, Red → unlikely, otherwise n/a; an officer's override
   for the period replaces it, and its reason is shown.

Calculated indicators (a ``formula``, ``model.formula_values``): v(P) is worked out from the
formula quarter by quarter and every rule above then applies as for entered figures; the status
carries the calculation written out (``calculation``: ``PEO.01 − PEO.02 = 12 − 9 = 3``, or why
there is no value).

Per-indicator overrides: tolerance, tolerance type, sustain band and comparison; blanks fall back
to the pack's report settings (default tolerance 10 percent, sustain band 0).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from model import records as r
from model.numbers import format_exact, format_fixed, round_half_away
from model.periods import Period
from model.validation import computed_value

__all__ = [
    "Status",
    "YearToDate",
    "evaluate",
    "evaluate_all",
    "period_value",
    "year_to_date",
    "period_target",
    "describe",
]

RAG_VALUES = ("Green", "Amber", "Red", "n/a", "no data")
DIRECTIONS = (
    "improved",
    "sustained",
    "declined",
    "increased",
    "decreased",
    "no change",
    "not comparable",
)
FORECAST_VALUES = ("likely", "may", "unlikely", "n/a")
_FORECAST_FROM_RAG = {"Green": "likely", "Amber": "may", "Red": "unlikely"}
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class YearToDate:
    """Y(P) before rounding, the quarters it is made from, and what the reader should know."""

    value: Decimal | None
    quarters: tuple[int, ...]
    note: str = ""
    left_out: tuple[int, ...] = ()


@dataclass(frozen=True)
class Status:
    """Everything the papers show about one indicator in one period, with explanations."""

    code: str
    period: Period
    decimals: int
    value: Decimal | None  # v(P), rounded
    ytd: Decimal | None  # Y(P), rounded
    target: Decimal | None  # T(P), rounded
    comparison: Decimal | None  # C, rounded
    rag: str
    rag_explanation: str
    direction: str
    direction_explanation: str
    forecast: str
    forecast_explanation: str
    forecast_overridden: bool = False
    ytd_note: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: A calculated indicator's calculation for the period (``PEO.01 − PEO.02 = 12 − 9 = 3``).
    calculation: str = ""

    @property
    def explanation(self) -> str:
        """The three explanations on one line (after the calculation, for a calculated
        indicator)."""
        parts = (self.rag_explanation, self.direction_explanation, self.forecast_explanation)
        if self.calculation:
            parts = (f"calculated: {self.calculation}", *parts)
        return " | ".join(parts)


# -- the figures ----------------------------------------------------------------------------


def period_value(indicator: r.Indicator, value: r.Value | None) -> Decimal | None:
    """v(P) before rounding (rule 1)."""
    if value is None:
        return None
    if value.numerator is not None and value.denominator is not None:
        computed = computed_value(indicator.unit, value.numerator, value.denominator)
        if computed is not None:
            return computed
    return value.actual


def _quarters_text(quarters) -> str:
    quarters = list(quarters)
    if not quarters:
        return "no quarters"
    if len(quarters) > 2 and quarters == list(range(quarters[0], quarters[-1] + 1)):
        return f"Q{quarters[0]}–Q{quarters[-1]}"
    names = [f"Q{q}" for q in quarters]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def year_to_date(indicator: r.Indicator, values: dict[int, r.Value | None],
                 quarter: int) -> YearToDate:
    """Y(P) (rule 2) from the year's values by quarter, over quarters 1..``quarter``."""
    aggregation = indicator.aggregation
    figures = {q: period_value(indicator, values.get(q)) for q in range(1, quarter + 1)}
    present = tuple(q for q, v in figures.items() if v is not None)
    if aggregation == "last":
        if not present:
            return YearToDate(None, ())
        latest = present[-1]
        note = ""
        if latest != quarter:
            missing = list(range(latest + 1, quarter + 1))
            note = f"Q{latest} figure; {_quarters_text(missing)} not reported"
        return YearToDate(figures[latest], (latest,), note)
    if aggregation == "ratio":
        used, left_out = [], []
        num_total = den_total = Decimal(0)
        for q in range(1, quarter + 1):
            value = values.get(q)
            if value is None:
                continue
            if value.numerator is not None and value.denominator is not None:
                used.append(q)
                num_total += value.numerator
                den_total += value.denominator
            elif value.actual is not None:
                left_out.append(q)
        note = ""
        if left_out:
            note = (f"{_quarters_text(left_out)} left out: actual without numerator and "
                    "denominator")
        if not used or den_total == 0:
            return YearToDate(None, tuple(used), note, tuple(left_out))
        result = num_total / den_total
        if indicator.unit == "percent":
            result *= _HUNDRED
        return YearToDate(result, tuple(used), note, tuple(left_out))
    if not present:
        return YearToDate(None, ())
    total = sum((figures[q] for q in present), Decimal(0))
    if aggregation == "mean":
        total = total / len(present)
    return YearToDate(total, present)


def period_target(indicator: r.Indicator, target: r.Target | None,
                  quarter: int) -> tuple[Decimal | None, str]:
    """T(P) before rounding (rule 3) and how it was arrived at (for the explanation)."""
    if target is None:
        return None, ""
    trajectory = target.trajectory
    if trajectory is not None:
        if indicator.aggregation == "sum":
            span = _quarters_text(range(1, quarter + 1))
            return sum(trajectory[:quarter], Decimal(0)), f"{span} trajectory"
        return trajectory[quarter - 1], f"Q{quarter} trajectory"
    if target.annual is None:
        return None, ""
    if indicator.aggregation == "sum" and quarter != 4:
        annual = describe(indicator, target.annual, exact=True)
        return target.annual * quarter / 4, f"pro-rata ({quarter}/4 of {annual})"
    return target.annual, ""


# -- words ----------------------------------------------------------------------------------


def describe(indicator: r.Indicator, number: Decimal | None, exact: bool = False,
             difference: bool = False) -> str:
    """A figure as the papers print it: ``61.0%``, ``£1,234``, ``28,354``, ``12.5 days``.
    A ``difference`` of percentages is in percentage points (``5.0 percentage points``)."""
    if number is None:
        return "no figure"
    d = indicator.display_decimals
    text = format_exact(number, d) if exact else format_fixed(number, d)
    sign, body = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, dot, frac = body.partition(".")
    text = f"{sign}{int(whole):,}{dot}{frac}"
    if indicator.unit == "percent":
        return f"{text} percentage points" if difference else f"{text}%"
    if indicator.unit == "currency":
        return f"-£{text[1:]}" if text.startswith("-") else f"£{text}"
    if indicator.unit == "days":
        return f"{text} days"
    return text


def _tolerance_words(tol_type: str, tol: Decimal, tau: Decimal, indicator: r.Indicator) -> str:
    if tol_type == "percent":
        return f"the {format_exact(tol, 0)}% tolerance"
    return f"the tolerance of {describe(indicator, tau, exact=True, difference=True)}"


# -- the rules ------------------------------------------------------------------------------


def _settings_or_default(settings: r.ReportSettings | None) -> r.ReportSettings:
    return settings if settings is not None else r.ReportSettings()


def _rag(indicator, settings, ytd_value, ytd_text, target_value, target_how, period):
    if indicator.polarity == "none":
        return "n/a", "n/a: RAG not appropriate for a demand or context measure"
    if target_value is None:
        return "n/a", f"n/a: no target set for {period.fy.label}"
    if ytd_value is None:
        return "no data", f"no data: no figure reported for {_period_span(period)}"
    tol = indicator.tolerance if indicator.tolerance is not None else settings.default_tolerance
    tol_type = indicator.tolerance_type or settings.default_tolerance_type
    tau = tol / _HUNDRED * abs(target_value) if tol_type == "percent" else tol
    if target_how:  # e.g. "the pro-rata target of 500 (2/4 of 1,000)"
        name, _, detail = target_how.partition(" (")
        t_text = f"the {name} target of {describe(indicator, target_value)}"
        t_text += f" ({detail}" if detail else ""
    else:  # "the 70.0% target", as domain.md writes it
        t_text = f"the {describe(indicator, target_value)} target"
    higher = indicator.polarity == "higher"
    threshold = target_value - tau if higher else target_value + tau
    if (ytd_value >= target_value) if higher else (ytd_value <= target_value):
        if ytd_value == target_value:
            return "Green", f"Green: {ytd_text} meets {t_text}"
        side = "above" if higher else "below"
        return "Green", f"Green: {ytd_text} is {side} {t_text}"
    side = "below" if higher else "above"
    tol_text = _tolerance_words(tol_type, tol, tau, indicator)
    bound = describe(indicator, threshold, exact=True)
    if (ytd_value >= threshold) if higher else (ytd_value <= threshold):
        return "Amber", f"Amber: {ytd_text} is {side} {t_text} but within {tol_text} ({bound})"
    return "Red", f"Red: {ytd_text} is {side} {t_text} by more than {tol_text} ({bound})"


def _period_span(period: Period) -> str:
    return f"{period.fy.label} Q1–Q{period.quarter}" if period.quarter > 1 else period.label


def _direction(indicator, settings, current, compared, label, unlike: str):
    if unlike:
        return "not comparable", f"not comparable: {unlike}"
    if current is None:
        return "not comparable", f"not comparable: no figure for {label[0]}"
    if compared is None:
        return "not comparable", f"not comparable: no figure for {label[1]}"
    band = indicator.sustain_band if indicator.sustain_band is not None \
        else settings.default_sustain_band
    beta = band / _HUNDRED * abs(compared)
    delta = current - compared
    if indicator.polarity == "none":
        words = ("increased", "decreased", "no change")
    elif indicator.polarity == "higher":
        words = ("improved", "declined", "sustained")
    else:
        words = ("declined", "improved", "sustained")
    if delta > beta:
        word = words[0]
    elif delta < -beta:
        word = words[1]
    else:
        word = words[2]
    change = "no change" if delta == 0 else (
        f"{'up' if delta > 0 else 'down'} "
        f"{describe(indicator, abs(delta), exact=True, difference=True)}"
    )
    if beta:
        change += f"; sustain band ±{describe(indicator, beta, exact=True, difference=True)}"
    return word, (f"{word}: {describe(indicator, current)} against "
                  f"{describe(indicator, compared)} for {label[1]} ({change})")


def evaluate(source, code: str, period: Period) -> Status:
    """The status of indicator ``code`` for ``period``. ``source`` is a Pack (or anything with
    ``indicator``, ``value``, ``target``, ``forecast_override`` and ``settings``)."""
    indicator = source.indicator(code)
    if indicator is None:
        raise KeyError(f"there is no indicator with code '{code}'")
    settings = _settings_or_default(source.settings)
    d = indicator.display_decimals
    year, q = period.year, period.quarter

    this_year = {k: source.value(code, Period(year, k)) for k in range(1, q + 1)}
    ytd = year_to_date(indicator, this_year, q)
    ytd_value = round_half_away(ytd.value, d)
    v_value = round_half_away(period_value(indicator, this_year.get(q)), d)
    target_raw, target_how = period_target(indicator, source.target(code, year), q)
    target_value = round_half_away(target_raw, d)

    ytd_text = describe(indicator, ytd_value)
    if ytd.note and indicator.aggregation == "last":
        ytd_text += f" ({ytd.note})"
    rag, rag_text = _rag(indicator, settings, ytd_value, ytd_text, target_value, target_how,
                         period)
    if rag == "n/a" and ytd_value is not None and ytd.note:
        # Rule 2: the explanation says which quarter's figure a ``last`` YTD is (and what a
        # ``ratio`` YTD leaves out) even when there is no RAG to explain.
        rag_text += f"; year to date {ytd_text}"
    if ytd.left_out:
        rag_text += f" ({ytd.note})"

    mode = indicator.compare_with or "year"
    unlike = ""
    if mode == "quarter":
        previous = period.previous()
        current = v_value
        compared = round_half_away(period_value(indicator, source.value(code, previous)), d)
        labels = (period.label, previous.label)
    else:
        last_year = {k: source.value(code, Period(year - 1, k)) for k in range(1, q + 1)}
        before = year_to_date(indicator, last_year, q)
        current = ytd_value
        compared = round_half_away(before.value, d)
        if indicator.aggregation == "last" or q == 1:
            labels = (period.label, period.same_quarter_last_year().label)
            if indicator.aggregation == "last" and before.note and compared is not None:
                labels = (labels[0], f"{labels[1]} ({before.note})")
        else:
            labels = (f"{period.fy.label} Q1–Q{q}", f"{period.fy.previous().label} Q1–Q{q}")
        if (indicator.aggregation in ("sum", "mean", "ratio") and current is not None
                and compared is not None and ytd.quarters != before.quarters):
            unlike = (f"{period.fy.label} has figures for {_quarters_text(ytd.quarters)} but "
                      f"{period.fy.previous().label} for {_quarters_text(before.quarters)}, "
                      "so the years to date are not like for like")
    direction, direction_text = _direction(indicator, settings, current, compared, labels, unlike)

    override = source.forecast_override(code, period)
    computed = _FORECAST_FROM_RAG.get(rag, "n/a")
    if override is not None:
        forecast = override.forecast
        forecast_text = (f"{forecast}: officer's forecast, because {override.reason} "
                         f"(calculated: {computed})")
    elif computed == "n/a":
        forecast, forecast_text = "n/a", f"n/a: no forecast without a RAG status ({rag})"
    else:
        forecast = computed
        forecast_text = f"{computed}: {rag} against the target so far this year"

    notes = tuple(n for n in (ytd.note,) if n)
    calculation = ""
    if indicator.formula:
        current_value = this_year.get(q)
        calculation = current_value.note if current_value is not None else ""
    return Status(
        code=code,
        period=period,
        decimals=d,
        value=v_value,
        ytd=ytd_value,
        target=target_value,
        comparison=compared,
        rag=rag,
        rag_explanation=rag_text,
        direction=direction,
        direction_explanation=direction_text,
        forecast=forecast,
        forecast_explanation=forecast_text,
        forecast_overridden=override is not None,
        ytd_note=ytd.note,
        notes=notes,
        calculation=calculation,
    )


def evaluate_all(source, period: Period) -> list[Status]:
    """The status of every indicator, in paper order."""
    return [evaluate(source, ind.code, period) for ind in source.indicators()]
