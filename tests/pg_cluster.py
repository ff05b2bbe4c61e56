"""A throw-away PostgreSQL server for the tests (and the server benchmark).

``PostgresCluster.start()`` runs Debian's PostgreSQL (the newest ``/usr/lib/postgresql/N/bin``,
or ``pg_config --bindir``) as a new cluster in a temporary folder, on a free local TCP port,
listening on 127.0.0.1 only, with password (SCRAM) authentication over TCP. PostgreSQL refuses to
run as root, so under root the cluster belongs to the unprivileged user ``nobody`` and is run
with ``runuser``. ``stop()`` shuts it down immediately and removes the folder.

Durability is switched off (``fsync=off``): the cluster lives for one test session, and the
tests are about Craffu's transactions, not the disk's.

``unavailable()`` says why a cluster cannot be started here (no server binaries, no psycopg),
or ``None``; the session fixture in ``tests/conftest.py`` skips the server tests with that
reason. ``scripts/test.sh`` installs the ``postgresql`` package, so on a machine set up by it the
server tests run.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

__all__ = ["PostgresCluster", "unavailable", "server_binaries"]

SUPERUSER = "postgres"
DATABASE = "craffu"


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None."""
    for found in sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                        key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0,
                        reverse=True):
        if os.access(os.path.join(found, "initdb"), os.X_OK):
            return Path(found)
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            folder = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True,
                                    check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return None
        if os.access(os.path.join(folder, "initdb"), os.X_OK):
            return Path(folder)
    return None


def unavailable() -> str | None:
    """Why no cluster can be started here, or None."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[test]' installs it)"
    if server_binaries() is None:
        return ("the PostgreSQL server is not installed (Debian: apt-get install postgresql; "
                "scripts/test.sh installs it)")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser, so PostgreSQL cannot be started"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresCluster:
    """A running throw-away cluster; ``url(...)`` makes pack addresses on it."""

    def __init__(self, folder: Path, port: int, password: str, binaries: Path):
        self.folder = folder
        self.port = port
        self.password = password
        self.binaries = binaries
        self.host = "127.0.0.1"

    # -- life --------------------------------------------------------------------------------

    @classmethod
    def start(cls) -> PostgresCluster:
        binaries = server_binaries()
        if binaries is None:
            raise RuntimeError(unavailable())
        folder = Path(tempfile.mkdtemp(prefix="craffu-pg-"))
        password = secrets.token_hex(12)
        (folder / "pw").write_text(password)
        owner = "nobody" if os.geteuid() == 0 else None
        if owner:
            shutil.chown(folder, owner)
            shutil.chown(folder / "pw", owner)
        cluster = cls(folder, _free_port(), password, binaries)
        cluster._run("initdb", "-D", str(folder / "data"), "-U", SUPERUSER, "--pwfile",
                     str(folder / "pw"), "--auth-local=trust", "--auth-host=scram-sha-256",
                     "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        (folder / "pw").unlink()
        for attempt in range(5):
            try:
                cluster._run("pg_ctl", "-D", str(folder / "data"), "-l", str(folder / "log"),
                             "-w", "-t", "30", "-o",
                             f"-p {cluster.port} -k {folder} -c listen_addresses=127.0.0.1 "
                             "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                             "-c max_connections=60", "start")
                break
            except subprocess.CalledProcessError:
                if attempt == 4:
                    raise RuntimeError("PostgreSQL did not start:\n"
                                       + cluster.log_tail()) from None
                cluster.port = _free_port()  # another process took the port; try another
        cluster.execute(f"CREATE DATABASE {DATABASE}")
        return cluster

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.binaries / program), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "nobody", "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join((self.folder / "log").read_text().splitlines()[-lines:])
        except OSError:
            return "(no log)"

    # -- addresses and connections -------------------------------------------------------------

    def url(self, pack: str, user: str = SUPERUSER, password: str | None = None,
            database: str = DATABASE) -> str:
        """A pack address on this cluster (the superuser's unless ``user`` is given)."""
        if password is None and user == SUPERUSER:
            password = self.password
        auth = user + (f":{password}" if password else "")
        return f"postgresql://{auth}@{self.host}:{self.port}/{database}?pack={pack}"

    def connect(self, user: str = SUPERUSER, password: str | None = None,
                database: str = DATABASE):
        """A psycopg connection (autocommit) as ``user``."""
        import psycopg

        if password is None and user == SUPERUSER:
            password = self.password
        return psycopg.connect(host=self.host, port=self.port, user=user, password=password,
                               dbname=database, autocommit=True)

    def execute(self, sql: str, database: str = "postgres") -> None:
        with self.connect(database=database) as conn:
            conn.execute(sql)

    def add_user(self, name: str, password: str = "secret", createrole: bool = False) -> None:
        """A login role, as a council's IT would make for a person."""
        extra = " CREATEROLE" if createrole else ""
        self.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'{extra}")


def wait_until(predicate, timeout: float = 5.0, step: float = 0.02) -> bool:
    """Poll ``predicate`` until true or ``timeout`` seconds pass."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


# -- pytest fixtures (tests/conftest.py loads this module as a plugin) ----------------------------

import itertools  # noqa: E402

import pytest  # noqa: E402

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg():
    """The session's throw-away PostgreSQL cluster; the server tests are skipped, with the
    reason, only where one cannot be started."""
    reason = unavailable()
    if reason:
        pytest.skip(f"no PostgreSQL server for the server tests: {reason}")
    cluster = PostgresCluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def server_url(pg) -> str:
    """The address of a new (not yet created) server pack, unique to the test."""
    return pg.url(f"p{os.getpid()}_{next(_names)}")


@pytest.fixture
def server_pack(server_url):
    """An empty server pack, open for writing as its owner."""
    from model.pack import Pack

    pack = Pack.create(server_url)
    yield pack
    pack.close()
