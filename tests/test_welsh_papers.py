"""Welsh and bilingual papers, read back as a person would (pypdf): a fully translated pack's
Welsh committee pack has no English word left; a bilingual edition pairs each paragraph with its
own translation; untranslated text is marked, never silently English."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil

import openpyxl
import pytest
from pypdf import PdfReader

from exporters.pdf_base import PaperDocument, PaperOptions
from exporters.pdf_pack import write_pack_pdf
from exporters.pdf_scorecard import write_scorecard_pdf
from exporters.translation_workbook import write_translation
from model import records as r
from model.commands import put
from model.pack import Pack
from model.periods import Period
from model.report import PeriodReport
from model.sample_build import SHIPPED
from model.translation import missing_welsh
from model.translation_import import COLUMN, FIRST_ROW, WELSH, read_translation
from tests.conftest import D, add_indicator

Q4 = Period(2024, 4)
PREPARED = dt.date(2025, 7, 1)
MARK = "[Saesneg yn unig]"

#: English words that must not be left in a Welsh edition (issue 12's list and more).
ENGLISH = ("Quarter", "Q1", "Q2", "Q3", "Q4", "Target", "target", "Page", "Appendix", "Contents",
           "improved", "declined", "sustained", "likely", "unlikely", "Green", "Amber", "Red",
           "January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December", "Year to date", "YTD",
           "Recommendation", "Chart", "chart", "trajectory", "number", "per cent", "quarterly",
           "rose", "fell", "highest", "lowest", "Scorecard", "Forecast", "Commentary", "Key",
           "Total", "Status", "Owner", "Progress", "Draft", "DRAFT", "Cover report", "Background",
           "Legal", "Financial", "no data", "n/a", "the", "and", "of")


def pages_text(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def translate_everything(pack: Pack, period: Period, tmp_path) -> int:
    """Give every text of the period's papers a (planted) Welsh through the translation
    workbook, as a translator would; return how many texts it asked for."""
    path = tmp_path / "translation.xlsx"
    count = write_translation(pack, period, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Texts"]
    for row in range(FIRST_ROW, FIRST_ROW + count):
        sheet.cell(row=row, column=COLUMN[WELSH], value=f"Testun Cymraeg rhif {row}")
    book.save(path)
    read_translation(path, pack).apply()
    return count


@pytest.fixture(scope="module")
def translated(tmp_path_factory):
    """A copy of the sample with every Welsh text of 2024-25 Q4 filled in (the sample ships
    with its translator's Welsh for the quarter, breakdown headings and notes, snapshot notes
    and owners included; anything still missing is planted): a fully translated pack."""
    folder = tmp_path_factory.mktemp("translated")
    path = folder / "sample.craffu"
    shutil.copyfile(SHIPPED, path)
    pack = Pack.open(path)
    translate_everything(pack, Q4, folder)
    yield pack
    pack.close()


@pytest.fixture(scope="module")
def welsh_pack_pdf(translated):
    return write_pack_pdf(translated, Q4, None, PaperOptions("cy", prepared=PREPARED))


def test_translated_pack_has_nothing_missing(translated):
    assert missing_welsh(translated, Q4) == []


def test_welsh_committee_pack_of_a_translated_pack_has_no_english_word(translated,
                                                                       welsh_pack_pdf):
    scorecard = write_scorecard_pdf(translated, Q4, None, PaperOptions("cy", prepared=PREPARED))
    for name, pdf in (("committee pack", welsh_pack_pdf), ("scorecard", scorecard)):
        text = " ".join(pages_text(pdf))
        found = {word for word in ENGLISH if re.search(rf"(?<![\w'’]){re.escape(word)}(?!\w)",
                                                       text)}
        assert not found, f"English in the Welsh {name}: {sorted(found)}"
        assert MARK not in text
        assert "Disgrifiad o'r siart:" in text or name == "scorecard"
        assert "Tudalen 1 o" in text and "Ch4" in text


def test_welsh_pdf_metadata(translated, welsh_pack_pdf):
    reader = PdfReader(io.BytesIO(welsh_pack_pdf))
    assert reader.trailer["/Root"]["/Lang"] == "cy-GB"
    assert reader.metadata.title.startswith("Perfformiad y Gwasanaethau Plant")
    assert reader.metadata.subject == "Pwyllgor Craffu Plant a Phobl Ifanc"
    assert reader.metadata.author == "Cyngor Caerdydd"
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[0] == "Adroddiad clawr" and outline[1].startswith("Atodiad A – ")


def test_welsh_dates_and_figures_come_from_the_catalogue(translated, welsh_pack_pdf):
    text = " ".join(pages_text(welsh_pack_pdf))
    assert "15 GORFFENNAF 2025" in text and "8 Gorffennaf 2025" in text
    assert "Ch1 2020-21 i Ch4 2024-25" in text  # a chart's text alternative
    assert re.search(r"\d diwrnod", text)  # 14.2 days per FTE: "diwrnod" in Welsh


def test_declined_list_keeps_its_figures_in_welsh(translated):
    report = PeriodReport(translated, Q4, "cy")
    section = next(s for s in report.cover.sections if s.key == "performance")
    declined = next(p for p in section.paragraphs if p.key == "performance.declined")
    assert declined.bullets
    for bullet in declined.bullets:
        assert "o'i gymharu â" in bullet.text and re.search(r"\d", bullet.text)
        assert "Q" not in bullet.text.replace("Q4 ", "")  # no Q in Welsh


def test_untranslated_text_is_marked_never_silently_english(sample):
    q3 = Period(2024, 3)  # the sample's Welsh covers 2024-25 Q4, not the quarters before
    note = next(sample.commentary(i.code, q3) for i in sample.indicators()
                if sample.commentary(i.code, q3) is not None)
    assert note.text and not note.text_cy
    text = " ".join(pages_text(write_scorecard_pdf(sample, q3, None,
                                                   PaperOptions("cy", prepared=PREPARED))))
    assert f"{MARK} {note.text[:40]}" in text
    both = " ".join(pages_text(write_scorecard_pdf(sample, q3, None,
                                                   PaperOptions("both", prepared=PREPARED))))
    assert note.text[:40] in both and MARK in both


def _planted(pack: Pack) -> Pack:
    """Settings texts and a key area whose every paragraph says who it is."""
    settings = pack.settings.replace(
        report_title="Planted report", report_title_cy="Adroddiad plannu",
        reason_text="EN-R1", reason_text_cy="CY-R1",
        background_text="EN-B1\n\nEN-B2\n\nEN-B3", background_text_cy="CY-B1\n\nCY-B2\n\nCY-B3",
        way_forward_text="EN-W1\n\nEN-W2", way_forward_text_cy="CY-W2-only",
        recommendation_text="EN-REC", recommendation_text_cy="CY-REC")
    pack.apply(put("Settings", settings))
    pack.apply(put("Group", r.Group("Demand", name_cy="Galw", position=1)))
    add_indicator(pack, "K1", title="Timeliness", title_cy="Amseroldeb", unit="count",
                  polarity="higher", aggregation="sum", group="Demand")
    pack.apply(put("Figures", r.Value("K1", Q4, actual=D(5)),
                   r.Target("K1", 2024, annual=D(10)),
                   r.KeyArea("timely", "Timeliness", "K1", title_cy="Amseroldeb",
                             position_text="EN-P", position_text_cy="CY-P")))
    return pack


def test_bilingual_edition_pairs_each_paragraph_with_its_own_translation(pack):
    _planted(pack)
    report = PeriodReport(pack, Q4, "both")
    for paragraph in report.cover.paragraphs:
        if paragraph.key.startswith(("reason", "background", "recommendation")):
            english, welsh = paragraph.texts
            assert english.startswith("EN-") and welsh == "CY-" + english[3:], paragraph
    # the Welsh way-forward text has one paragraph for two: it cannot pair, so it is marked
    forward = [p for p in report.cover.paragraphs if p.key.startswith("way_forward")]
    assert [p.texts for p in forward] == [("EN-W1", MARK), ("EN-W2", MARK)]
    text = " ".join(pages_text(write_pack_pdf(pack, Q4, None,
                                              PaperOptions("both", prepared=PREPARED))))
    for tag in ("R1", "B1", "B2", "B3", "REC"):
        assert re.search(rf"EN-{tag}\b \S*\s*CY-{tag}\b", text), tag


def test_welsh_edition_has_every_english_paragraph_in_the_same_place(pack, sample):
    _planted(pack)
    for one in (pack, sample):
        english = PeriodReport(one, Q4, "en").cover.paragraphs
        welsh = PeriodReport(one, Q4, "cy").cover.paragraphs
        assert [(p.key, p.number) for p in welsh] == [(p.key, p.number) for p in english]
    numbered = [p for p in PeriodReport(sample, Q4, "cy").cover.paragraphs if p.number]
    # the issue counted 12 in English and 10 in Welsh; the sample now also has the Cabinet
    # report's paragraph, the Scope of Scrutiny, and the plans' and the budget's summaries, and
    # the opening paragraph says which period the report covers (issue 11)
    assert len(numbered) == 17


def test_bilingual_titles_appear_once_per_language(pack):
    _planted(pack)
    pdf = write_pack_pdf(pack, Q4, None, PaperOptions("both", prepared=PREPARED))
    reader = PdfReader(io.BytesIO(pdf))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    key_area = next(t for t in titles if "Timeliness" in t)
    assert key_area == "Appendix C – Key area: Timeliness / Atodiad C – Maes allweddol: Amseroldeb"
    text = " ".join(pages_text(pdf))
    assert text.count("Key area: Timeliness") == text.count("Maes allweddol: Amseroldeb")
    assert "Timeliness / Amseroldeb / Maes" not in text


def test_bilingual_footer_title_never_runs_into_the_page_number(pack):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from exporters.pdf_base import FONT, MARGIN

    long_title = "Children's Services Quarter 4 and Year-End Performance 2024/25 / " * 3
    doc = PaperDocument(io.BytesIO(), title=long_title,
                        options=PaperOptions("both", prepared=PREPARED), draft=False)
    shown = doc._footer_title(A4[0])
    page = "Page 999 of 999 / Tudalen 999 o 999"
    assert shown.endswith("…")
    assert stringWidth(shown, FONT, 7.5) + stringWidth(page, FONT, 7.5) < A4[0] - 2 * MARGIN
