"""A real X display for the real-window checks: Xvfb with a small window manager, and xdotool.

``real_display()`` (a context manager) starts ``Xvfb`` on a free display number with
``openbox`` (when installed) and yields the environment to run the application in: ``DISPLAY``
set, Qt on its X11 (``xcb``) platform, and a fresh ``HOME`` and ``XDG_*`` folders so that the
application never reads or writes the user's real settings. It skips the test, saying why,
only where Xvfb or xdotool is missing or Xvfb cannot start.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

__all__ = ["real_display", "xdotool", "wait_for_window"]


def _free_display() -> int:
    for number in range(140, 240):
        if not Path(f"/tmp/.X{number}-lock").exists() and \
                not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    pytest.skip("no free X display number")


@contextlib.contextmanager
def real_display(home: Path) -> Iterator[dict[str, str]]:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed (scripts/setup.sh TEST_PACKAGES)")
    number = _free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            error = server.stderr.read().decode(errors="replace").strip().splitlines()
            pytest.skip(f"Xvfb could not start: {error[-1] if error else 'no reason given'}")
        time.sleep(0.05)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "runtime"))
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    manager = None
    if shutil.which("openbox"):
        manager = subprocess.Popen(["openbox", "--sm-disable"], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield env
    finally:
        if manager is not None:
            manager.kill()
            manager.wait()
        server.kill()
        server.wait()


def xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True,
                          timeout=20)
    return done.stdout.strip()


def wait_for_window(env: dict[str, str], name: str, app: subprocess.Popen,
                    timeout: float = 20) -> str:
    """The X id of the first visible window whose title contains ``name``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise AssertionError(f"the application ended early ({app.returncode}): "
                                 + app.stderr.read().decode(errors="replace")[-2000:])
        found = xdotool(env, "search", "--onlyvisible", "--name", name).split()
        if found:
            return found[0]
        time.sleep(0.1)
    raise AssertionError(f"no window named {name!r} appeared")
