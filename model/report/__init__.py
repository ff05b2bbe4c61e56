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
- ``suppression``: the small-number rule of a ``published`` edition (``model.suppression``),
  and ``disclosure``: the edition's one decision of which figures it hides
  (``model.report.disclosure``, made from every figure any output prints, so that none hidden
  can be worked out from the others). Outputs learn whether a figure is hidden only from the
  report: ``printed(row)`` (a scorecard row's figures and explanations as printed),
  ``CountTable.text``/``shown`` (breakdowns and snapshots), ``year_ends(code)``, the charts
  (already as the edition shows them: a hidden point is a gap marked ``*``, a stacked bar's
  total is the table's row total or ``*``) and the key areas' trajectories.
- ``edition``: ``draft`` (every figure; not for publication), ``preview`` (published figures,
  but not made by Publish) or ``published`` (made by Publish, ``publishing=True``);
  ``edition_mark`` is the words every output prints on anything that is not the published
  edition.

Cost: each part is worked out when first asked for and then kept, so a report is cheap to make
on every edit and costs only what its reader uses (the checks dock asks for ``findings`` alone,
the dashboard for its sections, a PDF for everything). A report is a snapshot: after an edit,
make a new one. Measured on the sample pack (44 indicators): creating a report ~0 ms;
``scorecard`` ~5 ms; ``findings`` ~7 ms; every dashboard chart ~35 ms; the whole report for the
committee pack ~50 ms (docs/architecture.md).
"""

from __future__ import annotations

import dataclasses
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
from model.report.cover import appendices, cover_report, cover_title
from model.report.dashboard import dashboard_sections, demand_codes, key_indicator_codes
from model.report.disclosure import (
    CHANGE,
    TOTAL,
    Disclosure,
    build_disclosure,
    disclose_chart,
    quarter_key,
    table_key,
    ytd_key,
)
from model.report.figures import printed_row, shown_figure
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
    PrintedRow,
    Shown,
    count_table,
)
from model.report.plans import plan_parts
from model.scorecard import Scorecard, ScorecardRow, build_scorecard
from model.status import evaluate
from model.suppression import Suppression

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
                 limits: CheckLimits | None = None, publishing: bool = False):
        if language not in pt.LANGUAGES:
            raise ReportError(f"language must be en, cy or both, not '{language}'")
        if publishing and not published:
            raise ReportError("the published edition hides small numbers: published=True")
        self.pack = pack
        self.period = period
        self.language = language
        self.published = published
        self.publishing = publishing
        self.limits = limits or CheckLimits()
        self._trends: dict[str, Chart] = {}
        self._printed: dict[str, PrintedRow] = {}

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

    @property
    def edition(self) -> str:
        """``published`` (made by Publish), ``preview`` (small numbers hidden, not made by
        Publish) or ``draft`` (every figure shown)."""
        return "published" if self.publishing else "preview" if self.published else "draft"

    @property
    def edition_mark(self) -> str:
        """What every output prints on an edition that is not the published one ("" on it)."""
        if self.edition == "published":
            return ""
        return pt.words("mark_preview" if self.edition == "preview" else "mark_draft",
                        self.language)

    @cached_property
    def disclosure(self) -> Disclosure:
        """The edition's one decision of which figures it hides (nothing in a draft)."""
        return build_disclosure(self, self._count_tables("breakdown"),
                                self._count_tables("snapshot"))

    def hides(self, key) -> bool:
        """Whether the edition prints figure ``key`` (``model.report.disclosure``) as ``*``."""
        return self.disclosure.hides(key)

    def printed(self, row: ScorecardRow) -> PrintedRow:
        """A scorecard row's figures and explanations as the edition prints them."""
        found = self._printed.get(row.code)
        if found is None:
            found = self._printed[row.code] = printed_row(self, row)
        return found

    def year_ends(self, code: str) -> tuple[tuple[Period, Shown, Shown, str], ...]:
        """An indicator's figure at the end of each of the last five financial years (this
        year: the year to date), as printed: (period, year to date, target, RAG)."""
        indicator = self.pack.indicator(code)
        out = []
        for year in range(self.period.year - TREND_YEARS + 1, self.period.year + 1):
            at = self.period if year == self.period.year else Period(year, 4)
            status = evaluate(self.pack, code, at)
            out.append((at, shown_figure(indicator, status.ytd, self.hides(ytd_key(code, at))),
                        shown_figure(indicator, status.target, False), status.rag))
        return tuple(out)

    @cached_property
    def meeting(self) -> r.Meeting | None:
        """The period's committee meeting (``None`` when the pack has none for it)."""
        return self.pack.get("meeting", (self.period,))

    @cached_property
    def title(self) -> str:
        """The committee pack's title: the cover report's title (both languages joined for
        ``both``)."""
        return " / ".join(t for t in cover_title(self) if t)

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

    def _count_tables(self, kind: str) -> tuple[CountTable, ...]:
        """The period's breakdowns or the snapshots with every figure (before the edition's
        decision), kept."""
        cache = self.__dict__.setdefault("_tables", {})
        if kind in cache:
            return cache[kind]
        if kind == "breakdown":
            records = sorted((b for b in self.pack.all("breakdown") if b.period == self.period),
                             key=lambda b: (b.position, b.name))
            tables = tuple(count_table(
                b, self._label(b.title, b.title_cy), self._labels(b.rows, b.rows_cy),
                self._labels(b.columns, b.columns_cy), b.cells,
                self._chart(lambda lang, b=b: breakdown_chart(b, language=lang)))
                for b in records)
        else:
            # as at the period: dates after its last day are left out, and a comparison with
            # no date left is not shown
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
            tables = tuple(count_table(
                s, self._label(s.title, s.title_cy), self._labels(s.categories, s.categories_cy),
                s.dates, s.counts,
                self._chart(lambda lang, s=s: snapshot_chart(s, language=lang)),
                with_change=True) for s in records)
        cache[kind] = tables
        return tables
    def _as_printed(self, table: CountTable) -> CountTable:
        """``table`` with the places the edition hides, and its chart as printed."""
        record = table.record
        places = [(i, j) for i in (*range(len(table.rows)), TOTAL)
                  for j in (*range(len(table.columns)), TOTAL, CHANGE)]
        hidden = frozenset(p for p in places if self.hides(table_key(record, *p)))
        table = dataclasses.replace(table, hidden=hidden)
        stacked = table.chart is not None and table.chart.kind == "stacked"

        def key_of(series_index, point):
            # a breakdown: column j's segment of row i's bar; a snapshot: date j's bar of
            # category i
            return table_key(record, point.x, series_index)

        totals = tuple((table.text(i, TOTAL), table.shown(i, TOTAL))
                       for i in range(len(table.rows))) if stacked else None
        chart = disclose_chart(table.chart, self.disclosure, key_of, totals) \
            if table.chart is not None else None
        return dataclasses.replace(table, chart=chart)

    @cached_property
    def breakdowns(self) -> tuple[CountTable, ...]:
        return tuple(self._as_printed(t) for t in self._count_tables("breakdown"))

    @cached_property
    def snapshots(self) -> tuple[CountTable, ...]:
        return tuple(self._as_printed(t) for t in self._count_tables("snapshot"))

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

    def _chart(self, make) -> Chart:
        """The chart ``make(language)`` builds, in the report's language (a bilingual chart is
        its English and Welsh charts merged), with every figure."""
        charts = [make(one) for one in pt.languages_of(self.language)]
        return merge(*charts) if len(charts) == 2 else charts[0]

    def _shown(self, chart: Chart) -> Chart:
        """A trend ``chart`` as this edition shows it (hidden quarters as ``*`` gaps)."""
        if not chart.code:
            return chart

        def key_of(_series_index, point):
            return quarter_key(chart.code, point.period) if point.period is not None else None

        return disclose_chart(chart, self.disclosure, key_of)

    def trend(self, code: str) -> Chart:
        """Indicator ``code``'s trend: five financial years to the period, quarter by quarter,
        with target, trajectory and RAG points (kept: the same description every time)."""
        chart = self._trends.get(code)
        if chart is None:
            chart = self._shown(self._chart(lambda lang: _trend_chart(
                self.pack, code, self.period, TREND_YEARS, "quarters", lang)))
            self._trends[code] = chart
        return chart

    @cached_property
    def rag_chart(self) -> Chart:
        # counts of indicators and commitments, not people: never hidden
        return self._chart(lambda lang: rag_summary(self.pack, self.period, self.scorecard,
                                                     lang))

    @cached_property
    def commitment_chart(self) -> Chart:
        return self._chart(lambda lang: commitment_summary(self.pack, self.period, lang))

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
