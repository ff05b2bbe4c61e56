"""Giving people a role on a server pack, and taking it away.

``grant(address, user, role, group=None)`` and ``revoke(address, user, role=None, group=None)``
are run by the pack's owner (who created it) or a database administrator; they are the
``main.py grant`` and ``revoke`` verbs.

Rules:
- The roles are ``viewer``, ``contributor``, ``officer`` and ``approver``
  (``model.server_schema``). Granting one makes the database user a member of the pack's group
  role, so the database itself enforces it (grants and row-level security), whatever program
  the user connects with.
- A contributor is given the groups whose figures and commentary they enter (``group``, one at
  a time; grant again for another). A group must be one the pack has.
- A user the database does not know yet is created as a login role without a password: the
  council's IT then lets them in through the directory (GSSAPI/SSPI) or sets a password
  (``docs/team-mode.md``).
- Every grant and revoke is recorded in the pack's history (kind ``access``) and announced to
  open windows.
"""

from __future__ import annotations

from model.address import ServerAddress, location
from model.errors import CraffuError, quote
from model.server_schema import ROLES, role_name, table

__all__ = ["grant", "revoke", "RoleError", "members"]


class RoleError(CraffuError):
    """A grant or revoke that cannot be done; the message says why."""


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _check_user(user: str) -> None:
    if not user or len(user.encode()) > 63 or any(not ch.isprintable() for ch in user):
        raise RoleError(f"'{quote(user)}' cannot be a database user name")


def _groups(store) -> set[str]:
    names = {g for (g,) in store.conn.execute(
        f"SELECT name FROM {table(store.schema, 'rec_group')}")}
    names |= {g for (g,) in store.conn.execute(
        f"SELECT DISTINCT \"group\" FROM {table(store.schema, 'rec_indicator')}") if g}
    return names


def _open(address: ServerAddress | str):
    from model.server_store import ServerStore

    return ServerStore.open(location(address))


def grant(address: ServerAddress | str, user: str, role: str, group: str | None = None) -> str:
    """Give ``user`` ``role`` on the pack (a contributor for ``group``); returns what was
    done, in a sentence."""
    if role not in ROLES:
        raise RoleError(f"'{quote(role)}' is not a role: use one of {', '.join(ROLES)}")
    _check_user(user)
    if role == "contributor" and not group:
        raise RoleError("a contributor enters figures for their groups: give --group GROUP")
    if group and role != "contributor":
        raise RoleError("--group goes with the contributor role")
    store = _open(address)
    try:
        if group is not None and group not in _groups(store):
            known = ", ".join(f"'{quote(g)}'" for g in sorted(_groups(store))) or "none yet"
            raise RoleError(f"{store.path.name} has no group '{quote(group)}' (groups: {known})")
        address = store.address
        group_role = role_name(address.database, address.pack, role)
        exists = store.conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                    (user,)).fetchone()
        said = []

        def steps(conn) -> None:
            if not exists:
                conn.execute(f"CREATE ROLE {_ident(user)} LOGIN")
                said.append(f"created the database user {user} (no password: let them in "
                            "through the directory, or set one)")
            conn.execute(f"GRANT {_ident(group_role)} TO {_ident(user)}")
            if group is not None:
                conn.execute(f"INSERT INTO {table(address.pack, 'contributor_group')} "
                             "(db_user, group_name) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                             (user, group))

        label = f"Grant {role} to {user}" + (f" for {group}" if group else "")
        store.act(label, steps, [("access", user, "role", None,
                                  role + (f": {group}" if group else ""))])
        said.insert(0, f"{user} is now {'an' if role[0] in 'aeiou' else 'a'} {role} of "
                    f"{store.path.name}" + (f" for the group '{group}'" if group else ""))
        return "; ".join(said)
    finally:
        store.close()


def revoke(address: ServerAddress | str, user: str, role: str | None = None,
           group: str | None = None) -> str:
    """Take ``role`` (every role when None) from ``user``; with ``group``, only that group
    from a contributor."""
    if role is not None and role not in ROLES:
        raise RoleError(f"'{quote(role)}' is not a role: use one of {', '.join(ROLES)}")
    _check_user(user)
    store = _open(address)
    try:
        address = store.address
        roles = [role] if role else list(ROLES)
        if group is not None:
            roles = []

        def steps(conn) -> None:
            for name in roles:
                group_role = role_name(address.database, address.pack, name)
                conn.execute(f"REVOKE {_ident(group_role)} FROM {_ident(user)}")
            if group is not None or role in (None, "contributor"):
                conn.execute(f"DELETE FROM {table(address.pack, 'contributor_group')} WHERE "
                             "db_user = %s" + (" AND group_name = %s" if group else ""),
                             (user, group) if group else (user,))

        what = f"the group '{group}'" if group else (role or "every role")
        store.act(f"Revoke {what} from {user}", steps,
                  [("access", user, "role", what, None)])
        return f"{user} no longer has {what} on {store.path.name}"
    finally:
        store.close()


def members(address: ServerAddress | str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Who has which role on the pack: (user, role, contributor groups)."""
    store = _open(address)
    try:
        address = store.address
        found = []
        for role in ROLES:
            for (user,) in store.conn.execute(
                    "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid "
                    "JOIN pg_roles m ON m.oid = a.member WHERE r.rolname = %s AND m.rolcanlogin "
                    "ORDER BY m.rolname", (role_name(address.database, address.pack, role),)):
                groups = tuple(g for (g,) in store.conn.execute(
                    f"SELECT group_name FROM {table(address.pack, 'contributor_group')} WHERE "
                    "db_user = %s ORDER BY group_name", (user,))) if role == "contributor" else ()
                found.append((user, role, groups))
        return found
    finally:
        store.close()
