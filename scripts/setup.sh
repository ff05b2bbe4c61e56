# Sourced by run.sh and test.sh: makes sure this machine can run Craffu, then returns.
# - System libraries Qt needs and a font, and, for the tests only (CRAFFU_TEST_TOOLS=1, set by
#   test.sh), poppler-utils and LibreOffice Calc, which prove the PDFs and workbooks open in real
#   programs, PostgreSQL, whose throw-away server the team-mode tests start, Chromium and
#   Node.js, which open the HTML edition in a real browser and check it with axe-core, and Xvfb,
#   xauth, xdotool and openbox, a real X display where the real-window checks type into the
#   application (run.sh never needs them): installed with apt-get when run as root on
#   Debian/Ubuntu, otherwise named in a message.
# - For the tests, the browser test's Node packages (puppeteer-core, axe-core) in
#   tests/browser/node_modules, from its package-lock.json (npm ci), again only when it changes.
# - A project virtual environment in .venv with Craffu and its test tools, reinstalled only when
#   pyproject.toml changes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SYSTEM_PACKAGES=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0
  libxcb-xkb1 fonts-dejavu-core
)
TEST_PACKAGES=(poppler-utils libreoffice-calc postgresql chromium nodejs xvfb xauth xdotool
               openbox)
if [ "${CRAFFU_TEST_TOOLS:-0}" = 1 ]; then
  SYSTEM_PACKAGES+=("${TEST_PACKAGES[@]}")
fi

missing_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || printf '%s\n' "$pkg"
  done
}

ensure_system_packages() {
  local missing
  missing=$(missing_packages "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "craffu: installing system packages: $(echo $missing)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "craffu: these system packages are missing: $(echo $missing)" >&2
    echo "craffu: install them (e.g. sudo apt-get install $(echo $missing)) and run again" >&2
    exit 1
  fi
}

# The newest suitable Python: $PYTHON if given, else python3.13, python3.12, python3, or one that
# pyenv or uv holds. Craffu needs CPython 3.12 or newer (see gui/__init__.py).
suitable() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; }

find_python() {
  local candidate root
  if [ -n "${PYTHON:-}" ]; then
    suitable "$PYTHON" && { echo "$PYTHON"; return 0; }
    echo "craffu: PYTHON=$PYTHON is not Python 3.12 or newer" >&2
    return 1
  fi
  for candidate in python3.13 python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && suitable "$candidate"; then
      command -v "$candidate"; return 0
    fi
  done
  if command -v pyenv >/dev/null 2>&1; then
    root=$(pyenv root)
    for candidate in "$root"/versions/3.13*/bin/python3 "$root"/versions/3.12*/bin/python3; do
      [ -x "$candidate" ] && suitable "$candidate" && { echo "$candidate"; return 0; }
    done
  fi
  if command -v uv >/dev/null 2>&1; then
    echo "craffu: no Python 3.12+ found; trying 'uv python install 3.12'" >&2
    if uv python install 3.12 >&2 && candidate=$(uv python find 3.12) && suitable "$candidate"
    then
      echo "$candidate"; return 0
    fi
  fi
  echo "craffu: Craffu needs Python 3.12 or newer, and none was found." >&2
  echo "craffu: install one (Debian 13 / Ubuntu 24.04: sudo apt-get install python3 python3-venv;" >&2
  echo "craffu: elsewhere python.org's installer, or 'uv python install 3.12') and run again," >&2
  echo "craffu: or name it: PYTHON=/path/to/python3.12 bash scripts/run.sh" >&2
  return 1
}

ensure_venv() {
  local python
  python=$(find_python) || exit 1
  if [ -x .venv/bin/python ] && ! suitable .venv/bin/python; then
    echo "craffu: .venv holds an older Python; making it again with $python" >&2
    rm -rf .venv
  fi
  if [ ! -x .venv/bin/python ]; then
    if ! "$python" -m venv .venv >/dev/null 2>&1; then
      rm -rf .venv
      ensure_system_packages python3-venv
      "$python" -m venv .venv
    fi
  fi
  local stamp=.venv/.craffu-installed
  local want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "craffu: installing Python packages into .venv (first run takes a minute)" >&2
    export UV_COMPILE_BYTECODE=1
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
    echo "$want" > "$stamp"
  fi
}

# The browser test's Node packages, exactly as locked; puppeteer-core drives the system's
# Chromium, so no browser is downloaded.
ensure_browser_test_packages() {
  command -v npm >/dev/null 2>&1 || ensure_system_packages npm
  local stamp=tests/browser/node_modules/.craffu-installed
  local want
  want=$(sha256sum tests/browser/package-lock.json | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "craffu: installing the browser test's Node packages (npm ci)" >&2
    (cd tests/browser && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error \
      >/dev/null)
    echo "$want" > "$stamp"
  fi
}

ensure_system_packages "${SYSTEM_PACKAGES[@]}"
ensure_venv
if [ "${CRAFFU_TEST_TOOLS:-0}" = 1 ]; then
  ensure_browser_test_packages
fi
