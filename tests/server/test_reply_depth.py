"""Reply chains stay as shallow as the pages show them (issue 14, item 1): a reply that would nest
deeper than comment_contract.MAX_REPLY_DEPTH levels below a top-level comment hangs from its
ancestor at the last level that nests, where the build and the embed list every deeper reply;
the comment it answers is kept beside it (`reply_to`)."""

from comment_contract import MAX_REPLY_DEPTH
from comment_server.export import write_export
from comment_server.importers import read_threads
from tests.support.api import READER


def reply(client, parent: int | None, text: str) -> dict:
    token = client.get("/api/form").json()["token"]
    body = {"author": "Chain", "text": text, "reader": READER, "form_token": token}
    answer = client.post("/api/threads/welcome/comments", json=body | {"parent": parent})
    assert answer.status_code == 201, answer.text
    return answer.json()["comment"]


def levels(comments: list[dict]) -> dict[int, int]:
    """Return each comment's level below the top (0: a top-level comment)."""
    parent_of = {c["id"]: c["parent"] for c in comments}
    found = {}
    for comment_id in parent_of:
        level, up = 0, parent_of[comment_id]
        while up is not None:
            level, up = level + 1, parent_of[up]
        found[comment_id] = level
    return found


def test_a_long_chain_of_replies_nests_no_deeper_than_the_pages(make_client, store):
    client = make_client(moderation=False, rate_limits=False)
    chain = [reply(client, None, "Level 0")]
    for n in range(1, 12):
        chain.append(reply(client, chain[-1]["id"], f"Reply {n}"))
    comments = client.get("/api/threads/welcome/comments").json()["comments"]
    assert max(levels(comments).values()) == MAX_REPLY_DEPTH
    # Up to the cap each reply hangs from the comment it answers; past it, from the ancestor at
    # the last level that nests, as the build lists it.
    last_nesting = chain[MAX_REPLY_DEPTH - 1]["id"]
    for n, comment in enumerate(chain[1:], start=1):
        expected = chain[n - 1]["id"] if n <= MAX_REPLY_DEPTH else last_nesting
        assert comment["parent"] == expected, n
    deep = chain[MAX_REPLY_DEPTH + 2]
    assert store.comment(deep["id"])["reply_to"] == chain[MAX_REPLY_DEPTH + 1]["id"]
    assert store.comment(chain[1]["id"])["reply_to"] is None


def test_a_reply_below_an_imported_2000_deep_chain_hangs_where_the_page_shows_it(
    make_client, store, tmp_path
):
    document = {
        "format": "goldstar-comments",
        "version": 1,
        "thread": "welcome",
        "stars": 0,
        "comments": [deep_comment(n) for n in range(1, 2001)],
    }
    write_export({"welcome": document}, tmp_path / "export")
    store.import_threads(read_threads(tmp_path / "export", "goldstar"))
    client = make_client(moderation=False, rate_limits=False)
    ids = [c["id"] for c in client.get("/api/threads/welcome/comments").json()["comments"]]
    answer = reply(client, ids[-1], "A reply at the bottom of the chain.")
    assert answer["parent"] == ids[MAX_REPLY_DEPTH - 1]
    assert store.comment(answer["id"])["reply_to"] == ids[-1]


def deep_comment(n: int) -> dict:
    """Return comment *n* of a chain in which each comment answers the one before it."""
    return {
        "id": n,
        "parent": n - 1 if n > 1 else None,
        "author": f"Reader {n % 7}",
        "website": None,
        "created": "2026-01-02T10:00:00Z",
        "edited": None,
        "updated": "2026-01-02T10:00:00Z",
        "html": f"<p>Reply {n}</p>",
        "markdown": f"Reply {n}",
        "stars": 0,
        "gold_stars": 0,
        "by_author": False,
        "commenter": f"{n % 7:016x}",
    }
