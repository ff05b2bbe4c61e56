"""The records a pack holds, one frozen dataclass per kind, and the registry that describes them.

Every record has a key (a tuple of its key fields) that is unique within its kind. The registry
(``KINDS``) tells the pack file which table a kind lives in and how each field is stored, so that
the store, the commands and the audit log all work on any kind the same way.

Numbers are ``Decimal`` throughout (never float) so that rounding and tolerances are exact.
Blank is ``None``, never zero. Text fields default to ``""``.

Vocabularies (domain.md): units, polarities, aggregations, comparison modes, tolerance types,
commitment statuses, forecasts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar

from model.periods import Period

UNITS = ("count", "percent", "rate", "days", "currency", "ratio")
POLARITIES = ("higher", "lower", "none")
AGGREGATIONS = ("sum", "last", "mean", "ratio")
COMPARISONS = ("year", "quarter")
TOLERANCE_TYPES = ("percent", "absolute")
COMMITMENT_STATUSES = (
    "Green",
    "Amber-Green",
    "Amber",
    "Red-Amber",
    "Red",
    "Complete",
    "Not started",
    "Deferred",
)
FORECASTS = ("likely", "may", "unlikely")
LANGUAGES = ("en", "cy", "both")

#: Display decimals used when an indicator leaves ``decimals`` blank (domain.md rule 4).
DEFAULT_DECIMALS = {
    "count": 0,
    "currency": 0,
    "percent": 1,
    "rate": 1,
    "days": 1,
    "ratio": 2,
}


class Record:
    """Base of all record kinds: ``kind`` names the kind, ``KEY`` its key fields."""

    kind: ClassVar[str]
    KEY: ClassVar[tuple[str, ...]]

    @property
    def key(self) -> tuple:
        return tuple(getattr(self, name) for name in self.KEY)

    def replace(self, **changes: Any):
        return dataclasses.replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


@dataclass(frozen=True, slots=True)
class Group(Record):
    """A strand or group under which indicators are shown (e.g. "Shifting the Balance – Place")."""

    kind: ClassVar[str] = "group"
    KEY: ClassVar[tuple[str, ...]] = ("name",)

    name: str
    name_cy: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class Indicator(Record):
    """A named figure with a code. Blank overrides fall back to report-settings defaults."""

    kind: ClassVar[str] = "indicator"
    KEY: ClassVar[tuple[str, ...]] = ("code",)

    code: str
    title: str
    unit: str = "count"
    polarity: str = "higher"
    aggregation: str = "sum"
    title_cy: str = ""
    definition: str = ""
    definition_cy: str = ""
    decimals: int | None = None
    group: str = ""
    tolerance: Decimal | None = None
    tolerance_type: str | None = None
    sustain_band: Decimal | None = None
    compare_with: str | None = None
    owner: str = ""
    source: str = ""
    position: int = 0
    #: A calculated indicator's formula over other indicators' codes (``model.formula``), e.g.
    #: ``PEO.01 - PEO.02``; blank for an indicator whose figures are entered.
    formula: str = ""

    @property
    def is_calculated(self) -> bool:
        return bool(self.formula.strip())

    @property
    def display_decimals(self) -> int:
        return self.decimals if self.decimals is not None else DEFAULT_DECIMALS[self.unit]


@dataclass(frozen=True, slots=True)
class Value(Record):
    """The figures for one indicator in one period. All blank means nothing was reported."""

    kind: ClassVar[str] = "value"
    KEY: ClassVar[tuple[str, ...]] = ("code", "period")

    code: str
    period: Period
    actual: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Target(Record):
    """The targets of one indicator for one financial year (``year`` is the FY's start year).

    ``annual`` is the year's target; ``q1``..``q4`` an optional quarterly trajectory, which is
    all four quarters or none. ``management`` marks a management target, whose ``rationale``
    says how it was calculated.
    """

    kind: ClassVar[str] = "target"
    KEY: ClassVar[tuple[str, ...]] = ("code", "year")

    code: str
    year: int
    annual: Decimal | None = None
    q1: Decimal | None = None
    q2: Decimal | None = None
    q3: Decimal | None = None
    q4: Decimal | None = None
    management: bool = False
    rationale: str = ""
    rationale_cy: str = ""

    @property
    def trajectory(self) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
        quarters = (self.q1, self.q2, self.q3, self.q4)
        if all(q is not None for q in quarters):
            return quarters  # type: ignore[return-value]
        return None

    @property
    def trajectory_quarters(self) -> list[int]:
        return [q for q, t in enumerate((self.q1, self.q2, self.q3, self.q4), 1) if t is not None]


@dataclass(frozen=True, slots=True)
class Commentary(Record):
    """The officer's narrative for one indicator in one period, English and Welsh."""

    kind: ClassVar[str] = "commentary"
    KEY: ClassVar[tuple[str, ...]] = ("code", "period")

    code: str
    period: Period
    text: str = ""
    text_cy: str = ""


@dataclass(frozen=True, slots=True)
class ForecastOverride(Record):
    """An officer's forecast (face) for an indicator in a period, replacing the computed one."""

    kind: ClassVar[str] = "forecast_override"
    KEY: ClassVar[tuple[str, ...]] = ("code", "period")

    code: str
    period: Period
    forecast: str
    reason: str
    reason_cy: str = ""


@dataclass(frozen=True, slots=True)
class Commitment(Record):
    """A Corporate Plan step or Directorate Delivery Plan headline action; ``plan`` names the
    plan it belongs to (e.g. ``Corporate Plan``, ``Directorate Delivery Plan``), and the papers
    show each plan's commitments apart (seed 000, Appendices B and C)."""

    kind: ClassVar[str] = "commitment"
    KEY: ClassVar[tuple[str, ...]] = ("ref",)

    ref: str
    title: str
    title_cy: str = ""
    owner: str = ""
    due: dt.date | None = None
    group: str = ""
    position: int = 0
    plan: str = ""
    plan_cy: str = ""
    owner_cy: str = ""


@dataclass(frozen=True, slots=True)
class CommitmentUpdate(Record):
    """A commitment's RAG status and progress narrative for one period."""

    kind: ClassVar[str] = "commitment_update"
    KEY: ClassVar[tuple[str, ...]] = ("ref", "period")

    ref: str
    period: Period
    status: str
    progress: str = ""
    progress_cy: str = ""


@dataclass(frozen=True, slots=True)
class Breakdown(Record):
    """A cross-table for one period, e.g. contacts by source (rows) and outcome (columns).

    It is identified by its name and period (domain.md), so the same table can be kept for
    every quarter. ``cells`` is a list of rows, each a list of counts (``None`` for blank)
    matching ``rows`` and ``columns``. Totals are computed, never stored. ``indicator``
    optionally names the indicator whose period value the grand total should equal.
    """

    kind: ClassVar[str] = "breakdown"
    KEY: ClassVar[tuple[str, ...]] = ("name", "period")

    name: str
    title: str
    period: Period
    rows: list = field(default_factory=list)
    columns: list = field(default_factory=list)
    cells: list = field(default_factory=list)
    title_cy: str = ""
    rows_cy: list = field(default_factory=list)
    columns_cy: list = field(default_factory=list)
    row_heading: str = ""
    column_heading: str = ""
    indicator: str = ""
    note: str = ""
    position: int = 0
    row_heading_cy: str = ""
    column_heading_cy: str = ""
    note_cy: str = ""


@dataclass(frozen=True, slots=True)
class Snapshot(Record):
    """Counts by category at two or more dates, e.g. children looked after by placement type.

    ``counts`` is a list of rows (one per category) of counts (one per date, ``None`` for blank).
    """

    kind: ClassVar[str] = "snapshot"
    KEY: ClassVar[tuple[str, ...]] = ("name",)

    name: str
    title: str
    categories: list = field(default_factory=list)
    dates: list = field(default_factory=list)  # ISO date strings
    counts: list = field(default_factory=list)
    title_cy: str = ""
    categories_cy: list = field(default_factory=list)
    group: str = ""
    note: str = ""
    position: int = 0
    note_cy: str = ""


@dataclass(frozen=True, slots=True)
class Narrative(Record):
    """A narrative section (e.g. "Workforce Strategy Update") for a period, English and Welsh."""

    kind: ClassVar[str] = "narrative"
    KEY: ClassVar[tuple[str, ...]] = ("name", "period")

    name: str
    period: Period
    title: str = ""
    title_cy: str = ""
    text: str = ""
    text_cy: str = ""
    group: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class KeyArea(Record):
    """An indicator the committee monitors closely (seed 000 para 9-10).

    The five items: current position (``position_text``), the five-year trend (from the
    indicator's values), the management target and how it was calculated (the indicator's
    ``Target`` with its rationale), current management actions (``actions``), and expected
    quarterly improvements (the target's trajectory).
    """

    kind: ClassVar[str] = "key_area"
    KEY: ClassVar[tuple[str, ...]] = ("name",)

    name: str
    title: str
    indicator: str
    title_cy: str = ""
    position_text: str = ""
    position_text_cy: str = ""
    actions: str = ""
    actions_cy: str = ""
    related: list = field(default_factory=list)  # further indicator codes shown with it
    position: int = 0


@dataclass(frozen=True, slots=True)
class BudgetLine(Record):
    """A line of the period's budget update (seed 000, dashboard item e): the budget and the
    projected outturn; the variance (projected outturn − budget: positive is an overspend) is
    computed, never stored."""

    kind: ClassVar[str] = "budget_line"
    KEY: ClassVar[tuple[str, ...]] = ("period", "line")

    period: Period
    line: str
    line_cy: str = ""
    budget: Decimal | None = None
    projected_outturn: Decimal | None = None
    note: str = ""
    position: int = 0
    note_cy: str = ""

    @property
    def variance(self) -> Decimal | None:
        if self.budget is None or self.projected_outturn is None:
            return None
        return self.projected_outturn - self.budget


@dataclass(frozen=True, slots=True)
class ReportSettings(Record):
    """The pack's report settings; there is exactly one, keyed ``("report",)``."""

    kind: ClassVar[str] = "settings"
    KEY: ClassVar[tuple[str, ...]] = ("name",)

    name: str = "report"
    pack_title: str = ""
    organisation: str = ""
    organisation_cy: str = ""
    committee: str = ""
    committee_cy: str = ""
    report_title: str = ""
    report_title_cy: str = ""
    meeting_date: dt.date | None = None
    signatory: str = ""
    signatory_role: str = ""
    signatory_role_cy: str = ""
    suppression_threshold: int = 5
    default_tolerance: Decimal = Decimal("10")
    default_tolerance_type: str = "percent"
    default_sustain_band: Decimal = Decimal("0")
    language: str = "en"
    reason_text: str = ""
    reason_text_cy: str = ""
    background_text: str = ""
    background_text_cy: str = ""
    way_forward_text: str = ""
    way_forward_text_cy: str = ""
    legal_text: str = ""
    legal_text_cy: str = ""
    financial_text: str = ""
    financial_text_cy: str = ""
    recommendation_text: str = ""
    recommendation_text_cy: str = ""
    report_date: dt.date | None = None
    scope_text: str = ""
    scope_text_cy: str = ""
    #: Indicator codes (separated by spaces) charted in the dashboard's section of selected
    #: measures, e.g. looked-after reviews and statutory visits on time (seed 000 para 11 d).
    dashboard_measures: str = ""


@dataclass(frozen=True, slots=True)
class PeriodState(Record):
    """Whether a period's papers are final (figures read-only) or draft."""

    kind: ClassVar[str] = "period_state"
    KEY: ClassVar[tuple[str, ...]] = ("period",)

    period: Period
    final: bool = False


@dataclass(frozen=True, slots=True)
class Meeting(Record):
    """The committee meeting that receives a period's papers: its date, the cover report's date
    (on or before the meeting), the committee, the cover report's title (blank: made from the
    period) and who signs it. Blank fields fall back to the report settings."""

    kind: ClassVar[str] = "meeting"
    KEY: ClassVar[tuple[str, ...]] = ("period",)

    period: Period
    meeting_date: dt.date | None = None
    report_date: dt.date | None = None
    committee: str = ""
    committee_cy: str = ""
    title: str = ""
    title_cy: str = ""
    signatory: str = ""
    signatory_role: str = ""
    signatory_role_cy: str = ""


@dataclass(frozen=True, slots=True)
class Publication(Record):
    """A period's published edition, as Publish made it (``model.publication``): the
    ``number``-th publication of the period, when (UTC, ISO) and by whom, the pack revision and
    language it was made from, its files (``[name, SHA-256]`` pairs) and the period's figures
    as they then stood (``[what, text]`` pairs), so that later changes can be shown."""

    kind: ClassVar[str] = "publication"
    KEY: ClassVar[tuple[str, ...]] = ("period", "number")

    period: Period
    number: int
    published_at: str = ""
    user: str = ""
    pack_revision: str = ""
    language: str = "en"
    files: list = field(default_factory=list)
    figures: list = field(default_factory=list)


ALL_KINDS: tuple[type[Record], ...] = (
    Group,
    Indicator,
    Value,
    Target,
    Commentary,
    ForecastOverride,
    Commitment,
    CommitmentUpdate,
    Breakdown,
    Snapshot,
    Narrative,
    KeyArea,
    ReportSettings,
    PeriodState,
    BudgetLine,
    Meeting,
    Publication,
)

KINDS: dict[str, type[Record]] = {cls.kind: cls for cls in ALL_KINDS}

#: Kinds whose records belong to an indicator (``code`` field) and go when it is deleted.
INDICATOR_CHILD_KINDS: tuple[type[Record], ...] = (Value, Target, Commentary, ForecastOverride)


def field_types(cls: type[Record]) -> dict[str, str]:
    """Field name -> storage type name: ``text``, ``int``, ``decimal``, ``bool``, ``period``,
    ``date``, ``json``; computed once per kind from the dataclass annotations."""
    return _FIELD_TYPES[cls.kind]


def _storage_type(annotation: str) -> str:
    base = annotation.replace(" | None", "").strip()
    return {
        "str": "text",
        "int": "int",
        "Decimal": "decimal",
        "bool": "bool",
        "Period": "period",
        "dt.date": "date",
        "list": "json",
    }[base]


_FIELD_TYPES: dict[str, dict[str, str]] = {
    cls.kind: {f.name: _storage_type(str(f.type)) for f in dataclasses.fields(cls)}
    for cls in ALL_KINDS
}
