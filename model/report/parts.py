"""The parts of a period report: plain, frozen records of what the papers and the window show.

Rules:
- Texts are in the report's language (``en``, ``cy`` or ``both``, chosen with
  ``model.words.pick``); figures are kept as numbers (``Decimal``) with, where a figure can be
  suppressed, the text the edition prints (``*`` in a published edition, ``model.suppression``).
- Totals of breakdowns and snapshots are computed here, once, from the stored counts: a total is
  blank (``None``) when every count it adds is blank, never 0; a snapshot's change is the last
  date's count less the first's, blank when either is blank.
- Charts are ``model.charts.Chart`` descriptions as this edition shows them (suppressed points
  become gaps marked ``*`` in a published edition).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from model import records as r
from model.charts import Chart
from model.periods import Period

__all__ = [
    "Bullet",
    "CoverParagraph",
    "CoverSection",
    "CoverReport",
    "Appendix",
    "CountTable",
    "count_table",
    "count_text",
    "Shown",
    "PrintedRow",
    "TrajectoryRow",
    "Trajectory",
    "KeyAreaPart",
    "CommitmentLine",
    "DashboardSection",
    "RelatedMeasure",
    "FiveYearTable",
    "PlanPart",
    "BudgetRow",
    "BudgetPart",
]


# -- the cover report ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Bullet:
    """A bullet point: ``lead`` (printed in bold: a code, "Appendix A") then ``text``; in a
    bilingual edition ``welsh`` is the same bullet's Welsh (its lead, its text), printed under
    it."""

    lead: str
    text: str
    welsh: tuple[str, str] | None = None

    def __str__(self) -> str:
        return self.lead + self.text


@dataclass(frozen=True)
class CoverParagraph:
    """One paragraph of the cover report: its number (``None``: not numbered), its text in each
    language of the edition (English first for ``both``; where the Welsh is missing it is the
    English marked "[Saesneg yn unig]", or the mark alone in ``both``) and any bullet points
    under it. ``key`` identifies the paragraph whatever the language ("background.2": the
    settings text and its paragraph number; "performance.rag": a generated paragraph), so an
    English paragraph and its Welsh are always the same paragraph, never neighbours."""

    number: int | None
    texts: tuple[str, ...]
    bullets: tuple[Bullet, ...] = ()
    key: str = ""


@dataclass(frozen=True)
class CoverSection:
    """A heading of the cover report (``key``: reason, background, performance, way_forward,
    legal, financial, recommendation) and its paragraphs."""

    key: str
    heading: str
    paragraphs: tuple[CoverParagraph, ...]


@dataclass(frozen=True)
class CoverReport:
    """The committee's covering paper in the seeds' shape, every word as printed (before any
    change of case a layout makes)."""

    organisation: str
    committee: tuple[str, ...]
    meeting_date: str
    title: tuple[str, ...]
    sections: tuple[CoverSection, ...]
    signatory: str
    signatory_role: str
    report_date: str

    @property
    def paragraphs(self) -> tuple[CoverParagraph, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)


@dataclass(frozen=True)
class Appendix:
    """One appendix: its letter, kind, title and what it holds (both as printed; for ``both``
    "English / Cymraeg"), and for a key-area appendix the key area's name (``key``). ``titles``
    and ``holds_texts`` are the title and what it holds in each language of the edition
    (English first), each naming a key area once, in its language."""

    letter: str
    kind: str
    title: str
    holds: str
    key: str = ""
    titles: tuple[str, ...] = ()
    holds_texts: tuple[str, ...] = ()


# -- tables of counts ---------------------------------------------------------------------------


def _number(value) -> Decimal | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _sum(values) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def count_text(value: Decimal | None, change: bool = False) -> str:
    """A count as a table prints it: ``1,234`` (a change ``+12``); blank for no figure."""
    if value is None:
        return ""
    if change:
        return f"{int(value):+,}" if value == int(value) else f"{value:+,}"
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


#: Where a total or a change sits in a ``CountTable`` (``i`` or ``j``).
TOTAL = "total"
CHANGE = "change"


@dataclass(frozen=True)
class Shown:
    """A figure as an edition prints it: ``number`` (``None`` when blank or hidden), ``text``
    (``""`` blank, ``*`` hidden) and whether it is ``hidden``."""

    number: Decimal | None
    text: str
    hidden: bool = False


@dataclass(frozen=True)
class PrintedRow:
    """A scorecard row as the edition prints it: the four quarters, last year's outturn, the
    period's value, year to date, target and comparison (each ``Shown``), and the status
    explanations with any hidden figure written ``*``."""

    quarters: tuple[Shown, Shown, Shown, Shown]
    outturn: Shown
    value: Shown
    ytd: Shown
    target: Shown
    comparison: Shown
    rag_explanation: str
    direction_explanation: str
    forecast_explanation: str
    calculation: str = ""  # a calculated indicator's calculation, as printed

    @property
    def explanation(self) -> str:
        parts = (self.rag_explanation, self.direction_explanation, self.forecast_explanation)
        if self.calculation:
            parts = (f"calculated: {self.calculation}", *parts)
        return " | ".join(parts)

    @property
    def any_hidden(self) -> bool:
        return any(s.hidden for s in (*self.quarters, self.outturn, self.value, self.ytd,
                                      self.comparison))


@dataclass(frozen=True)
class CountTable:
    """A breakdown (rows by columns) or a snapshot comparison (categories by dates) as printed:
    ``title``, ``rows`` and ``columns`` in the report's language, ``cells`` padded to the
    columns (a snapshot's columns are its ISO dates, which each layout writes as it writes
    dates), and the totals. ``changes`` (snapshots with two dates or more) is each row's last
    count less its first. ``hidden`` holds the places (``(i, j)``, with ``TOTAL`` or ``CHANGE``
    for ``i`` or ``j``) the edition prints as ``*``: read every figure through ``text`` or
    ``shown``, never from ``cells``, so a hidden figure is never printed."""

    record: r.Breakdown | r.Snapshot
    title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[Decimal | None, ...], ...]
    row_totals: tuple[Decimal | None, ...]
    column_totals: tuple[Decimal | None, ...]
    grand_total: Decimal | None
    changes: tuple[Decimal | None, ...] = ()
    total_change: Decimal | None = None
    chart: Chart | None = None
    hidden: frozenset = frozenset()

    @property
    def name(self) -> str:
        return self.record.name

    def figure(self, i, j) -> Decimal | None:
        """The true figure at row ``i`` (or ``TOTAL``), column ``j`` (or ``TOTAL``,
        ``CHANGE``)."""
        if i == TOTAL:
            if j == TOTAL:
                return self.grand_total
            if j == CHANGE:
                return self.total_change
            return self.column_totals[j]
        if j == TOTAL:
            return self.row_totals[i]
        if j == CHANGE:
            return self.changes[i] if self.changes else None
        return self.cells[i][j]

    def is_hidden(self, i, j) -> bool:
        return (i, j) in self.hidden and self.figure(i, j) is not None

    def shown(self, i, j) -> Decimal | None:
        """The figure as printed: None when blank or hidden."""
        return None if self.is_hidden(i, j) else self.figure(i, j)

    def text(self, i, j) -> str:
        """The figure as printed: ``1,234``, a change ``+12``, ``*`` when hidden, blank."""
        if self.is_hidden(i, j):
            return "*"
        return count_text(self.figure(i, j), change=j == CHANGE)


def count_table(record, title: str, rows, columns, cells, chart: Chart | None,
                with_change: bool = False) -> CountTable:
    """The ``CountTable`` of a breakdown's or snapshot's labels and stored counts."""
    rows, columns = tuple(rows), tuple(columns)
    grid = tuple(
        tuple(_number(line[j]) if j < len(line) else None for j in range(len(columns)))
        for line in ((cells[i] if i < len(cells) else []) for i in range(len(rows))))
    row_totals = tuple(_sum(line) for line in grid)
    column_totals = tuple(_sum(line[j] for line in grid) for j in range(len(columns)))
    grand = _sum(row_totals)
    changes: tuple = ()
    total_change = None
    if with_change and len(columns) >= 2:
        changes = tuple(None if line[0] is None or line[-1] is None else line[-1] - line[0]
                        for line in grid)
        first, last = column_totals[0], column_totals[-1]
        total_change = None if first is None or last is None else last - first
    return CountTable(record, title, rows, columns, grid, row_totals, column_totals, grand,
                      changes, total_change, chart)


# -- key areas and commitments -----------------------------------------------------------------


@dataclass(frozen=True)
class TrajectoryRow:
    """A quarter of a trajectory: the expected figure and the actual so far (``None`` after the
    period or unreported) with the text the edition prints for it."""

    period: Period
    expected: Decimal
    actual: Decimal | None
    actual_text: str


@dataclass(frozen=True)
class Trajectory:
    """A financial year's quarterly trajectory (``year``: the year it starts)."""

    year: int
    rows: tuple[TrajectoryRow, ...]


@dataclass(frozen=True)
class RelatedMeasure:
    """A further measure drawn with a key area (``KeyArea.related``): its indicator, its title
    in the report's language and its five-year trend chart (the same object as the
    dashboard's)."""

    indicator: r.Indicator
    title: str
    chart: Chart


@dataclass(frozen=True)
class FiveYearTable:
    """A key area's measures year by year, printed beside its trend chart: ``measures`` (the
    key indicator first, then the related ones), ``years`` (labels of the five financial years
    to the period's), ``values[i][j]`` the figure of year i for measure j (the year-end figure,
    Y at Q4; for the period's own year the year to date), ``cells`` the same as printed (``*``
    where a published edition suppresses it), and the key indicator's ``targets`` (printed) and
    ``rags`` for each year."""

    measures: tuple[r.Indicator, ...]
    years: tuple[str, ...]
    values: tuple[tuple[Decimal | None, ...], ...]
    cells: tuple[tuple[str, ...], ...]
    targets: tuple[str, ...]
    rags: tuple[str, ...]


@dataclass(frozen=True)
class KeyAreaPart:
    """A key area the committee monitors (seed 000 para 9-10): the record, its indicator, the
    year's target (the management target and how it was calculated), the five-year trend chart,
    its related measures with their charts, the five-year table, and the trajectories of this
    year and next where they are set. ``expected_year`` is the year of the "expected future
    quarterly improvements": this year at Q1-Q3, next year at Q4 (the year just ended has no
    future quarters); ``missing_trajectory``: that year has no trajectory."""

    area: r.KeyArea
    indicator: r.Indicator
    title: str
    target: r.Target | None
    chart: Chart
    trajectories: tuple[Trajectory, ...]
    missing_trajectory: bool
    related: tuple[RelatedMeasure, ...] = ()
    table: FiveYearTable | None = None
    expected_year: int = 0

    @property
    def expected(self) -> Trajectory | None:
        """The trajectory of ``expected_year``, or None when it has none."""
        return next((t for t in self.trajectories if t.year == self.expected_year), None)


@dataclass(frozen=True)
class CommitmentLine:
    """A commitment and its update for the period (``None``: no update)."""

    commitment: r.Commitment
    update: r.CommitmentUpdate | None

    @property
    def status(self) -> str:
        return self.update.status if self.update else ""


@dataclass(frozen=True)
class PlanPart:
    """The commitments of one plan (``Commitment.plan``, e.g. the Corporate Plan or the
    Directorate Delivery Plan; ``""``: commitments without a plan) for the period: its title in
    the report's language, its commitments with their updates, how many have each status
    (``counts``, statuses with none left out) and its chart."""

    plan: str
    title: str
    lines: tuple[CommitmentLine, ...]
    counts: tuple[tuple[str, int], ...]
    chart: Chart
    welsh: str = ""  # the plan's Welsh name (its commitments' ``plan_cy``)

    def title_in(self, language: str) -> str:
        """The plan's name in ``en`` or ``cy`` (``model.charts.plans.plan_title``)."""
        from model.charts.plans import plan_title

        return plan_title(self.plan, language, self.welsh)


# -- the budget update -----------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetRow:
    """A budget line as printed: its label in the language, budget, projected outturn and the
    variance (projected outturn − budget), each also as printed (``£41,250,000``,
    ``+£1,850,500``)."""

    record: r.BudgetLine
    line: str
    budget: Decimal | None
    outturn: Decimal | None
    variance: Decimal | None
    texts: tuple[str, str, str]


@dataclass(frozen=True)
class BudgetPart:
    """The period's budget update (seed 000, dashboard item e): its lines, the totals (blank
    where every line is blank) with their printed texts, the summary sentence(s) and the
    chart."""

    rows: tuple[BudgetRow, ...]
    total: BudgetRow
    summary: tuple[str, ...]
    chart: Chart


# -- the dashboard ------------------------------------------------------------------------------


class DashboardSection:
    """One section of the dashboard: ``key`` (``demand``, ``plans``, ``measures``, ``budget``,
    ``key_indicators``, ``breakdowns``, ``snapshots``, ``rag``), its heading, the indicators it
    charts (trend sections), its narrative and its charts, worked out when first asked for.
    ``appendix`` names the kind of appendix of the committee pack that draws these charts."""

    def __init__(self, key: str, title: str, appendix: str,
                 make: Callable[[], tuple[Chart, ...]], codes: tuple[str, ...] = (),
                 narrative: r.Narrative | None = None):
        self.key = key
        self.title = title
        self.appendix = appendix
        self.codes = codes
        self._make = make
        #: The period's narrative for this section (a narrative named ``dashboard-<key>``).
        self.narrative = narrative

    @property
    def is_trends(self) -> bool:
        """Small multiples of trend charts (rather than one card a chart)."""
        return self.key in ("demand", "key_indicators", "measures")

    @cached_property
    def charts(self) -> tuple[Chart, ...]:
        return tuple(self._make())

    def __repr__(self) -> str:
        return f"DashboardSection({self.key!r}, {self.title!r})"
