"""`./dev demo` on a fresh Debian machine: the demo needs Python alone, so it installs no Debian
package (the test tools' chromium, wrk, Java and Node.js are `./dev test`'s). Debian's package
tools are stood in for by scripts that record what they were asked: the real ones would install."""

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from tests.support import ROOT


def script(path: Path, body: str) -> None:
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def fresh_machine(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """Return a project with `dev` and a ready .venv, the log of package installs, and a PATH
    on which no Debian package is installed."""
    project, tools, log = tmp_path / "blog", tmp_path / "tools", tmp_path / "apt.log"
    (project / ".venv" / "bin").mkdir(parents=True)
    tools.mkdir()
    shutil.copy2(ROOT / "dev", project / "dev")
    (project / "pyproject.toml").write_text("")
    os.symlink(sys.executable, project / ".venv" / "bin" / "python")
    (project / ".venv" / ".installed").touch()
    os.utime(project / "pyproject.toml", (1, 1))  # older than the install
    script(project / ".venv" / "bin" / "invoke", 'echo "invoke $*"')
    script(tools / "dpkg-query", "exit 1")  # nothing is installed
    for name in ("apt-get", "sudo"):
        script(tools / name, f'echo "{name} $*" >> {log}')
    env = {**os.environ, "PATH": f"{tools}:{os.environ['PATH']}"}
    return project, log, env


def test_dev_demo_installs_no_debian_package(tmp_path):
    project, log, env = fresh_machine(tmp_path)
    run = subprocess.run(
        ["./dev", "demo"], cwd=project, env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "invoke demo"
    assert not log.exists(), log.read_text()


def test_dev_test_still_installs_the_test_tools(tmp_path):
    project, log, env = fresh_machine(tmp_path)
    (project / "node_modules").mkdir()
    (project / "node_modules" / ".installed").touch()
    (project / "package-lock.json").write_text("")
    os.utime(project / "package-lock.json", (1, 1))
    subprocess.run(
        ["./dev", "test", "--version"], cwd=project, env=env, capture_output=True, timeout=120
    )
    assert "chromium" in log.read_text() and "wrk" in log.read_text()
