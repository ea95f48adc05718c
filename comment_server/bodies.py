"""The JSON body of every request that sends one, each field said once (see fields.py).

The handlers clean what they receive with these and the OpenAPI document describes them. They are
made per server by `request_bodies(settings, tokens)`: the text limit is a setting, and a form
token is checked against this server's signature and its minimum time to submit.
"""

from dataclasses import dataclass, fields
from functools import partial
from typing import Any

from comment_server import validation
from comment_server.fields import (
    Field,
    Fields,
    comment_id,
    email,
    honeypot,
    name,
    nonempty,
    notify,
    plain,
    reader,
    required_email,
    text,
    thread_id,
    website,
    whole_number,
)
from comment_server.settings import Settings
from comment_server.tokens import TokenError, Tokens
from reply_drafts.site_facts import FORMAT, VERSION

FORM_TOKEN = (
    "the token of GET /api/form; one this server did not sign, an expired one, or one sent sooner "
    "than min_seconds after it was issued is refused (422, field form_token)"
)
EDIT_TOKEN = (
    "the edit_token of the answer that stored the comment; a wrong or expired one is refused (403)"
)
MAX_TEMPLATE_NAME = 200


@dataclass(frozen=True)
class RequestBodies:
    """Every request body of the API; each one's name in the document is its name in CamelCase."""

    new_comment: Fields
    star_request: Fields
    edit_request: Fields
    delete_request: Fields
    tone_request: Fields
    reply: Fields
    gold_stars: Fields
    sign_in: Fields
    empty: Fields
    site_facts: Fields
    forget: Fields

    def schemas(self) -> dict[str, dict[str, Any]]:
        """Return each body's JSON Schema by its name in the document (new_comment: NewComment)."""
        return {
            one.name.title().replace("_", ""): getattr(self, one.name).schema()
            for one in fields(self)
        }


def request_bodies(settings: Settings, tokens: Tokens) -> RequestBodies:
    """Return the request bodies of a server with *settings* that signs with *tokens*."""
    limit = settings.max_text
    form_token = partial(check_form_token, tokens, settings.min_submit_seconds)
    signed_reader = partial(check_reader, tokens)
    return RequestBodies(
        new_comment=Fields(
            {
                "author": name(validation.MAX_AUTHOR, validation.author, "the commenter's name"),
                "text": text(limit),
                "email": email(),
                "notify": notify(),
                "website": website(),
                "parent": comment_id("the approved comment of this thread it answers"),
                "title": plain(validation.MAX_TITLE, "a hint of the post's title, never shown"),
                "reader": reader(check=signed_reader),
                "form_token": nonempty(
                    FORM_TOKEN,
                    form_token,
                    "is missing: get one from GET /api/form when the form is shown",
                ),
                "homepage": honeypot(),
            }
        ),
        star_request=Fields(
            {
                "reader": reader(check=signed_reader),
                "comment": comment_id("the comment to star; null: the post"),
            }
        ),
        edit_request=Fields(
            {
                "edit_token": nonempty(EDIT_TOKEN),
                "text": text(limit),
                "author": name(
                    validation.MAX_AUTHOR, validation.author, "a new name", required=False
                ),
                "website": website(),
            },
            "author and website change only when sent; website null removes it",
        ),
        delete_request=Fields({"edit_token": nonempty(EDIT_TOKEN)}),
        tone_request=Fields(
            {
                "text": text(limit),
                "thread": thread_id("the thread it is for: on a support post, comfort is the rule"),
            }
        ),
        reply=Fields(
            {
                "text": text(limit),
                "template": plain(
                    MAX_TEMPLATE_NAME, "the draft's template, when its text is sent unchanged"
                ),
            }
        ),
        gold_stars=Fields({"count": whole_number(1, 5, "how many more gold stars")}),
        sign_in=Fields({"password": nonempty("the admin password")}),
        empty=Fields({}, "nothing is read from it: send {}"),
        site_facts=SITE_FACTS,
        forget=Fields({"email": required_email()}),
    )


def check_form_token(tokens: Tokens, min_seconds: int, value: Any) -> str:
    """Return a form token this server signed at least *min_seconds* ago, else raise ValueError."""
    token = validation.nonempty(value)
    try:
        age = tokens.form_age(token)
    except TokenError as error:
        raise ValueError(str(error)) from None
    wait = min_seconds - age
    if wait > 0:
        raise ValueError(f"was used too fast: wait {int(wait) + 1} more seconds and send again")
    return token


def check_reader(tokens: Tokens, value: Any) -> str:
    """Return a reader token this server signed, else raise ValueError saying what to do."""
    token = validation.reader_token(value)
    if not tokens.reader_valid(token):
        raise ValueError(
            "is not a reader token of this server: get one from POST /api/readers (reload the page)"
        )
    return token


def _constant(expected: object, advice: str, value: Any) -> object:
    if isinstance(value, bool) or value != expected:
        raise ValueError(f"is {value!r}, not {expected!r}: {advice}")
    return value


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("must be an object of thread ids")
    return value


SITE_FACTS = Fields(
    {
        "format": Field(
            {"const": FORMAT},
            partial(_constant, FORMAT, "send the thank_you plugin's facts file"),
            True,
        ),
        "version": Field(
            {"const": VERSION},
            partial(_constant, VERSION, "build the site again with this version of Goldstar"),
            True,
        ),
        "threads": Field(
            {"type": "object", "description": "each thread's title, url, related posts, support"},
            _object,
            True,
        ),
    },
    "the thank_you plugin's facts file (docs/thank-you.md); templates, language and disabled "
    "are read when they have the right shape, and skipped otherwise",
)
