"""The docks beside the scorecard: indicator detail, checks, and history.

Rules:
- Detail: the selected indicator's definition (English and Welsh), unit, polarity,
  aggregation, target, and the three status explanations for the period; "Override
  forecast…" sets, changes or clears the officer's forecast for the period with its reason
  (``gui.editors.forecast``), one undo step through the window's undo stack.
- Checks: the findings of the period report (``model.report.PeriodReport.findings``, the rules
  of ``model.checks``), exactly what ``python main.py check`` lists, with the limits of
  Preferences (commentary length, default 1,500 characters; figure jump, default 50%). Each row
  says error or warning in words; double-click (or Return) goes to the cell.
- History: the audit log (``Pack.history``) of the selected indicator and its figures, targets
  and commentary, newest first: when, who, what, field, old, new.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.language import pack_text, paper_language, translate
from gui.row_models import RowsModel
from gui.scorecard_model import OVERRIDE_MARK, figure_text
from model import records as r
from model.checks import ERROR, CheckLimits, Finding
from model.periods import Period
from model.report import PeriodReport
from model.status import evaluate
from model.words import period_label

__all__ = ["period_checks", "ChecksModel", "HistoryModel", "DetailPanel", "table_view"]


def period_checks(pack, period: Period, commentary_limit: int = 1500,
                  jump_percent: Decimal = Decimal(50)) -> list[Finding]:
    """Every finding for ``period`` (errors first): the period report's, with these limits, for
    the edition of the pack's report settings (Welsh or bilingual: the missing Welsh too, as
    ``check`` lists it)."""
    limits = CheckLimits(commentary_limit, Decimal(jump_percent))
    language = getattr(pack.settings, "language", "en") or "en"
    return list(PeriodReport(pack, period, language, limits=limits).findings)


class ChecksModel(RowsModel):
    CONTEXT = "docks"
    HEADERS = (QT_TRANSLATE_NOOP("docks", "Severity"), QT_TRANSLATE_NOOP("docks", "Indicator"),
               QT_TRANSLATE_NOOP("docks", "What"), QT_TRANSLATE_NOOP("docks", "Problem"))

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def rows(self) -> list:
        return self.findings

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        finding = self.findings[index.row()]
        welsh = paper_language() == "cy"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            severity = (translate("docks", "\u2716 Error") if finding.severity == ERROR
                        else translate("docks", "\u26a0 Warning"))
            message = finding.welsh if welsh and finding.welsh else finding.message
            return (severity, finding.code, finding.field, message)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.text(paper_language())
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


class HistoryModel(RowsModel):
    CONTEXT = "docks"
    HEADERS = (QT_TRANSLATE_NOOP("docks", "When"), QT_TRANSLATE_NOOP("docks", "Who"),
               QT_TRANSLATE_NOOP("docks", "Change"), QT_TRANSLATE_NOOP("docks", "Record"),
               QT_TRANSLATE_NOOP("docks", "Field"), QT_TRANSLATE_NOOP("docks", "Old"),
               QT_TRANSLATE_NOOP("docks", "New"))

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

    def rows(self) -> list:
        return self.entries

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


class DetailPanel(QWidget):
    """The selected indicator's definition and statuses, as selectable rich text, with the
    buttons that override its forecast for the period."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.override_button = QPushButton()
        self.clear_button = QPushButton()
        self.retranslate()
        buttons = QHBoxLayout()
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.override_button.clicked.connect(self.override_forecast)
        self.clear_button.clicked.connect(self.clear_forecast)
        self.pack, self.code, self.period = None, None, None
        self._stack = None
        self.message = ""
        self.forecast_dialog = None
        self._show_nothing()

    def retranslate(self) -> None:
        """The panel's words in the window's language (the indicator is shown again by the
        window)."""
        self.setAccessibleName(translate("docks", "Indicator detail"))
        self.label.setAccessibleName(translate("docks", "Indicator detail"))
        self.override_button.setText(translate("docks", "Override &forecast…"))
        self.override_button.setAccessibleName(translate("docks", "Override forecast"))
        self.override_button.setToolTip(translate(
            "docks", "Set the officer's forecast (face) for this period, with the reason"))
        self.clear_button.setText(translate("docks", "Use calculated forecast"))
        self.clear_button.setAccessibleName(translate("docks", "Use calculated forecast"))
        self.clear_button.setToolTip(translate("docks",
                                               "Clear the officer's forecast for this period"))

    def text(self) -> str:
        return self.label.text()

    def set_undo_stack(self, stack) -> None:
        """Apply forecast changes through ``stack`` (default: the window's ``undo_stack``)."""
        self._stack = stack

    def _apply(self, command) -> None:
        stack = self._stack or getattr(self.window(), "undo_stack", None)
        if stack is not None:
            stack.apply(command)
        else:
            self.pack.apply(command)

    def _show_nothing(self) -> None:
        self.label.setText(translate("docks", "Choose an indicator in the scorecard."))
        self.override_button.setEnabled(False)
        self.clear_button.setEnabled(False)

    def show_indicator(self, pack, code: str | None, period: Period) -> None:
        from html import escape

        self.pack, self.period = pack, period
        indicator = pack.indicator(code) if code else None
        self.code = indicator.code if indicator else None
        if indicator is None:
            self._show_nothing()
            return
        status = evaluate(pack, code, period)
        target = pack.target(code, period.year)
        title = pack_text(indicator.title, indicator.title_cy)
        parts = [f"<h3>{escape(indicator.code)} {escape(title)}</h3>"]
        if indicator.title_cy:
            parts.append(f"<p><i>{escape(indicator.title_cy)}</i></p>")
        facts = [(translate("docks", "Group"), indicator.group or translate("docks", "(none)")),
                 (translate("docks", "Unit"), indicator.unit),
                 (translate("docks", "Polarity"), indicator.polarity),
                 (translate("docks", "Aggregation"), indicator.aggregation),
                 (translate("docks", "Owner"), indicator.owner),
                 (translate("docks", "Source"), indicator.source)]
        if target is not None and target.annual is not None:
            annual = figure_text(indicator, target.annual)
            facts.append((translate("docks", "Target {year}").format(year=period.fy.label),
                          translate("docks", "{target} (management target)").format(
                              target=annual) if target.management else annual))
        parts.append("<br>".join(f"<b>{escape(k)}:</b> {escape(str(v))}"
                                 for k, v in facts if v))
        for label, text in ((translate("docks", "Definition"), indicator.definition),
                            (translate("docks", "Definition (Welsh)"),
                             indicator.definition_cy)):
            if text:
                parts.append(f"<p><b>{label}:</b> {escape(text)}</p>")
        forecast = status.forecast_explanation
        if status.forecast_overridden:
            forecast = f"{OVERRIDE_MARK} {forecast}"
        parts.append("<p><b>" + escape(period_label(period, paper_language())) + ":</b><br>"
                     + "<br>".join(
            escape(t, quote=False) for t in (status.rag_explanation,
                                             status.direction_explanation, forecast)) + "</p>")
        self.label.setText("".join(parts))
        writable = not pack.read_only and not pack.is_final(period)
        self.override_button.setEnabled(writable)
        self.override_button.setText(translate("docks", "Change officer's &forecast…")
                                     if status.forecast_overridden
                                     else translate("docks", "Override &forecast…"))
        self.clear_button.setEnabled(writable and status.forecast_overridden)

    def override_forecast(self):
        """Open the forecast dialog for the indicator shown (window-modal); returns it."""
        from gui.editors.forecast import ForecastDialog

        if self.code is None:
            return None
        dialog = ForecastDialog(self.pack, self.code, self.period, self._apply, self)
        dialog.finished.connect(lambda _result: self._refresh())
        self.forecast_dialog = dialog
        dialog.open()
        return dialog

    def clear_forecast(self) -> bool:
        from model.edits.errors import ForecastError
        from model.edits.figures import forecast_command
        from model.store import PackFileError
        from model.validation import ValidationError

        if self.code is None:
            return False
        try:
            command = forecast_command(self.pack, self.code, self.period, None)
            if command:
                self._apply(command)
        except (ForecastError, ValidationError, PackFileError) as exc:
            self.message = translate("docks", "Refused: {reason}").format(reason=exc)
            self.label.setToolTip(self.message)
            return False
        self._refresh()
        return True

    def _refresh(self) -> None:
        if self.pack is not None and self.period is not None:
            self.show_indicator(self.pack, self.code, self.period)
