"""`invoke regenerate --export` (bake/export.py): the comment server's export run in this process
when its database changed, and the bake of the files it wrote, byte for byte a full build's."""

from pathlib import Path

from bake.export import Exporter
from tests.support.builds import build_site, kept_site
from tests.support.exports import add_comment, seeded_store
from tests.support.outputs import tree
from tests.support.posts import four_posts


def test_the_export_runs_when_the_database_changed_and_its_files_bake(tmp_path):
    content, output = tmp_path / "content", tmp_path / "baked"
    four_posts(content)
    folder = content / "comments"
    store = seeded_store(folder, tmp_path / "comments.sqlite3")
    exporter = Exporter(folder, f"sqlite:///{tmp_path / 'comments.sqlite3'}")
    try:
        exporter.export()  # its first export: the same files as the ones imported
        with kept_site(content, output) as (site, built):
            assert exporter.export() == []  # nothing changed in the database
            add_comment(store, "four", "Maël", "A first comment.")
            files = exporter.export()
            assert [Path(path).name for path in files] == ["four.json"]
            written = site.bake(files)
            assert exporter.export() == []
            assert built.warnings() == []
    finally:
        exporter.close()
        store.close()
    assert [str(Path(path).relative_to(output)) for path in written] == ["2026/four/index.html"]
    assert "A first comment." in (output / "2026/four/index.html").read_text(encoding="utf-8")
    assert tree(output) == tree(build_site(content, tmp_path / "full").output)
