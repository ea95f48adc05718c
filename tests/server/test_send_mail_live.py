"""`python -m comment_server send-mail`, the sender in a process of its own, with real processes, a
real SMTP server and a real database (SQLite file, PostgreSQL): with COMMENT_SERVER_MAIL_SENDER=
separate the server only queues; send-mail delivers each mail once, through a SIGKILL and a
restart too; SIGTERM (send-mail's, or the server's own) records the mail in flight before the
process ends; bad settings stop it with one line and status 2."""

import signal

import pytest
from sqlalchemy import create_engine

from tests.support.live_server import LiveProcess, run_command, start_sender, start_server
from tests.support.mailbox import Mailbox, waiting_mail
from tests.support.network import wait_until
from tests.support.reply_mail import (
    ask_for_mail,
    killed_twice_then_drained,
    mail_env,
    received_once_each,
    sent_rows,
)

pytestmark = pytest.mark.slow

ADDRESSES = [f"reader{n}@example.org" for n in range(6)]


def separate_env(database_url: str, box: Mailbox, **settings) -> dict[str, str]:
    """Return the environment of a server that leaves its mail to send-mail (and of send-mail)."""
    return mail_env(database_url, box, mail_sender="separate", **settings)


def terminated(process: LiveProcess) -> int:
    """Send SIGTERM to *process*; return its exit status."""
    process.process.send_signal(signal.SIGTERM)
    return process.process.wait(timeout=60)


def test_the_server_alone_sends_nothing_and_send_mail_delivers_each_mail_once(
    database_url, box, tmp_path
):
    engine = create_engine(database_url)
    log = tmp_path / "processes.log"
    env = separate_env(database_url, box)
    server = start_server(env, log)
    try:
        assert "sent by `python -m comment_server send-mail`" in log.read_text()
        for address in ADDRESSES:
            ask_for_mail(server, address)
        assert box.received == [] and waiting_mail(engine) == len(ADDRESSES)
        assert "mail: sent" not in log.read_text()
        sender = start_sender(env, log)
        try:
            assert wait_until(lambda: waiting_mail(engine) == 0, 60), log.read_text()
            assert terminated(sender) == 0, log.read_text()
        finally:
            sender.stop()
    finally:
        server.stop()
    received_once_each(box, ADDRESSES)
    assert log.read_text().count("comment_server: mail: sent") == len(ADDRESSES)
    engine.dispose()


def test_send_mail_killed_mid_burst_then_restarted_delivers_each_mail_exactly_once(
    database_url, box, tmp_path
):
    engine = create_engine(database_url)
    log = tmp_path / "processes.log"
    addresses = [f"reader{n}@example.org" for n in range(12)]
    server = start_server(separate_env(database_url, box), log)
    try:
        for address in addresses:
            ask_for_mail(server, address)
        released = box.hold()  # the first delivery stops in the middle of its DATA
        sender = start_sender(separate_env(database_url, box), log)

        def restart(**settings):
            return start_sender(separate_env(database_url, box, **settings), log)

        killed_twice_then_drained(sender, restart, box, released, engine, log)
    finally:
        server.stop()
    received_once_each(box, addresses)
    engine.dispose()


def test_sigterm_to_send_mail_records_the_mail_in_flight_and_exits_0(database_url, box, tmp_path):
    engine = create_engine(database_url)
    log = tmp_path / "processes.log"
    env = separate_env(database_url, box)
    server = start_server(env, log)
    try:
        for address in ADDRESSES:
            ask_for_mail(server, address)
        released = box.hold()
        sender = start_sender(env, log)
        try:
            assert box.wait_holding(), log.read_text()
            sender.process.send_signal(signal.SIGTERM)
            assert wait_until(lambda: "SIGTERM: stopping after" in log.read_text(), 30)
            # the stop waits for the SMTP server's answer to the mail in flight, held
            assert sender.process.poll() is None, log.read_text()
            released.set()
            assert sender.process.wait(timeout=30) == 0, log.read_text()
        finally:
            box.release()
            sender.stop()
        assert len(box.received) == 1 and box.held == 0
        assert sent_rows(engine) == 1  # recorded: nothing else begun
        assert waiting_mail(engine) == len(ADDRESSES) - 1
        sender = start_sender(env, log)  # a restart sends the rest, not the first again
        try:
            assert wait_until(lambda: waiting_mail(engine) == 0, 60), log.read_text()
        finally:
            sender.stop()
    finally:
        server.stop()
    received_once_each(box, ADDRESSES)
    engine.dispose()


def test_sigterm_to_the_server_records_its_mail_in_flight_before_it_ends(
    database_url, box, tmp_path
):
    engine = create_engine(database_url)
    log = tmp_path / "server.log"
    env = mail_env(database_url, box)  # the server's own sender
    released = box.hold()
    server = start_server(env, log)
    try:
        for address in ADDRESSES:
            ask_for_mail(server, address)
        assert box.wait_holding(), log.read_text()
        server.process.send_signal(signal.SIGTERM)
        assert wait_until(lambda: "Waiting for application shutdown" in log.read_text(), 30)
        # the shutdown waits for the SMTP server's answer to the mail in flight, held
        assert server.process.poll() is None, log.read_text()
        released.set()
        # uvicorn, once shut down gracefully, ends by the signal it caught (as the shell expects).
        assert server.process.wait(timeout=30) in (0, -signal.SIGTERM), log.read_text()
        assert "Application shutdown complete" in log.read_text()
    finally:
        box.release()
        server.stop()
    assert len(box.received) == 1 and sent_rows(engine) == 1
    server = start_server(env, log)
    try:
        assert wait_until(lambda: waiting_mail(engine) == 0, 60), log.read_text()
    finally:
        server.stop()
    received_once_each(box, ADDRESSES)
    engine.dispose()


def one_line(stderr: str) -> str:
    """Return the only line of *stderr* (failing when there are more)."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_send_mail_refuses_incomplete_smtp_settings_with_one_line(tmp_path, box):
    env = separate_env(f"sqlite:///{tmp_path / 'c.sqlite3'}", box)
    incomplete = {k: v for k, v in env.items() if k != "COMMENT_SERVER_SMTP_FROM"}
    done = run_command(["send-mail"], incomplete)
    assert done.returncode == 2
    assert "COMMENT_SERVER_SMTP_FROM" in one_line(done.stderr)
    no_mail = {k: v for k, v in env.items() if not k.startswith("COMMENT_SERVER_SMTP_")}
    done = run_command(["send-mail"], no_mail)
    assert done.returncode == 2
    assert "COMMENT_SERVER_SMTP_HOST is not set" in one_line(done.stderr)


def test_a_bad_mail_sender_value_is_refused_by_serve_and_send_mail(tmp_path, box):
    env = mail_env(f"sqlite:///{tmp_path / 'c.sqlite3'}", box, mail_sender="cron")
    for command in (["serve", "--port", "1"], ["send-mail"]):
        done = run_command(command, env)
        assert done.returncode == 2
        line = one_line(done.stderr)
        assert line.startswith("comment_server: COMMENT_SERVER_MAIL_SENDER='cron' is not usable")
        assert "serve" in line and "separate" in line
