"""The peers of the related-posts benchmarks, each in its own venv under benchmarks/.peers/.

Pelican imports every installed namespace plugin at start, so a peer installed beside ours would
slow every build and skew every figure: each peer gets its own venv with the same Pelican and
Markdown as the project, and "plain" is a venv with Pelican alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEERS = HERE / ".peers"
WORK = HERE / ".work"
PROJECT_PYTHON = HERE.parent / ".venv" / "bin" / "python"
PELICAN = ["pelican[markdown]==4.12.0", "Markdown==3.11.3"]
PACKAGES = {
    "related": ["pelican-related-posts==1.0.0"],
    "similar": ["pelican-similar-posts==1.0.0"],
}


def peer_python(variant: str) -> Path | None:
    """Return the Python of a variant's venv, installing the peer if needed; None if it cannot."""
    if variant in ("ours", "plain"):
        return PROJECT_PYTHON
    venv = PEERS / variant
    python = venv / "bin" / "python"
    marker = venv / "installed.json"
    wanted = PELICAN + PACKAGES[variant]
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return python
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *wanted], check=True)
    except subprocess.CalledProcessError as error:
        print(f"cannot install {variant}: {error}", file=sys.stderr)
        return None
    marker.write_text(json.dumps(wanted))
    return python


def run_variant(
    variant: str,
    content: Path,
    name: str,
    mode: str,
    timeout: float,
    cache: Path | None = None,
    settings: dict | None = None,
    checkout: Path | None = None,
) -> dict:
    """Build *content* with one variant in a subprocess; return its figures or why it failed.

    With *checkout* (another checkout of this repository with its own .venv, such as a git
    worktree of the code before a change), that checkout's code builds it, and its files are
    named "baseline" instead of after the variant.
    """
    python = checkout / ".venv" / "bin" / "python" if checkout else peer_python(variant)
    if python is None:
        return {"variant": variant, "error": "could not be installed"}
    label = "baseline" if checkout else variant
    run_dir = WORK / "runs" / name
    run_dir.mkdir(parents=True, exist_ok=True)
    result = run_dir / f"{label}-{mode}.json"
    result.unlink(missing_ok=True)
    if cache is None:  # a cold run: no cache from an earlier run
        cache = run_dir / f"cache-{label}-{mode}"
        subprocess.run(["rm", "-rf", str(cache)], check=True)
    command = [
        str(python),
        str((checkout or HERE.parent) / "benchmarks" / "related_run.py"),
        variant,
        str(content),
        str(run_dir / f"output-{label}"),
        str(cache),
        mode,
        str(result),
        json.dumps(settings or {}),
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"variant": variant, "mode": mode, "error": f"timed out after {timeout:.0f} s"}
    if done.returncode != 0 or not result.exists():
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        return {"variant": variant, "mode": mode, "error": " / ".join(tail) or "failed"}
    return json.loads(result.read_text())
