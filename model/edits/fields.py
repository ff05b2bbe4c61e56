"""One field of any record, records made and deleted, and a pasted block of fields.

Rules:
- ``field_command`` changes one field of the record at ``key`` (titles, owners, rationale,
  commentary text, report settings, a table's details): a blank optional choice of a text
  field is stored as ``""``; a record that does not exist yet is made by ``create`` (e.g. the
  first commentary of a period) or, without ``create``, nothing is done. A value equal to the
  stored one makes an empty command (nothing to undo). Changing a field of the record's key
  (e.g. a breakdown's period, where it is part of the key) moves the record: the old key is
  deleted and the new one put, in one step, refused when another record has the new key.
- ``delete_command`` deletes one record; ``Pack.apply`` refuses it while something needs it.
- ``paste_fields`` turns a pasted block into one command: each cell is read and written as if
  typed, later cells of the same record seeing the earlier ones (``Pending``), and the whole is
  checked by the pack; the first bad cell in reading order is named with its place in the
  block (``K1.22, Title (row 2, column 1 of the pasted cells): a title is required``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from model import records as r
from model.commands import Command, delete, merge, put
from model.edits.errors import EditError, PasteError
from model.errors import quote

__all__ = ["field_command", "delete_command", "key_text", "FieldCell", "Pending",
           "paste_fields"]


def key_text(key: tuple) -> str:
    """A record's key as the officer reads it (``K1.22 2024-25 Q3``)."""
    return " ".join(str(k) for k in key)


def field_command(pack, kind: str, key: tuple, field: str, value: Any, *, label: str,
                  create: Callable[[tuple], r.Record] | None = None) -> Command:
    """Set ``field`` of the ``kind`` record at ``key`` to ``value`` (already read from what was
    typed: ``model.edits.typed.parse_field``)."""
    if value is None and r.field_types(r.KINDS[kind]).get(field) == "text":
        value = ""  # a blank optional choice of a text field (e.g. no related indicator)
    record = pack.get(kind, key)
    if record is None:
        if create is None:
            return Command(label, ())
        record = create(key)
    elif getattr(record, field) == value:
        return Command(label, ())
    new = record.replace(**{field: value})
    if new.key != tuple(key) and pack.get(kind, key) is not None:
        if pack.get(kind, new.key) is not None:
            raise EditError(f"there is already a {kind.replace('_', ' ')} "
                            f"'{quote(key_text(new.key))}'")
        return Command(label, ((kind, tuple(key), None), (kind, new.key, new)))
    return put(label, new)


def delete_command(kind: str, key: tuple, label: str) -> Command:
    """Delete the ``kind`` record at ``key`` (one undo step)."""
    return delete(label, kind, tuple(key))


@dataclass(frozen=True)
class FieldCell:
    """One pasted cell: the record key of its row, where it is (for messages), the record
    field its column writes (to name the cell of a refused paste), and the text."""

    key: tuple
    spot: str  # e.g. "K1.22, Title (row 2, column 1 of the pasted cells)"
    field: str
    text: str


class Pending:
    """The pack as it would be after the commands taken so far (``get`` only; anything else
    is read from the pack), so that two pasted cells of one record both count."""

    def __init__(self, pack):
        self._pack = pack
        self._records: dict[tuple, Any] = {}

    def take(self, command: Command) -> None:
        for kind, key, new in command.puts:
            self._records[(kind, tuple(key))] = new

    def get(self, kind: str, key: tuple):
        slot = (kind, tuple(key))
        return self._records[slot] if slot in self._records else self._pack.get(kind, key)

    def __getattr__(self, name: str):
        return getattr(self._pack, name)


def paste_fields(pack, cells: list[FieldCell],
                 write: Callable[[Any, FieldCell], Command]) -> Command:
    """One command entering every pasted cell; ``write(pending_pack, cell)`` builds one cell's
    command (raising EditError for text it cannot take). Raises PasteError naming the first
    bad cell (in reading order) and why."""
    pending = Pending(pack)
    commands: list[Command] = []
    writers: dict[tuple, list[tuple[int, str, str]]] = {}
    for order, cell in enumerate(cells):
        try:
            command = write(pending, cell)
        except EditError as exc:
            raise PasteError(f"{cell.spot}: {exc}") from None
        pending.take(command)
        commands.append(command)
        for kind, record_key, _new in command.puts:
            writers.setdefault((kind, tuple(record_key)), []).append(
                (order, cell.spot, cell.field))
    command = merge(f"Paste {len(cells)} cell{'s' if len(cells) != 1 else ''}", *commands)
    _changes, problems = pack.prepare(command)
    if problems:
        def first_cell(problem):
            found = writers.get((problem.kind, tuple(problem.key)), [(1 << 30, "", "")])
            named = [w for w in found if w[2] == problem.field] or found
            return named[0]

        problem = min(problems, key=lambda p: first_cell(p)[0])
        spot = first_cell(problem)[1] or problem.where
        raise PasteError(f"{spot}: {problem.message}")
    return command
