"""The docks beside the scorecard: indicator detail, checks, and history.

Rules:
- Detail: the selected indicator's definition (English and Welsh), unit, polarity,
  aggregation, target, and the three status explanations for the period.
- Checks: ``model.checks.check_period`` plus the editor's own checks (``period_checks``):
  a breakdown whose total differs from its indicator's figure; a figure that jumps from last
  quarter by more than the jump limit (Preferences, default 50%); commentary over the length
  limit (default 1,500 characters). Each row says error or warning in words; double-click (or
  Return) goes to the cell (``findingActivated(code, field)``).
- History: the audit log (``Pack.history``) of the selected indicator and its figures, targets
  and commentary, newest first: when, who, what, field, old, new.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from gui.editors.matrix import breakdown_mismatch
from gui.scorecard_model import figure_text
from model import records as r
from model.checks import ERROR, WARNING, Finding, check_period
from model.periods import Period
from model.status import evaluate, period_value

__all__ = ["period_checks", "ChecksModel", "HistoryModel", "DetailPanel", "table_view"]


def period_checks(pack, period: Period, commentary_limit: int = 1500,
                  jump_percent: Decimal = Decimal(50)) -> list[Finding]:
    """Every check for ``period``: errors first."""
    findings = list(check_period(pack, period))
    for breakdown in pack.all("breakdown"):
        if breakdown.period == period:
            problem = breakdown_mismatch(pack, breakdown)
            if problem:
                findings.append(Finding(WARNING, breakdown.indicator, period, "breakdown",
                                        problem))
    for indicator in pack.indicators():
        now = period_value(indicator, pack.value(indicator.code, period))
        before = period_value(indicator, pack.value(indicator.code, period.previous()))
        if now is not None and before is not None and before != 0:
            change = (now - before) / abs(before) * 100
            if abs(change) > jump_percent:
                findings.append(Finding(
                    WARNING, indicator.code, period, "actual",
                    f"{figure_text(indicator, now)} is {abs(change):.0f}% "
                    f"{'above' if change > 0 else 'below'} last quarter's "
                    f"{figure_text(indicator, before)}: please check it"))
        note = pack.commentary(indicator.code, period)
        for text, language in ((note.text, "English"), (note.text_cy, "Welsh")) if note else ():
            if len(text) > commentary_limit:
                findings.append(Finding(
                    WARNING, indicator.code, period, "commentary",
                    f"{language} commentary is {len(text):,} characters, over the "
                    f"{commentary_limit:,} limit"))
    findings.sort(key=lambda f: 0 if f.severity == ERROR else 1)
    return findings


class ChecksModel(QAbstractTableModel):
    HEADERS = ("Severity", "Indicator", "What", "Problem")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        finding = self.findings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (("\u2716 Error" if finding.severity == ERROR else "\u26a0 Warning"),
                    finding.code, finding.field, finding.message)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(finding)
        if role == Qt.ItemDataRole.UserRole:
            return finding
        return None


@dataclass(frozen=True)
class _Entry:
    at: str
    user: str
    action: str
    what: str
    field: str
    old: str
    new: str


class HistoryModel(QAbstractTableModel):
    HEADERS = ("When", "Who", "Change", "Record", "Field", "Old", "New")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.entries: list[_Entry] = []

    def show_indicator(self, pack, code: str | None, limit: int = 500,
                       scan: int = 5000) -> None:
        """The last ``limit`` changes to ``code`` among the pack's last ``scan`` audit rows
        (one query, so the order is exactly the order of the changes)."""
        kinds = {"indicator"} | {cls.kind for cls in r.INDICATOR_CHILD_KINDS}
        rows: list = []
        if pack is not None and code:
            rows = [e for e in pack.history(limit=scan)
                    if e.kind in kinds and e.key and str(e.key).split(" | ")[0] == code]
        self.beginResetModel()
        self.entries = [_Entry(str(e.at)[:19].replace("T", " "), str(e.user), str(e.action),
                               f"{str(e.kind).replace('_', ' ')} "
                               f"{str(e.key or '').replace(' | ', ' ')}",
                               str(e.field or ""), _show(e.old), _show(e.new))
                        for e in rows[:limit]]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            entry = self.entries[index.row()]
            return (entry.at, entry.user, entry.action, entry.what, entry.field, entry.old,
                    entry.new)[index.column()]
        return None


def _show(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith("{"):
        try:
            value = json.loads(value)  # a whole record added or deleted
        except ValueError:
            return value
    if isinstance(value, (list, tuple)):
        return " ".join(_show(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={_show(v)}" for k, v in value.items() if v not in (None, ""))
    return str(value)


def table_view(model, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class DetailPanel(QLabel):
    """The selected indicator's definition and statuses, as selectable rich text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName("Indicator detail")
        self.setText("Choose an indicator in the scorecard.")

    def show_indicator(self, pack, code: str | None, period: Period) -> None:
        from html import escape

        indicator = pack.indicator(code) if code else None
        if indicator is None:
            self.setText("Choose an indicator in the scorecard.")
            return
        status = evaluate(pack, code, period)
        target = pack.target(code, period.year)
        parts = [f"<h3>{escape(indicator.code)} {escape(indicator.title)}</h3>"]
        if indicator.title_cy:
            parts.append(f"<p><i>{escape(indicator.title_cy)}</i></p>")
        facts = [("Group", indicator.group or "(none)"), ("Unit", indicator.unit),
                 ("Polarity", indicator.polarity), ("Aggregation", indicator.aggregation),
                 ("Owner", indicator.owner), ("Source", indicator.source)]
        if target is not None and target.annual is not None:
            facts.append(("Target " + period.fy.label,
                          figure_text(indicator, target.annual)
                          + (" (management target)" if target.management else "")))
        parts.append("<br>".join(f"<b>{k}:</b> {escape(str(v))}" for k, v in facts if v))
        for label, text in (("Definition", indicator.definition),
                            ("Diffiniad", indicator.definition_cy)):
            if text:
                parts.append(f"<p><b>{label}:</b> {escape(text)}</p>")
        parts.append("<p><b>" + escape(period.label) + ":</b><br>" + "<br>".join(
            escape(t) for t in (status.rag_explanation, status.direction_explanation,
                                status.forecast_explanation)) + "</p>")
        self.setText("".join(parts))


