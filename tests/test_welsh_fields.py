"""The last fields that were English only (issue 12) have their Welsh: a breakdown's row and
column headings and note, a snapshot's note, an officer's reason for a forecast, a commitment's
owner, a budget line's note. A pack of the previous format gains them (blank) when opened; the
sample's Welsh edition prints its translator's Welsh for them, not "[Saesneg yn unig]"."""

from __future__ import annotations

import io
import re
import shutil
import sqlite3

from pypdf import PdfReader

from exporters.html_edition import write_html_edition
from exporters.pdf_base import PaperOptions
from exporters.pdf_pack import write_pack_pdf
from exporters.pdf_scorecard import write_scorecard_pdf
from model import records as r
from model.commands import put
from model.pack import Pack
from model.periods import Period
from model.sample_build import SHIPPED
from model.store import SCHEMA_VERSION

Q3, Q4 = Period(2024, 3), Period(2024, 4)
NEW_FIELDS = {"rec_breakdown": ("row_heading_cy", "column_heading_cy", "note_cy"),
              "rec_snapshot": ("note_cy",), "rec_forecast_override": ("reason_cy",),
              "rec_commitment": ("owner_cy",), "rec_budget_line": ("note_cy",)}


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_a_version_4_pack_gains_the_welsh_fields_when_opened(tmp_path):
    path = tmp_path / "old.craffu"
    with Pack.create(path) as pack:
        pack.apply(put("Set up", r.Commitment("CP1", "Open a hub", owner="Head of Service"),
                       r.Breakdown("t", "Table", Q4, row_heading="Source", note="A note"),
                       r.Snapshot("s", "Snap", note="Counted in March")))
    conn = sqlite3.connect(path)  # as Craffu wrote it before these fields had Welsh
    for table, columns in NEW_FIELDS.items():
        for column in columns:
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Pack.open(path) as pack:
        commitment = pack.get("commitment", ("CP1",))
        assert (commitment.owner, commitment.owner_cy) == ("Head of Service", "")
        assert pack.get("breakdown", ("t", Q4)).note_cy == ""
        pack.apply(put("Welsh", commitment.replace(owner_cy="Pennaeth Gwasanaeth"),
                       pack.get("snapshot", ("s",)).replace(note_cy="Cyfrifwyd ym mis Mawrth")))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    conn.close()
    with Pack.open(path, read_only=True) as pack:
        assert pack.get("commitment", ("CP1",)).owner_cy == "Pennaeth Gwasanaeth"
        assert pack.get("snapshot", ("s",)).note_cy == "Cyfrifwyd ym mis Mawrth"


def test_the_samples_welsh_edition_prints_the_welsh_of_these_fields(sample):
    """The committee pack and the HTML edition in Welsh: the breakdowns' headings and notes,
    the snapshots' notes and the owners in Welsh; the bilingual edition both."""
    cy = PaperOptions(language="cy")
    text = _text(write_pack_pdf(sample, Q4, None, cy))
    for welsh in ("Ffynhonnell y cyswllt", "Rheolwr Gweithredol, Maethu",
                  "Ffigurau enghreifftiol. Y swyddi gwag (34) dros yr holl swyddi (268)",
                  "Ffigurau enghreifftiol. Mae colofn 31 Mawrth 2024",
                  "Dau gartref newydd yn agor yn hwyrach na'r disgwyl"):
        assert welsh in text, welsh
    for english in ("Source of contact", "Operational Manager", "Illustrative figures"):
        assert english not in text, english
    html = write_html_edition(sample, Q4, None, "both")
    for both in ("Source of contact", "Ffynhonnell y cyswllt", "Operational Manager, Fostering",
                 "Rheolwr Gweithredol, Maethu", "Ffigurau enghreifftiol"):
        assert both in html, both
    welsh_html = write_html_edition(sample, Q4, None, "cy")
    assert "Operational Manager" not in welsh_html and "Saesneg yn unig] Rheolwr" not in welsh_html


def test_the_officers_reason_prints_in_welsh(sample):
    text = _text(write_scorecard_pdf(sample, Q3, None, PaperOptions(language="cy")))
    assert "oherwydd ni fydd y pum aelwyd a gymeradwywyd gan y panel" in text
    assert "the five households approved at panel" not in text
    both = _text(write_scorecard_pdf(sample, Q3, None, PaperOptions(language="both")))
    assert "households approved at panel" in both and "pum aelwyd" in both


def test_an_untranslated_field_is_still_marked(sample, tmp_path):
    path = tmp_path / "copy.craffu"
    shutil.copyfile(SHIPPED, path)
    with Pack.open(path) as pack:
        pack.apply(put("No Welsh", *[c.replace(owner_cy="") for c in pack.all("commitment")]))
        text = _text(write_pack_pdf(pack, Q4, None, PaperOptions(language="cy")))
    assert "[Saesneg yn unig] Operational Manager, Fostering" in text
