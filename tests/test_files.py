"""Output files appear under their names only once complete (exporters/files.py)."""

from __future__ import annotations

import pytest

from exporters.files import replacing


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "return.xlsx"
    target.write_text("the previous return")
    with pytest.raises(RuntimeError), replacing(target) as temp:
        temp.write_text("half a retu")
        raise RuntimeError("disk full")
    assert target.read_text() == "the previous return"
    assert [p.name for p in tmp_path.iterdir()] == ["return.xlsx"]


def test_a_complete_write_replaces_the_file_and_makes_the_folder(tmp_path):
    target = tmp_path / "papers" / "scorecard.csv"
    with replacing(target) as temp:
        assert temp.parent == target.parent and temp.suffix == ".csv"
        temp.write_text("code,title\n")
    assert target.read_text() == "code,title\n"
    assert [p.name for p in target.parent.iterdir()] == ["scorecard.csv"]
