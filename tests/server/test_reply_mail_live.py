"""Reply mail with real server processes: SIGKILL mid-delivery loses and repeats nothing, several
instances on PostgreSQL send each mail once, and the command line (start checks, `forget`)."""

import os

import pytest
from sqlalchemy import create_engine, select

from comment_server.store.schema import comments
from tests.support.live_server import run_command, start_server
from tests.support.mailbox import waiting_mail
from tests.support.network import wait_until
from tests.support.reply_mail import (
    ask_for_mail,
    killed_twice_then_drained,
    mail_env,
    received_once_each,
)

pytestmark = pytest.mark.slow


def test_sigkill_at_any_moment_delivers_every_queued_mail_exactly_once(database_url, box, tmp_path):
    engine = create_engine(database_url)
    log = tmp_path / "server.log"
    addresses = [f"reader{n}@example.org" for n in range(12)]
    released = box.hold()  # the first delivery stops in the middle of its DATA
    server = start_server(mail_env(database_url, box), log)
    for address in addresses:
        ask_for_mail(server, address)

    def restart(**settings):
        return start_server(mail_env(database_url, box, **settings), log)

    killed_twice_then_drained(server, restart, box, released, engine, log)
    received_once_each(box, addresses)  # none lost, none repeated
    engine.dispose()


@pytest.mark.postgres
def test_several_instances_on_postgresql_send_each_mail_once(postgres_schema, box, tmp_path):
    from tests.support.api import SECRET  # noqa: F401  (the servers share tests.support's secret)

    engine = create_engine(postgres_schema)
    with engine.begin() as connection:
        from sqlalchemy import text

        from comment_server.store.schema import metadata

        connection.execute(text(f"TRUNCATE {', '.join(metadata.tables)} RESTART IDENTITY CASCADE"))
    servers = [
        start_server(mail_env(postgres_schema, box), tmp_path / f"server{n}.log") for n in range(3)
    ]
    addresses = [f"reader{n}@example.org" for n in range(60)]
    try:
        for index, address in enumerate(addresses):
            ask_for_mail(servers[index % 3], address)
        assert wait_until(lambda: waiting_mail(engine) == 0, 120)
    finally:
        for server in servers:
            server.stop()
    got = sorted(one.recipients[0] for one in box.received)
    assert got == sorted(addresses)
    senders = [server.log.read_text().count("comment_server: mail: sent") for server in servers]
    assert sum(senders) == len(addresses), senders
    engine.dispose()


def test_serve_refuses_incomplete_mail_settings_and_a_broken_template(tmp_path, box):
    env = mail_env(f"sqlite:///{tmp_path / 'c.sqlite3'}", box)
    incomplete = {k: v for k, v in env.items() if k != "COMMENT_SERVER_SMTP_FROM"}
    done = run_command(["serve", "--port", "1"], incomplete)
    assert done.returncode == 2 and "COMMENT_SERVER_SMTP_FROM" in done.stderr
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "reply.html").write_text("{% if %}", encoding="utf-8")
    done = run_command(
        ["serve", "--port", "1"], {**env, "COMMENT_SERVER_MAIL_TEMPLATES": str(folder)}
    )
    assert done.returncode == 2 and "reply.html, line 1" in done.stderr


def test_forget_from_the_command_line(tmp_path, box):
    database = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    env = mail_env(database, box)
    server = start_server(env, tmp_path / "server.log")
    try:
        ask_for_mail(server, "ann@example.org")
        box.wait_for("ann@example.org")
    finally:
        server.stop()
    done = run_command(["forget", "ANN@example.org"], env)
    assert done.returncode == 0 and "removed everywhere" in done.stderr
    assert "ann@example.org" not in done.stderr.lower()
    engine = create_engine(database)
    with engine.connect() as connection:
        assert connection.execute(select(comments.c.email)).scalars().all() == [None]
    engine.dispose()
    again = run_command(["forget", "ann@example.org"], env)
    assert again.returncode == 0 and "nothing held" in again.stderr
    bad = run_command(["forget", "not an address"], env)
    assert bad.returncode == 1 and "forget: the address must be" in bad.stderr
    assert "ann@example.org" not in (tmp_path / "server.log").read_text()
    assert os.path.exists(tmp_path / "c.sqlite3")
