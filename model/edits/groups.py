"""The groups (strands) indicators are shown under: renamed, given Welsh names, and ordered.

Rules:
- ``indicator.group`` (and a snapshot's, narrative's or commitment's ``group``) refers to its
  group by name, so renaming a group renames it everywhere in one undoable command: the group
  record and every record filed under the old name. A blank name, or the name of another group,
  is refused (``EditError``).
- Move up / Move down change the papers' order: every group's position is renumbered 1, 2, 3 …
  in one undoable step (``None`` at either end). Editing a group that was only named by
  indicators makes its record, keeping its place.
"""

from __future__ import annotations

from model import records as r
from model.commands import Command, put
from model.edits.errors import EditError
from model.errors import quote

__all__ = ["rename_group", "group_field", "move_group", "group_label", "FILED_UNDER"]

#: Record kinds with a ``group`` field naming a group.
FILED_UNDER = ("indicator", "snapshot", "narrative", "commitment")


def group_label(name: str) -> str:
    """A group's name as the editor shows it ("(no group)" for indicators without one)."""
    return name or "(no group)"


def _ordered(pack) -> list[r.Group]:
    """Every group in the papers' order, positions renumbered 1, 2, 3 …"""
    return [g.replace(position=i) for i, g in enumerate(pack.groups(), 1)]


def _renumbered(pack) -> dict[str, r.Group]:
    return {g.name: g for g in _ordered(pack)}


def _changed(pack, groups) -> list[r.Group]:
    return [g for g in groups if pack.get("group", (g.name,)) != g]


def rename_group(pack, old: str, new: str) -> Command:
    """Rename group ``old`` to ``new`` with everything filed under it."""
    new = (new or "").strip()
    if new == old:
        return Command(f"Rename group {old}", ())
    if not new:
        raise EditError("a group needs a name")
    groups = _renumbered(pack)
    if new in groups:
        raise EditError(f"there is already a group '{quote(new)}'")
    if old not in groups:
        raise EditError(f"there is no group '{quote(old)}'")
    group = groups[old]
    puts: list = [("group", (old,), None)] if pack.get("group", (old,)) is not None else []
    renamed = group.replace(name=new)
    puts.append(("group", (new,), renamed))
    for kind in FILED_UNDER:
        for record in pack.all(kind):
            if record.group == old:
                moved = record.replace(group=new)
                puts.append((kind, moved.key, moved))
    others = [g for g in _changed(pack, groups.values()) if g.name != old]
    puts += [("group", (g.name,), g) for g in others]
    return Command(f"Rename group {group_label(old)} to {new}", tuple(puts))


def group_field(pack, name: str, **changes) -> Command:
    """Change fields (e.g. ``name_cy``, the Welsh name) of group ``name``, making its record
    if it was only named by indicators."""
    groups = _renumbered(pack)
    if name not in groups:
        raise EditError(f"there is no group '{quote(name)}'")
    groups[name] = groups[name].replace(**changes)
    return put(f"Edit group {group_label(name)} {', '.join(changes)}",
               *_changed(pack, groups.values()))


def move_group(pack, name: str, step: int) -> Command | None:
    """Move group ``name`` ``step`` places in the papers' order; None at either end."""
    groups = _ordered(pack)
    names = [g.name for g in groups]
    if name not in names:
        raise EditError(f"there is no group '{quote(name)}'")
    at = names.index(name)
    to = at + step
    if not 0 <= to < len(groups):
        return None
    groups.insert(to, groups.pop(at))
    renumbered = [g.replace(position=i) for i, g in enumerate(groups, 1)]
    return put(f"Move group {group_label(name)} {'up' if step < 0 else 'down'}",
               *_changed(pack, renumbered))
