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
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt
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
from gui.language import translate
from gui.row_models import RowsModel
from model.import_plan import FieldChange, ImportPlan, InterchangeError
from model.import_reading import read_import
from model.periods import Period

__all__ = ["ImportPreviewModel", "ImportPreviewDialog", "start_import", "apply_plan"]


def _show(value) -> str:
    if value is None:
        return "(blank)"
    if isinstance(value, Period):
        return value.label
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


class ImportPreviewModel(RowsModel):
    HEADERS = ("Record", "Indicator / ref", "Period / year", "Field", "Old", "New")

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
        old = "(new record)" if change.old is None and change.kind else _show(change.old)
        return (change.kind.replace("_", " "), first, second, change.field, old,
                _show(change.new))

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
            lines.append(f"… and {len(plan.warnings) - 8:,} more")
        return ("<b>To correct before publishing</b> (imported as given; the checks report "
                "them):<br>" + "<br>".join(lines)) if lines else ""


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

    def work(progress: JobProgress) -> ImportPlan:
        progress.report(0, None, f"Reading {source.name}…")
        plan = read_import(source, pack)
        progress.check()
        _ = plan.changes  # worked out here, not on the user-interface thread
        return plan

    def ask(plan: ImportPlan) -> bool:
        dialog = ImportPreviewDialog(plan, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def finished(plan: ImportPlan) -> None:
        if not plan:
            tell(f"{source.name}: nothing to import, the pack already has all of it")
            return
        if not (preview or ask)(plan):
            tell("Import cancelled; nothing changed")
            return
        try:
            apply_plan(plan, stack)
        except InterchangeError as exc:
            failed(exc)
            return
        tell(f"Imported {plan.summary()}")

    def failed(exc: BaseException) -> None:
        text = str(exc)
        if isinstance(exc, InterchangeError):
            text = (f"{source.name} was not imported; nothing changed.\n\n"
                    f"{len(exc.problems)} problem{'s' if len(exc.problems) != 1 else ''}:\n"
                    + text)
        tell(text.splitlines()[0])
        if done is None or preview is None:
            QMessageBox.warning(parent, translate("import_dialog", "Import refused — Craffu"), text)

    return run_job(parent, f"Importing {source.name}", work, finished, on_error=failed,
                   on_cancel=lambda: tell("Import cancelled; nothing changed"))
