"""Legible papers: no two words overprint each other on any page of any edition (English, Welsh,
both; scorecard and committee pack), the committee pack's smallest text is 9 pt, and every glyph
extracts as the character it draws (the "may" face too).

Word boxes come from poppler's ``pdftotext -bbox`` (already used by the tests and installed with
LibreOffice's tools), font sizes from pypdf's text visitor (the text matrix times the current
transformation, so text scaled inside a chart drawing is measured as printed): no new
dependency is needed.
"""

from __future__ import annotations

import io
import math
import shutil

import pytest
from pypdf import PdfReader

from exporters.pdf_base import PaperOptions
from exporters.pdf_pack import write_pack_pdf
from exporters.pdf_scorecard import write_scorecard_pdf
from model import symbols
from model.commands import put
from model.pack import Pack
from model.periods import Period
from model.records import PeriodState
from model.sample_build import SHIPPED
from tests.published_figures import words

Q4 = Period(2024, 4)


@pytest.fixture(scope="module")
def final_sample(tmp_path_factory):
    """A copy of the sample with 2024-25 Q4 final (no DRAFT mark behind the text)."""
    path = tmp_path_factory.mktemp("legible") / "sample.craffu"
    shutil.copyfile(SHIPPED, path)
    with Pack.open(path) as pack:
        pack.apply(put("final", PeriodState(Q4, final=True)))
    pack = Pack.open(path, read_only=True)
    yield pack
    pack.close()


def overprints(pdf: bytes) -> list[tuple]:
    """Pairs of words whose boxes overlap (more than a sliver) on the same page."""
    found = []
    for number, page in enumerate(words(pdf), 1):
        boxes = sorted(page)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if b[0] >= a[2] - 0.5:
                    break
                width = min(a[2], b[2]) - max(a[0], b[0])
                height = min(a[3], b[3]) - max(a[1], b[1])
                if width > 0.5 and height > 0.5:
                    found.append((number, a[4], b[4]))
    return found


def smallest_text(pdf: bytes) -> list[tuple[float, int, str]]:
    """The smallest text on each page: (size as printed, page, text)."""
    out = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, 1):
        sizes = []

        def visit(text, cm, tm, _font, size, sizes=sizes, number=number):
            if text.strip():
                c = tm[2] * cm[0] + tm[3] * cm[2]
                d = tm[2] * cm[1] + tm[3] * cm[3]
                sizes.append((round(size * math.hypot(c, d), 2), number, text.strip()[:40]))

        page.extract_text(visitor_text=visit)
        if sizes:
            out.append(min(sizes))
    return out


@pytest.mark.parametrize("language", ["en", "cy", "both"])
@pytest.mark.parametrize("published", [False, True])
def test_no_two_words_overprint_in_any_edition(final_sample, language, published):
    options = PaperOptions(language, published=published, publishing=published)
    committee = write_pack_pdf(final_sample, Q4, None, options)
    scorecard = write_scorecard_pdf(final_sample, Q4, None, options)
    assert overprints(committee) == []
    assert overprints(scorecard) == []
    if language == "both":
        # the bilingual running title ends before "Page X of Y / Tudalen X o Y"
        assert all(any(w[4] == "Tudalen" for w in page) for page in words(committee))


@pytest.mark.parametrize("seed", range(3))
def test_hidden_figures_overprint_nothing(seed):
    """A pack full of small numbers: the hidden bars, their * and the totals stay apart."""
    from tests.test_disclosure_outputs import generated_pack

    pack, period = generated_pack(seed)
    pack.apply(put("final", PeriodState(period, final=True)))  # no DRAFT mark behind the text
    for language in ("en", "both"):
        pdf = write_pack_pdf(pack, period, None, PaperOptions(language, published=True))
        assert [o for o in overprints(pdf)] == []
    pack.close()


def test_the_committee_pack_prints_nothing_below_9_point(final_sample):
    for language in ("en", "both"):
        pdf = write_pack_pdf(final_sample, Q4, None, PaperOptions(language, published=True))
        small = [entry for entry in smallest_text(pdf) if entry[0] < 9 - 0.01]
        assert small == [], small[:5]


def test_the_overprint_check_can_fail():
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 100, "Running title that is long")
    canvas.drawString(160, 100, "Page 1 of 2")
    canvas.save()
    assert overprints(buffer.getvalue())


def test_every_face_extracts_as_itself(final_sample):
    pdf = write_scorecard_pdf(final_sample, Q4, None, PaperOptions("en"))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for forecast in ("likely", "may", "unlikely"):
        assert symbols.FACE[forecast] in text, forecast
    assert b"<1F610>" not in pdf  # the malformed five-digit code reportlab used to write
