"""`invoke demo` for real, in a copy of the project: the blog and the comment server both answer,
the demo comments are imported, the admin password it prints opens the inbox, Ctrl-C or SIGTERM
(a service manager's stop) stops both."""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from comment_server.demo import demo_environment
from tests.support import ROOT
from tests.support.live_server import run_command
from tests.support.network import answers, free_port, wait_until

pytestmark = pytest.mark.slow
COPIED = ("tasks.py", "pelicanconf.py", "publishconf.py", "content", "theme", "plugins")


def project_copy(target: Path) -> Path:
    """Copy what `invoke demo` reads into *target*; return it."""
    target.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.is_file():
            shutil.copy2(source, target / name)
    return target


def run_invoke(
    project: Path, *args: str, env: dict[str, str] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess:
    """Run `invoke *args*` in *project* to its end (with *env*, else this environment)."""
    invoke = Path(sys.executable).with_name("invoke")
    return subprocess.run(
        [str(invoke), *args], cwd=project, env=env, capture_output=True, text=True, timeout=timeout
    )


def heed_ctrl_c() -> None:
    """Let the child take Ctrl-C even when these tests run in the background: a shell starts
    background jobs with SIGINT ignored, and Python keeps an ignored SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_invoke_demo_serves_the_blog_and_the_comment_server(tmp_path, stop):
    project = project_copy(tmp_path / "blog")
    port, server_port, mail_port = free_port(), free_port(), free_port()
    invoke = Path(sys.executable).with_name("invoke")
    log = tmp_path / "demo.log"
    ports = ["--port", str(port), "--server-port", str(server_port), "--mail-port", str(mail_port)]
    with log.open("w") as output:
        process = subprocess.Popen(
            [str(invoke), "demo", *ports],
            cwd=project,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=heed_ctrl_c,
        )
    site, api = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{server_port}"
    try:
        assert wait_until(lambda: answers(f"{site}/"), 240), log.read_text()
        assert answers(f"{api}/api/health"), log.read_text()
        page = httpx.get(f"{site}/2026/welcome/", timeout=5).text
        assert f'data-api="{api}"' in page
        # A mistyped address gets the theme's "Page not found", as on a static host, not an
        # empty answer the browser calls broken.
        missing = httpx.get(f"{site}/2026/no-such-post/", timeout=5)
        assert missing.status_code == 404 and "Page not found" in missing.text
        comments = httpx.get(f"{api}/api/threads/welcome/comments", timeout=5).json()
        exported = (project / "content" / "comments" / "welcome.json").read_text()
        assert len(comments["comments"]) == exported.count('"commenter":')
        password = re.search(r"Demo admin password: (\S+)", log.read_text()).group(1)
        assert password == (project / "var" / "demo-admin-password").read_text().strip()
        session = httpx.post(f"{api}/admin/session", json={"password": password}, timeout=30)
        assert session.status_code == 204
        assert (project / "var" / "demo-comments.sqlite3").is_file()
        # The demo sent the build's facts: the inbox's drafts name the posts by their titles.
        inbox = httpx.get(
            f"{api}/api/admin/comments?status=approved",
            headers={"Authorization": f"Bearer {password}"},
            timeout=30,
        ).json()["comments"]
        titles = {c["thread"]: c["post_title"] for c in inbox}
        assert titles["welcome"] == "Welcome to Small Kindnesses"
        hard_day = [c["draft"] for c in inbox if c["thread"] == "a-hard-day" and "draft" in c]
        assert hard_day and all(d["gold_stars"] == 0 and "!" not in d["text"] for d in hard_day)
        # Reply mail goes to the local sink, which prints it: the loop is visible end to end.
        token = httpx.get(f"{api}/api/form", timeout=5).json()["token"]
        reader = httpx.post(f"{api}/api/readers", json={}, timeout=5).json()["reader"]
        body = {"author": "Newcomer", "text": "Hello!", "reader": reader, "form_token": token}
        body |= {"homepage": "", "email": "newcomer@example.org", "notify": "author"}
        url = f"{api}/api/threads/welcome/comments"
        # The demo keeps the 3 s minimum before a form is sent: ask again until it is past.
        assert wait_until(lambda: httpx.post(url, json=body, timeout=10).status_code == 201, 15)
        printed = "----- mail to newcomer@example.org: Confirm reply notices from"
        assert wait_until(lambda: printed in log.read_text(), 30), log.read_text()
        assert f"{api}/mail/confirm/" in log.read_text()
    finally:
        process.send_signal(stop)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert not answers(f"{api}/api/health") and not answers(f"{site}/")


def test_after_the_demo_invoke_comments_export_writes_the_demos_comments(tmp_path):
    """A blogger who tried the demo runs `invoke comments-export` next, as the README says: it
    exports the demo's database, not an error about a secret nor an empty database of its own."""
    project = project_copy(tmp_path / "blog")
    mine = {k: v for k, v in os.environ.items() if not k.startswith("COMMENT_SERVER_")}
    database = project / "var" / "demo-comments.sqlite3"
    # What `invoke demo` does first: its var/ and the demo's comments imported into its database.
    demo, _ = demo_environment(project / "var", database, "http://127.0.0.1:8000", "Maya")
    export = project / "content" / "comments"
    run = run_command(["import", export], demo, cwd=project)
    assert run.returncode == 0, run.stderr
    welcome = (export / "welcome.json").read_text()
    (export / "welcome.json").unlink()
    run = run_invoke(project, "comments-export", "--full", env=mine)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "the demo's comment server database" in run.stderr
    written = (export / "welcome.json").read_text()
    assert written.count('"commenter":') == welcome.count('"commenter":') > 0
    assert not (project / "var" / "comments.sqlite3").exists()


def test_prune_is_refused_with_the_demos_database(tmp_path):
    """`invoke comments-export --prune` from a shell without the blogger's own server settings
    would have pruned their threads' files against the demo's database: it is refused."""
    project = project_copy(tmp_path / "blog")
    mine = {k: v for k, v in os.environ.items() if not k.startswith("COMMENT_SERVER_")}
    demo_environment(project / "var", project / "var" / "demo-comments.sqlite3", "", "Maya")
    (project / "var" / "demo-comments.sqlite3").touch()  # the demo ran here
    files = sorted(path.name for path in (project / "content" / "comments").glob("*.json"))
    run = run_invoke(project, "comments-export", "--prune", env=mine)
    assert run.returncode != 0 and "Not pruning with the demo's database" in run.stderr
    assert sorted(p.name for p in (project / "content" / "comments").glob("*.json")) == files


def test_after_the_demo_invoke_build_says_its_pages_have_no_comment_form(tmp_path):
    """The demo's pages have the embed; `invoke build` from pelicanconf.py (COMMENTS_API empty)
    writes pages without it into the folder the demo serves: it says so, and how to keep it."""
    project = project_copy(tmp_path / "blog")
    demo_environment(project / "var", project / "var" / "demo-comments.sqlite3", "", "Maya")
    (project / "var" / "demo-comments.sqlite3").touch()  # the demo ran here
    run = run_invoke(project, "build", timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    page = (project / "output" / "2026" / "welcome" / "index.html").read_text()
    assert "data-api=" not in page
    assert "no comment form" in run.stderr
    assert 'COMMENTS_API = "http://127.0.0.1:8001"' in run.stderr


@pytest.mark.parametrize(
    ("publish_api", "noted"),
    [("", True), ('COMMENTS_API = "https://comments.blog.example"', False)],
    ids=["from-pelicanconf", "its-own"],
)
def test_publishing_with_the_demos_comments_api_says_readers_cannot_reach_it(
    tmp_path, publish_api, noted
):
    """The README's tip keeps the embed beside the demo with COMMENTS_API on 127.0.0.1 in
    pelicanconf.py; publishconf.py takes it over unless it sets its own, and `invoke preview`
    wrote pages whose comment form posts to the reader's own machine, without a word."""
    project = project_copy(tmp_path / "blog")
    settings = project / "pelicanconf.py"
    local = 'COMMENTS_API = "http://127.0.0.1:8001"'
    settings.write_text(settings.read_text().replace('COMMENTS_API = ""', local, 1))
    with (project / "publishconf.py").open("a") as publish:
        publish.write(f"\n{publish_api}\n")
    invoke = Path(sys.executable).with_name("invoke")
    runs = [
        subprocess.run(
            [str(invoke), *task], cwd=project, capture_output=True, text=True, timeout=300
        )
        for task in (["preview"], ["csp"], ["csp", "--dev"])
    ]
    assert all(run.returncode == 0 for run in runs), [run.stderr for run in runs]
    preview, csp, dev = runs
    note = "COMMENTS_API = 'http://127.0.0.1:8001', an address on this machine"
    assert (note in preview.stderr) is noted and (note in csp.stderr) is noted
    assert note not in dev.stderr  # the development build is meant to use it
    page = (project / "output" / "2026" / "welcome" / "index.html").read_text()
    assert ('data-api="http://127.0.0.1:8001"' in page) is noted


@pytest.mark.parametrize(
    ("taken", "what", "option"),
    [
        (0, "the blog", "--port"),
        (1, "the comment server", "--server-port"),
        (2, "the mail sink", "--mail-port"),
    ],
)
def test_invoke_demo_on_a_port_in_use_says_which_and_how_to_choose_another(
    tmp_path, taken, what, option
):
    project = project_copy(tmp_path / "blog")
    ports = [free_port(), free_port(), free_port()]
    options = ["--port", str(ports[0]), "--server-port", str(ports[1])]
    options += ["--mail-port", str(ports[2])]
    with socket.socket() as other:  # another demo, or `invoke serve`, still running
        other.bind(("127.0.0.1", ports[taken]))
        other.listen()
        run = run_invoke(project, "demo", *options, timeout=300)
    assert run.returncode != 0
    assert f"Port {ports[taken]} (for {what}) is in use" in run.stderr, run.stderr
    assert option in run.stderr and "Traceback" not in run.stderr
    assert not (project / "output").exists()  # said before building, not after
