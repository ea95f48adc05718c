"""The ASGI app: `ROUTES` is the whole API at a glance; `create_app(settings)` does no I/O."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from comment_server import admin, inbox_page, readers
from comment_server.bodies import request_bodies
from comment_server.cache import ThreadCache
from comment_server.context import Context, context
from comment_server.drafts import SiteFactsCache
from comment_server.errors import EXCEPTION_HANDLERS
from comment_server.jsonio import json_response, raw_json_response
from comment_server.keys import Keys
from comment_server.mail import pages
from comment_server.mail.messages import Composer, MailTemplates
from comment_server.mail.sender import MailSender
from comment_server.openapi import openapi_document
from comment_server.settings import Settings
from comment_server.store.author_mail import AuthorAddress
from comment_server.store.store import Store
from comment_server.tokens import Tokens

logger = logging.getLogger("comment_server")


async def openapi(request: Request) -> Response:
    """Serve the OpenAPI 3 document of this API."""
    return raw_json_response(request.app.state.openapi, headers={"Cache-Control": "no-cache"})


async def health(request: Request) -> Response:
    """Answer 200 when the server and its database answer."""
    from starlette.concurrency import run_in_threadpool

    await run_in_threadpool(context(request).store.ping)
    return json_response({"ok": True})


ROUTES = [
    # Readers (the embed)
    Route("/api/readers", readers.new_reader, methods=["POST"]),
    Route("/api/threads/{thread}/comments", readers.list_comments, methods=["GET"]),
    Route("/api/threads/{thread}/comments", readers.post_comment, methods=["POST"]),
    Route("/api/threads/{thread}/stars", readers.list_stars, methods=["GET"]),
    Route("/api/threads/{thread}/stars", readers.add_star, methods=["PUT"]),
    Route("/api/threads/{thread}/stars", readers.remove_star, methods=["DELETE"]),
    Route("/api/comments/{id:int}", readers.edit_comment, methods=["PATCH"]),
    Route("/api/comments/{id:int}", readers.delete_own_comment, methods=["DELETE"]),
    Route("/api/form", readers.form_token, methods=["GET"]),
    Route("/api/tone", readers.tone, methods=["POST"]),
    # The author (the inbox, invoke thanks)
    Route("/api/admin/comments", admin.list_comments, methods=["GET"]),
    Route("/api/admin/comments/{id:int}/approve", admin.approve, methods=["POST"]),
    Route("/api/admin/comments/{id:int}/reject", admin.reject, methods=["POST"]),
    Route("/api/admin/comments/{id:int}/spam", admin.spam, methods=["POST"]),
    Route("/api/admin/comments/{id:int}/reply", admin.reply, methods=["POST"]),
    Route("/api/admin/comments/{id:int}/same-commenter", admin.same_commenter, methods=["POST"]),
    Route("/api/admin/comments/{id:int}/gold-stars", admin.gold_stars, methods=["POST"]),
    Route("/api/admin/comments/{id:int}", admin.delete_comment, methods=["DELETE"]),
    Route("/api/admin/commenters", admin.blocked_commenters, methods=["GET"]),
    Route("/api/admin/commenters/{commenter}/block", admin.block_commenter, methods=["POST"]),
    Route("/api/admin/commenters/{commenter}/unblock", admin.unblock_commenter, methods=["POST"]),
    Route("/api/admin/export", admin.export, methods=["GET"]),
    Route("/api/admin/site-facts", admin.save_site_facts, methods=["PUT"]),
    Route("/api/admin/forget", admin.forget, methods=["POST"]),
    # The links of reply mail (pages, not JSON: a GET shows a button, the button POSTs)
    Route("/mail/confirm/{token}", pages.confirm_page, methods=["GET"]),
    Route("/mail/confirm/{token}", pages.confirm, methods=["POST"]),
    Route("/mail/stop/{token}", pages.stop_page, methods=["GET"]),
    Route("/mail/stop/{token}", pages.stop, methods=["POST"]),
    # The inbox page and its session
    Route("/admin", inbox_page.inbox_page, methods=["GET"]),
    Route("/admin/static/{path:path}", inbox_page.inbox_file, methods=["GET"]),
    Route("/admin/session", inbox_page.sign_in, methods=["POST"]),
    Route("/admin/session", inbox_page.sign_out, methods=["DELETE"]),
    Route("/api/admin/sessions", inbox_page.sign_out_everywhere, methods=["DELETE"]),
    # About the server
    Route("/api/openapi.json", openapi, methods=["GET"]),
    Route("/api/health", health, methods=["GET"]),
]


def author_address(settings: Settings, keys: Keys) -> AuthorAddress | None:
    """Return where the author hears of new comments (None: COMMENT_SERVER_AUTHOR_EMAIL unset)."""
    if not settings.author_mail:
        return None
    email = settings.author_email
    return AuthorAddress(email, keys.author_mail(email), keys.author())


def create_app(settings: Settings, store: Store | None = None) -> Starlette:
    """Return the ASGI app for *settings* (the store is made from the settings when not given)."""
    keys = Keys(settings.secret)
    batch = settings.smtp_batch_seconds if settings.mail else None
    store = store or Store(
        settings.database_url,
        keys,
        settings.author_name,
        mail_batch=batch,
        author_mail=author_address(settings, keys),
    )
    cache = ThreadCache(store, settings.cache_seconds)
    app = Starlette(
        routes=ROUTES,
        middleware=[
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.origins),
                allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
                allow_headers=["Content-Type", "If-None-Match", "Idempotency-Key"],
                expose_headers=["ETag", "Retry-After"],
                max_age=600,
            ),
        ],
        exception_handlers=EXCEPTION_HANDLERS,
        lifespan=_lifespan,
    )
    tokens = Tokens(settings.secret)
    bodies = request_bodies(settings, tokens)
    site_facts = SiteFactsCache(store)
    app.state.context = Context(
        settings=settings,
        store=store,
        keys=keys,
        tokens=tokens,
        cache=cache,
        site_facts=site_facts,
        bodies=bodies,
    )
    app.state.sender = None
    # With COMMENT_SERVER_MAIL_SENDER=separate the outbox fills here and `send-mail` drains it:
    # mail_wake stays a no-op (that process polls).
    if settings.mail and settings.mail_sender == "serve":
        composer = Composer(settings, tokens, MailTemplates(settings.mail_templates))
        app.state.sender = MailSender(settings, store, composer, site_facts)
        app.state.context.mail_wake = app.state.sender.wake
    app.state.openapi = openapi_document(ROUTES, bodies)
    return app


@asynccontextmanager
async def _lifespan(app: Starlette) -> AsyncIterator[None]:
    """Warm the tone reader when moderation is on; run the mail sender beside the app, when this
    process sends the mail (stopped, at shutdown, once the mail in flight is recorded)."""
    settings = app.state.context.settings
    if settings.moderation or settings.author_mail:  # both read each comment's tone
        readers.warm_up()  # before any request: nothing waits for it
    sender: MailSender | None = app.state.sender
    if sender is None:
        if app.state.context.settings.mail:
            logger.info(
                "comment_server: mail: queued here, sent by `python -m comment_server send-mail` "
                "(COMMENT_SERVER_MAIL_SENDER=separate)"
            )
        yield
        return
    sender.composer.templates.check()
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(sender.run)
        yield
        await sender.stop()
        tasks.cancel_scope.cancel()
