"""Save a picture of the main window, for the README and for looking at the app headless.

    python -m gui.screenshot OUT.png [PACK] [--period "2023-24 Q4"] [--size 1600x900]
                             [--code K1.25] [--page commentary] [--guide]

PACK defaults to the bundled sample pack. A temporary copy is opened for editing, as the
application opens its working copy, so PACK itself is never changed (nor locked), and the
tool's settings are private (``gui.preferences.use_private_settings``): the copy never becomes
one of the user's recent packs. The picture is
the window's contents (``QWidget.grab``), without the desktop's title bar, with the trend dock
showing the first key area's indicator (``--code`` for another) selected in the grid;
``--page`` shows another page of the navigator (e.g. ``commentary``, for that indicator), and
``--guide`` pictures Help ▸ User guide instead of the window. With no
display, run with ``QT_QPA_PLATFORM=offscreen``; when that variable is not set this tool sets it
to ``offscreen`` for itself, since it never needs a screen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView

from gui.app import SAMPLE_PACK, make_application, opening_period
from gui.help_window import show_guide
from gui.main_window import MainWindow
from gui.preferences import use_private_settings
from gui.window_commands import go_to_page
from gui.window_layout import offscreen_platform
from model.pack import Pack
from model.periods import PeriodError, parse_period
from model.store import PackFileError


def main(argv: list[str] | None = None) -> int:
    # The tool's own words (argparse's help, the errors) are for developers, in English.
    parser = argparse.ArgumentParser(
        prog="python -m gui.screenshot",  # not shown: developer tool
        description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path,
                        help="the PNG file to write")  # not shown: developer tool
    parser.add_argument("pack", type=Path, nargs="?",
                        help="the pack (default: the sample)")  # not shown: developer tool
    parser.add_argument("--period", help=(
        'the period, e.g. "2023-24 Q4" (default: latest)'))  # not shown: developer tool
    parser.add_argument("--size", default="1600x900",
                        help="window size, WIDTHxHEIGHT")  # not shown: developer tool
    parser.add_argument("--code", help=(
        "the indicator selected (default: the first key area's)"))  # not shown: developer tool
    parser.add_argument("--page", default="scorecard", help=(
        "the navigator page shown, e.g. commentary "  # not shown: developer tool
        "(default: scorecard)"))
    parser.add_argument("--guide", action="store_true",
                        help="picture the user guide")  # not shown: developer tool
    parser.add_argument("--lang", choices=("en", "cy"), default="en", help=(
        "the window's language (default: English)"))  # not shown: developer tool
    parser.add_argument("--dialog", choices=("preferences",), help=(
        "picture a dialog of the window (Preferences)"))  # not shown: developer tool
    args = parser.parse_args(argv)
    use_private_settings()  # the temporary copy never joins the user's recent packs

    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        print(f"error: --size must be WIDTHxHEIGHT, not {args.size!r}",  # not shown: dev tool
              file=sys.stderr)
        return 2
    # read when the application is made: a screen as large as the picture (and its title bar)
    os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform(width + 40, height + 80))
    app = make_application()
    from gui.language import install

    install(args.lang, app)
    path = args.pack or SAMPLE_PACK
    # A temporary copy, opened for editing as the application opens its working copy, so the
    # picture shows what an officer sees; the pack itself is never opened for writing.
    work = Path(tempfile.mkdtemp(prefix="craffu-screenshot-"))
    try:
        copy = work / Path(path).name
        shutil.copyfile(path, copy)
        pack = Pack.open(copy)
    except (OSError, PackFileError) as exc:
        print(f"error: cannot open {path}: {exc}", file=sys.stderr)  # not shown: developer tool
        return 1
    try:
        period = parse_period(args.period) if args.period else opening_period(pack)
        window = MainWindow(pack, period)
        window.resize(width, height)
        window.show()
        for _ in range(3):  # layout, then the row heights that follow the column widths
            app.processEvents()
        window.run_checks()  # normally a moment after the first paint
        app.processEvents()
        areas = sorted(pack.all("key_area"), key=lambda a: (a.position, a.name))
        code = args.code or (areas[0].indicator if areas else None)
        row = window.scorecard_model.row_of(code) if code else -1
        if code and row < 0:
            print(f"error: there is no indicator {code} in the scorecard",  # not shown: dev tool
                  file=sys.stderr)
            return 2
        if row >= 0:
            index = window.scorecard_model.index(row, 1)
            window.scorecard_view.setCurrentIndex(index)
            window.scorecard_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        for _ in range(3):  # the trend panel is made just after the first paint
            app.processEvents()
        shown = window
        if args.page != "scorecard":
            go_to_page(window, args.page)
            for _ in range(3):
                app.processEvents()
        if args.guide:
            shown = show_guide(window)
            shown.resize(min(width, 1000), min(height, 900))
            for _ in range(5):
                app.processEvents()
        if args.dialog:
            shown = _dialog(window, args.dialog)
            shown.show()
            for _ in range(3):
                app.processEvents()
        if not shown.grab().save(str(args.out)):
            print(f"error: cannot write {args.out}", file=sys.stderr)  # not shown: developer tool
            return 1
        window.close()
    except PeriodError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        pack.close()
        shutil.rmtree(work, ignore_errors=True)
    print(args.out)
    return 0


def _dialog(window, which: str):
    """The dialog pictured over ``window`` (not run: only drawn)."""
    from gui.preferences import PreferencesDialog

    return PreferencesDialog(window.preferences, window)


if __name__ == "__main__":
    sys.exit(main())
