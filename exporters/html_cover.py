"""The HTML edition's cover report and contents, from the period report's cover and appendices.

Rules:
- Every word and number is the report's (``PeriodReport.cover``, ``.appendices``), as the PDF
  prints it (``exporters.pdf_cover``); this module only says which language each passage is in.
- A cover paragraph's texts are the report's pairing: in a bilingual edition the English and
  then the Welsh of the same paragraph. Its bullets are given after the text of their own
  language: in a bilingual edition they are taken from the report in each language, from the
  paragraph with the same section and place among the generated paragraphs (the performance
  summary is generated from the same scorecard in both languages, so the same place is the same
  paragraph); where the two reports differ the bullets stay as the bilingual report gives them.
- In a Welsh edition a settings paragraph whose Welsh is blank falls back to the English (the
  report's rule) and is marked as English.
- Headings, titles, dates and appendix titles come once per language from the report in that
  language, paired by the section's key and the appendix's letter.
"""

from __future__ import annotations

from dataclasses import dataclass

from exporters.html_language import Languages, Text
from model import words as pt
from model.report.parts import Appendix, Bullet, CoverReport, CoverSection

__all__ = ["CoverParagraphPart", "CoverSectionPart", "CoverPart", "ContentsEntry",
           "cover_part", "appendix_in", "appendix_heading"]


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


def appendix_in(languages: Languages, one: str, letter: str) -> Appendix | None:
    """The appendix ``letter`` of the report in language ``one``."""
    return next((a for a in languages.report_in(one).appendices if a.letter == letter), None)


def _settings_lang(languages: Languages, key: str) -> str:
    """The language of a settings section's paragraphs in a one-language edition."""
    if languages.language != "cy":
        return languages.page
    welsh = getattr(languages.report.pack.settings, f"{key}_text_cy", None)
    return "en" if welsh is not None and not welsh.strip() else "cy"


def _bullets_in(languages: Languages, one: str, key: str, place: int) -> tuple[Bullet, ...] | None:
    section = _section(languages.report_in(one).cover, key)
    if section is None or place >= len(section.paragraphs):
        return None
    return section.paragraphs[place].bullets


def _paragraphs(languages: Languages, section: CoverSection) -> tuple[CoverParagraphPart, ...]:
    out = []
    for place, paragraph in enumerate(section.paragraphs):
        if languages.language == "both":
            langs = ("en", "cy")
        else:
            langs = (_settings_lang(languages, section.key),)
        texts: list[tuple[Text, tuple[Bullet, ...]]] = []
        own = None
        if languages.language == "both" and paragraph.bullets:
            own = [_bullets_in(languages, one, section.key, place) for one in langs]
            if any(b is None or len(b) != len(paragraph.bullets) for b in own):
                own = None  # the reports differ: keep the bilingual report's bullets
        for k, (text, one) in enumerate(zip(paragraph.texts, langs, strict=False)):
            bullets = own[k] if own else (paragraph.bullets if k == 0 else ())
            if text or bullets:
                texts.append((Text(text, one), tuple(bullets)))
        if not texts and paragraph.bullets:
            texts.append((Text("", langs[0]), paragraph.bullets))
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
    """"Appendix A – Scorecard" in each language (the PDF's appendix heading)."""
    def heading(one: str) -> str:
        own = appendix_in(languages, one, appendix.letter) or appendix
        return f"{pt.words('appendix', one, letter=appendix.letter)} – {own.title}"

    return languages.in_each(heading)
