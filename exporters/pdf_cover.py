"""The cover report's layout: the words and numbers come from the period report
(``model.report.PeriodReport.cover``); this module only sets them on the page.

Rules:
- Organisation, committee, meeting date and title are centred in capitals; each heading is in
  capitals; then the signatory (in capitals), role and report date, kept together.
- A numbered paragraph starts with its number and an em space; its Welsh (in a bilingual
  edition, oblique and grey) follows as a paragraph of its own, indented to the text: the
  report pairs them by the paragraph's key, never by position. The recommendation is not
  numbered. Bullets (a bold lead, then the text) follow their paragraph, each with its own
  Welsh under it in a bilingual edition.
- The cover report carries the bookmark and contents entry "Cover report".
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from exporters.pdf_base import Bookmark, escape
from model import words as pt
from model.report.parts import CoverParagraph, CoverReport

__all__ = ["cover_story", "markup"]



def markup(text: str) -> str:
    """Text for a Paragraph, its line breaks kept."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def _paragraph(paragraph: CoverParagraph, st) -> list:
    numbered = paragraph.number is not None
    lead = f"{paragraph.number}.\u2003" if numbered else ""
    story = []
    for k, text in enumerate(paragraph.texts):
        if not text:
            continue
        if numbered:
            style = st["numbered"] if k == 0 else st["numbered_welsh"]
        else:
            style = st["body"] if k == 0 else st["welsh"]
        story.append(Paragraph(lead + markup(text), style))
        lead = ""  # the Welsh is indented to the English text by its style
    for bullet in paragraph.bullets:
        story.append(Paragraph(f"<b>{escape(bullet.lead)}</b>{escape(bullet.text)}",
                               st["bullet"], bulletText="•"))
        if bullet.welsh is not None:
            lead, text = bullet.welsh
            story.append(Paragraph(f"<b>{escape(lead)}</b>{escape(text)}", st["bullet_welsh"]))
    return story


def cover_story(cover: CoverReport, language: str, st) -> list:
    """The cover report's flowables."""
    title = pt.words("cover_report", language)
    story: list = [Bookmark("cover", title, 0, contents=title)]
    if cover.organisation:
        story.append(Paragraph(escape(cover.organisation.upper()), st["org"]))
    story.append(Spacer(1, 4 * mm))
    for text in cover.committee:
        story.append(Paragraph(escape(text.upper()), st["centre_bold"]))
    if cover.meeting_date:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(escape(cover.meeting_date.upper()), st["centre_bold"]))
    story.append(Spacer(1, 4 * mm))
    for text in cover.title:
        story.append(Paragraph(escape(text.upper()), st["centre_bold"]))
    story.append(Spacer(1, 6 * mm))
    for section in cover.sections:
        story.append(Paragraph(escape(section.heading.upper()), st["h2"]))
        for paragraph in section.paragraphs:
            story += _paragraph(paragraph, st)
    signature: list = [Spacer(1, 6 * mm)]
    if cover.signatory:
        signature.append(Paragraph(f"<b>{escape(cover.signatory.upper())}</b>", st["body"]))
    for text in (cover.signatory_role, cover.report_date):
        if text:
            signature.append(Paragraph(f"<b>{escape(text)}</b>", st["body"]))
    story.append(KeepTogether(signature))
    return story
