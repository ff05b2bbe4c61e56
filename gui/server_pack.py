"""File ▸ Open server pack…: the address of a pack on a PostgreSQL server, and its password.

Rules:
- The user types (or picks from the recent ones) an address
  ``postgresql://USER@HOST[:PORT]/DATABASE?pack=NAME`` and, unless the council signs them in
  through the directory or a password file, their password.
- Addresses are remembered in the recent packs (``recent/servers``) without their password.
  A password is never kept in Craffu's settings: "Remember the password" puts it in the
  system keyring when the ``keyring`` package works on this computer, otherwise in libpq's own
  password file (``~/.pgpass``; on Windows ``%APPDATA%\\postgresql\\pgpass.conf``; or
  ``PGPASSFILE``), readable by the user only, where the driver finds it next time.
- ``use_keyring()`` lets the driver ask the keyring for a password an address leaves out.
- Opening failures (wrong password, no role on the pack, server down) are one message each.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from gui.language import translate
from model.address import AddressError, ServerAddress, location

__all__ = ["ServerPackDialog", "open_server_pack", "open_address", "recent_servers",
           "remember_server", "remember_password", "keyring_password", "password_file",
           "use_keyring", "add_recent_servers"]

RECENT_LIMIT = 10
_SERVICE = "Craffu"


# -- recent servers ------------------------------------------------------------------------------


def recent_servers() -> list[str]:
    from gui.preferences import settings

    value = settings().value("recent/servers", []) or []
    return [value] if isinstance(value, str) else list(value)


def remember_server(address: ServerAddress) -> None:
    """Put ``address`` (never its password) first in the recent server packs."""
    from gui.preferences import settings

    text = str(address)
    servers = [text] + [s for s in recent_servers() if s != text]
    settings().setValue("recent/servers", servers[:RECENT_LIMIT])


def add_recent_servers(window, menu) -> None:
    """Add the recent server packs to the File ▸ Open recent menu."""
    servers = recent_servers()
    if not servers:
        return
    menu.addSeparator()
    for text in servers:
        try:
            address = location(text)
        except AddressError:
            continue
        action = menu.addAction(address.name)
        action.setToolTip(text)
        action.triggered.connect(lambda _c=False, a=address: open_address(window, a))


# -- passwords -----------------------------------------------------------------------------------


def _keyring():
    """The keyring module when it has a working backend on this computer, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - any failure means no usable keyring
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def _account(address: ServerAddress) -> str:
    return f"{address.user}@{address.host}:{address.port or 5432}/{address.database}"


def keyring_password(address: ServerAddress) -> str | None:
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(_SERVICE, _account(address))
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask libpq instead
        return None


def use_keyring() -> None:
    """Let the driver take a password from the system keyring when an address has none."""
    from model.server_store import PASSWORD_SOURCES

    if keyring_password not in PASSWORD_SOURCES:
        PASSWORD_SOURCES.append(keyring_password)


def password_file() -> Path:
    """libpq's password file: ``PGPASSFILE``, else its default for this system."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(address: ServerAddress, password: str) -> str:
    """Keep ``password`` for ``address`` where the driver will find it; returns where (in the
    window's language)."""
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(_SERVICE, _account(address), password)
            return translate("server_pack", "the system keyring")
        except Exception:  # noqa: BLE001 - fall back to libpq's password file
            pass
    path = password_file()
    fields = [address.host or "localhost", str(address.port or 5432), address.database,
              address.user]
    prefix = ":".join(_escape(f) for f in fields) + ":"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    lines = [line for line in lines if not line.startswith(prefix)]
    lines.append(prefix + _escape(password))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".pgpass-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        os.chmod(temporary, 0o600)  # libpq ignores a password file others can read
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return str(path)


# -- the dialog ----------------------------------------------------------------------------------


class ServerPackDialog(QDialog):
    """Asks for a server pack's address and password."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("server_pack", "Open server pack — Craffu"))
        self.address_box = QComboBox()
        self.address_box.setEditable(True)
        self.address_box.addItems(recent_servers())
        self.address_box.lineEdit().setPlaceholderText(
            translate("server_pack", "postgresql://you@server/database?pack=name"))
        self.address_box.setMinimumWidth(420)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            translate("server_pack", "blank: signed in by Windows or a password file")
        )
        where = (translate("server_pack", "the system keyring") if _keyring() else
                 translate("server_pack", "your password file ({path})").format(
                     path=password_file()))
        self.remember = QCheckBox(
            translate("server_pack", "Remember the password in {where}").format(where=where)
        )
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00")
        form = QFormLayout(self)
        form.addRow(translate("server_pack", "&Address:"), self.address_box)
        form.addRow(translate("server_pack", "&Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._address: ServerAddress | None = None

    def accept(self) -> None:
        text = self.address_box.currentText().strip()
        try:
            address = location(text)
            if not isinstance(address, ServerAddress):
                raise AddressError(translate("server_pack",
                                             "a server pack's address starts with postgresql://"))
        except AddressError as exc:
            self.problem.setText(str(exc))
            return
        if self.password.text():
            from dataclasses import replace

            address = replace(address, password=self.password.text())
        self._address = address
        super().accept()

    def address(self) -> ServerAddress | None:
        """The address chosen, with the password typed (if any)."""
        return self._address


def open_address(window, address: ServerAddress, remember: bool = False):
    """Open ``address`` in ``window``; the pack, or None after telling the user why not."""
    from gui.opening import opening_period, show_open_error
    from model.errors import CraffuError
    from model.pack import Pack

    use_keyring()
    try:
        pack = Pack.open(address)
    except CraffuError as exc:
        show_open_error(translate("server_pack", "Cannot open the server pack"), str(exc),
                        window)
        return None
    if remember and address.password:
        where = remember_password(address, address.password)
        window.say(translate("server_pack", "The password is kept in {where}").format(where=where))
    window.set_pack(pack, opening_period(pack), owns_pack=True)
    return pack


def open_server_pack(window) -> None:
    """File ▸ Open server pack…"""
    dialog = ServerPackDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.address() is None:
        return
    open_address(window, dialog.address(), remember=dialog.remember.isChecked())
