"""The OpenAPI document's links from a new comment (to edit, delete and moderate it) lead, through
a real server, to requests it carries out: a stateful client such as schemathesis reaches past the
creation of a comment to what is done with it."""

from typing import Any

import httpx
import pytest

from tests.support.api import ADMIN, ORIGIN, new_comment
from tests.support.live_server import live_server

NEW_COMMENT = ("/api/threads/{thread}/comments", "post")


def resolve(expression: Any, created: dict[str, Any]) -> Any:
    """Return a link's value: a `$response.body#/...` pointer into *created*, else itself."""
    if not isinstance(expression, str) or not expression.startswith("$response.body#/"):
        return expression
    value: Any = created
    for part in expression.removeprefix("$response.body#/").split("/"):
        value = value[part]
    return value


def linked_request(
    document: dict[str, Any], link: dict[str, Any], created: dict[str, Any]
) -> tuple[str, str, dict]:
    """Return the method, path and body a link makes of the answer *created*; its operation must
    be one of the *document*."""
    pointer = link["operationRef"].removeprefix("#/paths/")
    path, method = pointer.rsplit("/", 1)
    path = path.replace("~1", "/")
    assert document["paths"][path][method]["summary"]
    for name, expression in link["parameters"].items():
        path = path.replace("{" + name + "}", str(resolve(expression, created)))
    body = {name: resolve(value, created) for name, value in link["requestBody"].items()}
    return method.upper(), path, body


@pytest.mark.slow
def test_every_link_of_a_new_comment_leads_to_a_request_the_server_carries_out(tmp_path):
    database = f"sqlite:///{tmp_path / 'comments.sqlite3'}"
    with (
        live_server(database, tmp_path / "server.log", origins=ORIGIN) as server,
        httpx.Client(base_url=server.base, timeout=10, headers=ADMIN) as client,
    ):
        document = client.get("/api/openapi.json").json()
        path, method = NEW_COMMENT
        links = document["paths"][path][method]["responses"]["201"].get("links", {})
        answers = {}
        for name, link in links.items():
            created = new_comment(client, "links", text=f"Followed by {name}.")
            verb, target, body = linked_request(document, link, created)
            headers = {"Origin": ORIGIN, "Content-Type": "application/json"}
            answers[name] = client.request(verb, target, json=body, headers=headers).status_code

    assert set(answers) >= {"EditIt", "DeleteIt", "ApproveIt", "ReplyToIt", "DeleteItAsAuthor"}
    refused = {name: status for name, status in answers.items() if not 200 <= status < 300}
    assert refused == {"JoinIt": 409}  # joining needs a comment kept apart: the document says so
