"""How one kind's records are read from and written to its table on a PostgreSQL server.

Rules:
- Rows are read back as the text a pack file stores (figures ``::text``, flags as 0/1, dates
  as ISO text), so ``model.store.codec_for`` decodes and checks them exactly as it does a
  file's rows: one set of rules for both back ends.
- Writes go in bulk, one statement per kind: ``unnest`` of one array per column, cast to the
  column's type (``NUMERIC`` from the figure's exact text), as an upsert on the key; deletes
  and the stale-read check match keys the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from model import records as r
from model.periods import parse_period
from model.server_schema import table
from model.store import codec_for

__all__ = ["RecordTable"]

_SELECT_AS_TEXT = {
    "decimal": "{c}::text",
    "bool": "{c}::int",
    "date": "to_char({c}, 'YYYY-MM-DD')",
}
_ARRAY_TYPE = {"int": "bigint[]", "bool": "int[]"}
_FROM_TEXT = {"decimal": "::numeric", "bool": "::boolean", "date": "::date"}


class RecordTable:
    """How one kind's rows are read from and written to its table on the server."""

    def __init__(self, schema: str, cls: type[r.Record]):
        self.cls = cls
        self.codec = codec_for(cls.kind)
        types = r.field_types(cls)
        self.types = list(types.values())
        self.name = table(schema, f"rec_{cls.kind}")
        cols = [f'"{n}"' for n in types]
        self.select = ", ".join(_SELECT_AS_TEXT.get(t, "{c}").format(c=c)
                                for c, t in zip(cols, types.values(), strict=True))
        self.key_cols = [f'"{k}"' for k in cls.KEY]
        self.key_types = [types[k] for k in cls.KEY]
        self.key_positions = self.codec.key_positions
        arrays = ", ".join(f"%s::{_ARRAY_TYPE.get(t, 'text[]')}" for t in types.values())
        names = ", ".join(f"u{i}" for i in range(len(cols)))
        values = ", ".join(f"u{i}{_FROM_TEXT.get(t, '')}" for i, t in enumerate(types.values()))
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in cols) + ", revision = EXCLUDED.revision"
        self.upsert = (f"INSERT INTO {self.name} ({', '.join(cols)}, revision) SELECT {values}, "
                       f"%s FROM unnest({arrays}) AS u({names}) ON CONFLICT "
                       f"({', '.join(self.key_cols)}) DO UPDATE SET {updates}")
        key_arrays = ", ".join(f"%s::{_ARRAY_TYPE.get(t, 'text[]')}" for t in self.key_types)
        self.key_match = f"({', '.join(self.key_cols)}) IN (SELECT * FROM unnest({key_arrays}))"

    def record(self, raw) -> tuple[tuple, r.Record]:
        row = self.codec.decode(raw)
        return tuple(row[i] for i in self.key_positions), self.cls(*row)

    def encoded_key(self, key: tuple) -> tuple:
        return tuple(k.label if hasattr(k, "label") else k for k in key)

    def decoded_key(self, values: Iterable) -> tuple:
        return tuple(parse_period(v) if t == "period" else v
                     for v, t in zip(values, self.key_types, strict=True))

    def key_columns(self, keys: list[tuple]) -> list[list]:
        return [list(column) for column in zip(*(self.encoded_key(k) for k in keys), strict=True)]
