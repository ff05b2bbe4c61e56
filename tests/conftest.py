"""Test configuration: headless Qt, and packs to work on.

``QT_QPA_PLATFORM=offscreen`` is set here, before anything imports Qt, so the suite runs without
a display whatever the shell says; Qt's standard paths are in test mode, so no test
reads or writes the user's real settings, recent packs or sample working copy.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QStandardPaths  # noqa: E402

from model import records as r  # noqa: E402
from model.commands import put  # noqa: E402
from model.pack import Pack  # noqa: E402
from model.periods import Period  # noqa: E402

# QSettings and app data of every test go to Qt's test folders, never the user's real ones.
QStandardPaths.setTestModeEnabled(True)

#: The throw-away PostgreSQL server of the server-pack tests (fixtures pg, server_url,
#: server_pack), started once per session when a test asks for it.
pytest_plugins = ["tests.pg_cluster"]


@pytest.fixture(autouse=True)
def _closing_never_blocks(request, monkeypatch):
    """A window closed at a test's end with refused text in a cell discards it instead of
    asking in a modal dialog (tests that ask set ``window.ask_unsaved``)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from gui import unsaved

    monkeypatch.setattr(unsaved, "ask_unsaved", lambda parent, refused: unsaved.DISCARD)
    yield


@pytest.fixture
def pack():
    """An empty in-memory pack."""
    p = Pack.memory()
    yield p
    p.close()


@pytest.fixture
def file_pack(tmp_path):
    """An empty pack file on disk, open for writing."""
    p = Pack.create(tmp_path / "test.craffu")
    yield p
    p.close()


def D(text) -> Decimal:  # noqa: N802 - reads like a literal
    return Decimal(str(text))


def add_indicator(pack: Pack, code: str = "K1", **fields) -> r.Indicator:
    fields.setdefault("title", f"Indicator {code}")
    ind = r.Indicator(code=code, **fields)
    pack.apply(put(f"Add {code}", ind))
    return ind


#: The period the small GUI packs are shown at (2024-25 Q3).
Q3 = Period(2024, 3)


def fill_pack(pack: Pack) -> Pack:
    """A small pack like the sample: two groups, a demand measure, a percentage from
    numerators and denominators, a snapshot measure with lower polarity, and one with no data."""
    pack.apply(put("Settings", pack.settings.replace(pack_title="Children's Services")))
    pack.apply(put("Groups", r.Group("Demand", position=1),
                   r.Group("Shifting the Balance – Practice", position=2)))
    add_indicator(pack, "D1", title="Contacts received by Children's Services", unit="count",
                  polarity="none", aggregation="sum", group="Demand")
    add_indicator(pack, "K1.22", title="Percentage of well-being assessments completed within "
                  "42 working days of the referral being received", unit="percent",
                  polarity="higher", aggregation="ratio", group="Shifting the Balance – Practice",
                  position=1)
    add_indicator(pack, "K1.23", title="Social worker vacancy rate", unit="percent",
                  polarity="lower", aggregation="last", group="Shifting the Balance – Practice",
                  position=2)
    add_indicator(pack, "K1.24", title="Children supported by Family Help", unit="count",
                  polarity="higher", aggregation="sum", group="Shifting the Balance – Practice",
                  position=3)
    records = []
    for year, figures in ((2023, (7100, 7400, 6900, 7200)), (2024, (7350, 7500, 7010))):
        for q, n in enumerate(figures, 1):
            records.append(r.Value("D1", Period(year, q), actual=D(n)))
    for year, pairs in ((2023, ((150, 200), (160, 200), (170, 200), (175, 200))),
                        (2024, ((122, 200), (118, 200), (126, 200)))):
        for q, (num, den) in enumerate(pairs, 1):
            records.append(r.Value("K1.22", Period(year, q), numerator=D(num),
                                   denominator=D(den)))
    for year, rates in ((2023, ("27.3", "24.0", "20.1", "15.8")), (2024, ("16.5", "17.0", "18.9"))):
        for q, rate in enumerate(rates, 1):
            records.append(r.Value("K1.23", Period(year, q), actual=D(rate)))
    records += [r.Target("K1.22", 2024, annual=D(70)), r.Target("K1.23", 2024, annual=D(18)),
                r.Target("K1.24", 2024, annual=D(480)), r.Target("K1.22", 2023, annual=D(70))]
    pack.apply(put("Figures", *records))
    return pack


@pytest.fixture
def filled(pack):
    """The in-memory pack filled by ``fill_pack``."""
    return fill_pack(pack)


@pytest.fixture
def window(qtbot, filled):
    """The editor's main window on ``filled`` at 2024-25 Q3, shown at 1200×700."""
    from gui.main_window import MainWindow

    w = MainWindow(filled, Q3)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A copy of the shipped sample pack, opened read-only, shared by a test module."""
    import shutil

    from model.sample_build import SHIPPED

    path = tmp_path_factory.mktemp("sample") / "sample.craffu"
    shutil.copyfile(SHIPPED, path)
    opened = Pack.open(path, read_only=True)
    yield opened
    opened.close()
