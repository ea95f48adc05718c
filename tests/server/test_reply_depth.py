"""Reply chains stay as shallow as the pages show them (issue 14, item 1): a reply that would nest
deeper than comment_contract.MAX_REPLY_DEPTH levels below a top-level comment hangs from its
ancestor at the last level that nests, where the build and the embed list every deeper reply;
the comment it answers is kept beside it (`reply_to`)."""

import json

from comment_contract import MAX_REPLY_DEPTH
from comment_server.export import write_export
from comment_server.importers import read_threads
from tests.support.api import ADMIN, READER
from tests.support.databases import empty_store
from tests.support.posts import page_of, write_post


def reply(client, parent: int | None, text: str, author: str = "Chain") -> dict:
    token = client.get("/api/form").json()["token"]
    body = {"author": author, "text": text, "reader": READER, "form_token": token}
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


def too_deep_chain(client) -> list[dict]:
    """Return a top-level comment and MAX_REPLY_DEPTH + 1 replies, each answering the one before:
    the last hangs from the comment at the last level that nests, not from the one it answers."""
    chain = [reply(client, None, "Level 0", "Reader 0")]
    for n in range(1, MAX_REPLY_DEPTH + 2):
        chain.append(reply(client, chain[-1]["id"], f"Reply {n}", f"Reader {n}"))
    return chain


def listed(client) -> dict[int, dict]:
    """Return the thread's public comments by id."""
    comments = client.get("/api/threads/welcome/comments").json()["comments"]
    return {c["id"]: c for c in comments}


def test_a_too_deep_reply_says_whom_it_answers_in_every_comment_object(make_client):
    client = make_client(moderation=False, rate_limits=False)
    chain = too_deep_chain(client)
    deep, answered = chain[-1], chain[-2]
    assert deep["parent"] == chain[MAX_REPLY_DEPTH - 1]["id"]
    assert deep["reply_to"] == answered["id"]  # the answer to the reader's POST
    public = listed(client)
    assert public[deep["id"]]["reply_to"] == answered["id"]
    assert [public[c["id"]]["reply_to"] for c in chain[:-1]] == [None] * (len(chain) - 1)
    inbox = client.get("/api/admin/comments?status=approved", headers=ADMIN).json()["comments"]
    admin = {c["id"]: c for c in inbox}
    assert admin[deep["id"]]["reply_to"] == answered["id"]
    assert admin[answered["id"]]["reply_to"] is None


def test_the_authors_reply_to_the_deepest_comment_nests_no_deeper_than_a_readers(make_client):
    client = make_client(moderation=False, rate_limits=False)
    chain = too_deep_chain(client)
    deepest = chain[-1]
    answer = client.post(
        f"/api/admin/comments/{deepest['id']}/reply", json={"text": "Thank you!"}, headers=ADMIN
    )
    assert answer.status_code == 201, answer.text
    public = listed(client)
    reply = next(c for c in public.values() if c["by_author"])
    assert max(levels(list(public.values())).values()) == MAX_REPLY_DEPTH
    assert reply["parent"] == chain[MAX_REPLY_DEPTH - 1]["id"]
    assert reply["reply_to"] == deepest["id"]
    # The inbox counts the deepest comment as answered, not the one the reply hangs from.
    inbox = client.get("/api/admin/comments?status=approved", headers=ADMIN).json()["comments"]
    replied = {c["id"] for c in inbox if c["replied"]}
    assert replied == {deepest["id"]}
    waiting = client.get("/api/admin/comments?unanswered=1", headers=ADMIN).json()["comments"]
    assert deepest["id"] not in {c["id"] for c in waiting}
    assert chain[MAX_REPLY_DEPTH - 1]["id"] in {c["id"] for c in waiting}


def test_the_export_keeps_whom_a_too_deep_reply_answers_and_imports_it_back(
    make_client, store, tmp_path
):
    client = make_client(moderation=False, rate_limits=False)
    chain = too_deep_chain(client)
    first = tmp_path / "first"
    write_export(store.export_documents(), first)
    exported = json.loads((first / "welcome.json").read_text(encoding="utf-8"))["comments"]
    # Written only where it is set: other comments keep the bytes they had before the field.
    assert [c.get("reply_to") for c in exported] == [None] * (len(chain) - 1) + [chain[-2]["id"]]
    assert ["reply_to" in c for c in exported] == [False] * (len(chain) - 1) + [True]
    empty_store(store)
    store.import_threads(read_threads(first, "goldstar"))
    assert store.comment(chain[-1]["id"])["reply_to"] == chain[-2]["id"]
    second = tmp_path / "second"
    write_export(store.export_documents(), second)
    assert (first / "welcome.json").read_bytes() == (second / "welcome.json").read_bytes()


def test_an_export_without_reply_to_still_imports(store, tmp_path):
    document = {
        "format": "goldstar-comments",
        "version": 1,
        "thread": "welcome",
        "stars": 0,
        "comments": [deep_comment(n) for n in range(1, 6)],  # written before reply_to was
    }
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "welcome.json").write_text(json.dumps(document), encoding="utf-8")
    store.import_threads(read_threads(tmp_path / "export", "goldstar"))
    assert [store.comment(n)["reply_to"] for n in range(1, 6)] == [None] * 5


def test_no_reply_to_points_at_a_comment_readers_cannot_see(make_client, store):
    client = make_client(moderation=False, rate_limits=False)
    chain = too_deep_chain(client)
    deep, answered = chain[-1]["id"], chain[-2]["id"]
    admin_post(client, f"/api/admin/comments/{answered}/reject")
    assert listed(client)[deep]["reply_to"] is None  # hidden: the pages show no line
    assert "reply_to" not in exported(store)[deep]
    admin_post(client, f"/api/admin/comments/{answered}/approve")
    assert listed(client)[deep]["reply_to"] == answered
    deleted = client.request("DELETE", f"/api/admin/comments/{answered}", json={}, headers=ADMIN)
    assert deleted.status_code == 204
    assert listed(client)[deep]["reply_to"] is None
    assert store.comment(deep)["reply_to"] is None  # forgotten: it answers nobody still here


def test_a_reply_moved_up_by_a_delete_still_says_whom_it_answers(make_client, store):
    client = make_client(moderation=False, rate_limits=False)
    chain = too_deep_chain(client)
    deep, answered, holder = chain[-1]["id"], chain[-2]["id"], chain[MAX_REPLY_DEPTH - 1]["id"]
    # Delete the comment both hang from: both move up to its parent, as siblings; the deep
    # reply still answers its sibling, not the comment it now hangs from.
    client.request("DELETE", f"/api/admin/comments/{holder}", json={}, headers=ADMIN)
    public = listed(client)
    assert public[deep]["parent"] == public[answered]["parent"] == chain[MAX_REPLY_DEPTH - 2]["id"]
    assert public[deep]["reply_to"] == answered
    assert exported(store)[deep]["reply_to"] == answered


def test_the_built_page_shows_whom_a_too_deep_reply_answers(
    make_client, store, site_builder, tmp_path
):
    client = make_client(moderation=False, rate_limits=False)
    chain = too_deep_chain(client)
    deep, answered, holder = chain[-1]["id"], chain[-2]["id"], chain[MAX_REPLY_DEPTH - 1]["id"]
    content = tmp_path / "content"
    write_post(content, "welcome")
    write_export(store.export_documents(), content / "comments")
    result = site_builder(content)
    assert result.warnings() == []
    page = page_of(result, "welcome")
    assert page.select_one(f"#comment-{holder} > ol.comment-replies > #comment-{deep}") is not None
    line = page.select_one(f"#comment-{deep} > article .comment-in-reply-to")
    answered_by = f"Reader {MAX_REPLY_DEPTH}"
    assert line is not None and line.get_text(" ", strip=True) == f"in reply to {answered_by}"
    assert line.a["href"] == f"#comment-{answered}"
    assert page.select_one(f"#comment-{answered} .comment-in-reply-to") is None


def admin_post(client, path: str) -> None:
    answer = client.post(path, json={}, headers=ADMIN)
    assert answer.status_code == 200, answer.text


def exported(store) -> dict[int, dict]:
    """Return the export's comments of the thread by id."""
    return {c["id"]: c for c in store.export_documents()["welcome"]["comments"]}
