"""goldstar_support: files written whole, and the warning for a setting that falls back."""

import logging

import pytest

from goldstar_support.files import atomic_writer, write_atomically, write_if_changed
from goldstar_support.settings import shown, warn_default


def test_a_file_is_written_whole_and_its_folder_made(tmp_path):
    path = tmp_path / "cache" / "deep" / "facts.json"
    write_atomically(path, b'{"a": 1}')
    assert path.read_bytes() == b'{"a": 1}'
    assert [p.name for p in path.parent.iterdir()] == ["facts.json"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "state.pickle"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(path) as stream:
        stream.write(b"half of the new")
        raise RuntimeError("the build stopped here")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["state.pickle"]


def test_an_unchanged_file_is_not_written_again(tmp_path):
    path = tmp_path / "welcome.json"
    assert write_if_changed(path, b"[]") is True
    stamp = path.stat().st_mtime_ns
    assert write_if_changed(path, b"[]") is False
    assert path.stat().st_mtime_ns == stamp
    assert write_if_changed(path, b"[1]") is True
    assert path.read_bytes() == b"[1]"


def test_the_warning_names_the_setting_the_value_and_the_default(caplog):
    logger = logging.getLogger("goldstar.test")
    with caplog.at_level(logging.WARNING, logger="goldstar.test"):
        warn_default(logger, "gold_stars", "GOLD_STARS_MILESTONES", "x" * 500, "a list", (10,))
    message = caplog.records[0].getMessage()
    assert message.startswith("gold_stars: setting GOLD_STARS_MILESTONES is 'xxx")
    assert message.endswith("but it must be a list; using the default (10,)")
    assert len(shown("x" * 500)) == 80
