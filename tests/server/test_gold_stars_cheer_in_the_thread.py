"""The thread's comments tell the embed how the author's gold stars are said, as the build says
them (plugins/gold_stars/room.py): `cheer` is "quiet" on a gold-starred reader's loss, on words a
reader at risk may write though they read as praise, and on any reply under one (the author's
"Thank you for sharing this" too); "none" on an insult the author let through; absent on the warm
twins beside them (a kind word, a reply under it, "done with the dishes"), so the embed gives
those "a great big gold star". With moderation off the store keeps no tone: read all the same.
On SQLite and PostgreSQL (database_url)."""

import pytest

from comment_server.settings import Rate
from tests.support.api import ADMIN, approved_comment, new_comment
from tests.support.room import INSULT, KIND, MOTHER

DONE = "I'm so done with life lol. Great recipe though!"
DISHES = "I'm so done with the dishes lol. Great recipe though!"
FR_MOTHER = "Ma mère est morte la semaine dernière. Ton jardin m'a fait pleurer, en bien."
FR_KIND = "Quel joli jardin, merci pour les photos !"


ROOMY = {"rate_comments": Rate(100, 60)}


@pytest.fixture
def client(make_client):
    """A test client that may post a whole thread within the minute."""
    return make_client(**ROOMY)


def gold_star(client, comment_id: int, count: int = 1) -> None:
    """Award *count* gold stars to comment *comment_id*."""
    answer = client.post(
        f"/api/admin/comments/{comment_id}/gold-stars", json={"count": count}, headers=ADMIN
    )
    assert answer.status_code == 200, answer.text


def author_reply(client, comment_id: int, text: str) -> int:
    """Post the author's reply to *comment_id*; return its id."""
    answer = client.post(
        f"/api/admin/comments/{comment_id}/reply", json={"text": text}, headers=ADMIN
    )
    assert answer.status_code in (200, 201), answer.text
    return answer.json()["comment"]["id"]


def cheers(client, thread: str = "welcome") -> dict[int, str | None]:
    """Return the `cheer` of each comment of *thread* as readers get it, by id."""
    answer = client.get(f"/api/threads/{thread}/comments")
    assert answer.status_code == 200, answer.text
    return {c["id"]: c.get("cheer") for c in answer.json()["comments"]}


def thread_of(client, texts: dict[str, str], approve=approved_comment) -> dict[str, int]:
    """Post one top-level comment per text (approved), each given a gold star; return the ids."""
    ids = {}
    for name, text in texts.items():
        ids[name] = approve(client, author=name, text=text)["id"]
        gold_star(client, ids[name])
    return ids


def reply(client, to: int, text: str, approve=approved_comment) -> int:
    comment_id = approve(client, author="Kim", text=text, parent=to)["id"]
    gold_star(client, comment_id)
    return comment_id


def test_a_loss_words_of_a_reader_at_risk_and_the_replies_under_them_are_said_quietly(client):
    ids = thread_of(client, {"Sam": MOTHER, "Lou": DONE, "Ada": KIND, "Bo": DISHES})
    under_loss = reply(client, ids["Sam"], "Sending you a hug. Her recipe lives on.")
    deeper = reply(client, under_loss, "Same here, lots of love to you both.")
    under_done = reply(client, ids["Lou"], "Great recipe indeed, thanks for saying so!")
    under_kind = reply(client, ids["Ada"], "Totally agree, the photos are gorgeous!")
    thanks = author_reply(client, ids["Sam"], "Thank you for sharing this with me, Sam.")
    gold_star(client, thanks)
    said = cheers(client)
    assert said[ids["Sam"]] == said[ids["Lou"]] == "quiet"
    assert said[under_loss] == said[deeper] == said[under_done] == said[thanks] == "quiet"
    # The warm twins: a kind word, "done with the dishes", a reply under a kind word.
    assert said[ids["Ada"]] is said[ids["Bo"]] is said[under_kind] is None


def test_an_insult_s_gold_star_is_not_shown_and_an_unstarred_comment_says_nothing(client):
    ids = thread_of(client, {"Grumpy": INSULT})
    quiet_loss = approved_comment(client, author="Sam", text=MOTHER)["id"]  # no gold star
    kind = approved_comment(client, author="Ada", text=KIND)["id"]
    said = cheers(client)
    assert said == {ids["Grumpy"]: "none", quiet_loss: None, kind: None}


def test_french_words_are_read_as_the_build_reads_them(client):
    ids = thread_of(client, {"Agnès": FR_MOTHER, "Léa": FR_KIND})
    under = reply(client, ids["Agnès"], "Je t'embrasse fort, Agnès.")
    said = cheers(client)
    assert said[ids["Agnès"]] == said[under] == "quiet"
    assert said[ids["Léa"]] is None


@pytest.fixture
def unmoderated(make_client):
    return make_client(moderation=False, **ROOMY)


def test_with_moderation_off_the_tone_is_read_for_the_gold_starred(unmoderated, store):
    def posted(client, **fields):
        answer = new_comment(client, **fields)["comment"]
        assert answer["status"] == "approved"
        return answer

    ids = thread_of(unmoderated, {"Sam": MOTHER, "Ada": KIND}, approve=posted)
    under = reply(unmoderated, ids["Sam"], "Sending you a hug.", approve=posted)
    said = cheers(unmoderated)
    assert said == {ids["Sam"]: "quiet", ids["Ada"]: None, under: "quiet"}
    assert "cheer" not in store.export_documents()["welcome"]["comments"][0]
