"""The HTML edition in a real browser: headless Chromium (Debian's ``chromium``) driven by
puppeteer-core, checked with axe-core for the WCAG 2.0 and 2.1 A and AA rules, with no request
leaving the file, reflowing at 320 CSS px, and a skip link that takes the first Tab with a
visible focus; and its print style sheet printing A4 pages, landscape for the wide appendices,
with the title and "Page X of Y" in the footer, like the PDF.

``tests/browser/check.mjs`` does the browsing; the Node packages are installed from
``tests/browser/package-lock.json`` by the test command (``scripts/setup.sh``: ``npm ci``).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.html_support import EDITIONS, edition_id, sample_edition

BROWSER = Path(__file__).resolve().parent / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _node() -> str:
    node = shutil.which("node")
    problems = []
    if node is None:
        problems.append("Node.js is not installed (the nodejs package)")
    if not Path(CHROMIUM).exists():
        problems.append(f"Chromium is not installed at {CHROMIUM} (the chromium package)")
    if not (BROWSER / "node_modules" / "axe-core").is_dir():
        problems.append("the browser test's Node packages are missing: cd tests/browser && "
                        "PUPPETEER_SKIP_DOWNLOAD=1 npm ci")
    if problems:
        pytest.fail("; ".join(problems) + " (bash scripts/test.sh installs them, as root)")
    return node


def check(*arguments: str) -> dict:
    """Run check.mjs with ``arguments``; its JSON answer."""
    result = subprocess.run([_node(), str(BROWSER / "check.mjs"), *arguments],
                            capture_output=True, text=True, timeout=300, cwd=BROWSER)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout or "{}")


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> dict:
    """Every test edition of the sample, checked in one browser session."""
    folder = tmp_path_factory.mktemp("editions")
    files = {}
    for edition in EDITIONS:
        path = folder / f"{edition_id(edition)}.html"
        path.write_text(sample_edition(*edition), encoding="utf-8")
        files[edition] = str(path)
    results = check(*files.values())
    return {edition: results[path] for edition, path in files.items()}


def _violations(result: dict) -> list[str]:
    return [f"{v['id']} ({v['impact']}, {v['count']}×): {v['help']} — "
            f"{v['nodes'][0]['target'] if v['nodes'] else ''}"
            for v in result["axe"]["violations"]]


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_axe_finds_no_wcag_2_1_a_or_aa_violation(checked, edition):
    result = checked[edition]
    assert result["axe"]["passes"] > 15  # axe did run its rules on the page
    assert _violations(result) == []


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_page_makes_no_request(checked, edition):
    assert checked[edition]["requests"] == []


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_page_reflows_at_320_css_pixels(checked, edition):
    reflow = checked[edition]["reflow"]
    assert reflow["viewport"] == 320
    assert reflow["scrollWidth"] <= 320, reflow
    assert reflow["outside"] == []  # only table regions scroll sideways, inside themselves


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_first_tab_reaches_the_skip_link_visibly(checked, edition):
    tab = checked[edition]["firstTab"]
    assert tab["tag"] == "a" and tab["href"] == "#main"
    assert tab["inView"] and tab["outline"]


def test_the_checker_finds_violations_where_there_are_some(tmp_path):
    """The harness is not blind: a page with known faults fails."""
    page = tmp_path / "faulty.html"
    page.write_text('<!DOCTYPE html><html><head><title>t</title></head><body>'
                    '<p style="color:#BBBBBB;background:#FFFFFF">faint</p>'
                    '<svg role="img" width="10" height="10"></svg>'
                    '<img src="https://example.invalid/x.png"></body></html>',
                    encoding="utf-8")
    result = check(str(page))[str(page)]
    found = {v["id"] for v in result["axe"]["violations"]}
    assert {"html-has-lang", "color-contrast", "svg-img-alt", "image-alt"} <= found
    assert result["requests"] == ["https://example.invalid/x.png"]


def test_printing_gives_a4_pages_landscape_for_the_scorecard_and_the_pdf_s_footer(tmp_path):
    page = tmp_path / "both.html"
    page.write_text(sample_edition("both", False), encoding="utf-8")
    printed = tmp_path / "printed.pdf"
    check("--pdf", str(printed), str(page))
    reader = PdfReader(io.BytesIO(printed.read_bytes()))
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in reader.pages]
    assert set(sizes) == {(595, 842), (842, 595)}  # A4 portrait and landscape, in points
    texts = [p.extract_text() for p in reader.pages]
    pages = len(texts)
    assert f"Page 1 of {pages} / Tudalen 1 o {pages}" in " ".join(texts[0].split())
    assert "Children's Services" in texts[-1]  # the title in every footer
    scorecard = next(i for i, t in enumerate(texts) if "Performance scorecard: Quarter 4" in t)
    assert sizes[scorecard] == (842, 595)
    assert any("DRAFFT" in t for t in texts)  # the draft mark across the pages
