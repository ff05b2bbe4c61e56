"""The groups (strands) indicators are shown under: their names in English and Welsh, and order.

Rules:
- One row per group in the papers' order, including groups only named by indicators; the
  number of indicators in each is shown. Indicators without a group are listed as
  "(no group)" (the papers call them "Other indicators").
- Renaming a group renames everything filed under it in one undoable command; Move up / Move
  down renumber the papers' order (``model.edits.groups`` states the rules).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from gui.editors.record_table import FieldColumn, RecordTableModel
from gui.editors.table_editor import TableEditor
from gui.language import translate
from model.edits.groups import group_field, group_label, move_group, rename_group
from model.store import PackFileError

__all__ = ["GroupsEditor", "GroupsDialog", "group_columns"]


def group_columns() -> list[FieldColumn]:
    def read(field):
        def reader(pack, key):
            group = next((g for g in pack.groups() if g.name == key[0]), None)
            return getattr(group, field) if group is not None else None
        return reader

    def write_name(pack, key, value):
        return rename_group(pack, key[0], value or "")

    def write_welsh(pack, key, value):
        return group_field(pack, key[0], name_cy=value or "")

    def count(pack, key):
        return sum(1 for ind in pack.all("indicator") if ind.group == key[0])

    return [
        FieldColumn(translate("editors.groups", "Group"), "text", read("name"), write_name,
                    field="name", show=lambda _p, _k, v: group_label(v),
                    tip=translate("editors.groups",
                                  "the group's name in the papers; renaming moves its "
                                  "indicators")),
        FieldColumn(translate("editors.groups", "Group (Welsh)"), "text", read("name_cy"),
                    write_welsh, field="name_cy"),
        FieldColumn(translate("editors.groups", "Indicators"), "int", count,
                    tip=translate("editors.groups", "indicators in this group")),
    ]


class GroupsEditor(TableEditor):
    def __init__(self, pack, stack, parent: QWidget | None = None):
        model = RecordTableModel(pack, stack, group_columns(),
                                 lambda p: [(g.name,) for g in p.groups()],
                                 {"group", "indicator"})
        super().__init__(translate("editors.groups", "Groups"), model, parent)
        self.stack = stack
        self.add_button(translate("editors.groups", "Move &up"),
                        translate("editors.groups", "Earlier in the papers"),
                        lambda: self.move(-1))
        self.add_button(translate("editors.groups", "Move do&wn"),
                        translate("editors.groups", "Later in the papers"),
                        lambda: self.move(1))
        self.add_welsh_filter(lambda gap: gap.key if gap.kind == "group" else None)

    def move(self, step: int) -> bool:
        key = self.current_key()
        if key is None:
            self.refuse(translate("editors.groups", "choose the group to move first"))
            return False
        try:
            command = move_group(self.model.pack, key[0], step)
            if command is None:
                self.say(
                    (translate("editors.groups", "{group} is already first") if step < 0
                     else translate("editors.groups", "{group} is already last")).format(
                        group=group_label(key[0]))
                )
                return False
            column = self.table.currentIndex().column()
            self.stack.apply(command)
        except (ValueError, PackFileError) as exc:
            self.refuse(str(exc))
            return False
        self.table.setCurrentIndex(self.model.index(self.model.keys.index(key), column))
        return True


class GroupsDialog(QDialog):
    """The groups editor in a window of its own (from the indicator definitions)."""

    def __init__(self, pack, stack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("editors.groups", "Groups — Craffu"))
        self.editor = GroupsEditor(pack, stack, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        self.resize(780, 420)
