"""LibreOffice, a real spreadsheet program, opens the return and the template and converts them
to CSV and PDF with the same numbers as the pack.

Two LibreOffice runs in all (one converts both workbooks to CSV, one to PDF), each with its own
profile folder (``-env:UserInstallation``) so that no other LibreOffice can hold a lock on it.
``scripts/setup.sh`` installs ``libreoffice-calc``; without it these tests fail and say so.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from exporters.excel_return import write_return
from exporters.excel_template import write_template
from model.numbers import round_half_away
from model.pack import Pack
from model.periods import Period
from model.sample_build import SHIPPED
from model.scorecard import build_scorecard

PERIOD = Period(2024, 4)
# CSV: comma, double quote, UTF-8 (76), from line 1, cells as shown, every sheet (-1)
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail("LibreOffice is not installed: install libreoffice-calc "
                    "(bash scripts/setup.sh does, as root)")
    return found


def _convert(workdir: Path, target: str, files: list[Path], outdir: Path) -> None:
    profile = (workdir / f"profile-{outdir.name}").as_uri()
    result = subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", target, "--outdir", str(outdir), *map(str, files)],
        capture_output=True, text=True, timeout=120, env={"HOME": str(workdir),
                                                           "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    work = tmp_path_factory.mktemp("libreoffice")
    path = work / "sample.craffu"
    shutil.copyfile(SHIPPED, path)
    pack = Pack.open(path, read_only=True)
    books = [write_return(pack, PERIOD, work / "return.xlsx"),
             write_template(pack, PERIOD, work / "template.xlsx")]
    _convert(work, CSV_FILTER, books, work / "csv")
    _convert(work, "pdf", books, work / "pdf")
    yield pack, work
    pack.close()


def _shown(text: str) -> Decimal | None:
    """A figure as LibreOffice shows it (``1,234``, ``85.0%``, ``£806,833``) as a number."""
    text = text.replace(",", "").replace("%", "").replace("£", "").strip()
    return Decimal(text) if text else None


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_libreoffice_shows_the_returns_numbers(converted):
    pack, work = converted
    rows = _csv(work / "csv" / "return-Scorecard.csv")
    heading = rows[0]
    scorecard = build_scorecard(pack, PERIOD)
    assert len(rows) - 1 == len(scorecard.rows)
    shown = {row[1]: dict(zip(heading, row, strict=False)) for row in rows[1:]}
    for row in scorecard.rows:
        s = row.status
        line = shown[row.code]
        for name, figure in (("Period value", s.value), ("Year to date", s.ytd),
                             ("Target", s.target)):
            expected = round_half_away(figure, s.decimals)
            assert _shown(line[name]) == expected, (row.code, name, line[name])
        assert line["RAG"] in ("G", "A", "R", "n/a", "no data")
        if row.indicator.unit == "percent" and s.ytd is not None:
            assert line["Year to date"].endswith("%")
    breakdown = _csv(work / "csv" / "return-Breakdowns.csv")
    total = next(line for line in breakdown if line and line[0] == "Total")
    item = pack.get("breakdown", ("contacts-source-outcome", PERIOD))
    assert _shown(total[5]) == sum(sum(cells) for cells in item.cells)


def test_libreoffice_shows_the_templates_figures(converted):
    pack, work = converted
    rows = _csv(work / "csv" / "template-Figures.csv")
    assert rows[1][:4] == ["Key: code", "Key: period", "Code", "Indicator"]
    assert len(rows) - 2 == len([i for i in pack.indicators() if not i.formula])
    for line in rows[2:]:
        value = pack.value(line[0], PERIOD)
        if value.numerator is not None and value.denominator is not None:
            assert (_shown(line[10]), _shown(line[11])) == (value.numerator, value.denominator)
        else:
            assert _shown(line[9]) == round_half_away(value.actual,
                                                      pack.indicator(line[0]).display_decimals)


def test_libreoffice_prints_both_workbooks_to_pdf(converted):
    pack, work = converted
    texts = {}
    for name in ("return", "template"):
        pdf = work / "pdf" / f"{name}.pdf"
        assert pdf.stat().st_size > 10_000
        texts[name] = subprocess.run(["pdftotext", "-layout", str(pdf), "-"],
                                     capture_output=True, text=True, check=True).stdout
    assert "Cardiff Council" in texts["return"]
    assert "Page 1 of" in texts["return"] and "Key areas: five-year trend" in texts["return"]
    breakdown = pack.get("breakdown", ("contacts-source-outcome", PERIOD))
    assert f"{sum(sum(cells) for cells in breakdown.cells):,}" in texts["return"]
    dem01 = pack.value("DEM.01", PERIOD).actual
    assert f"{int(dem01):,}" in texts["template"]
    assert "Figures for 2024-25 Q4" in texts["template"]
