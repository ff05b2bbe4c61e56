"""The HTML edition's cover report and contents, from the period report's cover and appendices.

Rules:
- Every word and number is the report's (``PeriodReport.cover``, ``.appendices``), as the PDF
  prints it (``exporters.pdf_cover``); this module only says which language each passage is in.
- A cover paragraph's texts are the report's pairing (by the paragraph's key): in a bilingual
  edition the English and then the Welsh of the same paragraph. Its bullets follow the text of
  their language: the English bullets after the English, each bullet's own Welsh
  (``Bullet.welsh``) after the Welsh.
- English standing for missing Welsh ("[Saesneg yn unig] …") is marked as English after its
  Welsh mark.
- Headings, titles and dates come once per language from the report in that language, paired by
  the section's key; appendix titles from ``Appendix.titles``.
"""

from __future__ import annotations

from dataclasses import dataclass

from exporters.html_language import Languages, Text, text_in
from model import words as pt
from model.report.parts import Appendix, Bullet, CoverReport, CoverSection

__all__ = ["CoverParagraphPart", "CoverSectionPart", "CoverPart", "ContentsEntry",
           "cover_part", "appendix_heading"]


@dataclass(frozen=True)
class CoverParagraphPart:
    """A paragraph: its number (``None``: not numbered) and, per language, its text and the
    bullets that follow it."""

    number: int | None
    texts: tuple[tuple[Text, tuple[Bullet, ...]], ...]


@dataclass(frozen=True)
class CoverSectionPart:
    key: str
    heading: tuple[Text, ...]
    paragraphs: tuple[CoverParagraphPart, ...]


@dataclass(frozen=True)
class CoverPart:
    organisation: tuple[Text, ...]
    committee: tuple[Text, ...]
    meeting_date: tuple[Text, ...]
    title: tuple[Text, ...]
    sections: tuple[CoverSectionPart, ...]
    signatory: str
    signatory_role: tuple[Text, ...]
    report_date: tuple[Text, ...]


@dataclass(frozen=True)
class ContentsEntry:
    """A line of the contents: the link's target and its words, and the entries below it."""

    target: str
    label: tuple[Text, ...]
    below: tuple[ContentsEntry, ...] = ()


def _section(cover: CoverReport, key: str) -> CoverSection | None:
    return next((s for s in cover.sections if s.key == key), None)


def _paragraphs(languages: Languages, section: CoverSection) -> tuple[CoverParagraphPart, ...]:
    langs = pt.languages_of(languages.language)
    out = []
    for paragraph in section.paragraphs:
        texts: list[tuple[Text, tuple[Bullet, ...]]] = []
        for k, (text, one) in enumerate(zip(paragraph.texts, langs, strict=False)):
            if k == 0:
                bullets = tuple(Bullet(b.lead, b.text) for b in paragraph.bullets)
            else:  # the same bullets' own Welsh (``Bullet.welsh``)
                bullets = tuple(Bullet(*b.welsh) for b in paragraph.bullets if b.welsh)
            if text or bullets:
                texts.append((text_in(text, one), bullets))
        out.append(CoverParagraphPart(paragraph.number, tuple(texts)))
    return tuple(out)


def cover_part(languages: Languages) -> CoverPart:
    """The cover report of ``languages.report`` (see the module rules)."""
    cover = languages.report.cover

    def first(texts: tuple[str, ...]) -> str:
        return texts[0] if texts else ""

    sections = []
    for section in cover.sections:
        heading = languages.each(lambda r, own=section: (
            _section(r.cover, own.key) or own).heading)
        sections.append(CoverSectionPart(section.key, heading,
                                         _paragraphs(languages, section)))
    return CoverPart(
        organisation=languages.each(lambda r: r.cover.organisation),
        committee=languages.each(lambda r: first(r.cover.committee)),
        meeting_date=languages.each(lambda r: r.cover.meeting_date),
        title=languages.each(lambda r: first(r.cover.title)),
        sections=tuple(sections),
        signatory=cover.signatory,
        signatory_role=languages.each(lambda r: r.cover.signatory_role),
        report_date=languages.each(lambda r: r.cover.report_date),
    )


def appendix_heading(languages: Languages, appendix: Appendix) -> tuple[Text, ...]:
    """"Appendix A – Scorecard" in each language (the PDF's appendix heading), each language's
    title once (``Appendix.titles``)."""
    titles = dict(zip(pt.languages_of(languages.language), appendix.titles or (appendix.title,),
                      strict=False))
    return languages.in_each(
        lambda one: f"{pt.words('appendix', one, letter=appendix.letter)} – {titles[one]}")
