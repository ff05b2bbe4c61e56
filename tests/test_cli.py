"""The command line: each verb, its output, and one clear line per mistake (never a traceback)."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main
from model import records as r
from model.commands import put
from model.pack import Pack
from model.periods import Period
from tests.conftest import D

ROOT = Path(main.__file__).resolve().parent
Q3 = Period(2023, 3)


@pytest.fixture
def small_pack(tmp_path) -> Path:
    path = tmp_path / "small.craffu"
    with Pack.create(path) as pack:
        pack.apply(put(
            "setup",
            r.Indicator("K1.25", "Social worker vacancies", unit="percent", polarity="lower",
                        aggregation="last", group="People", title_cy="Swyddi gwag gweithwyr "
                        "cymdeithasol"),
            r.Indicator("D1", "Contacts to the MASH", unit="count", polarity="none",
                        aggregation="sum", group="Demand"),
            r.Value("K1.25", Period(2022, 3), actual=D("27.3")),
            r.Value("K1.25", Q3, actual=D("15.8")),
            r.Target("K1.25", 2023, annual=D("15")),
            r.Value("D1", Period(2023, 1), actual=D(7000)),
            r.Value("D1", Period(2023, 2), actual=D(7100)),
            r.Value("D1", Q3, actual=D(7393)),
            r.Meeting(Q3, meeting_date=dt.date(2018, 3, 13), report_date=dt.date(2018, 3, 6)),
        ))
    return path


def run(capsys, *args):
    code = main.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_csv_has_exact_columns_and_figures(small_pack, tmp_path, capsys):
    out_file = tmp_path / "scorecard.csv"
    code, out, _ = run(capsys, "export", small_pack, "--period", "2023/24 Q3", "--csv", out_file)
    assert code == 0 and "2023-24 Q3 scorecard" in out
    with open(out_file, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["code", "title", "group", "period", "value", "ytd",
                                     "target", "comparison", "rag", "direction", "forecast",
                                     "explanation", "edition"]
        rows = {row["code"]: row for row in reader}
    vac = rows["K1.25"]
    assert (vac["value"], vac["ytd"], vac["target"], vac["comparison"]) == (
        "15.8", "15.8", "15.0", "27.3")
    assert (vac["rag"], vac["direction"], vac["forecast"]) == ("Amber", "improved", "may")
    assert vac["explanation"].startswith("Amber: 15.8% is above the 15.0% target but within "
                                         "the 10% tolerance (16.5%)")
    demand = rows["D1"]
    assert (demand["value"], demand["ytd"], demand["target"], demand["comparison"]) == (
        "7393", "21493", "", "")
    assert (demand["rag"], demand["direction"], demand["forecast"]) == (
        "n/a", "not comparable", "n/a")


def test_check_lists_problems_and_exits_non_zero_on_errors(small_pack, capsys):
    code, out, _ = run(capsys, "check", small_pack, "--period", "Q3 2023-24")
    assert code == 0, out  # Amber and a demand measure: nothing wrong
    assert "2023-24 Q3: 0 errors, 0 warnings" in out
    code, out, _ = run(capsys, "check", small_pack, "--period", "2023-24 Q4")
    assert code == 1
    assert "error: K1.25 2023-24 Q4 actual: no figure entered for 2023-24 Q4" in out
    assert "2 errors" in out


def test_check_defaults_to_the_latest_period(small_pack, capsys):
    code, out, _ = run(capsys, "check", small_pack)
    assert code == 0 and out.strip().endswith("2023-24 Q3: 0 errors, 0 warnings")


def test_new_creates_an_empty_pack_and_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "new.craffu"
    code, _, _ = run(capsys, "new", target)
    assert code == 0
    with Pack.open(target, read_only=True) as pack:
        assert pack.count("indicator") == 0
    code, _, err = run(capsys, "new", target)
    assert code == 2 and err.strip() == f"craffu: error: {target} already exists; choose " \
        "another name"


def test_new_sample_copies_the_shipped_pack_without_changing_it(tmp_path, capsys):
    shipped = main.SAMPLE_PACK.read_bytes()
    target = tmp_path / "mine.craffu"
    code, _, _ = run(capsys, "new", target, "--sample")
    assert code == 0
    with Pack.open(target) as pack:
        assert pack.count("indicator") > 20
        assert pack.latest_period() == Period(2024, 4)
    assert main.SAMPLE_PACK.read_bytes() == shipped


def test_interchange_export_then_import_into_a_new_pack(small_pack, tmp_path, capsys):
    workbook = tmp_path / "pack.xlsx"
    assert run(capsys, "export", small_pack, "--interchange", workbook)[0] == 0
    target = tmp_path / "copy.craffu"
    assert run(capsys, "new", target)[0] == 0
    code, out, err = run(capsys, "import", target, workbook)
    assert code == 0, err
    with Pack.open(target, read_only=True) as pack:
        assert pack.value("D1", Q3).actual == D(7393)
        assert pack.target("K1.25", 2023).annual == D(15)


@pytest.mark.parametrize(
    "args, message",
    [
        (["check", "{missing}"], "does not exist"),
        (["check", "{small}", "--period", "2023-25 Q1"], "'2023-25 Q1' is not a period"),
        (["check", "{text}"], "is not a Craffu pack"),
        (["export", "{small}"], "nothing to export"),
        (["import", "{missing}", "{text}"], "create it first with: main.py new"),
    ],
)
def test_mistakes_get_one_clear_line_and_exit_2(small_pack, tmp_path, capsys, args, message):
    text = tmp_path / "notes.craffu"
    text.write_text("not a pack")
    names = {"missing": tmp_path / "nope.craffu", "small": small_pack, "text": text}
    code, _, err = run(capsys, *[a.format(**names) for a in args])
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("craffu: error: ") and message in lines[0]


def test_help_documents_every_verb():
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for verb in ("open", "new", "import", "export", "check"):
        assert verb in result.stdout


def test_cli_verbs_do_not_import_qt(small_pack):
    code = (f"import sys, main; rc = main.main(['check', {str(small_pack)!r}]); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))")
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=60)
    assert result.stdout.strip().endswith("[]"), result.stdout + result.stderr


def test_check_reports_imported_figures_that_must_be_corrected(tmp_path, capsys):
    """Figures from another system with a numerator above the denominator or a percent over 100
    are imported with a warning, and `check` then fails on them until they are corrected."""
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "Indicators.csv").write_text(
        "code,title,unit,polarity,aggregation\n"
        "P1,Assessments within 42 working days,percent,higher,ratio\n"
        "P2,Plans in place,percent,higher,last\n", encoding="utf-8")
    (folder / "Values.csv").write_text(
        "code,period,actual,numerator,denominator\n"
        "P1,2023-24 Q1,,210,200\n"
        "P2,2023-24 Q1,104,,\n", encoding="utf-8")
    target = tmp_path / "p.craffu"
    assert run(capsys, "new", target)[0] == 0
    code, out, err = run(capsys, "import", target, folder)
    assert code == 0 and out.startswith("imported csv into p.craffu")
    assert "craffu: warning: Values.csv row 2, column numerator: the numerator 210 is above " \
        "the denominator 200" in err
    assert "craffu: warning: Values.csv row 3, column actual: 104 is not a percentage" in err
    code, out, _ = run(capsys, "check", target, "--period", "2023-24 Q1")
    assert code == 1
    assert "error: P1 2023-24 Q1 numerator: 2023-24 Q1: the numerator 210 is above the " \
        "denominator 200" in out
    assert "error: P2 2023-24 Q1 actual: 2023-24 Q1: 104 is not a percentage from 0 to 100" in out
