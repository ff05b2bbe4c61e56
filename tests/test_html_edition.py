"""The HTML edition's document: valid HTML, its structure and languages, everything in one file,
every indicator and chart of the pack, and the command line. (The browser checks, axe-core and
the 320 px reflow, are in test_html_browser.py; figures against the PDF in test_html_figures.py.)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import main
from exporters.html_edition import css_string, render_edition, write_html_edition
from model import records as r
from model import words as pt
from model.commands import put
from model.pack import Pack
from model.periods import Period
from model.report import PeriodReport
from tests.conftest import D, add_indicator
from tests.html_support import (
    EDITIONS,
    PERIOD,
    SAMPLE,
    edition_id,
    language_of,
    pack_path,
    parents,
    parse,
    planted_sample,
    sample_edition,
    text_of,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def packs():
    """The packs of the test editions, by ``published``."""
    opened = {published: Pack.open(pack_path(published), read_only=True)
              for published in (False, True)}
    yield opened
    for pack in opened.values():
        pack.close()


@pytest.fixture(scope="module")
def sample(packs):
    return packs[False]


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_html5lib_parses_every_edition_without_an_error(edition):
    document = parse(sample_edition(*edition))  # strict: a parse error raises
    assert document.tag == "html"
    assert document.get("lang") == {"en": "en-GB", "cy": "cy-GB", "both": "en-GB"}[edition[0]]


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_one_h1_headings_without_gaps_and_the_landmarks(edition):
    document = parse(sample_edition(*edition))
    levels = [int(e.tag[1]) for e in document.iter() if re.fullmatch(r"h[1-6]", str(e.tag))]
    assert levels.count(1) == 1 and levels[0] == 1
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, f"a heading jumps from h{before} to h{after}"
    body = document.find("body")
    for landmark in ("header", "nav", "main", "footer"):
        assert len(body.findall(f".//{landmark}")) == 1, landmark
    skip = body[0]
    assert skip.tag == "a" and skip.get("href") == "#main"
    assert body.find(".//main").get("id") == "main"


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_every_table_has_a_caption_scoped_headers_and_a_labelled_region(edition):
    document = parse(sample_edition(*edition))
    parent_of = parents(document)
    tables = document.findall(".//table")
    assert len(tables) > 10
    ids = {e.get("id") for e in document.iter() if e.get("id")}
    for table in tables:
        caption = table.find("caption")
        assert caption is not None and text_of(caption)
        for th in table.iter("th"):
            assert th.get("scope") in ("col", "row")
        region = parent_of[table]
        assert region.get("role") == "region" and region.get("tabindex") == "0"
        assert region.get("aria-labelledby") == caption.get("id") in ids


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_nothing_is_fetched_and_nothing_runs(edition):
    text = sample_edition(*edition)
    document = parse(text)
    for tag in ("script", "link", "img", "iframe", "object", "embed", "base", "form"):
        assert document.find(f".//{tag}") is None, tag
    for element in document.iter():
        for name, value in element.attrib.items():
            assert not name.startswith("on"), name
            if name in ("href", "src", "xlink:href", "action"):
                assert value.startswith("#"), (name, value)
    assert not re.search(r"url\(|@import", text)
    assert not re.search(r"(src|href)=\"(https?:)?//", text)


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_every_indicator_code_and_every_link_target_is_there(packs, edition):
    sample = packs[edition[1]]
    document = parse(sample_edition(*edition))
    words = text_of(document.find("body"))
    for indicator in sample.indicators():
        assert indicator.code in words
    ids = {e.get("id") for e in document.iter() if e.get("id")}
    assert len(ids) == len([e for e in document.iter() if e.get("id")])  # ids are unique
    for link in document.iter("a"):
        assert link.get("href")[1:] in ids
    nav = document.find(".//nav")
    report = PeriodReport(sample, PERIOD, edition[0], published=edition[1])
    targets = [a.get("href") for a in nav.iter("a")]
    for appendix in report.appendices:
        assert f"#appendix-{appendix.letter}" in targets


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_every_chart_is_an_image_with_a_title_and_the_report_s_text_alternative(packs, edition):
    sample = packs[edition[1]]
    document = parse(sample_edition(*edition))
    charts = document.findall(".//svg")
    report = PeriodReport(sample, PERIOD, edition[0], published=edition[1])
    drawn = []  # in the order of the appendices
    for appendix in report.appendices:
        if appendix.kind == "dashboard":
            drawn += [c for s in report.dashboard if s.appendix == "dashboard" for c in s.charts]
        elif appendix.kind in ("breakdowns", "snapshots"):
            drawn += [t.chart for t in getattr(report, appendix.kind)]
        elif appendix.kind == "key_area":
            part = next(p for p in report.key_areas if p.area.name == appendix.key)
            drawn += [part.chart, *(m.chart for m in part.related)]
    assert len(charts) == len(drawn) > 10
    ids = {e.get("id"): e for e in document.iter() if e.get("id")}
    parent_of = parents(document)
    for svg, chart in zip(charts, drawn, strict=True):
        assert svg.get("role") == "img"
        (title,) = [ids[i] for i in svg.get("aria-labelledby").split()]
        assert title.tag == "title" and text_of(title) == " ".join(chart.title.split())
        assert text_of(svg.find("desc")) == " ".join(chart.descriptions[0].split())
        described = [ids[i] for i in svg.get("aria-describedby").split()]
        languages = ("en", "cy") if edition[0] == "both" else (edition[0],)
        assert len(described) == len(chart.descriptions) == len(languages)
        for paragraph, text, one in zip(described, chart.descriptions, languages, strict=True):
            assert text_of(paragraph) == " ".join(pt.words("chart_text", one, text=text).split())
            assert language_of(paragraph, parent_of).startswith(one)
    figures = document.findall(".//details")
    assert len(figures) == len(charts)
    for details in figures:
        assert details.find("summary") is not None and details.find(".//table") is not None


def test_a_bilingual_edition_marks_every_welsh_passage_and_pairs_paragraphs(sample):
    document = parse(sample_edition("both", False))
    parent_of = parents(document)
    report = PeriodReport(sample, PERIOD, "both")
    welsh = {pt.TEXT[k][1] for k in ("contents", "cover_report", "key", "html_skip",
                                     "current_position", "no_narratives")}
    welsh |= {i.title_cy for i in sample.indicators() if i.title_cy}
    welsh |= {p.texts[1] for p in report.cover.paragraphs if len(p.texts) > 1 and p.texts[1]}
    english = {p.texts[0] for p in report.cover.paragraphs if p.texts[0]}
    english |= {i.title for i in sample.indicators()}
    found_welsh = found_english = 0
    for element in document.iter():
        for text in (element.text, element.tail):
            if not text or not text.strip():
                continue
            # the element whose language applies to this run of text
            owner = element if text is element.text else parent_of[element]
            if text.strip() in welsh:
                assert language_of(owner, parent_of) == "cy", text
                found_welsh += 1
            elif text.strip() in english:
                assert language_of(owner, parent_of) == "en-GB", text
                found_english += 1
    assert found_welsh > 50 and found_english > 50
    # each numbered paragraph's Welsh directly follows its own English, in one block
    blocks = [e for e in document.iter("div") if "cover-texts" in e.get("class", "")]
    for paragraph in report.cover.paragraphs:
        if len(paragraph.texts) == 2 and all(paragraph.texts):
            block = next(b for b in blocks if paragraph.texts[0] in text_of(b))
            paras = block.findall("p")
            assert text_of(paras[0]) == " ".join(paragraph.texts[0].split())
            welsh_para = next(p for p in paras if p.get("lang") == "cy")
            assert text_of(welsh_para) == " ".join(paragraph.texts[1].split())


def test_a_welsh_edition_is_welsh_and_marks_the_english_left_in_it(sample):
    document = parse(sample_edition("cy", False))
    parent_of = parents(document)
    body = text_of(document.find("body"))
    for key in ("contents", "cover_report", "key", "html_skip", "app_scorecard"):
        assert pt.TEXT[key][1] in body
    assert "Cover report" not in body and "Skip to the main content" not in body
    # 2024-25 Q3 has commentary without Welsh: shown in English after the papers' mark, and
    # marked as English
    q3 = parse(render_edition(PeriodReport(sample, Period(2024, 3), "cy")))
    q3_parents = parents(q3)
    untranslated = [c for c in sample.all("commentary")
                    if c.period == Period(2024, 3) and c.text.strip() and not c.text_cy.strip()]
    assert untranslated
    first = untranslated[0].text.split("\n\n")[0].split("\n")[0].strip()
    runs = [e for e in q3.iter() if (e.text or "").strip() == first]
    assert runs and all(language_of(e, q3_parents) == "en" for e in runs)
    marks = [e for e in q3.iter() if "english-only" in (e.get("class") or "")]
    assert marks and all(text_of(e) == "[Saesneg yn unig]" and e.get("lang") == "cy"
                         for e in marks)
    # and no English is left unmarked: no run of text said to be Welsh has English words in it
    english_words = re.compile(r"\b(the|and|of|for|Quarter|Chart|Page|Total|Target|Appendix)\b")
    for element in document.find("body").iter():
        for text in (element.text, element.tail):
            owner = element if text is element.text else parent_of.get(element)
            if text and text.strip() and owner is not None and \
                    language_of(owner, parent_of) == "cy-GB":
                assert not english_words.search(text), text


def test_statuses_are_given_in_words_as_well_as_symbols(sample):
    document = parse(sample_edition("en", False))
    report = PeriodReport(sample, PERIOD, "en")
    rows = {text_of(tr.find("th")): tr for tr in document.iter("tr")
            if "indicator" in tr.get("class", "")}
    assert set(rows) == {row.code for row in report.scorecard.rows}
    for row in report.scorecard.rows:
        cells = rows[row.code].findall("td")
        rag, trend, forecast = (text_of(c) for c in cells[-3:])
        status = row.status
        assert pt.rag_word(status.rag, "en") in rag
        assert pt.direction_word(status.direction, "en") in trend
        assert pt.forecast_word(status.forecast, "en") in forecast
        for cell in cells[-3:]:  # the symbols are not read out: the words are
            for span in cell.iter("span"):
                if "symbol" in span.get("class", ""):
                    assert span.get("aria-hidden") == "true"


def test_a_published_edition_explains_every_hidden_figure(packs):
    sample = packs[True]
    document = parse(sample_edition("en", True))
    hidden = [e for e in document.iter("span") if e.get("class") == "hidden-figure"]
    assert len(hidden) >= 5
    threshold = sample.settings.suppression_threshold
    for span in hidden:
        mark, words = list(span)
        assert mark.text == "*" and mark.get("aria-hidden") == "true"
        assert "vh" in words.get("class") and f"fewer than {threshold}" in text_of(words)
        assert span.get("title") == text_of(words)
    draft = parse(sample_edition("en", False))
    assert not [e for e in draft.iter("span") if e.get("class") == "hidden-figure"]


def test_the_same_pack_gives_the_same_text(packs):
    again = write_html_edition(packs[True], PERIOD, None, "both", True)
    assert sample_edition("both", True) == again


def test_pack_text_is_escaped_wherever_it_is_written(pack):
    hostile = "<script>alert('x')</script> & </style><b>bold"
    add_indicator(pack, "K1", title=hostile, title_cy=hostile)
    pack.apply(put("v", r.Value("K1", PERIOD, actual=D(3))))
    pack.apply(put("s", pack.settings.replace(report_title=hostile, report_title_cy=hostile)))
    text = render_edition(PeriodReport(pack, PERIOD, "both"))
    document = parse(text)
    assert document.find(".//script") is None and document.find(".//b") is None
    assert document.find(".//title").text.startswith(hostile)  # then the period (issue 11)
    assert hostile in text_of(document.find(".//h1"))
    assert "</style><b>" not in text


def test_css_strings_cannot_end_the_style_sheet():
    assert css_string('a "b" \\ </style>') == '"a \\22 b\\22  \\5C  \\3C /style\\3E "'


def test_the_command_line_writes_the_edition(tmp_path, capsys):
    out = tmp_path / "pack.html"
    code = main.main(["export", str(planted_sample()), "--period", "2024-25 Q4", "--html", str(out),
                      "--language", "cy", "--published"])
    assert code == 0
    assert "HTML edition" in capsys.readouterr().out
    document = parse(out.read_text(encoding="utf-8"))
    assert document.get("lang") == "cy-GB"
    assert document.findall(".//span[@class='hidden-figure']")


def test_the_command_line_refuses_a_wrong_file_name(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(SAMPLE),
                             "--html", str(tmp_path / "pack.pdf")], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert "must end in .html" in result.stderr
    assert not (tmp_path / "pack.pdf").exists()


def test_setuptools_ships_the_templates():
    import fnmatch
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = config["package-data"]["exporters"]
    templates = sorted(p.relative_to(ROOT / "exporters").as_posix()
                       for p in (ROOT / "exporters" / "templates").iterdir())
    assert templates
    for name in templates:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name
    include = config["packages"]["find"]["include"]
    for folder in ("model/report", "model/charts", "exporters", "gui/editors"):
        dotted = folder.replace("/", ".")
        assert any(fnmatch.fnmatch(dotted, pattern) for pattern in include), folder
