"""The groups (strands) indicators are shown under: their names in English and Welsh, and order.

Rules:
- One row per group in the papers' order, including groups only named by indicators; the
  number of indicators in each is shown. Indicators without a group are listed as
  "(no group)" (the papers call them "Other indicators").
- Renaming a group renames it everywhere in one undoable command: the group record and every
  indicator, snapshot, narrative and commitment filed under the old name (``indicator.group``
  refers to the group by name). A blank name, or the name of another group, is refused.
- Move up / Move down change the papers' order: every group's position is renumbered 1, 2, 3 …
  in one undoable step. Editing a group that was only named by indicators makes its record,
  keeping its place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from gui.editors.record_table import FieldColumn, RecordTableModel
from gui.editors.table_editor import TableEditor
from gui.editors.values import FieldInputError
from model import records as r
from model.commands import Command, put

__all__ = ["GroupsEditor", "GroupsDialog", "rename_group_command", "move_group_command",
           "group_columns"]

#: Record kinds with a ``group`` field naming a group.
_FILED_UNDER = ("indicator", "snapshot", "narrative", "commitment")


def _ordered(pack) -> list[r.Group]:
    """Every group in the papers' order, positions renumbered 1, 2, 3 …"""
    return [g.replace(position=i) for i, g in enumerate(pack.groups(), 1)]


def _renumbered(pack) -> dict[str, r.Group]:
    return {g.name: g for g in _ordered(pack)}


def _changed(pack, groups) -> list[r.Group]:
    return [g for g in groups if pack.get("group", (g.name,)) != g]


def rename_group_command(pack, old: str, new: str) -> Command:
    """Rename group ``old`` to ``new`` with everything filed under it. Raises FieldInputError
    for a blank name or one another group has."""
    new = new.strip()
    if new == old:
        return Command(f"Rename group {old}", ())
    if not new:
        raise FieldInputError("a group needs a name")
    groups = _renumbered(pack)
    if new in groups:
        raise FieldInputError(f"there is already a group '{new}'")
    group = groups[old]
    puts: list = [("group", (old,), None)] if pack.get("group", (old,)) is not None else []
    renamed = group.replace(name=new)
    puts.append(("group", (new,), renamed))
    for kind in _FILED_UNDER:
        for record in pack.all(kind):
            if record.group == old:
                moved = record.replace(group=new)
                puts.append((kind, moved.key, moved))
    others = [g for g in _changed(pack, groups.values()) if g.name != old]
    puts += [("group", (g.name,), g) for g in others]
    label = f"Rename group {old or '(no group)'} to {new}"
    return Command(label, tuple(puts))


def group_field_command(pack, name: str, **changes) -> Command:
    """Change fields (e.g. the Welsh name) of group ``name``, making its record if needed."""
    groups = _renumbered(pack)
    groups[name] = groups[name].replace(**changes)
    return put(f"Edit group {name or '(no group)'} {', '.join(changes)}",
               *_changed(pack, groups.values()))


def move_group_command(pack, name: str, step: int) -> Command | None:
    """Move group ``name`` ``step`` places in the papers' order; None at either end."""
    groups = _ordered(pack)
    at = [g.name for g in groups].index(name)
    to = at + step
    if not 0 <= to < len(groups):
        return None
    groups.insert(to, groups.pop(at))
    renumbered = [g.replace(position=i) for i, g in enumerate(groups, 1)]
    return put(f"Move group {name or '(no group)'} {'up' if step < 0 else 'down'}",
               *_changed(pack, renumbered))


def group_columns() -> list[FieldColumn]:
    def read(field):
        def reader(pack, key):
            group = next((g for g in pack.groups() if g.name == key[0]), None)
            return getattr(group, field) if group is not None else None
        return reader

    def write_name(pack, key, value):
        return rename_group_command(pack, key[0], value or "")

    def write_welsh(pack, key, value):
        return group_field_command(pack, key[0], name_cy=value or "")

    def count(pack, key):
        return sum(1 for ind in pack.all("indicator") if ind.group == key[0])

    return [
        FieldColumn("Group", "text", read("name"), write_name, field="name",
                    show=lambda _p, _k, v: v or "(no group)",
                    tip="the group's name in the papers; renaming moves its indicators"),
        FieldColumn("Group (Welsh)", "text", read("name_cy"), write_welsh, field="name_cy"),
        FieldColumn("Indicators", "int", count, tip="indicators in this group"),
    ]


class GroupsEditor(TableEditor):
    def __init__(self, pack, stack, parent: QWidget | None = None):
        model = RecordTableModel(pack, stack, group_columns(),
                                 lambda p: [(g.name,) for g in p.groups()],
                                 {"group", "indicator"})
        super().__init__("Groups", model, parent)
        self.stack = stack
        self.add_button("Move &up", "Earlier in the papers", lambda: self.move(-1))
        self.add_button("Move do&wn", "Later in the papers", lambda: self.move(1))

    def move(self, step: int) -> bool:
        key = self.current_key()
        if key is None:
            self.refuse("choose the group to move first")
            return False
        command = move_group_command(self.model.pack, key[0], step)
        if command is None:
            self.say(f"{key[0] or '(no group)'} is already {'first' if step < 0 else 'last'}")
            return False
        column = self.table.currentIndex().column()
        try:
            self.stack.apply(command)
        except ValueError as exc:
            self.refuse(str(exc))
            return False
        self.table.setCurrentIndex(self.model.index(self.model.keys.index(key), column))
        return True


class GroupsDialog(QDialog):
    """The groups editor in a window of its own (from the indicator definitions)."""

    def __init__(self, pack, stack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Groups — Craffu")
        self.editor = GroupsEditor(pack, stack, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        self.resize(780, 420)
