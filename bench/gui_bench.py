"""The editor's speed, measured against bare Qt in the same run.

(a) edit -> statuses on screen: in a window showing a 500-indicator pack (``generate_pack``),
    a quarter figure is entered through the grid's model (``setData``, exactly what the cell
    editor calls: parse, check, apply through the undo stack, write to the pack file, recompute
    the row) and the grid's viewport is repainted synchronously (``repaint``). Alternate
    figures for the same cell and other cells, so every edit really changes the pack.
    Goal: under 16 ms (one frame at 60 Hz), taken as the median of ``--edits`` edits.
    Floor, for reference: a bare ``QTableView`` over a ``QStandardItemModel`` of the same size,
    ``setData`` of one cell plus ``repaint``.
(b) start-up, as ``gui.app.run_app`` does it: a fresh Python process that imports Craffu and
    shows ``MainWindow.opening(pack)`` for the 500-indicator pack (read-only). Two times from
    process launch: **first painted window** (the window's frame, menus, navigator and docks,
    with "Opening <pack>…" where the grid goes, receives its first paint event) and **scorecard
    shown** (the pack is open, the scorecard built, and the grid's viewport has painted it).
    Against a fresh process that imports PySide6 and shows a bare window with an empty
    ``QTableView`` until its first paint. Best of ``--repeat`` alternating runs.
    Goal: first painted window under 1.5x the bare window.
    Both processes run with Python's bytecode cache (``PYTHONPYCACHEPREFIX`` in a temporary
    folder, filled by an untimed warm-up run), as an installed application has: this
    environment sets ``PYTHONDONTWRITEBYTECODE``, which would otherwise make every Craffu
    start-up recompile its modules while PySide6 (installed with its bytecode) does not.

(c) saving as the officer types: the cost of a key press in the commentary box and of the
    autosave that follows a second later (both on the user-interface thread).

All run offscreen (Qt's offscreen platform, with a 1600 x 1000 screen so that the 1400 x 900
window fits it) with no display, and with private settings (``use_private_settings``): the
benchmark's packs never become the user's recent packs. The script always exits 0
and prints PASS or MISS per goal.

    python bench/gui_bench.py [--edits N] [--repeat N] [--data DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from gui.preferences import use_private_settings  # noqa: E402
from gui.window_layout import offscreen_platform  # noqa: E402

use_private_settings()  # the benchmark's packs never join the user's recent packs (children too)
#: An offscreen screen large enough for the 1400 x 900 window (the window fits its screen).
PLATFORM = offscreen_platform(1600, 1000)
os.environ.setdefault("QT_QPA_PLATFORM", PLATFORM)

EDIT_GOAL_MS = 16.0
STARTUP_GOAL_RATIO = 1.5
INDICATORS = 500
SPLIT: list[tuple[float, float]] = []  # (apply, repaint) milliseconds of each edit

BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            app.exit(0)
        return False
window = QMainWindow()
view = QTableView()
view.setModel(QStandardItemModel(0, 12))
window.setCentralWidget(view)
watcher = Painted()
view.viewport().installEventFilter(watcher)
window.resize(1400, 900)
window.show()
app.exec()
"""

CRAFFU_WINDOW = r"""
import sys
sys.path.insert(0, {root!r})
import gui
from PySide6.QtCore import QEvent, QObject
from gui.app import make_application
from gui.main_window import MainWindow
app = make_application(fonts=False)
class Shown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("shown", flush=True)
            app.exit(0)
        return False
shown = Shown()
window = MainWindow.opening({pack!r}, read_only=True, restore=False)
window.firstPainted.connect(lambda: print("painted", flush=True))
window.packShown.connect(lambda: window.scorecard_view.viewport().installEventFilter(shown))
window.resize(1400, 900)
window.show()
app.exec()
"""


BYTECODE = tempfile.mkdtemp(prefix="craffu-gui-bench-pyc-")


def time_process(script: str) -> list[float]:
    """Seconds from launching ``python -c script`` to each line it prints ("painted", then
    "shown" for Craffu)."""
    env = dict(os.environ, QT_QPA_PLATFORM=PLATFORM, PYTHONPYCACHEPREFIX=BYTECODE)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env)
    times, lines = [], []
    for line in process.stdout:
        times.append(time.perf_counter() - start)
        lines.append(line.strip())
    process.wait(timeout=60)
    if not lines or lines[0] != "painted":
        raise RuntimeError(f"the window never painted (printed {lines})")
    return times


def edit_latencies(pack_path: Path, edits: int) -> tuple[list[float], list[float]]:
    """Milliseconds per edit in the Craffu grid, and per edit in a bare table (the floor)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from gui.app import make_application, opening_period
    from gui.main_window import MainWindow
    from gui.scorecard_model import Column
    from model.pack import Pack

    app = make_application()
    pack = Pack.open(pack_path)
    window = MainWindow(pack, opening_period(pack))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    model, view = window.scorecard_model, window.scorecard_view
    period = window.period
    column = Column.Q1 + period.quarter - 1
    rows = [row for row in range(min(model.rowCount(), 40))
            if model.row_entry(row) is not None
            and model.row_entry(row).indicator.unit == "count"][:8]
    craffu: list[float] = []
    for i in range(edits):
        row = rows[i % len(rows)]
        index = model.index(row, column)
        text = str(1000 + i)
        start = time.perf_counter()
        if not model.setData(index, text):
            raise RuntimeError(f"edit refused: {view.last_refusal}")
        applied = time.perf_counter()
        view.viewport().repaint()
        craffu.append((time.perf_counter() - start) * 1000)
        SPLIT.append(((applied - start) * 1000, (time.perf_counter() - applied) * 1000))
        app.processEvents()  # the debounced checks run outside the measured time
    autosave(app, window, edits)
    window.close()
    pack.close()

    bare_model = QStandardItemModel(model.rowCount(), len(Column))
    for row in range(model.rowCount()):
        for c in range(len(Column)):
            bare_model.setItem(row, c, QStandardItem(str(row * c)))
    bare = QTableView()
    bare.setModel(bare_model)
    bare.resize(1400, 900)
    bare.show()
    app.processEvents()
    floor: list[float] = []
    for i in range(edits):
        start = time.perf_counter()
        bare_model.setData(bare_model.index(rows[i % len(rows)], column), str(1000 + i))
        bare.viewport().repaint()
        floor.append((time.perf_counter() - start) * 1000)
    bare.close()
    return craffu, floor


#: Milliseconds of each autosave of typed commentary, and of each key press typed.
AUTOSAVES: list[float] = []
KEYSTROKES: list[float] = []


def autosave(app, window, saves: int) -> None:
    """The cost of saving as the officer types: a key press in the commentary box (marks the
    text as waiting, restarts the one-second timer), and the save itself a second later (parse,
    check, write to the pack file with its history row, merge into the undo step, the
    scorecard row recomputed and repainted)."""
    editor = window.show_page("commentary")
    code = window.scorecard_model.row_entry(
        next(r for r in range(window.scorecard_model.rowCount())
             if window.scorecard_model.row_entry(r) is not None)).code
    editor.select_indicator(code)
    box = editor.form.boxes["text"]
    box.setFocus()
    app.processEvents()
    for i in range(saves):
        start = time.perf_counter()
        box.insertPlainText(f"word{i} ")  # what a key press does to the box and the form
        KEYSTROKES.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        editor.form.flush(quiet=True)  # what the timer does a second after the last key
        window.scorecard_view.viewport().repaint()
        AUTOSAVES.append((time.perf_counter() - start) * 1000)
        app.processEvents()


def checks_time(pack_path: Path) -> float:
    """Seconds for the checks dock's checks on the 500-indicator pack (run 250 ms after an
    edit, outside the edit's time)."""
    from decimal import Decimal

    from gui.docks import period_checks
    from model.pack import Pack

    with Pack.open(pack_path, read_only=True) as pack:
        period = pack.latest_period()
        start = time.perf_counter()
        period_checks(pack, period, 1500, Decimal(50))
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data", type=Path, help="folder for the generated pack (kept)")
    args = parser.parse_args(argv)

    from bench.generate import generate_pack

    folder = args.data or Path(tempfile.mkdtemp(prefix="craffu-gui-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    pack_path = folder / f"gui-{INDICATORS}.craffu"
    if not pack_path.exists():
        print(f"generating {pack_path} ({INDICATORS} indicators)…", flush=True)
        generate_pack(pack_path, indicators=INDICATORS)
    work_copy = folder / "gui-edit.craffu"
    work_copy.write_bytes(pack_path.read_bytes())

    bare_script = BARE_WINDOW
    craffu_script = CRAFFU_WINDOW.format(root=str(ROOT), pack=str(pack_path))
    time_process(bare_script)  # warm-up: imports into the file cache
    time_process(craffu_script)
    bare_times, craffu_times, shown_times = [], [], []
    for _ in range(args.repeat):
        bare_times.append(time_process(bare_script)[0])
        painted, *shown = time_process(craffu_script)
        craffu_times.append(painted)
        if not shown:
            raise RuntimeError("the scorecard was never shown")
        shown_times.append(shown[0])
    bare_best, craffu_best, shown_best = min(bare_times), min(craffu_times), min(shown_times)
    ratio = craffu_best / bare_best

    edits, floor = edit_latencies(work_copy, args.edits)
    median, worst = statistics.median(edits), max(edits)
    checks = checks_time(pack_path)

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}")
    print(f"(a) edit -> statuses on screen, {INDICATORS} indicators: median {median:.1f} ms, "
          f"90th percentile {sorted(edits)[int(len(edits) * 0.9) - 1]:.1f} ms, worst "
          f"{worst:.1f} ms over {len(edits)} edits; bare QTableView setData+repaint median "
          f"{statistics.median(floor):.1f} ms; goal < {EDIT_GOAL_MS:.0f} ms: "
          f"{'PASS' if median < EDIT_GOAL_MS else 'MISS'}")
    print(f"    of which: apply (parse, check, write, recompute the row) median "
          f"{statistics.median(a for a, _ in SPLIT):.1f} ms, repaint median "
          f"{statistics.median(b for _, b in SPLIT):.1f} ms")
    print(f"    (checks dock, run 250 ms after an edit: {checks * 1000:.0f} ms)")
    if AUTOSAVES:
        print(f"    typing commentary: a key press median {statistics.median(KEYSTROKES):.2f} "
              f"ms; the autosave a second after typing stops median "
              f"{statistics.median(AUTOSAVES):.1f} ms, 90th percentile "
              f"{sorted(AUTOSAVES)[int(len(AUTOSAVES) * 0.9) - 1]:.1f} ms (one undo step "
              "for the burst)")
    print(f"(b) start-up -> first painted window: Craffu {craffu_best:.3f} s, bare PySide6 "
          f"window {bare_best:.3f} s, ratio {ratio:.2f}x (best of {args.repeat}; median "
          f"{statistics.median(craffu_times):.3f} s against {statistics.median(bare_times):.3f}"
          f" s); goal < {STARTUP_GOAL_RATIO}x: "
          f"{'PASS' if ratio < STARTUP_GOAL_RATIO else 'MISS'}")
    print(f"    start-up -> scorecard of {INDICATORS} indicators shown: {shown_best:.3f} s "
          f"({shown_best / bare_best:.2f}x the bare window; median "
          f"{statistics.median(shown_times):.3f} s); no goal, reported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
