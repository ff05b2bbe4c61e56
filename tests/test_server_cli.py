"""Every command-line verb accepts a server address where it accepts a pack file."""

from __future__ import annotations

import pytest

import main
from model.pack import Pack
from model.pack_copy import records_of
from model.sample_build import SHIPPED


def test_new_makes_an_empty_server_pack_and_refuses_to_overwrite(server_url, capsys):
    assert main.main(["new", server_url]) == 0
    assert "created p" in capsys.readouterr().out
    assert main.main(["new", server_url]) == 2
    assert "already exists" in capsys.readouterr().err


def test_copy_export_and_check_on_a_server(server_url, tmp_path, capsys):
    assert main.main(["copy", str(SHIPPED), server_url]) == 0
    assert "copied sample.craffu to p" in capsys.readouterr().out
    assert main.main(["export", server_url, "--csv", str(tmp_path / "server.csv")]) == 0
    assert main.main(["export", str(SHIPPED), "--csv", str(tmp_path / "file.csv")]) == 0
    assert (tmp_path / "server.csv").read_text() == (tmp_path / "file.csv").read_text()
    capsys.readouterr()
    server_check = main.main(["check", server_url])
    server_out = capsys.readouterr().out
    file_check = main.main(["check", str(SHIPPED)])
    assert (server_check, server_out) == (file_check, capsys.readouterr().out)
    offline = tmp_path / "offline.craffu"
    assert main.main(["copy", server_url, str(offline)]) == 0
    assert "records" in capsys.readouterr().out
    with Pack.open(offline, read_only=True) as a, Pack.open(server_url, read_only=True) as b:
        assert records_of(a) == records_of(b)


def test_new_sample_on_a_server_is_the_sample(server_url, capsys):
    assert main.main(["new", server_url, "--sample"]) == 0
    with Pack.open(server_url, read_only=True) as a, Pack.open(SHIPPED, read_only=True) as b:
        assert records_of(a) == records_of(b)


@pytest.mark.parametrize("address, message", [
    ("postgresql://u@localhost/db", "names no pack"),
    ("postgresql://u@127.0.0.1:1/db?pack=x", "could not be opened: .*Check the address"),
])
def test_a_bad_address_is_one_line_and_exit_2(address, message, capsys):
    try:
        code = main.main(["check", address])
    except SystemExit as exc:  # refused by the argument parser, with its usage line
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert len([line for line in err.splitlines() if "error" in line]) == 1
    import re

    assert re.search(message, err), err
