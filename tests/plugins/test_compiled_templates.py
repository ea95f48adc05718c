"""Compiled templates kept in CACHE_PATH (goldstar_support/compiled_templates.py): a later build
compiles no unchanged template again, and still sees an edited one (issue 17, item 5)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import jinja2
import pytest
from jinja2 import Environment
from pelican import signals
from pelican.settings import read_settings

from goldstar_support.compiled_templates import FOLDER, compiled_templates_folder
from tests.support import ROOT
from tests.support.builds import build_site, cached_build
from tests.support.posts import write_post

PAGE = "2026/kind-words/index.html"


@pytest.fixture
def compiles(monkeypatch) -> list[str]:
    """Return the names of the templates Jinja compiles from here on (it still compiles them)."""
    names: list[str] = []
    compile_source = Environment.compile

    def counted(self, source, name=None, *args, **kwargs):
        names.append(name)
        return compile_source(self, source, name, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", counted)
    return names


def files_of(folder: Path) -> dict[str, bytes]:
    """Return the bytes of every file under *folder*, by relative path (the sitemap aside: it
    says when it was built)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "sitemap.xml"
    }


def test_a_second_build_compiles_no_template_again_and_writes_the_same_site(tmp_path, compiles):
    write_post(tmp_path / "content", "kind-words", tags="kindness")
    first = cached_build(tmp_path, "first")
    assert "article.html" in compiles and "base.html" in compiles
    compiles.clear()
    second = cached_build(tmp_path, "second")
    assert compiles == []
    assert files_of(second.output) == files_of(first.output)
    assert first.warnings() == [] and second.warnings() == []


def test_an_edited_template_is_compiled_again(tmp_path):
    write_post(tmp_path / "content", "kind-words")
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    assert "Back to top" in cached_build(tmp_path, "first", THEME=str(theme)).read(PAGE)
    base = theme / "templates" / "base.html"
    base.write_text(base.read_text("utf-8").replace("Back to top", "Up we go"), "utf-8")
    edited = cached_build(tmp_path, "second", THEME=str(theme))
    assert "Up we go" in edited.read(PAGE) and "Back to top" not in edited.read(PAGE)


def key_folders(tmp_path: Path) -> list[str]:
    """Return the names of the compiled templates' folders in tmp_path/cache."""
    return sorted(path.name for path in (tmp_path / "cache" / FOLDER).iterdir())


def test_other_jinja_options_compile_the_templates_afresh_and_the_old_folder_goes(tmp_path):
    write_post(tmp_path / "content", "kind-words")
    cached_build(tmp_path, "first")
    (first,) = key_folders(tmp_path)
    mine = tmp_path / "cache" / FOLDER / "my-notes"  # not a folder the cache made: it stays
    mine.mkdir()
    kept = {"trim_blocks": False, "lstrip_blocks": False, "auto_reload": False}
    other = cached_build(tmp_path, "other", JINJA_ENVIRONMENT=kept)
    fresh = build_site(tmp_path / "content", tmp_path / "fresh", JINJA_ENVIRONMENT=kept)
    assert other.read(PAGE) == fresh.read(PAGE)
    # each edit of a filter or option had left its folder behind, for good
    (second,) = set(key_folders(tmp_path)) - {"my-notes"}
    assert second != first and mine.is_dir()


def test_the_folder_is_named_for_the_options_not_for_where_a_function_lives():
    def finalize(value):
        return value

    settings = {"CACHE_PATH": "cache", "JINJA_ENVIRONMENT": {"finalize": finalize}}
    same = {"CACHE_PATH": "cache", "JINJA_ENVIRONMENT": {"finalize": finalize}}
    other = {"CACHE_PATH": "cache", "JINJA_ENVIRONMENT": {"trim_blocks": True}}
    assert compiled_templates_folder(settings) == compiled_templates_folder(same)
    assert compiled_templates_folder(settings) != compiled_templates_folder(other)
    assert compiled_templates_folder(settings).parent == Path("cache") / FOLDER


def test_without_the_content_cache_no_compiled_template_is_kept(tmp_path):
    write_post(tmp_path / "content", "kind-words")
    cached_build(tmp_path, "output", CACHE_CONTENT=False)
    assert not (tmp_path / "cache" / FOLDER).exists()


def test_a_cache_path_that_cannot_be_made_warns_and_the_site_is_built(tmp_path):
    write_post(tmp_path / "content", "kind-words")
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    # every plugin: promote_related's caches had stopped such a build with NotADirectoryError
    built = cached_build(tmp_path, "output", CACHE_PATH=str(blocked / "cache"))
    assert "Back to top" in built.read(PAGE)
    shown = [w for w in built.warnings() if w.startswith("goldstar:") and "CACHE_PATH" in w]
    assert shown and str(blocked / "cache" / FOLDER) in shown[0]
    assert [w for w in built.warnings() if w.startswith("promote_related:") and "CACHE_PATH" in w]


def test_two_autoescape_choices_compile_apart():
    # both reprs read "<function select_autoescape.<locals>.autoescape>" once addresses are gone:
    # one folder for both had a feed keep the compiled code that did not escape it
    html = {"JINJA_ENVIRONMENT": {"autoescape": jinja2.select_autoescape(("html",))}}
    xml = {"JINJA_ENVIRONMENT": {"autoescape": jinja2.select_autoescape(("html", "xml"))}}
    assert compiled_templates_folder(html) != compiled_templates_folder(xml)


def test_a_filter_that_takes_the_context_compiles_apart():
    def shout(value):
        return str(value).upper()

    @jinja2.pass_context
    def shout_in_context(context, value):
        return str(value).upper()

    plain, with_context = jinja2.Environment(), jinja2.Environment()
    plain.filters["shout"] = shout
    with_context.filters["shout"] = shout_in_context
    settings = {"CACHE_PATH": "cache"}
    assert compiled_templates_folder(settings, plain) != compiled_templates_folder(
        settings, with_context
    )


def test_a_rebuild_that_ignores_the_cache_compiles_every_template_afresh(tmp_path, compiles):
    write_post(tmp_path / "content", "kind-words")
    cached_build(tmp_path, "first")
    compiles.clear()
    cached_build(tmp_path, "second", LOAD_CONTENT_CACHE=False)
    assert "article.html" in compiles and "base.html" in compiles
    compiles.clear()
    cached_build(tmp_path, "third")  # and what it compiled is kept for the next build
    assert compiles == []


def last_lines_across_hash_seeds(script: str) -> set[str]:
    """Run the Python *script* from the project's root in four processes, each with its own
    PYTHONHASHSEED; return the distinct last lines they printed (one: it keys alike)."""
    return {
        subprocess.run(
            [sys.executable, "-c", script],
            env=dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=str(ROOT)),
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout.splitlines()[-1]
        for seed in (1, 2, 3, 4)
    }


def test_the_folder_is_the_same_in_every_process(tmp_path):
    # a filter's constant frozenset (`x in {"a", "b"}`) is ordered by string hashes, which change
    # from process to process: the key had changed with them, and a rebuild compiled everything
    script = (
        "import tempfile\n"
        "from pelican import Pelican\n"
        "from pelican.generators import ArticlesGenerator\n"
        "from pelican.settings import read_settings\n"
        "from goldstar_support.compiled_templates import compiled_templates_folder\n"
        "settings = read_settings('pelicanconf.py')\n"
        "Pelican(settings)\n"
        "generator = ArticlesGenerator(context={}, settings=settings, path='content',\n"
        "    theme=settings['THEME'], output_path=tempfile.mkdtemp())\n"
        "print(compiled_templates_folder(settings, generator.env))\n"
    )
    assert len(last_lines_across_hash_seeds(script)) == 1


def make_walk():
    """Return a recursive nested filter: its closure holds the function itself."""

    def walk(node):
        return [walk(child) for child in node] if isinstance(node, list) else node

    return walk


def test_a_recursive_nested_filter_is_kept_apart_and_the_site_is_built(tmp_path):
    # fingerprint read the closure, which held the function, which held the closure...: the
    # build had stopped with RecursionError
    write_post(tmp_path / "content", "kind-words")
    built = cached_build(tmp_path, "output", JINJA_FILTERS={"walk": make_walk()})
    assert "Back to top" in built.read(PAGE) and built.warnings() == []
    assert len(list((tmp_path / "cache" / FOLDER).iterdir())) == 1
    walked, plain = jinja2.Environment(), jinja2.Environment()
    walked.filters["walk"] = make_walk()
    assert compiled_templates_folder({}, walked) != compiled_templates_folder({}, plain)


class Unnamed:
    """A filter whose repr fails."""

    def __call__(self, value):
        return value

    def __repr__(self):
        raise RuntimeError("no name for this one")


def test_a_folder_that_cannot_be_named_warns_once_and_the_site_is_built(tmp_path):
    write_post(tmp_path / "content", "kind-words")
    built = cached_build(tmp_path, "output", JINJA_FILTERS={"unnamed": Unnamed()})
    assert "Back to top" in built.read(PAGE)
    (warning,) = built.warnings()
    assert warning.startswith("goldstar:") and "no name for this one" in warning
    assert not (tmp_path / "cache" / FOLDER).exists()


def test_a_filter_closing_over_a_set_keys_the_same_in_every_process():
    # a closure's frozenset was keyed by its repr, whose order follows string hashes
    script = (
        "import jinja2\n"
        "from goldstar_support.compiled_templates import compiled_templates_folder\n"
        "def make(words):\n"
        "    kept, pair = frozenset(words), (set(words), 'x')\n"
        "    return lambda value: value in kept or value in pair[0]\n"
        "env = jinja2.Environment()\n"
        "env.filters['known'] = make(['alpha', 'beta', 'gamma', 'delta', 'epsilon'])\n"
        "print(compiled_templates_folder({}, env))\n"
    )
    assert len(last_lines_across_hash_seeds(script)) == 1


def late_filters(signal) -> ModuleType:
    """Return a plugin that adds a filter at *signal*, after the project's plugins: `shout`,
    taking the context if the setting LATE_SHOUT is "context"."""
    plugin = ModuleType("late_filters")

    def add_shout(generator):
        if generator.settings.get("LATE_SHOUT") == "context":
            generator.env.filters["shout"] = jinja2.pass_context(lambda context, value: value)
        else:
            generator.env.filters["shout"] = lambda value: value

    plugin.add_shout = add_shout  # Pelican keeps weak references to receivers
    plugin.register = lambda: signal.connect(add_shout)
    return plugin


def with_plugin(plugin: ModuleType) -> list:
    """Return pelicanconf.py's PLUGINS and *plugin* after them."""
    return [*read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"], plugin]


def test_a_filter_a_later_plugin_adds_at_generator_init_names_the_folder(tmp_path):
    # the key was made at generator_init, before a later plugin's generator_init added its
    # filters: a filter that took the context and one that did not shared compiled code
    write_post(tmp_path / "content", "kind-words")
    plugins = with_plugin(late_filters(signals.generator_init))
    cached_build(tmp_path, "plain", PLUGINS=plugins)
    (plain,) = key_folders(tmp_path)
    built = cached_build(tmp_path, "context", PLUGINS=plugins, LATE_SHOUT="context")
    (context,) = key_folders(tmp_path)
    assert context != plain and built.warnings() == []


def test_environments_of_one_build_with_other_keys_keep_both_folders(tmp_path, compiles):
    # a filter only the articles' environment has: the pages' folder must not remove theirs
    write_post(tmp_path / "content", "kind-words")
    plugins = with_plugin(late_filters(signals.article_generator_init))
    cached_build(tmp_path, "first", PLUGINS=plugins)
    assert len(key_folders(tmp_path)) == 2
    compiles.clear()
    second = cached_build(tmp_path, "second", PLUGINS=plugins)
    assert compiles == [] and second.warnings() == []
