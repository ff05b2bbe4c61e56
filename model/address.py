"""Where a pack lives: a file path, or a server address.

A server pack is addressed as ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE?pack=NAME``
(``postgres://`` is accepted too). The ``pack`` parameter is Craffu's; everything else goes to
the PostgreSQL driver unchanged, so libpq's own parameters (``sslmode``, ``service``,
``krbsrvname``…) work, and a password left out of the address comes from libpq's ``.pgpass``
file, its service file, ``PGPASSWORD`` or the directory (GSSAPI/SSPI).

Rules:
- A pack name is 1–30 characters: lower-case letters, digits and ``_``, starting with a letter;
  it names the database schema that holds the pack, so one database holds several packs. The
  names PostgreSQL keeps for itself (``public``, ``pg_…``, ``information_schema``) are refused.
- ``str(address)`` and ``address.name`` never show the password, so an address can go into
  messages, the window title and the recent-packs list; ``address.conninfo`` (with the password)
  goes only to the driver.
- ``location(text)`` turns what a user typed into a ``ServerAddress`` or a ``Path``: anything
  starting with ``postgresql:`` or ``postgres:`` is an address, everything else a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit
from urllib.parse import quote as url_quote

from model.errors import CraffuError, quote

__all__ = ["ServerAddress", "AddressError", "is_server_address", "location", "PACK_NAME"]

#: A pack name: the schema that holds the pack.
PACK_NAME = re.compile(r"[a-z][a-z0-9_]{0,29}")
_RESERVED = ("public", "information_schema")
_SCHEMES = ("postgresql", "postgres")


class AddressError(CraffuError):
    """A server address that cannot be used; the message says what is wrong with it."""


def is_server_address(value) -> bool:
    """True when ``value`` (text, a Path or a ServerAddress) names a server pack."""
    if isinstance(value, ServerAddress):
        return True
    if not isinstance(value, str):
        return False
    scheme = value.split(":", 1)[0].lower() if ":" in value else ""
    return scheme in _SCHEMES


def location(value) -> ServerAddress | Path:
    """A ``ServerAddress`` for a server address, else a ``Path`` (AddressError when an address
    is malformed)."""
    if isinstance(value, ServerAddress | Path):
        return value
    if is_server_address(value):
        return ServerAddress.parse(value)
    return Path(value)


@dataclass(frozen=True)
class ServerAddress:
    """A pack on a PostgreSQL server. ``pack`` is the pack's name (its schema)."""

    user: str
    password: str | None
    host: str
    port: int | None
    database: str
    pack: str
    options: tuple[tuple[str, str], ...] = ()

    @classmethod
    def parse(cls, text: str) -> ServerAddress:
        """Parse ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE?pack=NAME``."""
        shown = _without_password(text)
        try:
            parts = urlsplit(text)
            port = parts.port
        except ValueError as exc:
            raise AddressError(f"'{quote(shown)}' is not a server address ({exc})") from None
        if parts.scheme.lower() not in _SCHEMES:
            raise AddressError(f"'{quote(shown)}' is not a server address: it must start with "
                               "postgresql://")
        database = unquote(parts.path.lstrip("/"))
        if not database or "/" in database:
            raise AddressError(f"'{quote(shown)}' names no database: write "
                               "postgresql://USER@HOST/DATABASE?pack=NAME")
        query = parse_qsl(parts.query, keep_blank_values=True)
        packs = [v for k, v in query if k == "pack"]
        if len(packs) != 1:
            raise AddressError(f"'{quote(shown)}' names no pack: add ?pack=NAME (the pack's "
                               "name in the database)")
        name = packs[0]
        if not PACK_NAME.fullmatch(name) or name in _RESERVED or name.startswith("pg_"):
            raise AddressError(
                f"'{quote(name)}' cannot be a pack name: use 1 to 30 lower-case letters, "
                "digits and _, starting with a letter (not 'public' or 'pg_…')"
            )
        return cls(
            user=unquote(parts.username or ""),
            password=unquote(parts.password) if parts.password is not None else None,
            host=parts.hostname or "",
            port=port,
            database=database,
            pack=name,
            options=tuple((k, v) for k, v in query if k != "pack"),
        )

    # -- what the driver gets ----------------------------------------------------------------

    @property
    def conninfo(self) -> str:
        """The address for the driver (with the password, without Craffu's ``pack``)."""
        return self._url(with_password=True, with_pack=False)

    @property
    def full_url(self) -> str:
        """The whole address, password included: for handing to another Craffu process, never
        for showing."""
        return self._url(with_password=True, with_pack=True)

    # -- what people see ---------------------------------------------------------------------

    def __str__(self) -> str:
        return self._url(with_password=False, with_pack=True)

    @property
    def name(self) -> str:
        """How messages name the pack: 'NAME on HOST/DATABASE'."""
        where = self.host or "localhost"
        if self.port:
            where += f":{self.port}"
        return f"{self.pack} on {where}/{self.database}"

    @property
    def stem(self) -> str:
        """The pack's name (a file pack's equivalent is the file name without .craffu)."""
        return self.pack

    def exists(self) -> bool:
        """Whether a file exists here: never for a server pack (callers that remember files
        leave server packs to ``gui.server_pack``)."""
        return False

    def with_pack(self, pack: str) -> ServerAddress:
        return ServerAddress.parse(_with_query(self._url(True, False), pack))

    def _url(self, with_password: bool, with_pack: bool) -> str:
        auth = url_quote(self.user, safe="")
        if with_password and self.password is not None:
            auth += ":" + url_quote(self.password, safe="")
        host = self.host
        if ":" in host:  # an IPv6 address
            host = f"[{host}]"
        netloc = (auth + "@" if auth else "") + host + (f":{self.port}" if self.port else "")
        query = list(self.options) + ([("pack", self.pack)] if with_pack else [])
        url = f"postgresql://{netloc}/{url_quote(self.database, safe='')}"
        return url + ("?" + urlencode(query) if query else "")


def _with_query(url: str, pack: str) -> str:
    return url + ("&" if "?" in url else "?") + urlencode([("pack", pack)])


def _without_password(text: str) -> str:
    """``text`` with any password in it replaced by ***, for messages."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", text)
