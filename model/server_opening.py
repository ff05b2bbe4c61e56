"""Opening a server pack: is the schema a Craffu pack this version reads, bringing an older one
up to date, and who the user is on it.

Rules:
- A missing schema, a schema that is not a pack, a pack from a newer Craffu and a user with no
  role on it are each refused with one line saying what to do; nothing is changed.
- An older pack is migrated (``model.server_schema.MIGRATIONS``) in one transaction under a
  lock on ``craffu_pack``, by its owner only (only the owner may alter its tables).
- The user's role is the highest of the pack's group roles they hold (``owner`` when they
  own the schema), with their contributor groups.
"""

from __future__ import annotations

from model import server_schema as schema_rules
from model.address import ServerAddress
from model.errors import quote
from model.server_schema import ROLES, role_name, table
from model.store import PackFileError
from model.team import Access, NotPermitted

__all__ = ["inspect", "migrate", "user_access"]


def inspect(conn, address: ServerAddress) -> tuple[int, int]:
    import psycopg

    schema = conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s",
                          (address.pack,)).fetchone()
    if schema is None:
        raise PackFileError(f"{address.name} does not exist: there is no pack "
                            f"'{quote(address.pack)}' in database "
                            f"'{quote(address.database)}' (create it with: main.py new "
                            "ADDRESS)")
    try:
        row = conn.execute(f"SELECT application, schema_version, revision FROM "
                           f"{table(address.pack, 'craffu_pack')}").fetchone()
    except psycopg.errors.UndefinedTable:
        raise PackFileError(f"{address.name}: schema '{quote(address.pack)}' is not a "
                            "Craffu pack") from None
    except psycopg.errors.InsufficientPrivilege:
        raise NotPermitted(f"{address.name}: you ({address.user or 'this user'}) have no "
                           "role on this pack; ask its owner to grant you one (main.py "
                           "grant ADDRESS USER ROLE)") from None
    if row is None or row[0] != "craffu":
        raise PackFileError(f"{address.name}: schema '{quote(address.pack)}' is not a "
                            "Craffu pack")
    version = row[1]
    if version > schema_rules.SERVER_SCHEMA_VERSION:
        raise PackFileError(f"{address.name} was made by a newer version of Craffu (pack "
                            f"format {version}; this version reads up to "
                            f"{schema_rules.SERVER_SCHEMA_VERSION}). Install the newer "
                            "Craffu to open it; nothing was changed")
    return version, row[2]

def migrate(conn, address: ServerAddress, version: int) -> None:
    import psycopg

    try:
        with conn.transaction():
            conn.execute(f"LOCK TABLE {table(address.pack, 'craffu_pack')}")
            for step in range(version, schema_rules.SERVER_SCHEMA_VERSION):
                with conn.cursor() as cursor:
                    schema_rules.MIGRATIONS[step](cursor, address.pack, address.database)
            conn.execute(f"UPDATE {table(address.pack, 'craffu_pack')} SET "
                         "schema_version = %s", (schema_rules.SERVER_SCHEMA_VERSION,))
    except psycopg.errors.InsufficientPrivilege:
        raise NotPermitted(f"{address.name} was made by an older version of Craffu and must "
                           "be brought up to date by its owner (who created it): they open "
                           "it once for editing") from None

def user_access(conn, address: ServerAddress) -> Access:
    names = [role_name(address.database, address.pack, role) for role in ROLES]
    row = conn.execute(
        "SELECT session_user, n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = "
        "session_user), " + ", ".join(
            "coalesce(pg_has_role(session_user, (SELECT oid FROM pg_roles WHERE rolname = "
            "%s), 'MEMBER'), false)" for _ in names)
        + " FROM pg_namespace n WHERE n.nspname = %s", (*names, address.pack)).fetchone()
    user, owner, *member = row
    role = "owner" if owner else next(
        (name for name, held in reversed(list(zip(ROLES, member, strict=True))) if held),
        "viewer")
    groups = frozenset(g for (g,) in conn.execute(
        f"SELECT group_name FROM {table(address.pack, 'contributor_group')} WHERE db_user "
        "= session_user"))
    return Access(user, role, groups)
