"""The readers' side of the API: reader tokens, comments, stars, the form token, a comment and
its edit."""

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from functools import partial
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from comment_server import params, validation
from comment_server.bodies import check_reader
from comment_server.cache import Body, make_body
from comment_server.context import Context, context
from comment_server.errors import ApiError
from comment_server.guards import (
    check_address,
    check_new_thread,
    client_address,
    count_event,
    id_param,
    rate_limit,
    read_json,
    thread_param,
)
from comment_server.idempotency import answer_for, answered, kept_response
from comment_server.jsonio import json_response, raw_json_response
from comment_server.render import count_links, render
from comment_server.shapes import own_comment
from comment_server.spam import spam_problems
from comment_server.store.identity import Claim
from comment_server.store.writes import Edit, NewComment, Starred
from comment_server.times import iso
from comment_server.tokens import EditGrant, TokenError, TokenExpired, hash_secret, new_secret
from comment_server.tone_check import HELD, ToneCheck, check_tone

READ_HEADERS = {"Cache-Control": "no-cache"}
# Comments up to this long are rendered on the event loop: a worker thread's hop costs more than
# their Markdown (about 0.1 ms at this length).
INLINE_TEXT = 2_000
REREAD = (
    "Your edit changed more than a typo, so the author will read it again before it is published."
)
# Why a comment waits, by the code the answer gives beside the sentence (`held_reason`): the embed
# shows its own words for the code, in the page's language; API clients may show the sentence.
HELD_SENTENCES = {**HELD, "edited": REREAD}


def cached_answer(request: Request, body: Body) -> Response:
    """Answer a read with its ETag (304 when the client has it), gzipped when it may be."""
    headers = request.headers
    return read_answer(body, headers.get("if-none-match", ""), headers.get("accept-encoding", ""))


def read_answer(body: Body, if_none_match: str, accept_encoding: str) -> Response:
    """Return the response carrying *body*, given the request's conditional and encoding headers."""
    headers = {**READ_HEADERS, "ETag": body.etag, "Vary": "Accept-Encoding"}
    if etag_matches(body.etag, if_none_match):
        return Response(status_code=304, headers=headers)
    if body.gzipped is not None and "gzip" in accept_encoding:
        headers["Content-Encoding"] = "gzip"
        return raw_json_response(body.gzipped, headers=headers)
    return raw_json_response(body.data, headers=headers)


def etag_matches(etag: str, if_none_match: str) -> bool:
    """Return whether If-None-Match is * or names *etag* (compared weakly, as for a GET)."""
    named = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
    return "*" in named or etag in named


async def list_comments(request: Request) -> Response:
    """Return the approved comments of a thread (those updated after `since` when given)."""
    thread = thread_param(request)
    since = params.COMMENTS_QUERY.clean(request.query_params).get("since")
    return cached_answer(request, await context(request).cache.comments(thread, since))


async def list_stars(request: Request) -> Response:
    """Return the star counts of a thread's post and comments, and what this reader starred."""
    ctx = context(request)
    thread = thread_param(request)
    reader = params.STARS_QUERY.clean(request.query_params).get("reader")
    if reader is not None:
        try:
            reader = ctx.keys.reader(check_reader(ctx.tokens, reader))
        except ValueError as error:
            raise validation.FieldErrors({"reader": str(error)}) from None
    summary = await run_in_threadpool(ctx.store.star_summary, thread, reader)
    return cached_answer(request, make_body(summary))


async def add_star(request: Request) -> Response:
    """Star the post (comment null) or a comment, once per reader."""
    return await _star(request, on=True)


async def remove_star(request: Request) -> Response:
    """Take a reader's star back."""
    return await _star(request, on=False)


async def _star(request: Request, on: bool) -> Response:
    ctx = context(request)
    thread = thread_param(request)
    body = await read_json(request, ctx)
    left: list[Starred] = []  # what the star left, once its transaction has made the answer
    answer = answer_for(request, ctx, body.get("reader"), body, 200, partial(_star_state, on, left))
    if (kept := await kept_response(ctx, answer)) is not None:
        return kept
    address = client_address(request)
    rate_limit(ctx, "stars", address, ctx.settings.rate_stars, "stars from you")
    check_address(ctx, address)
    values = ctx.bodies.star_request.clean(body)
    reader = ctx.keys.reader(values["reader"])
    comment = values.get("comment")
    new_thread = on and await check_new_thread(ctx, thread, address)
    star = ctx.store.answer_star
    response, body = await answered(ctx, answer, star, thread, comment, reader, on)
    if body:  # not a replay: this request starred
        ctx.cache.count_star(thread, comment, left[-1])
    if new_thread:
        count_event(ctx, "threads", address, ctx.settings.rate_new_threads)
    return response


def _star_state(on: bool, left: list[Starred], starred: Starred) -> dict[str, Any]:
    """Return the answer to a star; keep what it left for the read cache."""
    left.append(starred)
    return {"count": starred.count, "starred": on}


async def new_reader(request: Request) -> Response:
    """Issue a signed reader token (a browser keeps it); a few per address and hour."""
    ctx = context(request)
    await read_json(request, ctx)
    address = client_address(request)
    rate_limit(ctx, "readers", address, ctx.settings.rate_readers, "new readers from your address")
    check_address(ctx, address)
    return json_response({"reader": ctx.tokens.reader_token()}, status=201)


async def form_token(request: Request) -> Response:
    """Issue a signed form token; a comment sent sooner than min_seconds after it is refused."""
    ctx = context(request)
    token = ctx.tokens.form_token()
    return json_response({"token": token, "min_seconds": ctx.settings.min_submit_seconds})


async def post_comment(request: Request) -> Response:
    """Store a reader's comment: pending unless the commenter is trusted or moderation is off."""
    ctx = context(request)
    thread = thread_param(request)
    body = await read_json(request, ctx)
    # Its answer is made by _created, once the comment's secret and tone are known (below).
    answer = answer_for(request, ctx, body.get("reader"), body, 201, own_comment)
    if (kept := await kept_response(ctx, answer)) is not None:
        return kept
    address = client_address(request)
    settings = ctx.settings
    rate_limit(ctx, "comments", address, settings.rate_comments, "comments from you", count=False)
    rate_limit(ctx, "thread", thread, settings.rate_thread, "comments on this post", count=False)
    check_address(ctx, address)
    values = ctx.bodies.new_comment.clean(body)
    website = values.get("website")
    support = partial(_support_post, ctx, thread)
    html, found = await _read_comment(ctx, values["author"], values["text"], website, support)
    held = _held_reason(found)
    new_thread = await check_new_thread(ctx, thread, address)
    secret = new_secret()
    new = NewComment(
        thread=thread,
        title=values.get("title"),
        parent=values.get("parent"),
        author=values["author"],
        website=website,
        email=values.get("email"),
        markdown=values["text"],
        html=html,
        commenter=ctx.keys.commenter_from_reader(values["reader"]),  # the store picks from claim
        address_hash=ctx.keys.address(address),
        edit_secret=hash_secret(secret),
        moderation=ctx.settings.moderation,
        held=bool(held),
        form_token=_spent_token(ctx, values["form_token"]),
        reader=ctx.keys.reader(values["reader"]),
        claim=_claim(ctx, values),
        notify=values.get("notify") if settings.mail else None,
        tone=found.tone if found else None,
        guarded=found.guarded if found else None,
        crisis=bool(found and found.crisis),
    )
    answer = replace(answer, make=partial(_created, ctx, secret, held))
    response, _ = await answered(ctx, answer, ctx.store.answer_comment, new)
    ctx.cache.forget(thread)
    ctx.mail_wake()
    count_event(ctx, "comments", address, settings.rate_comments)
    count_event(ctx, "thread", thread, settings.rate_thread)
    if new_thread:
        count_event(ctx, "threads", address, settings.rate_new_threads)
    return response


def _created(ctx: Context, secret: str, held: str, row: dict[str, Any]) -> dict[str, Any]:
    """Return the answer to a stored comment: the comment, its edit token, why it waits."""
    answer = {
        "comment": own_comment(row),
        "edit_token": ctx.tokens.edit_token(row["id"], secret),
        "edit_until": _edit_until(ctx, row),
    }
    if held and row["status"] == "pending":
        answer |= _why_held(held)
    return answer


def _edited(ctx: Context, held: str, row: dict[str, Any]) -> dict[str, Any]:
    """Return the answer to an edit: the comment, until when it can be edited, why it waits."""
    answer = {"comment": own_comment(row), "edit_until": _edit_until(ctx, row)}
    if row["status"] == "pending" and (held or row["before_edit"]):
        answer |= _why_held(held or "edited")
    return answer


def _held_reason(found: ToneCheck | None) -> str:
    """Return why the tone reader holds a comment for the author ("hostile", "spam"), else ""."""
    return found.tone if found and found.held else ""


def _why_held(reason: str) -> dict[str, str]:
    """Return why a comment waits: the sentence for the reader and its code, to word it anew."""
    return {"held": HELD_SENTENCES[reason], "held_reason": reason}


def _spent_token(ctx: Context, token: str) -> str | None:
    """Return the stored form of the form token a comment spends (one token, one comment).

    With no minimum time to fill the form (COMMENT_SERVER_MIN_SUBMIT_SECONDS=0) a new token
    costs nothing, so there is nothing to spend.
    """
    return hash_secret(token) if ctx.settings.min_submit_seconds else None


def edit_door(request: Request, ctx: Context) -> None:
    """Refuse an edit or a delete of one's own comment: too many, a blocked address, or editing
    turned off."""
    address = client_address(request)
    rate_limit(ctx, "edits", address, ctx.settings.rate_comments, "edits and deletions from you")
    check_address(ctx, address)
    if not ctx.settings.edit_window:
        raise ApiError(403, "Editing comments is turned off on this server.", code="editing_off")


def edit_grant(ctx: Context, token: str, comment_id: int) -> EditGrant:
    """Return what the edit *token* grants, refused when it is forged, expired or for another
    comment than *comment_id*."""
    try:
        grant = ctx.tokens.edit_grant(token, ctx.settings.edit_window)
    except TokenError as error:
        fields = {"edit_token": str(error)}
        code = "edit_closed" if isinstance(error, TokenExpired) else None
        raise ApiError(403, f"The edit token {error}.", fields, code=code) from None
    if grant.comment_id != comment_id:
        raise ApiError(403, "This edit token is for another comment.", {"edit_token": "mismatch"})
    return grant


async def edit_comment(request: Request) -> Response:
    """Change one's own comment within the edit window (the edit token proves it is theirs)."""
    ctx = context(request)
    comment_id = id_param(request)
    body = await read_json(request, ctx)
    # Its answer is made by _edited, once the edit's tone is known (below).
    answer = answer_for(request, ctx, body.get("edit_token"), body, 200, own_comment)
    if (kept := await kept_response(ctx, answer)) is not None:
        return kept
    edit_door(request, ctx)
    values = ctx.bodies.edit_request.clean(body)
    grant = edit_grant(ctx, values["edit_token"], comment_id)
    support = partial(_support_comment, ctx, comment_id)
    html, found = await _read_comment(
        ctx, values.get("author"), values["text"], values.get("website"), support
    )
    held = _held_reason(found)
    edit = Edit(
        comment_id=comment_id,
        edit_secret=grant.secret_hash,
        markdown=values["text"],
        html=html,
        window=ctx.settings.edit_window,
        author=values.get("author"),
        website=values.get("website"),
        change_website="website" in values,
        held=bool(held),
        moderation=ctx.settings.moderation,
        tone=found.tone if found else None,
        guarded=found.guarded if found else None,
        crisis=bool(found and found.crisis),
    )
    answer = replace(answer, make=partial(_edited, ctx, held))
    response, body = await answered(ctx, answer, ctx.store.answer_edit, edit)
    if body:
        ctx.cache.forget(body["comment"]["thread"])
    return response


async def delete_own_comment(request: Request) -> Response:
    """Delete one's own comment within the edit window (the edit token proves it is theirs)."""
    ctx = context(request)
    comment_id = id_param(request)
    body = await read_json(request, ctx)
    edit_door(request, ctx)
    values = ctx.bodies.delete_request.clean(body)
    grant = edit_grant(ctx, values["edit_token"], comment_id)
    thread = await run_in_threadpool(
        ctx.store.delete_own_comment, comment_id, grant.secret_hash, ctx.settings.edit_window
    )
    if thread is not None:
        ctx.cache.forget(thread)
    return Response(status_code=204)


async def tone(request: Request) -> Response:
    """Say how a comment about to be posted reads, the nudge to show before a harsh one, and
    whether it holds words a reader at risk may write (met plainly once it is in)."""
    ctx = context(request)
    body = await read_json(request, ctx)
    address = client_address(request)
    rate_limit(ctx, "tone", address, ctx.settings.rate_stars, "tone checks from you")
    values = ctx.bodies.tone_request.clean(body)
    support = partial(_support_post, ctx, values.get("thread"))
    found = await run_in_threadpool(_door_tone, values["text"], None, None, support)
    answer = {"tone": found.tone, "nudge": found.nudge or None}
    return json_response(answer | ({"guarded": True} if found.guarded else {}))


async def _read_comment(
    ctx: Context,
    author: str | None,
    text: str,
    website: str | None,
    support: Callable[[], bool],
) -> tuple[str, ToneCheck | None]:
    """Return a comment's sanitized HTML and its tone (the store keeps its label).

    Refuse it (FieldErrors) when it breaks the spam rules. A short comment's Markdown is read on
    the event loop (0.03 ms for 300 characters), a long one's in a worker thread (0.55 ms for
    10,000), as is the tone reader (a millisecond or so). With moderation off nothing waits
    whatever its tone, so the tone reader is not asked (None) unless the author is mailed about
    new comments (a reader at risk is told apart): the export reads the tone of a comment stored
    without one, once, and the store keeps it then (store/tones.py).
    """
    if len(text) <= INLINE_TEXT:
        html = _checked_html(ctx, author, text, website)
    else:
        html = await run_in_threadpool(_checked_html, ctx, author, text, website)
    if not (ctx.settings.moderation or ctx.settings.author_mail):
        return html, None
    return html, await run_in_threadpool(_door_tone, text, author, website, support)


def _door_tone(
    text: str, author: str | None, website: str | None, support: Callable[[], bool]
) -> ToneCheck:
    """Return how a comment reads at the door, read on a support post when *support()* says it
    is one (its queries run here, in a worker thread): on the hard day, comfort is the rule."""
    return check_tone(text, author, website, support())


def _support_post(ctx: Context, thread: str | None) -> bool:
    """Return whether *thread* is a support post, as the build facts last sent say."""
    return bool(thread) and ctx.site_facts.current().thread(thread).support


def _support_comment(ctx: Context, comment_id: int) -> bool:
    """Return whether the comment *comment_id* is on a support post (False when there is none)."""
    return _support_post(ctx, ctx.store.comment_thread(comment_id))


def _checked_html(ctx: Context, author: str | None, text: str, website: str | None) -> str:
    """Return a comment's sanitized HTML; refuse it (FieldErrors) if it breaks the spam rules."""
    html = render(text)
    _check_spam(ctx, author, text, website, html)
    return html


def warm_up() -> None:
    """Read the tone model and build Markdown before the first comment.

    Done lazily, the first comments each waited for the tone model (~0.2 s of CPU): the threads
    answering them at once read it side by side, which was the p99 of new comments with
    moderation on (issue 20).
    """
    check_tone(render("Warming up."))


def _check_spam(
    ctx: Context, author: str | None, text: str, website: str | None, html: str
) -> None:
    problems = spam_problems(ctx.settings, author, text, website, count_links(text, html))
    if problems:
        raise validation.FieldErrors(problems)


def _claim(ctx: Context, values: dict[str, Any]) -> Claim:
    """Return the keys the comment may be filed under (the store picks one: store/identity.py)."""
    reader, email = values["reader"], values.get("email")
    keys = ctx.keys
    return Claim(
        reader=keys.reader(reader),
        reader_key=keys.commenter_from_reader(reader),
        email_key=keys.commenter_from_email(email) if email else None,
        apart_key=keys.commenter_from_email_and_reader(email, reader) if email else None,
    )


def _edit_until(ctx: Context, row: dict[str, Any]) -> str:
    return iso(row["created"] + timedelta(seconds=ctx.settings.edit_window))
