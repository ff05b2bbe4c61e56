"""Indicators added, duplicated, deleted, reordered within their group, and their fields edited.

Rules:
- A new indicator needs a code no other indicator has (``EditError`` otherwise). It goes last
  in its group: the group of the indicator it copies (Duplicate), else the group given (the
  group of the indicator the officer is on), titled "New indicator".
- Duplicate copies the definition, never the figures, targets or commentary.
- The code is fixed once made (values, targets and commentary are filed under it); every other
  field is set with ``indicator_field``.
- Delete takes the indicator's values, targets, commentary and forecast overrides with it in
  one undoable step (``model.commands.delete_indicator``); the pack refuses it while a key area
  or breakdown names the indicator.
- Move up / down reorders within the indicator's group: the group's positions are renumbered
  1, 2, 3 … in one step; at either end there is nothing to do (``None``).
"""

from __future__ import annotations

from typing import Any

from model import records as r
from model.commands import Command, put, set_fields
from model.commands import delete_indicator as _delete_indicator
from model.edits.errors import EditError
from model.errors import quote

__all__ = ["add_indicator", "duplicate_indicator", "delete_indicator", "delete_question",
           "indicator_field", "move_indicator"]


def _new_code(pack, code: str) -> str:
    code = (code or "").strip()
    if not code:
        raise EditError("an indicator needs a code")
    if pack.indicator(code) is not None:
        raise EditError(f"there is already an indicator with code '{quote(code)}'")
    return code


def _last_position(pack, group: str) -> int:
    return max((ind.position for ind in pack.indicators() if ind.group == group), default=0)


def add_indicator(pack, code: str, group: str = "") -> Command:
    """A new indicator ``code`` (titled "New indicator"), last in ``group``."""
    code = _new_code(pack, code)
    new = r.Indicator(code=code, title="New indicator", group=group,
                      position=_last_position(pack, group) + 1)
    return put(f"Add indicator {code}", new)


def duplicate_indicator(pack, source: str, code: str) -> Command:
    """A copy of indicator ``source``'s definition under ``code``, last in its group."""
    template = pack.indicator(source)
    if template is None:
        raise EditError(f"there is no indicator {quote(source)}")
    code = _new_code(pack, code)
    new = template.replace(code=code, position=_last_position(pack, template.group) + 1)
    return put(f"Add indicator {code}", new)


def delete_indicator(pack, code: str) -> Command:
    """Delete indicator ``code`` with its values, targets, commentary and forecast overrides."""
    if pack.indicator(code) is None:
        raise EditError(f"there is no indicator {quote(code)}")
    return _delete_indicator(pack, code)


def delete_question(pack, command: Command, code: str) -> str:
    """What the officer is asked before ``command`` (from ``delete_indicator``) deletes
    ``code``."""
    figures = len(command) - 1
    return (f"Delete {code} \u201c{pack.indicator(code).title}\u201d and its "
            f"{figures} figures, targets and commentary records?")


def indicator_field(pack, code: str, field: str, value: Any, label: str | None = None) -> Command:
    """Set one field of indicator ``code`` (not its code) to ``value``."""
    if field == "code":
        raise EditError("an indicator's code is fixed once made")
    return set_fields(pack, "indicator", (code,), label=label or f"Edit {code} {field}",
                      **{field: value})


def move_indicator(pack, code: str, step: int) -> Command | None:
    """Move indicator ``code`` ``step`` places within its group; None at the group's end."""
    indicator = pack.indicator(code)
    if indicator is None:
        raise EditError(f"there is no indicator {quote(code)}")
    members = [ind for ind in pack.indicators() if ind.group == indicator.group]
    at = [ind.code for ind in members].index(code)
    to = at + step
    if not 0 <= to < len(members):
        return None
    members.insert(to, members.pop(at))
    changed = [ind.replace(position=i) for i, ind in enumerate(members, 1) if ind.position != i]
    return put(f"Move {code} {'up' if step < 0 else 'down'}", *changed)
