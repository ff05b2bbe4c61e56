"""What every PDF paper shares: fonts, styles, options, the page furniture and the build.

Rules:
- Text is set in DejaVu Sans (regular, bold, oblique; shipped in ``resources/fonts`` with its
  licence), registered once and embedded (subset) in every PDF: Helvetica cannot draw ŵ or ŷ,
  nor the arrows and faces of ``model.symbols``.
- Output is byte-for-byte repeatable for the same pack and options: reportlab's invariant mode
  (``rl_config.invariant = 1``, fixed dates and ids) and a ``prepared`` date taken from the
  options, never from the clock while building.
- Every page carries, in its footer, the document title and "Page X of Y" (Welsh "Tudalen X o
  Y"). Y is drawn from a form XObject that the canvas defines when it is saved
  (``FooterCanvas``), so a scorecard is built in one pass; the full pack needs ``multiBuild``
  only for its contents page.
- Until the period is marked final (``pack.is_final``), "DRAFT" ("DRAFFT") is drawn large and
  pale across every page, behind the content.
- The PDF has a title, a language (``en-GB``, ``cy-GB``; ``both``: ``en-GB``), displays its
  title rather than its file name, and opens with its bookmarks shown.
- Legible when printed: running text 11 pt, nothing smaller than 9 pt (table cells, notes,
  the footer). The footer's title is shortened with an ellipsis so that it never runs into
  "Page X of Y" (bilingual: "Page X of Y / Tudalen X o Y"), and anything but the published
  edition carries its mark ("not the published edition") at the top of every page.
- Every glyph extracts as the character it draws: reportlab writes a character beyond the
  Basic Multilingual Plane (the "may" face, U+1F610) into the ToUnicode map as five hex digits,
  which readers reject; it is written as its UTF-16 surrogate pair (``<D83DDE10>``) here.
- The scorecard's pages (``SCORECARD`` template) carry the key in their foot, so every page
  of the scorecard explains its symbols.
- Nothing here knows about indicators: ``pdf_scorecard`` and ``pdf_pack`` build the stories.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import NoEncryption
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from exporters.files import replacing
from model import words as pt
from model.errors import CraffuError
from model.progress import tick

__all__ = [
    "FONT",
    "FONT_BOLD",
    "FONT_OBLIQUE",
    "PaperOptions",
    "PaperError",
    "register_fonts",
    "styles",
    "Bookmark",
    "FooterCanvas",
    "PaperDocument",
    "build_pdf",
    "escape",
    "PORTRAIT",
    "LANDSCAPE",
    "SCORECARD",
    "SMALLEST",
    "RUNNING",
    "KEY_HEIGHT",
    "MARGIN",
]

rl_config.invariant = 1

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_OBLIQUE = "DejaVuSans-Oblique"
FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
SCORECARD = "scorecard"  # landscape, with the key in the foot of every page
#: The smallest text on a printed page, and running text.
SMALLEST = 9
RUNNING = 11
MARGIN = 15 * mm
FOOTER_Y = 8 * mm
#: The height of the key in the foot of a scorecard page.
KEY_HEIGHT = 19 * mm
PAGE_FORM = "craffu-page"

_LANG_TAG = {"en": "en-GB", "cy": "cy-GB", "both": "en-GB"}


class PaperError(CraffuError, ValueError):
    """A paper cannot be made from what was asked (bad language, missing font, no period)."""


@dataclass(frozen=True)
class PaperOptions:
    """How to make the papers: ``language`` en / cy / both; ``published`` hides small numbers
    (and what would give them away); ``publishing``: made by Publish, the published edition
    itself (anything else is marked "not the published edition"); ``prepared`` is the date a
    draft prints as "Prepared" (default: today)."""

    language: str = "en"
    published: bool = False
    prepared: dt.date = field(default_factory=dt.date.today)
    publishing: bool = False

    def __post_init__(self) -> None:
        if self.language not in pt.LANGUAGES:
            raise PaperError(f"language must be en, cy or both, not '{self.language}'")
        if self.publishing and not self.published:
            raise PaperError("the published edition hides small numbers: published=True")

    @property
    def edition_mark(self) -> str:
        """The words at the top of every page of anything but the published edition."""
        return " / ".join(self.edition_marks)

    @property
    def edition_marks(self) -> tuple[str, ...]:
        """The mark's lines: one per language of the edition."""
        if self.publishing:
            return ()
        key = "mark_preview" if self.published else "mark_draft"
        return tuple(pt.words(key, one)
                     for one in (("en", "cy") if self.language == "both" else (self.language,)))


_registered = False


def _to_unicode_cmap(fontname, subset) -> str:
    """reportlab's ToUnicode CMap with characters beyond U+FFFF as UTF-16 surrogate pairs."""
    def utf16(code: int) -> str:
        if code <= 0xFFFF:
            return f"{code:04X}"
        code -= 0x10000
        return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"

    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
             "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
             "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
             f"{len(subset)} beginbfchar"]
    lines += [f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
              "end"]
    return "\n".join(lines)


def register_fonts() -> None:
    """Register DejaVu Sans (and its bold and oblique) with reportlab, once."""
    global _registered
    if _registered:
        return
    faces = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
             FONT_OBLIQUE: "DejaVuSans-Oblique.ttf"}
    for name, filename in faces.items():
        path = FONT_DIR / filename
        if not path.is_file():
            raise PaperError(f"the font {filename} is missing from {FONT_DIR}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_OBLIQUE,
                                  boldItalic=FONT_BOLD)
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # every glyph extracts as what it draws
    _registered = True


def escape(text: str) -> str:
    """Text made safe for a reportlab Paragraph (which reads a little XML)."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the papers, by name."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=RUNNING, leading=15, spaceAfter=6,
                          bulletFontName=FONT)
    s = {
        "body": base,
        "welsh": ParagraphStyle("welsh", parent=base, fontName=FONT_OBLIQUE,
                                textColor=colors.HexColor("#333333")),
        "small": ParagraphStyle("small", parent=base, fontSize=SMALLEST, leading=11.5,
                                spaceAfter=0),
        "small_welsh": ParagraphStyle("small_welsh", parent=base, fontName=FONT_OBLIQUE,
                                      fontSize=SMALLEST, leading=11.5, spaceAfter=0,
                                      textColor=colors.HexColor("#333333")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=SMALLEST, leading=11,
                               spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD,
                                    fontSize=SMALLEST, leading=11, spaceAfter=0),
        "cell_welsh": ParagraphStyle("cell_welsh", parent=base, fontName=FONT_OBLIQUE,
                                     fontSize=SMALLEST, leading=11, spaceAfter=0,
                                     textColor=colors.HexColor("#333333")),
        "explanation": ParagraphStyle("explanation", parent=base, fontSize=SMALLEST,
                                      leading=11, spaceAfter=0,
                                      textColor=colors.HexColor("#333333")),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=SMALLEST,
                               leading=11, spaceAfter=0, textColor=colors.white),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16,
                                leading=20, spaceAfter=6),
        "title_welsh": ParagraphStyle("title_welsh", parent=base, fontName=FONT_OBLIQUE,
                                      fontSize=14, leading=18, spaceAfter=6),
        "head_right": ParagraphStyle("head_right", parent=base, fontName=FONT_BOLD,
                                     fontSize=SMALLEST, leading=11, spaceAfter=0,
                                     textColor=colors.white, alignment=TA_RIGHT),
        "head_centre": ParagraphStyle("head_centre", parent=base, fontName=FONT_BOLD,
                                      fontSize=SMALLEST, leading=11, spaceAfter=0,
                                      textColor=colors.white, alignment=TA_CENTER),
        "face": ParagraphStyle("face", parent=base, fontSize=SMALLEST, leading=11,
                               spaceAfter=0, alignment=TA_CENTER, splitLongWords=0),
        "org": ParagraphStyle("org", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                              spaceAfter=2, alignment=TA_CENTER),
        "centre": ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
        "centre_bold": ParagraphStyle("centre_bold", parent=base, fontName=FONT_BOLD,
                                      fontSize=12, leading=15, alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18,
                             spaceBefore=4, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13,
                             spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "numbered": ParagraphStyle("numbered", parent=base, leftIndent=10 * mm,
                                   firstLineIndent=-10 * mm),
        "numbered_welsh": ParagraphStyle("numbered_welsh", parent=base, leftIndent=10 * mm,
                                         firstLineIndent=0, fontName=FONT_OBLIQUE,
                                         textColor=colors.HexColor("#333333")),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=16 * mm,
                                 bulletIndent=11 * mm, spaceAfter=3, bulletFontName=FONT),
        "bullet_welsh": ParagraphStyle("bullet_welsh", parent=base, leftIndent=16 * mm,
                                       spaceAfter=3, fontName=FONT_OBLIQUE,
                                       textColor=colors.HexColor("#333333")),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=RUNNING, leading=16,
                               leftIndent=0),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=10, leading=14,
                               leftIndent=8 * mm),
    }
    return s


class Bookmark(Flowable):
    """An invisible mark: a PDF bookmark (outline entry) at this point, and a contents entry
    when ``contents`` is given (``level`` 0 for an appendix, 1 below it)."""

    def __init__(self, key: str, title: str, level: int = 0, contents: str | None = None,
                 once: bool = False):
        super().__init__()
        self.key, self.title, self.level, self.contents = key, title, level, contents
        self.width = self.height = 0
        self.once = once  # drawn again (a repeated table row): mark only the first time
        self._marked_on = None

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        canvas = self.canv
        if self.once:
            if self._marked_on is canvas:
                return
            self._marked_on = canvas
        canvas.bookmarkHorizontal(self.key, 0, 24)
        canvas.addOutlineEntry(self.title, self.key, level=self.level)
        if self.contents is not None:
            self.canv._doctemplate.notify("TOCEntry", (self.level, self.contents,
                                                       self.canv.getPageNumber(), self.key))


class CellParagraph(Paragraph):
    """A Paragraph for table cells that remembers how it wrapped at the last width.

    Reportlab lays a long table out again each time it splits it across pages, wrapping every
    paragraph cell of the remaining rows again at the same column width. Wrapping depends only
    on the text, style and width, so the result of the last wrap at that width is reused; the
    PDF is byte-for-byte the same, and a 500-indicator scorecard is about a fifth faster.
    """

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        last = getattr(self, "_last_wrap", None)
        if last is not None and last[0] == availWidth:
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._last_wrap = (availWidth, size)
        return size


class _TickingNoEncryption(NoEncryption):
    """No encryption, as reportlab's default; it hears of every object written to the file
    and ticks ``model.progress`` now and then, so a Cancel is heard while a long PDF is being
    written out (the bytes are the same)."""

    def register(self, objnum, version):
        if objnum % 100 == 0:
            tick()


class FooterCanvas(Canvas):
    """A canvas that learns the page total only at the end: each page's footer draws the form
    ``craffu-page-N``, and ``save`` defines those forms ("Page N of Y", right-aligned) once the
    total is known, so "Page X of Y" needs one pass, not two."""

    language = "en"

    def __init__(self, *args, **kwargs):
        kwargs["initialFontName"] = FONT  # never Helvetica, not even in a page's preamble
        kwargs.setdefault("initialFontSize", 10)
        kwargs.setdefault("initialLeading", 12)
        super().__init__(*args, **kwargs)

    def _make_preamble(self):
        # reportlab names the current font in each page's preamble when that font is a
        # built-in one (a chart drawing leaves Helvetica set): keep Helvetica out of the PDF.
        current = getattr(self, "_fontname", FONT)
        self._fontname = FONT
        try:
            super()._make_preamble()
        finally:
            self._fontname = current

    def save(self):
        pages = self.getPageNumber() - 1 if not self._code else self.getPageNumber()
        if type(self._doc.encrypt) is NoEncryption:  # writing the file ticks model.progress
            self._doc.encrypt = _TickingNoEncryption()
        for page in range(1, pages + 1):
            # drawn ending at the form's origin, which the footer puts at the right margin
            self.beginForm(f"{PAGE_FORM}-{page}", lowerx=-400, lowery=-5, upperx=5, uppery=15)
            self.setFont(FONT, SMALLEST)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawRightString(0, 0, pt.words("page_of", self.language, page=page,
                                                pages=pages))
            self.endForm()
        super().save()


class PaperDocument(BaseDocTemplate):
    """A4 pages, portrait and landscape templates, the footer and the DRAFT mark."""

    def __init__(self, target, *, title: str, options: PaperOptions, draft: bool,
                 author: str = "", subject: str = "", first: str = PORTRAIT):
        register_fonts()
        super().__init__(
            target, pagesize=A4, title=title, author=author, subject=subject,
            creator="Craffu", producer="Craffu (reportlab)", invariant=1,
            lang=_LANG_TAG[options.language], displayDocTitle=1, pageMode="UseOutlines",
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN + 4 * mm,
            initialFontName=FONT,
        )
        self.paper_title = title
        self.options = options
        self.draft = draft
        self.contents_entries: list[tuple[int, str, int, str]] = []
        #: Draws the key in the foot of a scorecard page: ``page_key(canvas, page_width)``.
        self.page_key = None
        templates = {PORTRAIT: self._template(PORTRAIT, A4),
                     LANDSCAPE: self._template(LANDSCAPE, landscape(A4)),
                     SCORECARD: self._template(SCORECARD, landscape(A4))}
        order = [first] + [name for name in templates if name != first]
        self.addPageTemplates([templates[name] for name in order])

    @property
    def key_height(self) -> float:
        """The foot a scorecard page keeps for its key (taller for both languages)."""
        return KEY_HEIGHT * (1.75 if self.options.language == "both" else 1)

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's name
        tick()  # Cancel is heard between any two flowables (model.progress)

    def afterPage(self) -> None:  # noqa: N802 - reportlab's name
        tick(f"Page {self.page}")

    def _template(self, name: str, size) -> PageTemplate:
        width, height = size
        foot = self.key_height if name == SCORECARD else 0
        frame = Frame(MARGIN, MARGIN + 4 * mm + foot, width - 2 * MARGIN,
                      height - 2 * MARGIN - 4 * mm - foot, id=f"{name}-frame", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=self._furniture)

    def _footer_title(self, width: float) -> str:
        """The running title, shortened so it ends well before "Page X of Y"."""
        pages = pt.words("page_of", self.options.language, page=999, pages=999)
        room = width - 2 * MARGIN - pdfmetrics.stringWidth(pages, FONT, SMALLEST) - 12
        title = self.paper_title
        if pdfmetrics.stringWidth(title, FONT, SMALLEST) <= room:
            return title
        while title and pdfmetrics.stringWidth(title + "…", FONT, SMALLEST) > room:
            title = title[:-1]
        return title.rstrip() + "…"

    def _furniture(self, canvas, doc) -> None:
        """Behind the content: the DRAFT mark; in the footer: title and Page X of Y."""
        width, height = canvas._pagesize
        canvas.saveState()
        if self.draft:
            canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
            mark = pt.words("draft", self.options.language)
            size = 110 if len(mark) < 8 else 80
            canvas.setFont(FONT_BOLD, size)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(30 if width > height else 55)
            canvas.drawCentredString(0, -size / 3, mark)
            canvas.restoreState()
            canvas.saveState()
        marks = self.options.edition_marks
        for k, mark in enumerate(reversed(marks)):  # never mistaken for the published edition
            canvas.setFont(FONT_BOLD, SMALLEST)
            canvas.setFillColor(colors.HexColor("#A00000"))
            canvas.drawString(MARGIN, height - MARGIN + 4 + k * 11, mark)
        canvas.setFont(FONT, SMALLEST)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, FOOTER_Y + 11, width - MARGIN, FOOTER_Y + 11)
        canvas.drawString(MARGIN, FOOTER_Y, self._footer_title(width))
        if doc.pageTemplate.id == SCORECARD and self.page_key is not None:
            self.page_key(canvas, width)
        canvas.translate(width - MARGIN, FOOTER_Y)
        canvas.doForm(f"{PAGE_FORM}-{doc.page}")  # "Page X of Y", defined by FooterCanvas
        canvas.restoreState()


def contents_table(level_styles) -> TableOfContents:
    """A contents list filled from the ``Bookmark`` entries (page numbers right-aligned)."""
    from reportlab.platypus import TableStyle

    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = level_styles
    toc.tableStyle = TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return toc


def build_pdf(make_story: Callable[[PaperDocument], list], path: Path | str | None, *,
              title: str, options: PaperOptions, draft: bool, author: str = "",
              subject: str = "", first: str = PORTRAIT) -> bytes:
    """Build a paper: ``make_story(doc)`` returns the flowables. Writes ``path`` (replaced only
    when complete) if given; returns the PDF's bytes either way. Between flowables and pages
    it ticks ``model.progress`` (which raises ``Cancelled`` after Cancel: nothing is written)."""
    buffer = io.BytesIO()
    doc = PaperDocument(buffer, title=title, options=options, draft=draft, author=author,
                        subject=subject, first=first)
    story = make_story(doc)

    def canvas_maker(*args, **kwargs):
        canvas = FooterCanvas(*args, **kwargs)
        canvas.language = options.language
        return canvas

    if any(isinstance(f, TableOfContents) for f in story):
        doc.multiBuild(story, canvasmaker=canvas_maker)
    else:
        doc.build(story, canvasmaker=canvas_maker)
    data = buffer.getvalue()
    tick("Writing the file")
    if path is not None:
        with replacing(path) as temp:
            temp.write_bytes(data)
            tick("Writing the file")  # a Cancel now still leaves any existing file as it was
    return data
