"""What makes a write happen once: spent form tokens and the kept answers of Idempotency-Keys.

Both are written in the transaction of the write they guard, so a comment and its spent token (or
its kept answer) are committed together or not at all: a server killed between the commit and the
answer leaves the answer on disk for the retry.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select

from comment_server.store.errors import Invalid, StoreError
from comment_server.store.rows import insert_or_skip
from comment_server.store.schema import kept_answers, spent_form_tokens

FORM_TOKEN_LIFE = timedelta(days=2)  # tokens.FORM_MAX_AGE: an older token is refused anyway
ANSWER_LIFE = timedelta(hours=24)  # how long a retry with the same Idempotency-Key is answered

# Built once, as rows.py says why: a comment from the embed runs them all.
_FORGET_TOKENS = delete(spent_form_tokens).where(
    spent_form_tokens.c.spent < bindparam("spent_before")
)
_FORGET_ANSWERS = delete(kept_answers).where(kept_answers.c.created < bindparam("created_before"))
_KEPT = select(kept_answers.c.request, kept_answers.c.status, kept_answers.c.body).where(
    kept_answers.c.key == bindparam("answer_key"),
    kept_answers.c.created >= bindparam("created_since"),
)


class AlreadyAnswered(StoreError):
    """Another request with the same Idempotency-Key committed first: send its kept answer."""


@dataclass(frozen=True)
class Answer:
    """How a write is answered, made inside its transaction so that a kept answer is the one sent.

    *make* turns what the write returned into the JSON body; with a *key* (a keyed hash of the
    endpoint, the reader and the Idempotency-Key) the answer is kept beside the write, with
    *request*, a hash of the body it answered.
    """

    status: int
    make: Callable[[Any], dict[str, Any]]
    key: str | None = None
    request: str = ""


@dataclass(frozen=True)
class KeptAnswer:
    """The first answer of a write sent with an Idempotency-Key."""

    request: str
    status: int
    body: bytes


def spend_form_token(connection: Connection, token: str, now: datetime) -> None:
    """Mark the form token *token* (its hash) as spent; refuse one spent already."""
    connection.execute(_FORGET_TOKENS, {"spent_before": now - FORM_TOKEN_LIFE})
    spent = insert_or_skip(connection, spent_form_tokens, dict(token=token, spent=now), "token")
    if spent.first() is None:
        raise Invalid(
            "This form was already used for a comment: get a new form token and send again.",
            "form_token",
            "was already used for a comment: get a new one from GET /api/form",
        )


def answer_write(
    work: Callable[[Connection], Any], answer: Answer, now: datetime, connection: Connection
) -> tuple[int, dict[str, Any]]:
    """Run *work* and return its (status, body); keep them under the answer's key if it has one."""
    body = answer.make(work(connection))
    if answer.key is not None:
        keep_answer(connection, answer, body, now)
    return answer.status, body


def keep_answer(
    connection: Connection, answer: Answer, body: dict[str, Any], now: datetime
) -> None:
    """Keep *body* as the answer of the answer's key; raise AlreadyAnswered if one is kept."""
    connection.execute(_FORGET_ANSWERS, {"created_before": now - ANSWER_LIFE})
    row = dict(
        key=answer.key,
        request=answer.request,
        status=answer.status,
        body=json.dumps(body, ensure_ascii=False, separators=(",", ":")),
        created=now,
    )
    if insert_or_skip(connection, kept_answers, row, "key").first() is None:
        raise AlreadyAnswered("A request with this Idempotency-Key was answered already.")


def kept_answer(connection: Connection, key: str, now: datetime) -> KeptAnswer | None:
    """Return the kept answer of *key* unless there is none or it has expired."""
    since = now - ANSWER_LIFE
    row = connection.execute(_KEPT, {"answer_key": key, "created_since": since}).first()
    if row is None:
        return None
    return KeptAnswer(row.request, row.status, row.body.encode("utf-8"))
