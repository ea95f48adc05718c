"""Thread creation is limited (issue 14, item 8): one address opens at most
COMMENT_SERVER_RATE_NEW_THREADS threads the blog does not know; threads the database has and
threads of the built site (its facts, PUT /api/admin/site-facts) are never limited."""

from comment_server.settings import Rate
from tests.support.api import ADMIN, READER

FACTS = {"format": "goldstar-thank-you-facts", "version": 2, "threads": {"a-real-post": {}}}


def comment(client, thread: str):
    token = client.get("/api/form").json()["token"]
    body = {"author": "Script", "text": "Hello", "reader": READER, "form_token": token}
    return client.post(f"/api/threads/{thread}/comments", json=body)


def star(client, thread: str):
    return client.put(f"/api/threads/{thread}/stars", json={"reader": READER, "comment": None})


def test_an_address_opens_few_unknown_threads_and_is_told_why(make_client, store):
    client = make_client(rate_new_threads=Rate(2, 3600))
    assert comment(client, "invented-1").status_code == 201
    assert star(client, "invented-2").status_code == 200
    for refused in (comment(client, "invented-3"), star(client, "invented-4")):
        assert refused.status_code == 429, refused.text
        assert "Too many new comment threads from you" in refused.json()["error"]
        assert "published post" in refused.json()["error"]
        assert 0 < int(refused.headers["Retry-After"]) <= 3600
    unstar = client.request("DELETE", "/api/threads/invented-5/stars", json={"reader": READER})
    assert unstar.json() == {"count": 0, "starred": False}  # taking a star back opens nothing
    assert store.thread_ids() == {"invented-1", "invented-2"}
    # The threads it opened stay open to it, and other addresses open their own.
    assert comment(client, "invented-1").status_code == 201
    assert (
        comment(make_client("198.51.100.9", rate_new_threads=Rate(2, 3600)), "x").status_code == 201
    )


def test_threads_of_the_built_site_are_never_limited(make_client, store):
    client = make_client(rate_new_threads=Rate(1, 3600))
    assert client.put("/api/admin/site-facts", json=FACTS, headers=ADMIN).status_code == 200
    assert comment(client, "invented").status_code == 201
    assert comment(client, "a-real-post").status_code == 201
    assert star(client, "a-real-post").status_code == 200
    assert comment(client, "invented-again").status_code == 429


def test_a_refused_comment_opens_nothing_and_counts_nothing(make_client, store):
    client = make_client(rate_new_threads=Rate(1, 3600))
    token = client.get("/api/form").json()["token"]
    empty = {"author": "Script", "text": " ", "reader": READER, "form_token": token}
    assert client.post("/api/threads/first-try/comments", json=empty).status_code == 422
    assert comment(client, "first-try").status_code == 201
    assert store.thread_ids() == {"first-try"}
