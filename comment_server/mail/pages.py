"""The pages a mail's links open: confirm an address, stop mail (RFC 8058 one-click too).

The links carry signed tokens, so they are the capability: no session, no Origin check. A GET
only shows a page with a button (mail scanners fetch links; they must not confirm or unsubscribe
anyone); the button POSTs. A POST to a stop link is RFC 8058's one-click unsubscribe as well:
mail providers send `List-Unsubscribe=One-Click` to the List-Unsubscribe URL.
"""

from html import escape

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from comment_server.context import context
from comment_server.tokens import TokenError

HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",  # the token is in the address
    "Content-Security-Policy": "default-src 'none'; form-action 'self'; style-src 'unsafe-inline'",
}


def _page(title: str, *paragraphs: str, status: int = 200) -> HTMLResponse:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    html = (
        '<!doctype html><html lang="en"><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title>"
        '<body style="font-family: sans-serif; max-width: 32em; margin: 2em auto; padding: 0 1em">'
        f"<h1>{escape(title)}</h1>{body}</body></html>"
    )
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def _button(action: str, label: str) -> str:
    return (
        f'<form method="post" action="{escape(action)}">'
        f'<button style="font-size: 1.1em; padding: .6em 1.2em">{escape(label)}</button></form>'
    )


def _bad_link(error: TokenError) -> HTMLResponse:
    # 404: a link that names nothing this server knows (forged, mistyped or expired).
    return _page("This link does not work", f"The link {escape(str(error))}.", status=404)


async def confirm_page(request: Request) -> HTMLResponse:
    """Show the button that confirms the address."""
    token = request.path_params["token"]
    try:
        context(request).tokens.confirm_grant(token)
    except TokenError as error:
        return _bad_link(error)
    return _page(
        "Email me replies?",
        "Press the button to get a short email when the author replies to your comment.",
        _button(f"/mail/confirm/{token}", "Confirm"),
    )


async def confirm(request: Request) -> HTMLResponse:
    """Confirm the address of the link (its commenter becomes verified)."""
    ctx = context(request)
    try:
        grant = ctx.tokens.confirm_grant(request.path_params["token"])
    except TokenError as error:
        return _bad_link(error)
    if not await run_in_threadpool(ctx.store.confirm_address, grant.address_id, grant.digest):
        return _page("Nothing to confirm", "This address has stopped all mail from this blog.")
    ctx.mail_wake()  # replies that waited for the confirmation go out now
    return _page("Confirmed", "Thank you: you will get an email when the author replies.")


async def stop_page(request: Request) -> HTMLResponse:
    """Show the buttons that stop mail about this post, or all mail."""
    ctx = context(request)
    token = request.path_params["token"]
    try:
        grant = ctx.tokens.stop_grant(token)
    except TokenError as error:
        return _bad_link(error)
    everything = ctx.tokens.stop_token(grant.address_id, grant.digest, None)
    buttons = [_button(f"/mail/stop/{everything}", "Stop all mail and forget my address")]
    if grant.thread is not None:
        buttons.insert(0, _button(f"/mail/stop/{token}", "Stop mail about this post"))
    return _page("Stop these emails", *buttons)


async def stop(request: Request) -> HTMLResponse:
    """Stop mail about the link's post, or all mail (the address is then forgotten)."""
    ctx = context(request)
    try:
        grant = ctx.tokens.stop_grant(request.path_params["token"])
    except TokenError as error:
        return _bad_link(error)
    await run_in_threadpool(ctx.store.unsubscribe, grant.address_id, grant.thread)
    if grant.thread is None:
        return _page("Done", "You will get no more mail from this blog; your address is forgotten.")
    return _page("Done", "You will get no more mail about this post.")
