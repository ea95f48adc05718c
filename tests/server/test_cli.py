"""The command line for real: `python -m comment_server ...` as subprocesses on a SQLite file."""

import os
import shutil
import signal

import httpx
import pytest

from comment_server.credential import verify_password
from tests.support import ROOT
from tests.support.api import SECRET
from tests.support.live_server import run_command, start_server

pytestmark = pytest.mark.slow


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    """An environment with a secret and a SQLite file under tmp_path."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("COMMENT_SERVER_")}
    return {
        **clean,
        "COMMENT_SERVER_SECRET": SECRET,
        "COMMENT_SERVER_DATABASE_URL": f"sqlite:///{tmp_path / 'db' / 'comments.sqlite3'}",
    }


def test_a_missing_secret_is_a_clear_error(env):
    del env["COMMENT_SERVER_SECRET"]
    result = run_command(["migrate"], env)
    assert result.returncode == 2
    assert "COMMENT_SERVER_SECRET is not set" in result.stderr


def test_admin_credential_reads_a_password_and_prints_the_variable(env):
    result = run_command(["admin-credential"], env, stdin="my admin password\n")
    assert result.returncode == 0, result.stderr
    name, value = result.stdout.strip().split("=", 1)
    assert name == "COMMENT_SERVER_ADMIN_CREDENTIAL"
    assert verify_password(value, "my admin password")
    short = run_command(["admin-credential"], env, stdin="short\n")
    assert short.returncode == 1 and "at least 8 characters" in short.stderr


def test_import_then_export_of_the_demo_comments_gives_the_same_files(env, tmp_path):
    source = ROOT / "content" / "comments"
    if not any(source.glob("*.json")):
        pytest.skip("content/comments has no export yet")
    imported = run_command(["import", str(source)], env)
    assert imported.returncode == 0, imported.stderr
    assert "(goldstar; 0 already there)" in imported.stderr
    again = run_command(["import", str(source), "--format", "goldstar"], env)
    assert "imported 0 comments" in again.stderr
    exported = run_command(["export", str(tmp_path / "out")], env)
    assert exported.returncode == 0, exported.stderr
    for path in sorted(source.glob("*.json")):
        assert (tmp_path / "out" / path.name).read_bytes() == path.read_bytes(), path.name


def test_export_keeps_files_of_threads_it_does_not_know_unless_pruned(env, tmp_path):
    source = ROOT / "content" / "comments"
    if not any(source.glob("*.json")):
        pytest.skip("content/comments has no export yet")
    folder = tmp_path / "out"
    shutil.copytree(source, folder)
    assert run_command(["export", str(folder)], env).returncode == 0  # an empty database
    kept = sorted(path.name for path in folder.glob("*.json"))
    assert kept == sorted(path.name for path in source.glob("*.json"))
    said = run_command(["export", str(folder)], env).stderr
    assert f"kept {len(kept)} files of threads this database does not have" in said
    assert kept[0] in said and "export --prune" in said
    pruned = run_command(["export", str(folder), "--prune"], env)
    assert pruned.returncode == 0 and f"removed {len(kept)} files" in pruned.stderr
    assert list(folder.glob("*.json")) == []


def test_import_errors_name_the_file(env, tmp_path):
    missing = run_command(["import", str(tmp_path / "nothing.db")], env)
    assert missing.returncode == 1 and "nothing.db: no such file or folder" in missing.stderr
    broken = tmp_path / "export"
    broken.mkdir()
    (broken / "t.json").write_text("{", encoding="utf-8")
    result = run_command(["import", str(broken)], env)
    assert result.returncode == 1 and "t.json: not UTF-8 JSON" in result.stderr


def test_site_facts_keeps_a_build_s_facts_and_refuses_a_broken_file(env, tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text(
        '{"format": "goldstar-thank-you-facts", "version": 2, "threads": '
        '{"welcome": {"title": "Welcome", "url": "http://x.example/welcome/"}}}',
        encoding="utf-8",
    )
    kept = run_command(["site-facts", str(facts)], env)
    assert kept.returncode == 0, kept.stderr
    assert f"kept the build facts of 1 threads from {facts}" in kept.stderr
    facts.write_text('{"format": "goldstar-thank-you-facts", "version": 1}', encoding="utf-8")
    old = run_command(["site-facts", str(facts)], env)
    assert old.returncode == 1 and f"{facts} has version 1, not 2" in old.stderr
    missing = run_command(["site-facts", str(tmp_path / "none.json")], env)
    assert missing.returncode == 1 and "none.json" in missing.stderr


def test_serve_migrates_answers_and_stops_on_sigterm(env, tmp_path):
    env["COMMENT_SERVER_ORIGINS"] = "http://127.0.0.1:8000"
    server = start_server(env, tmp_path / "server.log", cwd=tmp_path)
    try:
        thread = httpx.get(f"{server.base}/api/threads/welcome/comments", timeout=5)
        assert thread.json() == {"thread": "welcome", "stars": 0, "comments": []}
        assert "server" not in thread.headers  # no version banner
        assert (tmp_path / "db" / "comments.sqlite3").exists()
    finally:
        server.stop()  # SIGTERM
    output = server.log.read_text()
    # uvicorn shuts down gracefully, then re-raises the signal so the exit status tells it
    assert server.process.returncode in (0, -signal.SIGTERM), output
    assert "Uvicorn running on http://127.0.0.1:" in output
    assert "Application shutdown complete" in output


def test_serve_refuses_several_workers_on_sqlite_and_names_postgresql(env, tmp_path):
    result = run_command(["serve", "--workers", "2"], env)
    assert result.returncode == 2
    assert "--workers 2 needs PostgreSQL" in result.stderr
    assert "COMMENT_SERVER_DATABASE_URL=postgresql://" in result.stderr
    assert not (tmp_path / "db").exists(), "a refused serve must not touch the database"
    zero = run_command(["serve", "--workers", "0"], env)
    assert zero.returncode == 2 and "use 1 or more worker processes" in zero.stderr


@pytest.mark.postgres
def test_serve_runs_several_workers_on_postgresql(env, tmp_path, postgres_schema):
    env["COMMENT_SERVER_DATABASE_URL"] = postgres_schema
    server = start_server(env, tmp_path / "server.log", "--workers", "2", cwd=tmp_path)
    try:
        thread = httpx.get(f"{server.base}/api/threads/two-workers/comments", timeout=5)
        assert thread.json() == {"thread": "two-workers", "stars": 0, "comments": []}
    finally:
        server.stop()
    assert "Started parent process" in server.log.read_text()
