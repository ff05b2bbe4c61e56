"""Import a workbook: read off the user-interface thread, preview, then apply.

Rules:
- The source is read by the reader it needs (``model.import_reading``: a translator's
  translation workbook, a filled data-collection template, else the interchange workbook or
  CSV files), in a background job (``gui.jobs``) with a progress dialog that can be cancelled; the
  pack is not changed by reading.
- A source with problems is refused whole: one message lists them as file, sheet, row,
  column and reason (the first twenty), and nothing is changed.
- Otherwise the preview lists every change (indicator or record, period, field, old, new) with
  a summary (and any figures it stores that the checks will report, to be corrected before
  publishing); "Apply import" applies it as one command, which is one undo step; Cancel changes
  nothing.
- The dialog's own words, the record kinds and the periods are in the window's language; what
  the model says (the summary, the problems, the fields' names) is as it says it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.jobs import JobProgress, run_job
from gui.language import current, translate
from gui.row_models import RowsModel
from model.import_plan import FieldChange, ImportPlan, InterchangeError
from model.import_reading import read_import
from model.periods import Period
from model.words import period_label

__all__ = ["ImportPreviewModel", "ImportPreviewDialog", "start_import", "apply_plan"]


#: The kinds of record (``model.records``) as the preview names them.
KINDS = {
    "group": QT_TRANSLATE_NOOP("import_dialog", "group"),
    "indicator": QT_TRANSLATE_NOOP("import_dialog", "indicator"),
    "value": QT_TRANSLATE_NOOP("import_dialog", "value"),
    "target": QT_TRANSLATE_NOOP("import_dialog", "target"),
    "commentary": QT_TRANSLATE_NOOP("import_dialog", "commentary"),
    "forecast_override": QT_TRANSLATE_NOOP("import_dialog", "forecast override"),
    "commitment": QT_TRANSLATE_NOOP("import_dialog", "commitment"),
    "commitment_update": QT_TRANSLATE_NOOP("import_dialog", "commitment update"),
    "breakdown": QT_TRANSLATE_NOOP("import_dialog", "breakdown"),
    "snapshot": QT_TRANSLATE_NOOP("import_dialog", "snapshot"),
    "narrative": QT_TRANSLATE_NOOP("import_dialog", "narrative"),
    "key_area": QT_TRANSLATE_NOOP("import_dialog", "key area"),
    "budget_line": QT_TRANSLATE_NOOP("import_dialog", "budget line"),
    "settings": QT_TRANSLATE_NOOP("import_dialog", "settings"),
    "period_state": QT_TRANSLATE_NOOP("import_dialog", "period state"),
    "meeting": QT_TRANSLATE_NOOP("import_dialog", "meeting"),
    "publication": QT_TRANSLATE_NOOP("import_dialog", "publication"),
}


def _kind(kind: str) -> str:
    """A record kind in the window's language (an unknown one as it is, spaced)."""
    return translate("import_dialog", KINDS[kind]) if kind in KINDS else kind.replace("_", " ")


def _show(value) -> str:
    if value is None:
        return translate("import_dialog", "(blank)")
    if isinstance(value, Period):
        return period_label(value, current())
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


class ImportPreviewModel(RowsModel):
    CONTEXT = "import_dialog"
    HEADERS = (QT_TRANSLATE_NOOP("import_dialog", "Record"),
               QT_TRANSLATE_NOOP("import_dialog", "Indicator / ref"),
               QT_TRANSLATE_NOOP("import_dialog", "Period / year"),
               QT_TRANSLATE_NOOP("import_dialog", "Field"),
               QT_TRANSLATE_NOOP("import_dialog", "Old"),
               QT_TRANSLATE_NOOP("import_dialog", "New"))

    def __init__(self, changes: list[FieldChange], parent: QObject | None = None):
        super().__init__(parent)
        self.changes = changes

    def rows(self) -> list:
        return self.changes

    def row_texts(self, row: int) -> tuple[str, ...]:
        change = self.changes[row]
        key = change.key
        first = _show(key[0]) if key else ""
        second = " ".join(_show(k) for k in key[1:])
        old = (translate("import_dialog", "(new record)") if change.old is None and change.kind
               else _show(change.old))
        return (_kind(change.kind), first, second, change.field, old, _show(change.new))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.changes):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.row_texts(index.row())[index.column()]
        return None


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(
            translate("import_dialog", "Import {name} — Craffu").format(name=plan.source.name)
        )
        self.model = ImportPreviewModel(plan.changes, self)
        summary = QLabel(
            translate(
                "import_dialog",
                "<b>{summary}</b><br>{len:,} fields change. Nothing is changed until you apply; "
                "Edit ▸ Undo takes the whole import back.",
            ).format(summary=plan.summary(), len=len(plan.changes))
        )
        summary.setWordWrap(True)
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(translate("import_dialog", "Changes the import makes"))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            translate("import_dialog", "&Apply import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(plan))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        self.warnings = QLabel(self._warnings_text(plan))
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(
            translate("import_dialog", "Figures to correct before publishing")
        )
        self.warnings.setVisible(bool(plan.warnings))
        layout.addWidget(self.warnings)
        layout.addWidget(table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 500)


    @staticmethod
    def _warnings_text(plan: ImportPlan) -> str:
        """Figures the import stores but the checks will report until corrected."""
        lines = [escape(str(w)) for w in plan.warnings[:8]]
        if len(plan.warnings) > 8:
            lines.append(translate("import_dialog", "… and {count:,} more").format(
                count=len(plan.warnings) - 8))
        return (translate("import_dialog", "<b>To correct before publishing</b> (imported as "
                          "given; the checks report them):<br>")
                + "<br>".join(lines)) if lines else ""


def apply_plan(plan: ImportPlan, stack) -> bool:
    """Apply ``plan`` and make it one undo step; raises InterchangeError (pack unchanged)."""
    inverse = plan.apply()
    stack.record(plan.command, inverse)
    return bool(inverse)


def start_import(parent: QWidget, pack, stack, source: Path,
                 preview: Callable[[ImportPlan], bool] | None = None,
                 done: Callable[[str], None] | None = None):
    """Read ``source`` in the background, then preview and apply. ``preview(plan)`` returns
    True to apply (default: the preview dialog); ``done(message)`` is told the outcome."""
    tell = done or (lambda message: None)
    reading = translate("import_dialog", "Reading {name}…").format(name=source.name)
    cancelled = translate("import_dialog", "Import cancelled; nothing changed")

    def work(progress: JobProgress) -> ImportPlan:
        progress.report(0, None, reading)
        plan = read_import(source, pack)
        progress.check()
        _ = plan.changes  # worked out here, not on the user-interface thread
        return plan

    def ask(plan: ImportPlan) -> bool:
        dialog = ImportPreviewDialog(plan, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def finished(plan: ImportPlan) -> None:
        if not plan:
            tell(translate("import_dialog",
                           "{name}: nothing to import, the pack already has all of it").format(
                               name=source.name))
            return
        if not (preview or ask)(plan):
            tell(cancelled)
            return
        try:
            apply_plan(plan, stack)
        except InterchangeError as exc:
            failed(exc)
            return
        tell(translate("import_dialog", "Imported {summary}").format(summary=plan.summary()))

    def failed(exc: BaseException) -> None:
        text = str(exc)
        if isinstance(exc, InterchangeError):
            count = len(exc.problems)
            text = (translate("import_dialog", "{name} was not imported; nothing changed.")
                    .format(name=source.name) + "\n\n"
                    + (translate("import_dialog", "{count} problem:") if count == 1 else
                       translate("import_dialog", "{count} problems:")).format(count=count)
                    + "\n" + text)
        tell(text.splitlines()[0])
        if done is None or preview is None:
            QMessageBox.warning(parent, translate("import_dialog", "Import refused — Craffu"), text)

    return run_job(parent, translate("import_dialog", "Importing {name}").format(
        name=source.name), work, finished, on_error=failed, on_cancel=lambda: tell(cancelled))
