"""The commitments editor: Corporate Plan steps and headline actions, with the period's status.

Rules:
- One row per commitment: reference, title (English, Welsh), owner, due date, plan, and for the
  period shown its RAG status (a drop-down of the domain list: Green, Amber-Green, Amber,
  Red-Amber, Red, Complete, Not started, Deferred) and progress in English and Welsh.
- Progress is kept with the period's status, so a status is chosen before progress is written.
- The period's status and progress come straight after the title, so they are on screen
  without scrolling; the status cell is filled with its RAG colour (the papers' colours), its
  words always written in it (never colour alone).
- Add asks for a new reference.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from gui.editors.record_table import FieldColumn, RecordTableModel, field_column
from gui.editors.table_editor import TableEditor
from gui.language import translate
from model import records as r
from model.edits.budget import commitment_plan
from model.edits.errors import EditError
from model.edits.sections import add_commitment, commitment_update_field
from model.periods import Period
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["CommitmentsEditor", "STATUS_FILL"]

#: A commitment status's fill, as the papers draw it (``exporters.pdf_appendices``).
STATUS_FILL = {"Green": "#1AA57A", "Amber-Green": "#9CC65A", "Amber": "#F0B429",
               "Red-Amber": "#EE8A3C", "Red": "#E8564A"}


class CommitmentsEditor(TableEditor):
    def __init__(self, pack, stack, period: Period, parent: QWidget | None = None):
        self.period = period
        self.stack = stack

        def write_update(field):
            def write(pack, key, value):
                return commitment_update_field(pack, key[0], self.period, field, value)
            return write

        def read_update(field):
            def read(pack, key):
                update = pack.get("commitment_update", (key[0], self.period))
                return getattr(update, field) if update else None
            return read

        def col(header, kind, field, **options):
            return field_column(header, kind, "commitment", field, **options)

        columns = [
            col(translate("editors.commitments", "Ref"), "text", "ref", editable=False),
            col(translate("editors.commitments", "Title"), "text", "title"),
            FieldColumn(translate("editors.commitments", "Status"), "choice",
                        read_update("status"), write_update("status"),
                        choices=r.COMMITMENT_STATUSES, optional=False,
                        tip=translate("editors.commitments", "RAG status for the period shown"),
                        field="status", fill=lambda status: STATUS_FILL.get(status)),
            FieldColumn(translate("editors.commitments", "Progress"), "text",
                        read_update("progress"), write_update("progress"), field="progress"),
            col(translate("editors.commitments", "Owner"), "text", "owner"),
            col(translate("editors.commitments", "Due"), "date", "due"),
            FieldColumn(translate("editors.commitments", "Plan"), "text",
                        lambda pack, key: pack.get("commitment", key).plan
                        if pack.get("commitment", key) else None,
                        lambda pack, key, value: commitment_plan(pack, key[0], value),
                        field="plan",
                        tip=translate("editors.commitments",
                                      "the plan it belongs to, e.g. Corporate Plan or "
                                      "Directorate Delivery Plan: each plan is an appendix of "
                                      "its own")),
            col(translate("editors.commitments", "Title (Welsh)"), "text", "title_cy"),
            FieldColumn(translate("editors.commitments", "Progress (Welsh)"), "text",
                        read_update("progress_cy"), write_update("progress_cy"),
                        field="progress_cy"),
        ]
        model = RecordTableModel(
            pack, stack, columns,
            lambda p: [c.key for c in sorted(p.all("commitment"),
                                             key=lambda c: (c.group, c.position, c.ref))],
            {"commitment", "commitment_update", "period_state"})
        super().__init__(translate("editors.commitments", "Commitments"), model, parent)
        self.add_button(translate("editors.commitments", "&Add…"),
                        translate("editors.commitments", "Add a commitment"), self.add)
        # the commitment's own texts and its progress for the period shown
        self.add_welsh_filter(
            lambda gap: (gap.name,) if gap.record_kind == "commitment" else None,
            lambda: self.period)
        self.set_period(period)

    def set_period(self, period: Period) -> None:
        self.period = period
        self.heading.setText(
            translate("editors.commitments", "<h2>Commitments — {label}</h2>").format(
                label=period.label
            )
        )
        if hasattr(self, "welsh"):
            self.welsh.refresh(afresh=True)
        self.model.reload()

    def add_commitment(
        self, ref: str,
        title: str = "New commitment",  # not shown: stored in the pack as its English title
    ) -> bool:
        try:
            self.stack.apply(add_commitment(self.model.pack, ref, title))
        except (EditError, ValidationError, PackFileError) as exc:
            self.refuse(str(exc))
            return False
        self.select_key((ref,))
        return True

    def add(self) -> None:
        ref, ok = QInputDialog.getText(
            self,
            translate("editors.commitments", "Add commitment — Craffu"),
            translate("editors.commitments", "Reference:"),
        )
        if ok and ref.strip():
            self.add_commitment(ref.strip())
