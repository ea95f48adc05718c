"""`invoke thanks` against the real comment server process: in a pseudo-terminal and for scripts."""

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pexpect
import pytest

from reply_drafts import draft_reply
from reply_drafts.site_facts import SiteFacts, comment_facts, load_site_facts
from tests.support import ROOT
from tests.support.api import ADMIN, PASSWORD, reader_token
from tests.support.demo import build_demo
from tests.support.live_server import live_server
from tests.support.network import free_port

pytestmark = pytest.mark.slow

UNANSWERED = "/api/admin/comments?status=approved&unanswered=1"
COMMENTS = [  # (thread, post title, author, reader, text), oldest first
    (
        "jar",
        "The Gratitude Jar",
        "Agnès Dubois",
        "reader-agnes-000001",
        "We tried the jar at dinner and the kids argued about who got to read first. "
        "What if you wrote a follow-up about doing it at work?",
    ),
    (
        "jar",
        "The Gratitude Jar",
        "Kwame Mensah",
        "reader-kwame-000002",
        "My grandmother kept a jar like this for forty years; I still have her slips of paper.",
    ),
    (
        "notes",
        "Small Notes, Big Days",
        "Mei-Ling Chen",
        "reader-meiling-0003",
        "I leave notes for the night bus driver now. *Small* things, but they matter.",
    ),
    (
        "notes",
        "Small Notes, Big Days",
        "<b>Sipho</b>",
        "reader-sipho-000004",
        "How do you find the time to write so many notes? I struggle with one a month.",
    ),
]
EDITOR = """\
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.rstrip("\\n") + "\\n\\nP.S. Edited in my editor.\\n")
"""


@pytest.fixture
def server(tmp_path) -> Iterator[str]:
    """Run the comment server with a fresh SQLite file, no moderation; yield its base URL."""
    database = f"sqlite:///{tmp_path / 'comments.sqlite3'}"
    with live_server(database, tmp_path / "server.log", moderation="off") as running:
        yield running.base


def post_comments(
    base: str, comments: list[tuple] = COMMENTS, status: str = "approved"
) -> list[int]:
    ids = []
    with httpx.Client(base_url=base, timeout=10) as client:
        for thread, title, author, reader, text in comments:
            token = client.get("/api/form").json()["token"]
            body = {
                "author": author,
                "text": text,
                "title": title,
                "reader": reader_token(reader),
                "form_token": token,
                "homepage": "",
            }
            answer = client.post(f"/api/threads/{thread}/comments", json=body)
            assert answer.status_code == 201, answer.text
            assert answer.json()["comment"]["status"] == status
            ids.append(answer.json()["comment"]["id"])
    return ids


def admin(base: str, method: str, path: str) -> dict:
    answer = httpx.request(method, base + path, headers=ADMIN)
    answer.raise_for_status()
    return answer.json()


def thanks_env(base: str, tmp_path: Path, password: str = PASSWORD) -> dict[str, str]:
    editor = tmp_path / "editor.py"
    editor.write_text(EDITOR, encoding="utf-8")
    return {
        **os.environ,
        "COMMENT_SERVER_URL": base,
        "COMMENT_SERVER_ADMIN_PASSWORD": password,
        "EDITOR": f"{sys.executable} {editor}",
        "VISUAL": "",
        "PYTHONPATH": str(ROOT),
        "TERM": "dumb",
    }


def run_thanks(args: list[str], env: dict) -> subprocess.CompletedProcess:
    """Run the thank-you queue (`python -m thanks_queue`) with *args*."""
    return run_from_root([sys.executable, "-m", "thanks_queue", *args], env)


def spawn_thanks(env: dict, **options) -> pexpect.spawn:
    """Start the thank-you queue in a terminal of its own, as the blogger runs it."""
    command = ["-m", "thanks_queue"]
    return pexpect.spawn(
        sys.executable, command, cwd=str(ROOT), env=env, encoding="utf-8", timeout=30, **options
    )


def run_from_root(command: list[str], env: dict) -> subprocess.CompletedProcess:
    """Run *command* from the project's root with *env* and no input; return what it did."""
    return subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_the_queue_accepts_edits_skips_and_stars_through_a_terminal(server, tmp_path):
    ids = post_comments(server)
    env = thanks_env(server, tmp_path)
    listed = run_thanks(["--json"], env)
    assert listed.returncode == 0, listed.stderr
    drafts = {row["id"]: row["draft"] for row in json.loads(listed.stdout)}
    assert list(drafts) == ids  # oldest first

    child = spawn_thanks(env, dimensions=(50, 200))
    try:
        # No build has sent its facts: the title is the reader's, and said to be.
        child.expect_exact("(1/4) Agnès Dubois on “The Gratitude Jar (a reader's title)”")
        child.expect_exact("[a]ccept  [e]dit  [s]kip  [g]old star  [q]uit > ")
        child.sendline("x")  # not a choice: asked again
        child.expect_exact("Please answer with one letter")
        child.sendline("a")
        child.expect("Replied to Agnès Dubois( and gave \\d gold stars?)?\\.")
        child.expect_exact("(2/4) Kwame Mensah")
        child.expect_exact("> ")
        child.sendline("e")
        child.expect("Replied to Kwame Mensah")
        child.expect_exact("(3/4) Mei-Ling Chen")
        child.expect_exact("> ")
        child.sendline("s")
        child.expect_exact("(4/4) Sipho on")  # the name typed as "<b>Sipho</b>"
        child.expect_exact("> ")
        child.sendline("g")
        child.expect_exact("Gave Sipho a gold star.")
        child.expect("Done: 2 replied, (\\d+) gold stars? given, 1 skipped\\.")
        given = int(child.match.group(1))
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0

    agnes, kwame, meiling, sipho = ids
    exported = admin(server, "GET", "/api/admin/export")["threads"]
    jar = {c["id"]: c for c in exported["jar"]["comments"]}
    notes = {c["id"]: c for c in exported["notes"]["comments"]}
    replies = {c["parent"]: c for c in [*jar.values(), *notes.values()] if c["by_author"]}
    assert set(replies) == {agnes, kwame}
    assert replies[agnes]["markdown"] == drafts[agnes]["text"]
    assert replies[kwame]["markdown"] == drafts[kwame]["text"] + "\n\nP.S. Edited in my editor."
    assert "Kwame Mensah" in replies[kwame]["markdown"]
    # Accepting keeps the promise of the draft's star line; [g] gives one star and no reply.
    assert jar[agnes]["gold_stars"] == drafts[agnes]["gold_stars"]
    assert jar[kwame]["gold_stars"] == drafts[kwame]["gold_stars"]
    assert notes[sipho]["gold_stars"] == 1 and notes[meiling]["gold_stars"] == 0
    assert given == drafts[agnes]["gold_stars"] + drafts[kwame]["gold_stars"] + 1
    left = admin(server, "GET", UNANSWERED)["comments"]
    assert {c["id"] for c in left} == {meiling, sipho}
    # The server learned the templates sent, so the inbox's next draft on the thread avoids them.
    sent = (drafts[agnes]["template"], drafts[kwame]["template"])
    again = post_comments(server, [(*COMMENTS[0][:4], "Back again: the jar is now a box.")])[0]
    fresh = next(c for c in admin(server, "GET", UNANSWERED)["comments"] if c["id"] == again)
    assert fresh["draft"]["template"] not in sent
    assert drafts[agnes]["template"] in fresh["previous_templates"]  # an edited reply has none
    assert fresh["draft"]["text"] == draft_reply(comment_facts(fresh, SiteFacts())).text


def test_list_prints_the_queue_quitting_changes_nothing_and_a_wrong_password_is_one_line(
    server, tmp_path
):
    ids = post_comments(server)
    env = thanks_env(server, tmp_path)
    listed = run_thanks(["--list"], env)
    assert listed.returncode == 0, listed.stderr
    assert "(1/4) Agnès Dubois on “The Gratitude Jar (a reader's title)” · first comment" in (
        listed.stdout
    )
    assert "(4/4) Sipho on “Small Notes, Big Days (a reader's title)”" in listed.stdout
    assert listed.stdout.count("Draft (template.") == 4

    child = spawn_thanks(env)
    child.expect_exact("> ")
    child.sendline("q")
    child.expect_exact("Done: 0 replied, 0 gold stars given, 0 skipped.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    left = admin(server, "GET", "/api/admin/comments?status=approved&unanswered=1")["comments"]
    assert sorted(c["id"] for c in left) == sorted(ids)

    refused = run_thanks(["--list"], thanks_env(server, tmp_path, password="not the password"))
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        f"invoke thanks: the comment server at {server} refused the admin password (401); "
        "check COMMENT_SERVER_ADMIN_PASSWORD"
    ]


def test_a_reader_who_may_be_at_risk_comes_first_and_is_said_plainly(server, tmp_path):
    # Oldest first, a reader thinking of ending their life waited behind every earlier comment,
    # under "Tone: grief".
    at_risk = ("notes", "Small Notes, Big Days", "Sam", "reader-sam-00000005")
    post_comments(server, [*COMMENTS, (*at_risk, "Some days I don't want to be here anymore.")])
    listed = run_thanks(["--list"], thanks_env(server, tmp_path))
    assert listed.returncode == 0, listed.stderr
    first = listed.stdout.split("(2/5)")[0]
    assert first.startswith("(1/5) Sam on “Small Notes, Big Days")
    assert "May be at risk. This reader may be thinking of ending their life" in first
    assert "(2/5) Agnès Dubois" in listed.stdout  # the others, oldest first


def test_comments_waiting_for_approval_are_named_a_reader_at_risk_with_their_words(tmp_path):
    # With moderation on (the default) a first comment waits for approval, and the queue holds
    # approved comments only: a first-time reader at risk was in no queue, and the empty queue
    # said "No comments are waiting for a reply. Lovely!".
    database = f"sqlite:///{tmp_path / 'comments.sqlite3'}"
    with live_server(database, tmp_path / "server.log") as running:
        at_risk = ("notes", "Small Notes, Big Days", "Sam", "reader-sam-00000005")
        waiting = [COMMENTS[0], (*at_risk, "Some days I don't want to be here anymore.")]
        agnes, sam = post_comments(running.base, waiting, status="pending")
        env = thanks_env(running.base, tmp_path)
        listed = run_thanks(["--list"], env)
        plain = run_thanks([], env)
        scripted = run_thanks(["--json"], env)
    assert listed.returncode == plain.returncode == scripted.returncode == 0, listed.stderr
    note = listed.stdout.rstrip("\n")  # the queue itself is empty
    assert note.startswith(
        f"2 comments wait for your approval in the inbox ({running.base}/admin), "
        "not in this queue.\n"
    )
    assert f"May be at risk: Sam on “Small Notes, Big Days (a reader's title)” · #{sam}" in note
    assert "  │ Some days I don't want to be here anymore." in note
    assert "This reader may be thinking of ending their life" in note
    assert "Agnès" not in note and f"#{agnes}" not in note  # only a reader at risk is shown
    assert plain.stdout.startswith(note) and "Lovely" not in plain.stdout
    assert "No approved comment waits for a reply." in plain.stdout
    assert json.loads(scripted.stdout) == [] and scripted.stderr.startswith("2 comments wait")


def test_invoke_thanks_json_runs_against_the_server(server, tmp_path):
    post_comments(server)
    env = thanks_env(server, tmp_path)
    invoked = run_from_root([str(ROOT / ".venv" / "bin" / "invoke"), "thanks", "--json"], env)
    assert invoked.returncode == 0, invoked.stderr
    rows = json.loads(invoked.stdout)
    assert [row["author"] for row in rows] == [c[2] for c in COMMENTS]
    for row in rows:
        assert row["draft"]["text"] and row["draft"]["template"].startswith("template.")


def output_to_a_closed_pipe(command: list[str], env: dict) -> tuple[int, str]:
    """Run *command* with its standard output a pipe whose reader is gone (as `| head` leaves it
    once it has its lines); return its exit status and its standard error."""
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    process.stdout.close()  # the only reader: every write the queue makes now meets EPIPE
    errors = process.stderr.read()
    process.stderr.close()
    return process.wait(timeout=60), errors


@pytest.mark.parametrize("options", [["--list"], ["--json"]])
def test_the_queue_piped_into_head_ends_quietly(server, tmp_path, options):
    # `invoke thanks --list | head` ended in a BrokenPipeError traceback.
    post_comments(server)
    env = thanks_env(server, tmp_path)
    for command in (
        [sys.executable, "-m", "thanks_queue", *options],
        [str(ROOT / ".venv" / "bin" / "invoke"), "thanks", *options],
    ):
        status, errors = output_to_a_closed_pipe(command, env)
        assert "Traceback" not in errors and "BrokenPipe" not in errors, (command, errors)
        assert status == 1, command  # what the reader missed is not a success


def test_a_server_that_is_down_is_one_clear_line(tmp_path):
    base = f"http://127.0.0.1:{free_port()}"
    run = run_thanks(["--json"], thanks_env(base, tmp_path))
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"invoke thanks: cannot reach the comment server at {base}")
    assert "COMMENT_SERVER_URL" in lines[0]


def test_no_password_and_no_terminal_says_what_to_set(tmp_path):
    env = thanks_env("http://127.0.0.1:9", tmp_path)
    del env["COMMENT_SERVER_ADMIN_PASSWORD"]
    run = run_thanks(["--json"], env)
    assert run.returncode == 1
    assert "set COMMENT_SERVER_ADMIN_PASSWORD" in run.stderr


def test_one_draft_everywhere_from_the_built_site_s_facts(server, tmp_path):
    site = build_demo(tmp_path / "site", CACHE_PATH=str(tmp_path / "cache"))
    facts = tmp_path / "cache" / "thank_you" / "facts.json"
    assert site.log and facts.is_file()
    reader_title = "A title a reader's page sent"
    posted = post_comments(
        server,
        [
            ("welcome", reader_title, "Agnès", "reader-agnes-000001", "What a lovely start."),
            ("welcome", reader_title, "Agnès", "reader-agnes-000001", "Back again, still lovely."),
            ("a-hard-day", reader_title, "Jo", "reader-jo-0000000002", "I see you. Be gentle."),
        ],
    )
    env = thanks_env(server, tmp_path)
    listed = run_thanks(["--json", "--facts", str(facts)], env)
    assert listed.returncode == 0, listed.stderr
    cli = {row["id"]: row["draft"] for row in json.loads(listed.stdout)}
    inbox = {c["id"]: c for c in admin(server, "GET", UNANSWERED)["comments"]}
    built = load_site_facts(facts)
    for comment_id in posted:
        expected = draft_reply(comment_facts(inbox[comment_id], built))
        assert cli[comment_id] == inbox[comment_id]["draft"]
        assert inbox[comment_id]["draft"]["text"] == expected.text
        assert inbox[comment_id]["post_title"] == built.thread(inbox[comment_id]["thread"]).title
    first, second, hard = posted
    assert inbox[first]["commenter_comments"] == 1 and inbox[second]["commenter_comments"] == 2
    assert inbox[first]["post_title"] == "Welcome to Small Kindnesses"
    assert reader_title not in json.dumps(cli)
    assert inbox[hard]["draft"]["tone"] == "grief" and inbox[hard]["draft"]["gold_stars"] == 0
