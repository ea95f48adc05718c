"""Each extra of pyproject.toml names what its code imports, and the wheel carries every file."""

import ast
import sys
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.support import ROOT
from tests.support.packaging import extras

FIRST_PARTY = {
    "comment_contract",
    "comment_server",
    "goldstar_support",
    "reply_drafts",
    "thanks_queue",
}
REPOSITORY_ONLY = {"bake"}  # the blog's own tool (invoke regenerate), not in the wheel
PLUGIN_DIRS = sorted(p for p in (ROOT / "plugins").iterdir() if (p / "__init__.py").is_file())
# What each extra must provide: the code it installs for, and what that code imports of ours.
CODE = {
    "plugins": ["plugins", "comment_contract", "goldstar_support", "reply_drafts"],
    # The server uses goldstar_support's files alone (SERVER_SUPPORT), not the build's dates.
    "server": ["comment_server", "comment_contract", "goldstar_support/files.py", "reply_drafts"],
    "blog": ["plugins", "bake", "comment_server", "reply_drafts", "thanks_queue", "tasks.py"],
}


SERVER_SUPPORT = {"goldstar_support.files"}


def imported_modules(relative: str) -> set[str]:
    """Return the top-level modules the Python files under *relative* import, lazily too."""
    path = ROOT / relative
    files = [path] if path.is_file() else path.rglob("*.py")
    names: set[str] = set()
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def providers(modules: set[str]) -> dict[str, set[str]]:
    """Return, per module of *modules* outside the stdlib and ours, the distributions giving it
    (canonical names; `pelican` has several: Pelican's namespace plugins add to it)."""
    ours = FIRST_PARTY | REPOSITORY_ONLY | {p.name for p in PLUGIN_DIRS}
    known = packages_distributions()
    outside = modules - ours - set(sys.stdlib_module_names)
    return {module: {canonicalize_name(d) for d in known[module]} for module in outside}


def required(extra: str) -> set[str]:
    """Return the distributions *extra* installs by name, through the extras it includes."""
    names: set[str] = set()
    for line in extras()[extra]:
        requirement = Requirement(line)
        if canonicalize_name(requirement.name) == "goldstar":
            for included in requirement.extras:
                names |= required(included)
        else:
            names.add(canonicalize_name(requirement.name))
    return names


def test_each_extra_names_every_package_its_code_imports():
    for extra, code in CODE.items():
        imported = providers(set().union(*(imported_modules(part) for part in code)))
        missing = [module for module, dists in imported.items() if not dists & required(extra)]
        assert missing == [], extra


def test_the_server_uses_only_the_support_modules_its_extra_is_checked_for():
    used = set()
    for part in ("comment_server", "comment_contract", "reply_drafts"):
        for file in (ROOT / part).rglob("*.py"):
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("goldstar_"):
                    used.add(node.module)
    assert used <= SERVER_SUPPORT, used - SERVER_SUPPORT


def test_the_server_extra_leaves_the_blog_out():
    blog_only = {"pelican", "scikit-learn", "scipy", "numpy", "beautifulsoup4", "lxml"}
    assert required("server") & blog_only == set()
    assert not any("beautifulsoup4" in required(extra) for extra in ("plugins", "server", "blog"))


def test_the_wheel_carries_every_file_of_every_package(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {f"{name}/": ROOT / name for name in FIRST_PARTY}
    sources |= {f"pelican/plugins/goldstar_{p.name}/": p for p in PLUGIN_DIRS}
    missing = []
    for prefix, folder in sources.items():
        for file in folder.rglob("*"):
            if file.is_file() and "__pycache__" not in file.parts:
                inside = prefix + file.relative_to(folder).as_posix()
                missing += [] if inside in names else [inside]
    assert missing == []
