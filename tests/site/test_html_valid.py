"""The Nu HTML Checker (npm vnu-jar, run with Java) finds no error in any page of the demo."""

import json
import shutil
import subprocess

import pytest

from tests.support import ROOT
from tests.support.demo import Site

pytestmark = pytest.mark.slow

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def check_html(files: list) -> list[dict]:
    """Run the Nu HTML Checker on *files*; return its messages."""
    java = shutil.which("java")
    assert java and VNU.is_file(), "./dev test installs Java and node_modules/vnu-jar"
    command = [java, "-jar", str(VNU), "--format", "json", "--skip-non-html", "--no-langdetect"]
    command += [str(f) for f in files]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    return json.loads(result.stderr)["messages"]


def test_every_page_is_valid_html(demo_site: Site, tmp_path) -> None:
    files = demo_site.html_files()
    assert len(files) > 50
    # A broken page checked in the same run shows the check can fail (one JVM start, not two).
    broken = tmp_path / "broken.html"
    broken.write_text("<!doctype html><html lang=en><title>x</title><p></span>", encoding="utf-8")
    errors = [
        f"{m['url'].rsplit('/', 3)[-3:]}:{m.get('lastLine')}: {m['message']}"
        for m in check_html([*files, broken])
        if m["type"] in ("error", "non-document-error")
    ]
    assert any("broken.html" in error for error in errors)
    assert [error for error in errors if "broken.html" not in error] == []
