"""The pack file: one SQLite database (``*.craffu``) holding every record and the audit log.

Rules:
- A pack is recognised by SQLite's ``application_id`` (``CRAF``) and carries its schema version
  in ``user_version``. A file that is not a pack, a damaged file, or a pack from a newer version
  of Craffu raises ``PackFileError`` with a clear message; it is inspected read-only first and is
  never modified.
- Older schema versions are brought up to date by the migrations in ``MIGRATIONS`` in one
  transaction when opened for writing (read-only opening refuses an out-of-date pack rather than
  change it).
- Every change is written in one transaction together with its audit rows, with
  ``synchronous=FULL`` and a rollback journal, so a crash or power cut loses nothing that was
  committed and never leaves half a change.
- The audit log records when (UTC), who (operating-system user), what (the action's label, the
  record and field), the old value and the new value.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from model import records as r
from model.errors import CraffuError
from model.periods import parse_period

__all__ = ["PackFile", "PackFileError", "SCHEMA_VERSION", "APPLICATION_ID", "AuditEntry"]

APPLICATION_ID = 0x43524146  # "CRAF"
SCHEMA_VERSION = 1

_SQL_TYPE = {
    "text": "TEXT",
    "int": "INTEGER",
    "decimal": "TEXT",
    "bool": "INTEGER",
    "period": "TEXT",
    "date": "TEXT",
    "json": "TEXT",
}


class PackFileError(CraffuError):
    """A file that cannot be opened as a pack; the message says why in the user's words."""


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


_DECODERS = {
    "text": None,
    "int": None,
    "decimal": Decimal,
    "bool": bool,
    "period": _period,
    "date": dt.date.fromisoformat,
    "json": json.loads,
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


class _Codec:
    """How one kind's records are read from and written to their table (made once per kind)."""

    def __init__(self, cls: type[r.Record]):
        types = r.field_types(cls)
        self.names = list(types)
        self.decoders = [_DECODERS[t] for t in types.values()]
        self.encoders = [_ENCODERS[t] for t in types.values()]
        self.key_positions = [self.names.index(k) for k in cls.KEY]

    def encode(self, record: r.Record) -> tuple:
        return tuple(
            v if e is None or v is None else e(v)
            for e, v in zip(self.encoders, (getattr(record, n) for n in self.names), strict=True)
        )


_CODECS = {cls.kind: _Codec(cls) for cls in r.ALL_KINDS}


def _table(cls: type[r.Record]) -> str:
    return f"rec_{cls.kind}"


def _create_schema(conn: sqlite3.Connection) -> None:
    for cls in r.ALL_KINDS:
        types = r.field_types(cls)
        columns = [
            f'"{name}" {_SQL_TYPE[t]}' + (" NOT NULL" if name in cls.KEY else "")
            for name, t in types.items()
        ]
        keys = ", ".join(f'"{k}"' for k in cls.KEY)
        conn.execute(
            f"CREATE TABLE {_table(cls)} ({', '.join(columns)}, PRIMARY KEY ({keys}))"
        )
    conn.execute(
        "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, "
        "action TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, field TEXT, "
        "old TEXT, new TEXT)"
    )
    conn.execute("CREATE INDEX audit_by_key ON audit (kind, key)")


#: Migrations from version N to N+1, run in order inside one transaction.
MIGRATIONS: dict[int, callable] = {}


def _summary(codec: _Codec, encoded: tuple) -> str:
    """A whole record in the audit log: its non-blank fields as JSON."""
    return json.dumps(
        {n: v for n, v in zip(codec.names, encoded, strict=True) if v not in (None, "", "[]")},
        ensure_ascii=False,
    )


def _key_text(key: tuple) -> str:
    return " | ".join(k.label if hasattr(k, "label") else str(k) for k in key)


class PackFile:
    """An open pack file. Use ``create`` or ``open``; ``close`` when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool):
        self.path = path
        self.conn = conn
        self.read_only = read_only

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str) -> PackFile:
        """A new, empty pack at ``path``; refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise PackFileError(f"{path} already exists; choose another name")
        try:
            conn = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise PackFileError(f"cannot create {path}: {exc}") from None
        cls._tune(conn)
        conn.execute("BEGIN")
        _create_schema(conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
        return cls(path, conn, read_only=False)

    @classmethod
    def memory(cls) -> PackFile:
        """A pack held in memory only (tests, previews)."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute("BEGIN")
        _create_schema(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
        return cls(Path(":memory:"), conn, read_only=False)

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> PackFile:
        """Open an existing pack, after checking read-only that it is a pack we can read."""
        path = Path(path)
        if not path.exists():
            raise PackFileError(f"{path} does not exist")
        if path.is_dir():
            raise PackFileError(f"{path} is a folder, not a pack file")
        version = cls._inspect(path)
        if read_only:
            if version < SCHEMA_VERSION:
                raise PackFileError(
                    f"{path.name} was made by an older version of Craffu; open it for editing "
                    "once to bring it up to date"
                )
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   isolation_level=None)
            return cls(path, conn, read_only=True)
        try:
            conn = sqlite3.connect(path, isolation_level=None)
            cls._tune(conn)
            if version < SCHEMA_VERSION:
                conn.execute("BEGIN IMMEDIATE")
                for step in range(version, SCHEMA_VERSION):
                    MIGRATIONS[step](conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise PackFileError(f"cannot open {path.name} for editing: {exc}") from None
        return cls(path, conn, read_only=False)

    @staticmethod
    def _tune(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = OFF")

    @staticmethod
    def _inspect(path: Path) -> int:
        """Check ``path`` read-only and return its schema version, or raise PackFileError."""
        with open(path, "rb") as handle:
            header = handle.read(16)
        if header != b"SQLite format 3\0":
            raise PackFileError(f"{path.name} is not a Craffu pack (it is not a pack file at all)")
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if app_id != APPLICATION_ID:
                    raise PackFileError(
                        f"{path.name} is a database but not a Craffu pack"
                    )
                if version > SCHEMA_VERSION:
                    raise PackFileError(
                        f"{path.name} was made by a newer version of Craffu (pack format "
                        f"{version}; this version reads up to {SCHEMA_VERSION}). Install the "
                        "newer Craffu to open it; the file has not been changed"
                    )
                check = conn.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise PackFileError(f"{path.name} is damaged ({check}); it was not changed")
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise PackFileError(f"{path.name} is damaged and cannot be read ({exc}); "
                                "it was not changed") from None
        return version

    def close(self) -> None:
        self.conn.close()

    # -- reading -----------------------------------------------------------------------------

    def load(self) -> dict[str, dict[tuple, r.Record]]:
        """Every record, by kind and key."""
        everything: dict[str, dict[tuple, r.Record]] = {}
        try:
            for cls in r.ALL_KINDS:
                names, decoders = _CODECS[cls.kind].names, _CODECS[cls.kind].decoders
                key_at = _CODECS[cls.kind].key_positions
                columns = ", ".join(f'"{n}"' for n in names)
                items: dict[tuple, r.Record] = {}
                cursor = self.conn.execute(f"SELECT {columns} FROM {_table(cls)}")
                if all(d is None for d in decoders):
                    for row in cursor:
                        items[tuple(row[i] for i in key_at)] = cls(*row)
                else:
                    for raw in cursor:
                        row = [v if d is None or v is None else d(v)
                               for d, v in zip(decoders, raw, strict=True)]
                        items[tuple(row[i] for i in key_at)] = cls(*row)
                everything[cls.kind] = items
        except (sqlite3.Error, ValueError, TypeError) as exc:
            raise PackFileError(f"{self.path.name} is damaged and cannot be read ({exc})") from None
        return everything

    def audit(self, kind: str | None = None, key: tuple | None = None,
              limit: int | None = None) -> list[AuditEntry]:
        """Audit rows, newest first, optionally for one record."""
        sql = "SELECT at, user, action, kind, key, field, old, new FROM audit"
        params: list = []
        if kind is not None:
            sql += " WHERE kind = ?"
            params.append(kind)
            if key is not None:
                sql += " AND key = ?"
                params.append(_key_text(key))
        sql += " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [AuditEntry(row) for row in self.conn.execute(sql, params)]

    # -- writing -----------------------------------------------------------------------------

    def write(self, label: str, user: str,
              changes: Iterable[tuple[str, tuple, r.Record | None, r.Record | None]]) -> None:
        """Store ``changes`` (kind, key, old, new) and their audit rows in one transaction."""
        if self.read_only:
            raise PackFileError(f"{self.path.name} is open read-only")
        at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        upserts: dict[str, list[tuple]] = {}
        deletes: dict[str, list[tuple]] = {}
        audit_rows: list[tuple] = []
        for kind, key, old, new in changes:
            codec = _CODECS[kind]
            key_text = _key_text(key)
            if new is None:
                encoded_old = codec.encode(old)
                deletes.setdefault(kind, []).append(
                    tuple(encoded_old[i] for i in codec.key_positions)
                )
                audit_rows.append((at, user, label, kind, key_text, None,
                                   _summary(codec, encoded_old), None))
                continue
            encoded_new = codec.encode(new)
            upserts.setdefault(kind, []).append(encoded_new)
            if old is None:
                audit_rows.append((at, user, label, kind, key_text, None, None,
                                   _summary(codec, encoded_new)))
                continue
            encoded_old = codec.encode(old)
            for i, name in enumerate(codec.names):
                before, after = encoded_old[i], encoded_new[i]
                if before != after:
                    audit_rows.append((at, user, label, kind, key_text, name,
                                       None if before is None else str(before),
                                       None if after is None else str(after)))
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            for kind, rows in deletes.items():
                cls = r.KINDS[kind]
                where = " AND ".join(f'"{k}" = ?' for k in cls.KEY)
                conn.executemany(f"DELETE FROM {_table(cls)} WHERE {where}", rows)
            for kind, rows in upserts.items():
                cls = r.KINDS[kind]
                names = list(r.field_types(cls))
                marks = ", ".join("?" for _ in names)
                cols = ", ".join(f'"{n}"' for n in names)
                conn.executemany(
                    f"INSERT OR REPLACE INTO {_table(cls)} ({cols}) VALUES ({marks})", rows
                )
            conn.executemany(
                "INSERT INTO audit (at, user, action, kind, key, field, old, new) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                audit_rows,
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
