"""The tables, roles and row-level security of a pack on a PostgreSQL server.

Rules:
- A pack is one schema, named after the pack, so one database holds several packs. Its tables
  are derived from ``model.records`` (``KEY`` and ``field_types``): one table ``rec_<kind>`` per
  kind, the key as primary key, figures as ``NUMERIC`` (exact, as entered), periods and lists as
  text exactly as the pack file stores them, plus ``revision``: the pack revision that last
  wrote the row. A change to a record's fields or key in ``model.records`` therefore changes
  new packs' tables with it; existing packs are brought up to date by ``MIGRATIONS``.
- The database refuses what Craffu would refuse: figures beyond ±10^12 or with more than 15
  decimal places, text over 32,767 characters, malformed period labels (CHECK constraints).
- ``craffu_pack`` is one row: the application (``craffu``), the schema version and the pack
  revision. Every save moves the revision on by exactly one (a trigger refuses anything else),
  which both numbers the save and makes saves to one pack take turns.
- The audit log keeps when (the server's clock), who (the database user, checked by the
  database: nobody can write a row in another's name), what, the old and the new value.
- Four group roles per pack, named ``DATABASE.PACK.ROLE``: ``viewer`` reads; ``contributor``
  reads, and writes figures and commentary only for the groups assigned to it (table
  ``contributor_group``), only in a period open for collection, not final, and not yet
  submitted or accepted for its group (row-level security, ``may_contribute``); ``officer``
  writes everything except whether a period is final; ``approver`` is an officer who also marks
  periods final (and publishes). The pack's owner (who created it) administers it.
- Schema versions: ``SERVER_SCHEMA_VERSION`` is what this Craffu writes; ``MIGRATIONS[n]`` brings
  a pack from version n to n+1, all steps in one transaction, run by the owner (only the owner
  may alter the tables). A small table of our own rather than Alembic: packs are schemas created
  at run time by the application (not one database migrated by a deployment), the steps derive
  from the same record registry as the file's, and Alembic would bring SQLAlchemy and a
  migration-script tree for what is today one version.
"""

from __future__ import annotations

import hashlib

from model import records as r
from model.numbers import LARGEST
from model.validation import TEXT_LIMIT

__all__ = ["SERVER_SCHEMA_VERSION", "ROLES", "MIGRATIONS", "role_name", "create_statements",
           "table", "SQL_TYPES", "CONTRIBUTOR_KINDS", "APPROVER_KINDS", "channel",
           "follow_records"]

SERVER_SCHEMA_VERSION = 4  # 2: a breakdown is keyed by name and period; 3: budget lines,
#  formulas, plans, scope of scrutiny, dashboard measures; 4: Welsh for breakdown headings and
#  notes, snapshot and budget notes, forecast reasons and commitment owners
ROLES = ("viewer", "contributor", "officer", "approver")
#: What a contributor may write (for the groups assigned to it).
CONTRIBUTOR_KINDS = ("value", "commentary")
#: What only an approver may write (sign-off).
APPROVER_KINDS = ("period_state",)

SQL_TYPES = {
    "text": "text",
    "int": "bigint",
    "decimal": "numeric",
    "bool": "boolean",
    "period": "text",
    "date": "date",
    "json": "text",
}

_PERIOD_PATTERN = r"^[0-9]{4}-[0-9]{2} Q[1-4]$"


def _ident(name: str) -> str:
    """A quoted SQL identifier (names here come from the address's checked pack name, the
    records registry and role names made below)."""
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table(schema: str, name: str) -> str:
    return f"{_ident(schema)}.{_ident(name)}"


def role_name(database: str, pack: str, role: str) -> str:
    """The cluster-wide name of a pack's group role (at most 63 bytes, PostgreSQL's limit)."""
    base = f"{database}.{pack}"
    if len(base.encode()) > 48:
        digest = hashlib.sha1(base.encode()).hexdigest()[:10]
        base = base.encode()[:37].decode(errors="ignore") + "~" + digest
    return f"{base}.{role}"


def channel(pack: str) -> str:
    """The LISTEN/NOTIFY channel on which a pack's saves are announced."""
    return f"craffu.{pack}"


def _column(name: str, kind: str, key: bool) -> str:
    col = _ident(name)
    check = ""
    if kind == "decimal":
        check = f" CHECK ({col} IS NULL OR (abs({col}) <= {LARGEST} AND scale({col}) <= 15))"
    elif kind == "int":
        check = f" CHECK ({col} IS NULL OR abs({col}) <= {LARGEST})"
    elif kind == "text":
        check = f" CHECK (length({col}) <= {TEXT_LIMIT})"
    elif kind == "period":
        check = f" CHECK ({col} ~ {_literal(_PERIOD_PATTERN)})"
    return f"{col} {SQL_TYPES[kind]}" + (" NOT NULL" if key else "") + check


def record_table_statements(schema: str, cls: type[r.Record]) -> list[str]:
    types = r.field_types(cls)
    columns = [_column(name, kind, name in cls.KEY) for name, kind in types.items()]
    keys = ", ".join(_ident(k) for k in cls.KEY)
    name = table(schema, f"rec_{cls.kind}")
    return [
        f"CREATE TABLE {name} ({', '.join(columns)}, revision bigint NOT NULL, "
        f"PRIMARY KEY ({keys}))",
        f"CREATE INDEX ON {name} (revision)",
    ]


def create_statements(schema: str, database: str) -> list[str]:
    """Everything that makes a new, empty pack in ``schema`` (run in one transaction by its
    owner, after ``CREATE SCHEMA``)."""
    s = _ident(schema)
    roles = {role: _ident(role_name(database, schema, role)) for role in ROLES}
    everyone = ", ".join(roles.values())
    writers = f"{roles['contributor']}, {roles['officer']}"
    t = {name: table(schema, name) for name in (
        "craffu_pack", "audit", "contributor_group", "collection", "submission")}
    statements = [
        f"CREATE TABLE {t['craffu_pack']} (application text NOT NULL CHECK "
        "(application = 'craffu'), schema_version integer NOT NULL, revision bigint NOT NULL, "
        "created_at timestamptz NOT NULL DEFAULT now(), one boolean PRIMARY KEY DEFAULT true "
        "CHECK (one))",
        f"INSERT INTO {t['craffu_pack']} (application, schema_version, revision) "
        f"VALUES ('craffu', {SERVER_SCHEMA_VERSION}, 0)",
        f"CREATE FUNCTION {s}.revision_moves_by_one() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF NEW.revision NOT IN (OLD.revision, OLD.revision + 1) OR "
        "NEW.application <> OLD.application THEN RAISE EXCEPTION "
        "'the pack revision moves on by one at a time'; END IF; RETURN NEW; END $$",
        f"CREATE TRIGGER revision_moves_by_one BEFORE UPDATE ON {t['craffu_pack']} "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.revision_moves_by_one()",
        f"CREATE TABLE {t['audit']} (id bigserial PRIMARY KEY, revision bigint NOT NULL, "
        "at timestamptz NOT NULL DEFAULT now(), \"user\" text NOT NULL DEFAULT session_user, "
        "action text NOT NULL, kind text NOT NULL, key text NOT NULL, key_values text, "
        "field text, old text, new text)",
        f"CREATE INDEX ON {t['audit']} (kind, key)",
        f"CREATE INDEX ON {t['audit']} (revision)",
        f"CREATE TABLE {t['contributor_group']} (db_user text NOT NULL, group_name text NOT "
        "NULL, PRIMARY KEY (db_user, group_name))",
        f"CREATE TABLE {t['collection']} (period text PRIMARY KEY CHECK (period ~ "
        f"{_literal(_PERIOD_PATTERN)}), state text NOT NULL CHECK (state IN ('open', "
        "'closed')), opened_by text NOT NULL DEFAULT session_user, opened_at timestamptz NOT "
        "NULL DEFAULT now(), due date, note text NOT NULL DEFAULT '')",
        f"CREATE TABLE {t['submission']} (period text NOT NULL REFERENCES {t['collection']}, "
        "group_name text NOT NULL, state text NOT NULL CHECK (state IN ('submitted', "
        "'accepted', 'returned')), by_user text NOT NULL DEFAULT session_user, at timestamptz "
        "NOT NULL DEFAULT now(), note text NOT NULL DEFAULT '' CHECK (length(note) <= "
        f"{TEXT_LIMIT}), PRIMARY KEY (period, group_name))",
    ]
    for cls in r.ALL_KINDS:
        statements += record_table_statements(schema, cls)
    statements += [
        # Whether the user connected may write this indicator's figures for this period.
        f"CREATE FUNCTION {s}.may_contribute(p_code text, p_period text) RETURNS boolean "
        "LANGUAGE sql STABLE AS $$ SELECT "
        f"EXISTS (SELECT 1 FROM {table(schema, 'rec_indicator')} i JOIN "
        f"{t['contributor_group']} g ON g.group_name = i.\"group\" WHERE i.code = p_code AND "
        "g.db_user = session_user) "
        f"AND EXISTS (SELECT 1 FROM {t['collection']} c WHERE c.period = p_period AND "
        "c.state = 'open') "
        f"AND NOT EXISTS (SELECT 1 FROM {table(schema, 'rec_period_state')} f WHERE "
        "f.period = p_period AND f.final) "
        f"AND NOT EXISTS (SELECT 1 FROM {t['submission']} u JOIN "
        f"{table(schema, 'rec_indicator')} i ON i.\"group\" = u.group_name WHERE i.code = "
        "p_code AND u.period = p_period AND u.state IN ('submitted', 'accepted')) $$",
        f"CREATE FUNCTION {s}.contributes_to(p_group text) RETURNS boolean LANGUAGE sql STABLE "
        f"AS $$ SELECT EXISTS (SELECT 1 FROM {t['contributor_group']} g WHERE g.group_name = "
        "p_group AND g.db_user = session_user) $$",
    ]
    for role in roles.values():
        statements.append(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                          f"{_literal(role[1:-1].replace(chr(34) * 2, chr(34)))}) THEN "
                          f"CREATE ROLE {role} NOLOGIN; END IF; END $$")
    statements += [
        f"GRANT {roles['officer']} TO {roles['approver']}",
        f"GRANT USAGE ON SCHEMA {s} TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {everyone}",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {s} TO {everyone}",
        f"GRANT INSERT ON {t['audit']} TO {writers}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {writers}",
        f"GRANT UPDATE (revision) ON {t['craffu_pack']} TO {writers}",
        f"GRANT INSERT, UPDATE ON {t['submission']} TO {writers}",
        f"GRANT INSERT, UPDATE, DELETE ON {t['collection']} TO {roles['officer']}",
        f"GRANT DELETE ON {t['submission']} TO {roles['officer']}",
    ]
    for cls in r.ALL_KINDS:
        name = table(schema, f"rec_{cls.kind}")
        if cls.kind in APPROVER_KINDS:
            statements.append(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {roles['approver']}")
            continue
        statements.append(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {roles['officer']}")
        if cls.kind in CONTRIBUTOR_KINDS:
            statements.append(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {roles['contributor']}")
            statements += _row_security(name, roles, f"{s}.may_contribute(code, period)")
    statements += _row_security(t["audit"], roles, None, audit=True)
    statements += [
        f"ALTER TABLE {t['submission']} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY reading ON {t['submission']} FOR SELECT TO {everyone} USING (true)",
        f"CREATE POLICY officers ON {t['submission']} FOR ALL TO {roles['officer']} "
        "USING (true) WITH CHECK (true)",
        f"CREATE POLICY contributors_submit ON {t['submission']} FOR INSERT TO "
        f"{roles['contributor']} WITH CHECK (state = 'submitted' AND by_user = session_user "
        f"AND {s}.contributes_to(group_name))",
        f"CREATE POLICY contributors_resubmit ON {t['submission']} FOR UPDATE TO "
        f"{roles['contributor']} USING (state = 'returned' AND {s}.contributes_to(group_name)) "
        f"WITH CHECK (state = 'submitted' AND by_user = session_user AND "
        f"{s}.contributes_to(group_name))",
    ]
    return statements


def _row_security(name: str, roles: dict[str, str], contributor_check: str | None,
                  audit: bool = False) -> list[str]:
    everyone = ", ".join(roles.values())
    statements = [
        f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY reading ON {name} FOR SELECT TO {everyone} USING (true)",
    ]
    if audit:
        return statements + [
            f"CREATE POLICY own_name ON {name} FOR INSERT TO {roles['contributor']}, "
            f"{roles['officer']} WITH CHECK (\"user\" = session_user)",
        ]
    return statements + [
        f"CREATE POLICY officers ON {name} FOR ALL TO {roles['officer']} USING (true) "
        "WITH CHECK (true)",
        f"CREATE POLICY contributors ON {name} FOR ALL TO {roles['contributor']} "
        f"USING ({contributor_check}) WITH CHECK ({contributor_check})",
    ]


def _default(cls: type[r.Record], name: str) -> str:
    """The DEFAULT clause that gives existing rows a new field's default value."""
    import dataclasses
    import json

    field = next(f for f in dataclasses.fields(cls) if f.name == name)
    if field.default is not dataclasses.MISSING:
        value = field.default
    elif field.default_factory is not dataclasses.MISSING:
        value = field.default_factory()
    else:
        return ""
    if value is None:
        return ""
    if isinstance(value, bool):
        return f" DEFAULT {'true' if value else 'false'}"
    if isinstance(value, list):
        return f" DEFAULT {_literal(json.dumps(value))}"
    if isinstance(value, str):
        return f" DEFAULT {_literal(value)}"
    return f" DEFAULT {_literal(str(value))}"


def follow_records(cursor, schema: str, database: str) -> None:
    """A migration step that makes every record table match ``model.records`` again: a kind
    new to this Craffu gets its table (with the grants of the others), a new field its column
    (blank in existing rows), and a changed ``KEY`` its primary key. A key made of more fields
    therefore needs no step of its own (e.g. a breakdown keyed by name and period); a change
    that must rewrite values does."""
    for cls in r.ALL_KINDS:
        name = f"rec_{cls.kind}"
        columns = {c: t for c, t in cursor.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE "
            "table_schema = %s AND table_name = %s", (schema, name))}
        if not columns:
            for statement in record_table_statements(schema, cls):
                cursor.execute(statement)
            roles = [_ident(role_name(database, schema, role)) for role in ROLES]
            cursor.execute(f"GRANT SELECT ON {table(schema, name)} TO {', '.join(roles)}")
            writer = "approver" if cls.kind in APPROVER_KINDS else "officer"
            cursor.execute(f"GRANT INSERT, UPDATE, DELETE ON {table(schema, name)} TO "
                           f"{_ident(role_name(database, schema, writer))}")
            continue
        for field, kind in r.field_types(cls).items():
            if field not in columns:
                cursor.execute(f"ALTER TABLE {table(schema, name)} ADD COLUMN "
                               f"{_column(field, kind, False)}{_default(cls, field)}")
        key = [k for (k,) in cursor.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary "
            "ORDER BY array_position(i.indkey, a.attnum)", (table(schema, name),))]
        if key != list(cls.KEY):
            constraint = cursor.execute(
                "SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass AND "
                "contype = 'p'", (table(schema, name),)).fetchone()
            if constraint:
                cursor.execute(f"ALTER TABLE {table(schema, name)} DROP CONSTRAINT "
                               f"{_ident(constraint[0])}")
            for field in cls.KEY:
                cursor.execute(f"ALTER TABLE {table(schema, name)} ALTER COLUMN {_ident(field)} "
                               "SET NOT NULL")
            cursor.execute(f"ALTER TABLE {table(schema, name)} ADD PRIMARY KEY "
                           f"({', '.join(_ident(k) for k in cls.KEY)})")


#: Migrations from server schema version N to N+1: ``step(cursor, schema, database)``, run in
#: order in one transaction by the pack's owner. When ``model.records`` changes a kind's fields
#: or key, raise ``SERVER_SCHEMA_VERSION`` and register ``follow_records`` for the old version.
MIGRATIONS: dict[int, object] = {1: follow_records, 2: follow_records, 3: follow_records}
