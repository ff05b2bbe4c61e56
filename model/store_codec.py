"""How records are stored: the encoding of every field as text or integer, and the strict
decoding that refuses anything Craffu could not have written.

Rules:
- Figures are stored as text (exact decimals), periods as labels, dates as ISO text, lists as
  JSON, flags as 0/1; blank is NULL, never zero.
- Reading is strict: one SQL query per table finds rows whose stored types or sizes Craffu could
  not have written (``_Codec.unsound_sql``, checked in C); the rest are decoded with the bounds of
  ``model.numbers`` on every figure. A value that fails names the record kind and field.
- The audit log stores a key as ``part | part`` and a whole record as JSON of its non-blank
  fields. Both back ends (the file and the server) use these codecs, so one set of rules holds.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from decimal import Decimal
from functools import lru_cache

from model import records as r
from model.errors import quote
from model.numbers import LARGEST, bounds_problem
from model.periods import parse_period
from model.validation import TEXT_LIMIT, list_problem

__all__ = ["AuditEntry", "codec_for", "key_text", "record_summary", "SQL_TYPE", "Undecodable",
           "audit_filter"]


#: The SQLite column type of each storage type.
SQL_TYPE = {
    "text": "TEXT",
    "int": "INTEGER",
    "decimal": "TEXT",
    "bool": "INTEGER",
    "period": "TEXT",
    "date": "TEXT",
    "json": "TEXT",
}


def _json_default(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot store {type(value).__name__}")


class AuditEntry(tuple):
    """One audit row: (at, user, action, kind, key, field, old, new)."""

    __slots__ = ()
    at = property(lambda self: self[0])
    user = property(lambda self: self[1])
    action = property(lambda self: self[2])
    kind = property(lambda self: self[3])
    key = property(lambda self: self[4])
    field = property(lambda self: self[5])
    old = property(lambda self: self[6])
    new = property(lambda self: self[7])


@lru_cache(maxsize=4096)
def _period(label: str):
    return parse_period(label)


def _json_text(value) -> str:
    return json.dumps(value, default=_json_default, ensure_ascii=False)


class Undecodable(ValueError):
    """A stored value of the wrong type; the message names the record kind and field."""


def _decimal(value: str) -> Decimal:
    """A stored figure (text, as SQLite has vouched): a finite number within the bounds of
    ``model.numbers``; ValueError or ArithmeticError otherwise."""
    number = Decimal(value)
    # Fast path: plain text of at most 16 characters cannot hold more than 15 digits or
    # decimal places, so only its size needs checking (a NaN fails the comparison).
    if len(value) <= 16 and "E" not in value and "e" not in value and -LARGEST <= number <= LARGEST:
        return number
    if bounds_problem(number) is None:
        return number
    raise ValueError(value)


def _whole(value) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= LARGEST:
        return value
    raise ValueError(value)


def _text(value) -> str:
    if isinstance(value, str) and len(value) <= TEXT_LIMIT:
        return value
    raise ValueError(value)


def _flag(value) -> bool:
    if value in (0, 1):
        return bool(value)
    raise ValueError(value)


def _json_list(value) -> list:
    if isinstance(value, str):
        decoded = json.loads(value)
        if isinstance(decoded, list) and list_problem(decoded) is None:
            return decoded
    raise ValueError(value)


_DECODERS = {
    "text": _text,
    "int": _whole,
    "decimal": _decimal,
    "bool": _flag,
    "period": _period,
    "date": dt.date.fromisoformat,
    "json": _json_list,
}
#: Decoders for a value SQLite has not vouched for (its type may be anything).
_STRICT = {
    "decimal": lambda v: _decimal(_text(v)),
    "period": lambda v: _period(_text(v)),
    "date": lambda v: dt.date.fromisoformat(_text(v)),
}

_ENCODERS = {
    "text": None,
    "int": None,
    "decimal": str,
    "bool": int,
    "period": lambda p: p.label,
    "date": lambda d: d.isoformat(),
    "json": _json_text,
}


#: Which stored values SQLite itself can vouch for, by storage type (checked in C by one query
#: per table before anything is decoded): the rest are decoded and checked in Python.
_SQL_SOUND = {
    "text": "(typeof({c}) = 'text' AND length({c}) <= {limit})",
    "int": "(typeof({c}) = 'integer' AND abs({c}) <= {largest})",
    "bool": "({c} IN (0, 1))",
    "decimal": "(typeof({c}) = 'text')",
    "period": "(typeof({c}) = 'text')",
    "date": "(typeof({c}) = 'text')",
    "json": "(typeof({c}) = 'text')",
}


class _Codec:
    """How one kind's records are read from and written to their table (made once per kind).

    Reading is strict: ``unsound_sql`` finds rows whose stored types or sizes Craffu could not
    have written; ``decode`` turns the rest into field values, checking figures' bounds."""

    def __init__(self, cls: type[r.Record]):
        types = r.field_types(cls)
        self.names = list(types)
        self.decoders = [None if t in ("text", "int") else _DECODERS[t] for t in types.values()]
        self.strict = [_STRICT.get(t, _DECODERS[t]) for t in types.values()]
        self.encoders = [_ENCODERS[t] for t in types.values()]
        self._fields = operator.attrgetter(*self.names)
        self._encoded = [(i, e) for i, e in enumerate(self.encoders) if e is not None]
        self.key_positions = [self.names.index(k) for k in cls.KEY]
        self.kind = cls.kind
        self.plain = all(d is None for d in self.decoders)
        sound = " AND ".join(
            f'({c} IS NULL OR {_SQL_SOUND[t].format(c=c, limit=TEXT_LIMIT, largest=LARGEST)})'
            for c, t in ((f'"{n}"', t) for n, t in types.items())
        )
        columns = ", ".join(f'"{n}"' for n in self.names)
        self.unsound_sql = f"SELECT {columns} FROM rec_{cls.kind} WHERE NOT ({sound}) LIMIT 1"

    def decode(self, raw: tuple) -> list:
        """A stored row as field values, or Undecodable naming the field."""
        row = list(raw)
        for i, decoder in enumerate(self.decoders):
            value = raw[i]
            if decoder is not None and value is not None:
                try:
                    row[i] = decoder(value)
                except (ValueError, TypeError, ArithmeticError):
                    raise self.undecodable(i, value) from None
        return row

    def first_unsound(self, raw: tuple) -> Undecodable:
        """The problem with a row ``unsound_sql`` found."""
        for i, decoder in enumerate(self.strict):
            value = raw[i]
            if value is None:
                continue
            try:
                decoder(value)
            except Exception:  # noqa: BLE001 - any failure means the stored value is unsound
                return self.undecodable(i, value)
        return self.undecodable(0, raw[0])

    def undecodable(self, i: int, value) -> Undecodable:
        return Undecodable(
            f"{self.kind.replace('_', ' ')} {self.names[i]} holds '{quote(value)}', "
            "which is not a value Craffu stores there"
        )

    def encode(self, record: r.Record) -> tuple:
        values = self._fields(record)
        if len(self.names) == 1:
            values = (values,)
        row = list(values)
        for i, encoder in self._encoded:
            if row[i] is not None:
                row[i] = encoder(row[i])
        return tuple(row)


_CODECS = {cls.kind: _Codec(cls) for cls in r.ALL_KINDS}


def codec_for(kind: str) -> _Codec:
    """How ``kind``'s records are encoded and strictly decoded. The server store
    (``model.server_store``) reads its rows as the same text and decodes them with it, so both
    back ends apply one set of rules."""
    return _CODECS[kind]


_SUMMARY = json.JSONEncoder(ensure_ascii=False)


def _summary(codec: _Codec, encoded: tuple) -> str:
    """A whole record in the audit log: its non-blank fields as JSON."""
    return _SUMMARY.encode(
        {n: v for n, v in zip(codec.names, encoded, strict=True) if v not in (None, "", "[]")}
    )


def _key_text(key: tuple) -> str:
    return " | ".join([k if type(k) is str else k.label if hasattr(k, "label") else str(k)
                       for k in key])


#: Public names for the server store, which writes the same audit rows.
key_text = _key_text
record_summary = _summary


def audit_filter(kind: str | None, key: tuple | None, limit: int | None,
                 mark: str) -> tuple[str, list]:
    """The end of an audit-log query, newest first, optionally for one kind or record, with
    the driver's parameter ``mark`` (``?`` for SQLite, ``%s`` for PostgreSQL)."""
    sql, params = "", []
    if kind is not None:
        sql += f" WHERE kind = {mark}"
        params.append(kind)
        if key is not None:
            sql += f" AND key = {mark}"
            params.append(key_text(key))
    sql += " ORDER BY id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return sql, params
