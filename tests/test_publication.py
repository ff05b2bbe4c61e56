"""Publishing: final and reopen with their rules, Publish refused or done, the manifest, the
publication recorded in the pack, and what changed since (main.py verbs and the model)."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import sqlite3
from decimal import Decimal

import pytest

from main import main
from model import records as r
from model.commands import put
from model.pack import Pack
from model.periods import Period
from model.sample_build import SHIPPED

Q4 = "2024-25 Q4"


@pytest.fixture
def sample_copy(tmp_path):
    path = tmp_path / "sample.craffu"
    shutil.copyfile(SHIPPED, path)
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_publish_is_refused_until_the_period_is_final(sample_copy, tmp_path, capsys):
    code, _out, err = run(capsys, "publish", sample_copy, "--period", Q4, "--out",
                          tmp_path / "edition")
    assert code == 1
    assert "2024-25 Q4 is not final" in err
    assert not (tmp_path / "edition").exists()


def test_publish_is_refused_with_every_error_named(sample_copy, tmp_path, capsys):
    with Pack.open(sample_copy) as pack:
        pack.apply(put("add", r.Indicator("NEW.1", "A new measure", unit="count"),
                       r.Indicator("NEW.2", "Another new measure", unit="count")))
        pack.apply(put("final as imported", r.PeriodState(Period(2024, 4), final=True)))
    code, _out, err = run(capsys, "publish", sample_copy, "--period", Q4, "--out",
                          tmp_path / "edition")
    assert code == 1
    assert "the checks report 2 errors" in err
    assert "NEW.1 2024-25 Q4 actual: no figure entered" in err
    assert "NEW.2 2024-25 Q4 actual: no figure entered" in err
    assert not (tmp_path / "edition").exists()


def test_final_is_refused_while_the_checks_report_errors(sample_copy, capsys):
    with Pack.open(sample_copy) as pack:
        pack.apply(put("add", r.Indicator("NEW.1", "A new measure", unit="count")))
    code, _out, err = run(capsys, "final", sample_copy, "--period", Q4)
    assert code == 1
    assert "cannot be marked final" in err and "NEW.1 2024-25 Q4 actual" in err
    with Pack.open(sample_copy, read_only=True) as pack:
        assert not pack.is_final(Period(2024, 4))


def test_reopen_needs_a_reason_and_the_history_keeps_it(sample_copy, capsys):
    assert run(capsys, "final", sample_copy, "--period", Q4)[0] == 0
    code, _out, err = run(capsys, "reopen", sample_copy, "--period", Q4, "--reason", "  ")
    assert code == 1 and "say why" in err and "reason" in err
    code, out, _err = run(capsys, "reopen", sample_copy, "--period", Q4, "--reason",
                          "DEM.01 corrected by the service")
    assert code == 0 and "open for changes" in out
    with Pack.open(sample_copy, read_only=True) as pack:
        assert not pack.is_final(Period(2024, 4))
        actions = [e.action for e in pack.history("period_state")]
        assert "Reopen 2024-25 Q4: DEM.01 corrected by the service" in actions


def test_publish_writes_the_edition_records_it_and_diff_shows_a_later_change(
        sample_copy, tmp_path, capsys):
    assert run(capsys, "final", sample_copy, "--period", Q4)[0] == 0
    edition = tmp_path / "edition"
    code, out, err = run(capsys, "publish", sample_copy, "--period", Q4, "--out", edition)
    assert code == 0, err
    manifest = json.loads((edition / "manifest.json").read_text(encoding="utf-8"))
    names = {f["name"] for f in manifest["files"]}
    assert names == {"2024-25-Q4-committee-pack.pdf", "2024-25-Q4-scorecard.pdf",
                     "2024-25-Q4-return.xlsx", "2024-25-Q4-scorecard.csv",
                     "2024-25-Q4-edition.html"}
    for entry in manifest["files"]:
        data = (edition / entry["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(data) == entry["bytes"]
    assert manifest["period"] == Q4 and manifest["language"] == "en"
    assert manifest["user"] and manifest["published_at"].endswith("Z")
    assert len(manifest["pack_revision"]) == 64
    with open(edition / "2024-25-Q4-scorecard.csv", encoding="utf-8") as handle:
        assert {row["edition"] for row in csv.DictReader(handle)} == {"published"}
    from tests.test_pdf import pages_text

    text = " ".join(pages_text((edition / "2024-25-Q4-scorecard.pdf").read_bytes()))
    assert "not the published edition" not in text
    with Pack.open(sample_copy, read_only=True) as pack:
        publication = pack.get("publication", (Period(2024, 4), 1))
        assert publication is not None and publication.pack_revision == \
            manifest["pack_revision"]
        assert [name for name, _digest in publication.files] == \
            [f["name"] for f in manifest["files"]]
    # nothing changed yet
    code, out, _err = run(capsys, "diff", sample_copy, "--period", Q4)
    assert code == 0 and "Nothing in the period has changed since" in out
    # a second Publish into the same folder is refused
    code, _out, err = run(capsys, "publish", sample_copy, "--period", Q4, "--out", edition)
    assert code == 1 and "already holds a published edition" in err
    # reopen, correct a figure: diff names it, old and new
    run(capsys, "reopen", sample_copy, "--period", Q4, "--reason", "a late correction")
    with Pack.open(sample_copy) as pack:
        value = pack.value("DEM.01", Period(2024, 4))
        pack.apply(put("Correct DEM.01", value.replace(actual=value.actual + 7)))
        before = value.actual
    code, out, _err = run(capsys, "diff", sample_copy, "--period", Q4)
    assert code == 1
    assert f"DEM.01 Q4: {before} → {before + 7}" in out
    assert "Reopen 2024-25 Q4: a late correction" in out
    assert "Correct DEM.01" in out


def test_diff_of_a_period_never_published_is_an_error(sample_copy, capsys):
    code, _out, err = run(capsys, "diff", sample_copy, "--period", Q4)
    assert code == 2 and "has not been published" in err


def test_export_previews_of_the_return_and_csv_are_marked(sample_copy, tmp_path, capsys):
    code, _out, err = run(capsys, "export", sample_copy, "--period", Q4, "--published",
                          "--xlsx", tmp_path / "r.xlsx", "--csv", tmp_path / "s.csv",
                          "--pdf", tmp_path / "s.pdf")
    assert code == 0, err
    with open(tmp_path / "s.csv", encoding="utf-8") as handle:
        assert {row["edition"] for row in csv.DictReader(handle)} == {"preview"}
    import openpyxl

    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert "not the published edition" in book["Cover"]["A2"].value
    assert "not the published edition" in book["Scorecard"].oddHeader.center.text
    from tests.test_pdf import pages_text

    assert all("not the published edition" in page
               for page in pages_text((tmp_path / "s.pdf").read_bytes()))
    run(capsys, "export", sample_copy, "--period", Q4, "--csv", tmp_path / "d.csv")
    with open(tmp_path / "d.csv", encoding="utf-8") as handle:
        assert {row["edition"] for row in csv.DictReader(handle)} == {"draft"}


def test_a_version_1_pack_gains_meetings_and_publications(tmp_path):
    path = tmp_path / "old.craffu"
    Pack.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE rec_meeting")
    conn.execute("DROP TABLE rec_publication")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Pack.open(path) as pack:
        pack.apply(put("meeting", r.Meeting(Period(2024, 4), meeting_date=None,
                                            title="Quarter 4")))
    with Pack.open(path, read_only=True) as pack:
        assert pack.get("meeting", (Period(2024, 4),)).title == "Quarter 4"


def test_the_pack_revision_follows_every_record_but_not_publications(pack):
    from model.publication import pack_revision

    first = pack_revision(pack)
    pack.apply(put("add", r.Indicator("K1", "One", unit="count")))
    second = pack_revision(pack)
    assert second != first
    pack.apply(put("published", r.Publication(Period(2024, 4), 1, figures=[["a", "1"]])))
    assert pack_revision(pack) == second
    pack.apply(put("value", r.Value("K1", Period(2024, 4), actual=Decimal(3))))
    assert pack_revision(pack) != second


def test_the_publish_dialog_refuses_then_publishes_and_shows_changes(qtbot, sample_copy,
                                                                      tmp_path):
    from gui.publish_dialog import PublishDialog

    with Pack.open(sample_copy) as pack:
        period = Period(2024, 4)
        dialog = PublishDialog(pack, period)
        qtbot.addWidget(dialog)
        assert not dialog.publish_button.isEnabled()
        assert "is not final" in dialog.problems.toPlainText()
        assert "not been published" in dialog.changes.toPlainText()
        from model.edits.periods import mark_final

        pack.apply(mark_final(pack, period))
        dialog.refresh()
        assert dialog.publish_button.isEnabled()
        dialog.folder.setText(str(tmp_path / "edition"))
        from PySide6.QtWidgets import QMessageBox

        shown = []
        original = QMessageBox.information
        QMessageBox.information = staticmethod(lambda *a, **k: shown.append(a[2]))
        try:
            assert dialog.publish()
        finally:
            QMessageBox.information = original
        assert "publication 1" in shown[0]
        assert (tmp_path / "edition" / "manifest.json").is_file()
        assert "published on" in dialog.state.text()
        assert "Nothing in the period has changed since" in dialog.changes.toPlainText()


def test_a_welsh_edition_is_refused_while_welsh_is_missing(sample_copy, tmp_path, capsys):
    with Pack.open(sample_copy) as pack:
        indicator = pack.indicators()[0]
        pack.apply(put("No Welsh", indicator.replace(title_cy="")))
    assert run(capsys, "final", sample_copy, "--period", Q4)[0] == 0
    code, _out, err = run(capsys, "publish", sample_copy, "--period", Q4, "--out",
                          tmp_path / "cy", "--language", "both")
    assert code == 1 and "have no Welsh" in err and indicator.code in err
    assert not (tmp_path / "cy" / "manifest.json").exists()
    code, _out, _err = run(capsys, "publish", sample_copy, "--period", Q4, "--out",
                           tmp_path / "en", "--language", "en")
    assert code == 0 and (tmp_path / "en" / "manifest.json").exists()
