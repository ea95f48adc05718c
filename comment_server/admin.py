"""The author's side of the API: the inbox queue, moderation, replies, gold stars, export."""

import json
from collections.abc import Callable
from functools import partial
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from comment_server import params, validation
from comment_server.context import context
from comment_server.guards import commenter_param, id_param, read_json, require_admin
from comment_server.idempotency import answer_for, answered, kept_response
from comment_server.jsonio import json_response
from comment_server.render import render
from comment_server.shapes import admin_comment, admin_comments
from comment_server.store.store import Store
from comment_server.times import iso
from reply_drafts.site_facts import SiteFacts, parse_site_facts

MAX_SITE_FACTS = 32 * 1024 * 1024  # bytes: a blog of 10,000 posts sends about 5 MB


async def list_comments(request: Request) -> Response:
    """Return the inbox: comments of one status (pending by default), newest first."""
    ctx = context(request)
    await require_admin(request, ctx)
    query = params.INBOX_QUERY.clean(request.query_params)
    unanswered = query.get("unanswered", False)
    status = "approved" if unanswered else query.get("status", "pending")
    limit = query.get("limit", params.MAX_LIST)
    rows = await run_in_threadpool(ctx.store.admin_comments, status, unanswered, limit)
    site = await run_in_threadpool(ctx.site_facts.current)
    comments = await run_in_threadpool(admin_comments, rows, site)
    return json_response({"comments": comments})


async def approve(request: Request) -> Response:
    """Approve a comment (its commenter becomes trusted)."""
    return await _set_status(request, "approved")


async def reject(request: Request) -> Response:
    """Reject a comment."""
    return await _set_status(request, "rejected")


async def spam(request: Request) -> Response:
    """Mark a comment as spam."""
    return await _set_status(request, "spam")


async def _set_status(request: Request, status: str) -> Response:
    ctx = context(request)
    await require_admin(request, ctx)
    comment_id = id_param(request)
    await read_json(request, ctx)
    row = await run_in_threadpool(ctx.store.set_status, comment_id, status)
    ctx.cache.forget(row["thread_id"])
    ctx.mail_wake()
    return json_response({"comment": await _admin_comment(ctx, row)})


async def same_commenter(request: Request) -> Response:
    """Say a kept-apart comment is by the commenter whose email it gives: it, its commenter's
    other comments and their browser join that commenter (trust and badges included)."""
    ctx = context(request)
    await require_admin(request, ctx)
    comment_id = id_param(request)
    await read_json(request, ctx)
    row = await run_in_threadpool(ctx.store.join_claimed, comment_id)
    ctx.cache.forget(row["thread_id"])  # its other threads' versions moved: seen within a second
    return json_response({"comment": await _admin_comment(ctx, row)})


async def reply(request: Request) -> Response:
    """Publish the author's reply to a comment (approving that comment if it was not)."""
    ctx = context(request)
    await require_admin(request, ctx)
    comment_id = id_param(request)
    body = await read_json(request, ctx)
    site = await run_in_threadpool(ctx.site_facts.current)
    answer = answer_for(request, ctx, "admin", body, 201, partial(_answer, site))
    if (kept := await kept_response(ctx, answer)) is not None:
        return kept
    values = ctx.bodies.reply.clean(body)
    html = await run_in_threadpool(render, values["text"])  # Markdown can take milliseconds
    write = ctx.store.answer_reply
    response, made = await answered(
        ctx, answer, write, comment_id, values["text"], html, values.get("template")
    )
    if made:
        ctx.cache.forget(made["comment"]["thread"])
        ctx.mail_wake()
    return response


async def gold_stars(request: Request) -> Response:
    """Award 1 to 5 more gold stars to a comment."""
    ctx = context(request)
    await require_admin(request, ctx)
    comment_id = id_param(request)
    body = await read_json(request, ctx)
    site = await run_in_threadpool(ctx.site_facts.current)
    answer = answer_for(request, ctx, "admin", body, 200, partial(_answer, site))
    if (kept := await kept_response(ctx, answer)) is not None:
        return kept
    values = ctx.bodies.gold_stars.clean(body)
    write = ctx.store.answer_gold_stars
    response, made = await answered(ctx, answer, write, comment_id, values["count"])
    if made:
        ctx.cache.forget(made["comment"]["thread"])
    return response


def _answer(site: SiteFacts, row: dict[str, Any]) -> dict[str, Any]:
    """Return the answer of an admin write, made in its transaction (its draft takes ~1 ms)."""
    return {"comment": admin_comment(row, site)}


async def delete_comment(request: Request) -> Response:
    """Delete a comment; its replies are re-attached to its parent."""
    ctx = context(request)
    await require_admin(request, ctx)
    comment_id = id_param(request)
    await read_json(request, ctx)
    thread = await run_in_threadpool(ctx.store.delete_comment, comment_id)
    if thread is not None:
        ctx.cache.forget(thread)
    return Response(status_code=204)


async def block_commenter(request: Request) -> Response:
    """Block a commenter: their pending comments become spam, later ones are refused."""
    return await _change_commenter(request, Store.block_commenter)


async def unblock_commenter(request: Request) -> Response:
    """Let a blocked commenter comment again; their next comments wait for approval."""
    return await _change_commenter(request, Store.unblock_commenter)


async def _change_commenter(request: Request, change: Callable[[Store, str], object]) -> Response:
    """Apply the store's *change* to the commenter the path names, for an admin; answer 204."""
    ctx = context(request)
    await require_admin(request, ctx)
    await read_json(request, ctx)
    commenter = commenter_param(request)
    await run_in_threadpool(change, ctx.store, commenter)
    return Response(status_code=204)


async def blocked_commenters(request: Request) -> Response:
    """Return the blocked commenters, with the name and time of each one's latest comment."""
    ctx = context(request)
    await require_admin(request, ctx)
    rows = await run_in_threadpool(ctx.store.blocked_commenters)
    commenters = [{**row, "latest": iso(row["latest"]) if row["latest"] else None} for row in rows]
    return json_response({"commenters": commenters})


async def export(request: Request) -> Response:
    """Return every thread's export document, as `export DIR` writes them."""
    ctx = context(request)
    await require_admin(request, ctx)
    documents = await run_in_threadpool(ctx.store.export_documents)
    return json_response({"threads": documents})


async def save_site_facts(request: Request) -> Response:
    """Keep the blog's build facts (the thank_you plugin's facts file) for the drafts."""
    ctx = context(request)
    await require_admin(request, ctx)
    body = await read_json(request, ctx, limit=MAX_SITE_FACTS)
    ctx.bodies.site_facts.clean(body)
    try:
        facts = parse_site_facts(body, "the body")
    except ValueError as error:
        raise validation.FieldErrors({"body": str(error)}) from None
    await run_in_threadpool(ctx.store.save_site_facts, json.dumps(body, ensure_ascii=False))
    return json_response({"threads": len(facts.threads), "templates": len(facts.templates)})


async def forget(request: Request) -> Response:
    """Remove an email address everywhere: its comments' copies, its subscriptions, its mail."""
    ctx = context(request)
    await require_admin(request, ctx)
    body = await read_json(request, ctx)
    email = ctx.bodies.forget.clean(body)["email"]
    held = await run_in_threadpool(ctx.store.forget_email, email)
    return json_response({"forgotten": held})


async def _admin_comment(ctx, row: dict) -> dict:
    site = await run_in_threadpool(ctx.site_facts.current)
    return await run_in_threadpool(admin_comment, row, site)
