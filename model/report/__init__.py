"""The period report: everything the papers and the window say about one period, assembled once.

``PeriodReport(pack, period, language="en", published=False, limits=None)`` is the one place
where the domain decides what a period's outputs show. The window (scorecard page, dashboard,
checks dock), ``python main.py check`` and every export (CSV, scorecard PDF, committee pack PDF,
Excel return) read it, so they cannot disagree; the exporters and the window only lay it out.
Plain Python: no Qt, no reportlab, no openpyxl.

What it holds (the parts are in ``model.report.parts``):

- ``scorecard``: ``model.scorecard.Scorecard`` — the rows in paper order, by group, with the
  four quarters, last year's outturn, the status (YTD, target, comparison, RAG, arrow, face and
  their explanations) and the commentary; ``rag_counts()``.
- ``demand_codes``: the demand measures — the indicators of the group named "Demand" (Welsh
  "Galw"), or, in a pack without one, the indicators with polarity ``none``
  (``model.report.dashboard`` says why).
- ``key_indicator_codes``: the key areas' indicators, in key-area order, without repeats.
- ``findings``: every pre-publication check of ``model.checks`` for the period (errors first),
  with ``limits`` (commentary length, figure jump: the window's Preferences, else the defaults).
- ``breakdowns``: the period's breakdowns, and ``snapshots``: the snapshot comparisons, each a
  ``CountTable`` (labels in the language, counts, totals, changes, chart).
- ``key_areas``: ``KeyAreaPart`` — area, indicator, the year's target, the five-year trend chart,
  this year's and next year's trajectories with the figures so far.
- ``narratives`` of the period; ``commitments`` with their update for the period
  (``CommitmentLine``); ``rationale``: the (indicator, target) pairs with a rationale or a
  management target for the year.
- ``dashboard``: the dashboard's sections (``DashboardSection``: demand, key indicators,
  breakdowns, snapshots, RAG status by group, commitments by status), each with its chart
  descriptions (``model.charts.Chart``) and the kind of appendix of the committee pack that
  draws the same charts. ``trend(code)`` gives any indicator's five-year trend chart, kept, so
  the dashboard and a key-area page draw the very same description.
- ``appendices``: letter, kind, title and what each holds; ``cover``: the cover report's
  headings and numbered paragraphs, the performance summary generated from the scorecard;
  ``title``: the committee pack's title.
- ``suppression``: the small-number rule of a ``published`` edition (``model.suppression``);
  every chart in the report is already as this edition shows it, and so are the figures of the
  key areas' trajectories and the cover report's words.

Cost: each part is worked out when first asked for and then kept, so a report is cheap to make
on every edit and costs only what its reader uses (the checks dock asks for ``findings`` alone,
the dashboard for its sections, a PDF for everything). A report is a snapshot: after an edit,
make a new one. Measured on the sample pack (44 indicators): creating a report ~0 ms;
``scorecard`` ~5 ms; ``findings`` ~7 ms; every dashboard chart ~35 ms; the whole report for the
committee pack ~50 ms (docs/architecture.md).
"""

from __future__ import annotations

from functools import cached_property

from model import records as r
from model import words as pt
from model.charts import Chart, breakdown_chart, commitment_summary, rag_summary, snapshot_chart
from model.charts import trend_chart as _trend_chart
from model.charts.bilingual import merge
from model.checks import CheckLimits, Finding, check_period
from model.errors import CraffuError
from model.periods import Period
from model.report.budget import budget_part
from model.report.cover import appendices, cover_report
from model.report.dashboard import dashboard_sections, demand_codes, key_indicator_codes
from model.report.key_areas import key_area_parts
from model.report.parts import (
    Appendix,
    BudgetPart,
    CommitmentLine,
    CountTable,
    CoverReport,
    DashboardSection,
    KeyAreaPart,
    PlanPart,
    count_table,
)
from model.report.plans import plan_parts
from model.scorecard import Scorecard, build_scorecard
from model.suppression import Suppression, suppress_chart

__all__ = ["PeriodReport", "ReportError", "TREND_YEARS", "demand_codes", "key_indicator_codes"]

#: The span of every trend chart of a report, in financial years.
TREND_YEARS = 5
#: A narrative named ``dashboard-<section>`` narrates that dashboard section; one named
#: ``appendix-…`` is printed as an appendix of its own.
DASHBOARD_PREFIX = "dashboard-"
APPENDIX_PREFIX = "appendix-"


class ReportError(CraffuError, ValueError):
    """A report that cannot be made from what was asked (e.g. an unknown language)."""


class PeriodReport:
    """One period of one pack, in one language (``en``, ``cy`` or ``both``). See the module
    docstring for what it holds."""

    def __init__(self, pack, period: Period, language: str = "en", *, published: bool = False,
                 limits: CheckLimits | None = None):
        if language not in pt.LANGUAGES:
            raise ReportError(f"language must be en, cy or both, not '{language}'")
        self.pack = pack
        self.period = period
        self.language = language
        self.published = published
        self.limits = limits or CheckLimits()
        self._trends: dict[str, Chart] = {}

    def __repr__(self) -> str:
        return (f"PeriodReport({self.pack.name!r}, {self.period.label!r}, {self.language!r}"
                f"{', published' if self.published else ''})")

    # -- the period and the edition ----------------------------------------------------------

    @cached_property
    def suppression(self) -> Suppression:
        return Suppression.for_pack(self.pack, self.published)

    @property
    def is_final(self) -> bool:
        return self.pack.is_final(self.period)

    @cached_property
    def title(self) -> str:
        """The committee pack's title: the report title (both languages for ``both``), else
        the pack's name, "Committee papers" and the period."""
        s = self.pack.settings
        if s.report_title.strip() or s.report_title_cy.strip():
            return pt.joined(s.report_title, s.report_title_cy, self.language)
        return " / ".join(
            f"{self.pack.name} – {pt.words('committee_pack', one)} "
            f"{pt.period_label(self.period, one)}" for one in pt.languages_of(self.language))

    # -- figures and checks -----------------------------------------------------------------

    @cached_property
    def scorecard(self) -> Scorecard:
        return build_scorecard(self.pack, self.period)

    @cached_property
    def findings(self) -> tuple[Finding, ...]:
        statuses = ({row.code: row.status for row in self.scorecard.rows}
                    if "scorecard" in self.__dict__ else None)  # reuse, never force
        return tuple(check_period(self.pack, self.period, self.limits, statuses,
                                  language=self.language))

    @cached_property
    def demand_codes(self) -> tuple[str, ...]:
        return demand_codes(self.pack)

    @cached_property
    def key_indicator_codes(self) -> tuple[str, ...]:
        return key_indicator_codes(self.pack)

    # -- records of the period --------------------------------------------------------------

    def _label(self, english: str, welsh: str) -> str:
        return pt.joined(english, welsh, self.language)

    def _labels(self, english: list, welsh: list) -> tuple[str, ...]:
        """Row, column or category labels in the language (each marked where its Welsh is
        missing)."""
        welsh = list(welsh or [])
        return tuple(self._label(str(e), str(welsh[i]) if i < len(welsh) else "")
                     for i, e in enumerate(english))

    @cached_property
    def breakdowns(self) -> tuple[CountTable, ...]:
        records = sorted((b for b in self.pack.all("breakdown") if b.period == self.period),
                         key=lambda b: (b.position, b.name))
        return tuple(count_table(
            b, self._label(b.title, b.title_cy), self._labels(b.rows, b.rows_cy),
            self._labels(b.columns, b.columns_cy), b.cells,
            self._shown(lambda lang, b=b: breakdown_chart(b, language=lang),
                        people_counts=True)) for b in records)

    @cached_property
    def snapshots(self) -> tuple[CountTable, ...]:
        """The snapshot comparisons as at the period: dates after the period's last day are
        left out, and a comparison with no date left is not shown."""
        end = self.period.last_day.isoformat()
        records = []
        for s in sorted(self.pack.all("snapshot"), key=lambda s: (s.position, s.name)):
            keep = [j for j, day in enumerate(s.dates) if str(day) <= end]
            if not keep:
                continue
            if len(keep) < len(s.dates):
                s = s.replace(dates=[s.dates[j] for j in keep],
                              counts=[[line[j] if j < len(line) else None for j in keep]
                                      for line in s.counts])
            records.append(s)
        return tuple(count_table(
            s, self._label(s.title, s.title_cy), self._labels(s.categories, s.categories_cy),
            s.dates, s.counts,
            self._shown(lambda lang, s=s: snapshot_chart(s, language=lang), people_counts=True),
            with_change=True)
            for s in records)

    @cached_property
    def _period_narratives(self) -> tuple[r.Narrative, ...]:
        return tuple(sorted((n for n in self.pack.all("narrative") if n.period == self.period),
                            key=lambda n: (n.position, n.name)))

    @cached_property
    def narratives(self) -> tuple[r.Narrative, ...]:
        """The period's narratives, but for the dashboard sections' (``dashboard-…``) and the
        narrative appendices (``appendix-…``)."""
        return tuple(n for n in self._period_narratives
                     if not n.name.startswith((DASHBOARD_PREFIX, APPENDIX_PREFIX)))

    @cached_property
    def commitments(self) -> tuple[CommitmentLine, ...]:
        """The commitments of the period, each with its update for the period: those updated
        for it, and those live at it without an update (no update yet at all, or updated before
        and not due before the period began). A commitment whose updates all come later, or
        that ended before the period, belongs to other periods' papers."""
        pack, period = self.pack, self.period
        updated: dict[str, list] = {}
        for update in pack.all("commitment_update"):
            updated.setdefault(update.ref, []).append(update.period)
        lines = []
        for c in sorted(pack.all("commitment"), key=lambda c: (c.position, c.ref)):
            update = pack.get("commitment_update", (c.ref, period))
            periods = updated.get(c.ref, [])
            live = not periods or (min(periods) < period and
                                   (c.due is None or c.due >= period.first_day))
            if update is not None or live:
                lines.append(CommitmentLine(c, update))
        return tuple(lines)

    @cached_property
    def rationale(self) -> tuple[tuple[r.Indicator, r.Target], ...]:
        out = []
        for indicator in self.pack.indicators():
            target = self.pack.target(indicator.code, self.period.year)
            if target is not None and (target.rationale.strip() or target.rationale_cy.strip()
                                       or target.management):
                out.append((indicator, target))
        return tuple(out)

    @cached_property
    def key_areas(self) -> tuple[KeyAreaPart, ...]:
        return key_area_parts(self)

    @cached_property
    def plans(self) -> tuple[PlanPart, ...]:
        """The commitments plan by plan (``model.report.plans``)."""
        return plan_parts(self)

    @cached_property
    def budget(self) -> BudgetPart | None:
        """The period's budget update, or None without budget lines (``model.report.budget``)."""
        return budget_part(self)

    @cached_property
    def narrative_appendices(self) -> tuple[r.Narrative, ...]:
        """The period's narratives printed as appendices of their own (named ``appendix-…``,
        e.g. an extract from the Annual Well-being Report)."""
        return tuple(n for n in self._period_narratives if n.name.startswith(APPENDIX_PREFIX))

    def section_narrative(self, key: str) -> r.Narrative | None:
        """The period's narrative of dashboard section ``key`` (named ``dashboard-<key>``)."""
        return next((n for n in self._period_narratives
                     if n.name == f"{DASHBOARD_PREFIX}{key}"), None)

    @cached_property
    def dashboard_measure_codes(self) -> tuple[str, ...]:
        """The indicators of the dashboard's selected measures (the report setting
        ``dashboard_measures``), those the pack has, without repeats."""
        codes = dict.fromkeys(self.pack.settings.dashboard_measures.split())
        return tuple(code for code in codes if self.pack.indicator(code) is not None)

    # -- charts and the dashboard -----------------------------------------------------------

    def _shown(self, make, people_counts: bool = False) -> Chart:
        """The chart ``make(language)`` builds, as this edition shows it: in the report's
        language (a bilingual chart is its English and Welsh charts merged) with suppressed
        points as ``*`` gaps when published."""
        charts = [suppress_chart(make(one), self.suppression, self.pack,
                                 people_counts=people_counts)
                  for one in pt.languages_of(self.language)]
        return merge(*charts) if len(charts) == 2 else charts[0]

    def trend(self, code: str) -> Chart:
        """Indicator ``code``'s trend: five financial years to the period, quarter by quarter,
        with target, trajectory and RAG points (kept: the same description every time)."""
        chart = self._trends.get(code)
        if chart is None:
            chart = self._shown(lambda lang: _trend_chart(self.pack, code, self.period,
                                                          TREND_YEARS, "quarters", lang))
            self._trends[code] = chart
        return chart

    @cached_property
    def rag_chart(self) -> Chart:
        return self._shown(lambda lang: rag_summary(self.pack, self.period, self.scorecard,
                                                     lang))

    @cached_property
    def commitment_chart(self) -> Chart:
        return self._shown(lambda lang: commitment_summary(self.pack, self.period, lang))

    @cached_property
    def dashboard(self) -> tuple[DashboardSection, ...]:
        return dashboard_sections(self)

    def section(self, key: str) -> DashboardSection | None:
        """The dashboard section ``key`` (``demand``, ``rag``, …), or None when left out."""
        return next((s for s in self.dashboard if s.key == key), None)

    # -- the committee pack -----------------------------------------------------------------

    @cached_property
    def appendices(self) -> tuple[Appendix, ...]:
        return appendices(self)

    @cached_property
    def cover(self) -> CoverReport:
        return cover_report(self)
