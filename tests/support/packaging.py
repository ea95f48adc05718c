"""Goldstar as others install it: a wheel built from this checkout, virtual environments of its own,
and a site made by `pelican-quickstart` with Pelican's own theme (docs/existing-site.md).

The server's environment installs `goldstar[server]` from the wheel with its dependencies (pip
downloads what ~/.cache/pip lacks). The plugins' environment gets the wheel alone (`--no-deps`) and
borrows their dependencies from this environment's site-packages through a .pth file, so a test
does not install scikit-learn again; what it imports from Goldstar is the wheel's, never this
checkout's (`installed_file` tells where a module came from).
"""

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

from tests.support import ROOT

# What a wheel is not built from: tools' folders, builds, caches.
LEFT_OUT = shutil.ignore_patterns(
    ".git",
    ".venv",
    "node_modules",
    "output",
    "var",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".peers",
    ".work",
    "test-results",
)
PLUGINS = [
    "goldstar_front_matter",
    "goldstar_embeds",
    "goldstar_comments",
    "goldstar_gold_stars",
    "goldstar_thank_you",
    "goldstar_promote_related",
]
# The block docs/existing-site.md asks a blogger to add to a theme's article.html.
ARTICLE_BLOCK = """\
{% block content %}
{{ super() }}
{% include "goldstar/gold_stars.html" ignore missing %}
{% include "goldstar/promote_related.html" ignore missing %}
{% include "goldstar/comments.html" ignore missing %}
{% endblock %}
"""
# The whole article.html of that page, for Pelican's `notmyidea` theme.
ARTICLE_OVERRIDE = '{% extends "!theme/article.html" %}\n' + ARTICLE_BLOCK
BASE_OVERRIDE = """\
{% extends "!theme/base.html" %}
{% block head %}
{{ super() }}
<link rel="stylesheet" href="{{ SITEURL }}/{{ THEME_STATIC_DIR }}/css/comments.css">
{% endblock %}
"""


def run(command: list, **options) -> subprocess.CompletedProcess:
    """Run *command* (text in and out); fail with its output if it fails."""
    done = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=600, **options
    )
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout}{done.stderr}"
    return done


def clean_env(**extra: str) -> dict[str, str]:
    """Return this process's environment without PYTHONPATH (nothing of this checkout leaks)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, **extra}


def build_wheel(work: Path) -> Path:
    """Build this checkout's wheel from a copy of it (the build writes nothing here); return it."""
    source = work / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=LEFT_OUT)
    dist = work / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "--wheel-dir", dist, source])
    return next(dist.glob("goldstar-*.whl"))


def new_venv(folder: Path) -> Path:
    """Create an empty virtual environment in *folder*; return its python."""
    run([sys.executable, "-m", "venv", "--without-pip", folder])
    return folder / "bin" / "python"


def pip_install(python: Path, *requirements: str) -> None:
    """Install *requirements* into the environment of *python*, with this environment's pip."""
    run([sys.executable, "-m", "pip", "--python", python, "install", "-q", *requirements])


def server_venv(folder: Path, wheel: Path) -> Path:
    """Install `goldstar[server]` from *wheel* into a new environment; return its python."""
    python = new_venv(folder)
    pip_install(python, f"goldstar[server] @ {wheel.as_uri()}")
    return python


def plugins_venv(folder: Path, wheel: Path) -> Path:
    """Install *wheel* alone into a new environment whose other packages are this one's."""
    python = new_venv(folder)
    pip_install(python, "--no-deps", str(wheel))
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
    shared = Path(purelib.stdout.strip()) / "goldstar-tests-shared.pth"
    shared.write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return python


def installed_file(python: Path, module: str) -> Path:
    """Return the file *module* is imported from by *python* (outside this checkout)."""
    code = "import importlib, sys; print(importlib.import_module(sys.argv[1]).__file__)"
    done = run([python, "-c", code, module], cwd=python.parent, env=clean_env())
    return Path(done.stdout.strip())


def importable(python: Path, *modules: str) -> list[str]:
    """Return which of *modules* *python* can import."""
    code = "import sys; from importlib.util import find_spec as f; print(*filter(f, sys.argv[1:]))"
    done = run([python, "-c", code, *modules], cwd=python.parent, env=clean_env())
    return done.stdout.split()


def distributions(python: Path) -> set[str]:
    """Return the names of the distributions installed for *python*, lower case."""
    code = "import importlib.metadata as m; print(*(d.metadata['Name'] for d in m.distributions()))"
    done = run([python, "-c", code], cwd=python.parent, env=clean_env())
    return {name.lower() for name in done.stdout.split()}


def quickstart(python: Path, folder: Path, title: str, author: str) -> Path:
    """Make a site with Pelican's own `pelican-quickstart`, answering its questions; return it."""
    # Path, title, author, language: given; no URL prefix; pagination as proposed; a time zone;
    # tasks.py and Makefile as proposed; no upload.
    answers = "\n\n\n\nn\n\n\nEurope/Paris\n" + "\n" * 16
    command = [python, "-m", "pelican.tools.pelican_quickstart", "--path", folder]
    command += ["--title", title, "--author", author, "--lang", "en"]
    run(command, input=answers, cwd=folder.parent, env=clean_env())
    return folder


def add_goldstar(site: Path, comments_api: str) -> None:
    """Add Goldstar to a quickstart site as docs/existing-site.md says: plugins, the server's
    address, and two templates over `notmyidea`'s that include the partials."""
    settings = f"""
# Goldstar (docs/existing-site.md)
PLUGINS = {PLUGINS!r}
COMMENTS_API = {comments_api!r}
THEME_TEMPLATES_OVERRIDES = ["templates"]
"""
    with (site / "pelicanconf.py").open("a", encoding="utf-8") as conf:
        conf.write(settings)
    (site / "templates").mkdir()
    (site / "templates" / "article.html").write_text(ARTICLE_OVERRIDE, encoding="utf-8")
    (site / "templates" / "base.html").write_text(BASE_OVERRIDE, encoding="utf-8")


def build(python: Path, site: Path) -> subprocess.CompletedProcess:
    """Build *site* with Pelican's CLI, warnings fatal, in its own folder."""
    command = [python, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", "output"]
    return run([*command, "--fatal", "warnings"], cwd=site, env=clean_env())


def extras() -> dict[str, list[str]]:
    """Return pyproject.toml's optional dependencies, by extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["optional-dependencies"]
