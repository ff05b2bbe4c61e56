"""Small-number suppression for published papers (domain.md "Publishing rules").

Rules:
- Only published output is suppressed; draft (internal) output shows every figure.
- A count from 1 to ``threshold - 1`` is shown as ``*`` (threshold from
  ``ReportSettings.suppression_threshold``, 5 by default, so 1 to 4). Zero is shown: it identifies
  nobody. A count is a figure of an indicator whose unit is ``count``, or a cell of a breakdown or
  snapshot table, or a total made from them.
- A percentage (unit ``percent``) is shown as ``*`` when its denominator is below the threshold,
  including a denominator of zero. The denominator of a quarter's figure is that quarter's; of a
  year to date, the sum of the denominators of the quarters the year to date is made from
  (``last``: the latest of them). A percentage entered without a denominator is shown: there is
  nothing to judge it by (the checks encourage numerator and denominator).
- Rates, days, money and ratios are never suppressed. Targets are never suppressed.
- Suppression only changes how a figure is printed: ``SUPPRESSED`` (``*``) replaces the text.
  Totals are computed from the true figures and then suppressed by the same rule; a cell is not
  hidden just because another one is (no secondary suppression).

Plain Python: the PDF papers, the Excel return and the charts all call ``Suppression``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from model import records as r
from model.periods import Period

__all__ = ["SUPPRESSED", "Suppression", "DRAFT", "ytd_denominator", "suppress_chart"]

SUPPRESSED = "*"


@dataclass(frozen=True)
class Suppression:
    """Whether and how to suppress: ``published`` and the ``threshold`` (smallest shown)."""

    published: bool = False
    threshold: int = 5

    @classmethod
    def for_pack(cls, pack, published: bool) -> Suppression:
        return cls(published=published, threshold=int(pack.settings.suppression_threshold))

    @property
    def active(self) -> bool:
        return self.published and self.threshold > 1

    def count(self, number: Decimal | int | float | None) -> bool:
        """True if this count is to be printed as ``*``."""
        if not self.active or number is None:
            return False
        return 0 < number < self.threshold

    def denominator(self, denominator: Decimal | int | float | None) -> bool:
        """True if a percentage with this denominator is to be printed as ``*``."""
        if not self.active or denominator is None:
            return False
        return denominator < self.threshold

    def figure(self, indicator: r.Indicator, number: Decimal | None,
               denominator: Decimal | None = None) -> bool:
        """True if ``number`` (a figure of ``indicator``) is to be printed as ``*``."""
        if not self.active or number is None:
            return False
        if indicator.unit == "count":
            return self.count(number)
        if indicator.unit == "percent":
            return self.denominator(denominator)
        return False

    def quarter(self, pack, indicator: r.Indicator, period: Period,
                number: Decimal | None) -> bool:
        """True if ``indicator``'s figure for ``period`` is to be printed as ``*``."""
        if not self.active or number is None:
            return False
        value = pack.value(indicator.code, period)
        return self.figure(indicator, number, value.denominator if value else None)

    def year_to_date(self, pack, indicator: r.Indicator, period: Period,
                     number: Decimal | None) -> bool:
        """True if ``indicator``'s year to date at ``period`` is to be printed as ``*``."""
        if not self.active or number is None:
            return False
        if indicator.unit != "percent":
            return self.figure(indicator, number)
        return self.denominator(ytd_denominator(pack, indicator, period))


def ytd_denominator(pack, indicator: r.Indicator, period: Period) -> Decimal | None:
    """The denominator behind a percentage year to date (see the module rules), or None."""
    values = [v for p in period.quarters_to_date()
              if (v := pack.value(indicator.code, p)) is not None
              and (v.actual is not None or v.numerator is not None)]
    if not values:
        return None
    if indicator.aggregation == "last":
        return values[-1].denominator
    dens = [v.denominator for v in values if v.denominator is not None]
    return sum(dens, Decimal(0)) if dens else None


#: Nothing suppressed (internal papers).
DRAFT = Suppression(published=False)


def suppress_chart(chart, suppression: Suppression, pack=None, *, people_counts: bool = False):
    """``chart`` (a ``model.charts.Chart``) as published: each suppressed point becomes a gap
    (no value) printed ``*``, and the text alternative then lists the figures as printed, so it
    never gives away a suppressed figure (in the chart's language; a bilingual chart is
    suppressed in each language before the two are merged). A trend chart (``chart.code``) is
    judged by its indicator (quarters: the quarter's figure; years: the year to date); a bar
    chart of ``people_counts`` (breakdowns, snapshots) by the count rule. Other charts (counts of
    indicators or commitments) are returned unchanged."""
    import dataclasses

    if not suppression.active:
        return chart
    indicator = pack.indicator(chart.code) if (pack is not None and chart.code) else None
    if indicator is None and not people_counts:
        return chart
    changed = False
    series = []
    for one in chart.series:
        points = []
        for point in one.points:
            hide = False
            if point.value is not None and one.role in ("value", "segment", "bar"):
                if indicator is not None and point.period is not None:
                    if chart.view == "years":
                        hide = suppression.year_to_date(pack, indicator, point.period,
                                                        point.value)
                    else:
                        hide = suppression.quarter(pack, indicator, point.period, point.value)
                elif indicator is None:
                    hide = suppression.count(point.value)
            if hide:
                changed = True
                point = dataclasses.replace(point, value=None, text=SUPPRESSED, letter="",
                                            status=f"{point.label}: {SUPPRESSED}")
            points.append(point)
        series.append(dataclasses.replace(one, points=tuple(points)))
    if not changed:
        return chart
    from model.words import words

    language = getattr(chart, "language", "en")  # a single language (the report merges after)
    blank = words("chart_blank", language)
    figures = "; ".join(
        f"{one.name}: " + ", ".join(f"{p.label} {p.text or blank}" for p in one.points)
        for one in series if one.role in ("value", "segment", "bar"))
    alt = words("chart_published_alt", language, title=chart.title, mark=SUPPRESSED,
                threshold=suppression.threshold, figures=figures)
    return dataclasses.replace(chart, series=tuple(series), alt_text=alt)
