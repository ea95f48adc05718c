"""The tone reader at the server's door (moderation, the nudge) and the build facts drafts use."""

import json

from reply_drafts import draft_reply
from reply_drafts.site_facts import comment_facts, parse_site_facts
from reply_drafts.tone_model import load_model
from tests.support.api import ADMIN, ORIGIN, approved_comment, inbox, new_comment

HARSH = "You're an idiot and this post is the most smug drivel I've read all year."
SPAM = "Great post! Buy cheap followers at https://followers-cheap.example today!!!"
FACTS = {
    "format": "goldstar-thank-you-facts",
    "version": 2,
    "language": "en",
    "templates": [
        {
            "name": "mine.toml",
            "text": '[[signoff]]\nid = "maya"\ntext = "With love from the allotment, Maya."\n',
        }
    ],
    "disabled": [],
    "threads": {
        "welcome": {
            "title": "Welcome to Small Kindnesses",
            "url": "http://127.0.0.1:8000/2025/welcome/",
            "support": False,
            "related": [{"title": "Reading Slowly", "url": "http://127.0.0.1:8000/2025/slow/"}],
        },
        "a-hard-day": {
            "title": "A Hard Day",
            "url": "http://127.0.0.1:8000/2025/a-hard-day/",
            "support": True,
            "related": [],
        },
    },
}


def trusted(client) -> None:
    """Make the default test commenter trusted (their first comment approved)."""
    approved_comment(client, text="Thank you, this was lovely.")


def test_a_hostile_comment_waits_for_the_author_even_from_a_trusted_commenter(client):
    trusted(client)
    kind = new_comment(client, text="Another lovely post, thank you.")
    assert kind["comment"]["status"] == "approved" and "held" not in kind
    harsh = new_comment(client, text=HARSH)
    assert harsh["comment"]["status"] == "pending"
    assert "harsh toward a person" in harsh["held"]  # the answer says why (no JavaScript needed)
    assert harsh["held_reason"] == "hostile"  # and its code, for the embed to say in French
    card = next(c for c in inbox(client) if c["id"] == harsh["comment"]["id"])
    assert card["draft"]["tone"] == "hostile" and "Reject" in card["draft"]["advice"]
    assert "thank" not in card["draft"]["text"].lower() and card["draft"]["gold_stars"] == 0


def test_spam_waits_too_and_gets_no_draft(client):
    trusted(client)
    spam = new_comment(client, text=SPAM)
    assert spam["comment"]["status"] == "pending" and "advertisement" in spam["held"]
    assert spam["held_reason"] == "spam"
    card = next(c for c in inbox(client) if c["id"] == spam["comment"]["id"])
    assert card["draft"]["tone"] == "spam" and card["draft"]["text"] == ""


def test_an_approved_comment_edited_into_an_attack_goes_back_to_the_queue(client):
    trusted(client)
    created = new_comment(client, text="What a kind post.")
    assert created["comment"]["status"] == "approved"
    edited = client.patch(
        f"/api/comments/{created['comment']['id']}",
        json={"text": HARSH, "edit_token": created["edit_token"]},
        headers={"Origin": ORIGIN},
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["comment"]["status"] == "pending" and edited.json()["held"]
    assert edited.json()["held_reason"] == "hostile"
    shown = client.get("/api/threads/welcome/comments").json()["comments"]
    assert created["comment"]["id"] not in {c["id"] for c in shown}


def test_a_reader_who_may_be_at_risk_is_told_where_help_is_before_posting(client):
    headers = {"Origin": ORIGIN}
    text = "Thanks for this. Some days I don't want to be here anymore."
    answer = client.post("/api/tone", json={"text": text}, headers=headers).json()
    assert answer["tone"] == "grief"
    assert "https://findahelpline.com" in answer["nudge"] and "posts as it is" in answer["nudge"]
    sad = "My brother died by suicide ten years ago. Thank you for writing about him."
    assert client.post("/api/tone", json={"text": sad}, headers=headers).json()["nudge"] is None
    assert new_comment(client, text=text)["comment"]["status"] == "pending"  # never blocked


def test_a_reader_who_may_be_at_risk_comes_first_in_the_inbox_and_is_said_plainly(client):
    # Newest first, the comment of a reader thinking of ending their life sat below the day's
    # later comments ("Tone: grief"), as any other: the author met it last, or not that day.
    at_risk = new_comment(client, text="Some days I don't want to be here anymore.")["comment"]
    sad = new_comment(client, text="My brother died ten years ago. Thank you for this.")
    kind = [new_comment(client, text=f"Lovely post, thank you ({n}).") for n in range(3)]
    ids = [c["id"] for c in inbox(client)]
    assert ids[0] == at_risk["id"]
    assert ids[1:] == [c["comment"]["id"] for c in reversed(kind)] + [sad["comment"]["id"]]
    first, *others = inbox(client)
    assert first["draft"]["crisis"] is True and first["draft"]["tone"] == "grief"
    assert [c["draft"]["crisis"] for c in others] == [False] * 4
    client.post(f"/api/admin/comments/{at_risk['id']}/approve", json={}, headers=ADMIN)
    for card in kind:
        client.post(f"/api/admin/comments/{card['comment']['id']}/approve", json={}, headers=ADMIN)
    assert inbox(client, "?unanswered=1")[0]["id"] == at_risk["id"]  # "To thank" too


def test_a_reader_at_risk_beside_scorn_is_told_where_help_is_not_to_rephrase(client):
    # Once read as hostile: "This reads as harsh toward a person. Want to rephrase?"
    text = "Your blog is useless and I want to kill myself."
    answer = client.post("/api/tone", json={"text": text}, headers={"Origin": ORIGIN}).json()
    assert answer["tone"] == "grief" and "https://findahelpline.com" in answer["nudge"]


def test_the_nudge_answers_before_posting_and_never_blocks(client):
    headers = {"Origin": ORIGIN}
    harsh = client.post("/api/tone", json={"text": HARSH}, headers=headers)
    assert harsh.status_code == 200
    assert harsh.json()["tone"] == "hostile"
    assert harsh.json()["nudge"].startswith("This reads as harsh toward a person.")
    kind = client.post("/api/tone", json={"text": "Merci beaucoup !"}, headers=headers).json()
    assert kind == {"tone": "praise", "nudge": None}
    empty = client.post("/api/tone", json={"text": ""}, headers=headers)
    assert empty.status_code == 422 and "text" in empty.json()["fields"]
    elsewhere = client.post("/api/tone", json={"text": "hi"}, headers={"Origin": "https://x.io"})
    assert elsewhere.status_code == 403
    # Posting anyway works: the nudge never blocks.
    assert new_comment(client, text=HARSH)["comment"]["status"] == "pending"


def test_site_facts_make_the_drafts_use_the_built_title_related_posts_and_own_lines(client):
    kept = client.put("/api/admin/site-facts", json=FACTS, headers=ADMIN)
    assert kept.status_code == 200, kept.text
    assert kept.json() == {"threads": 2, "templates": 1}
    created = new_comment(client, title="A reader's own title", text="Lovely, thank you.")
    card = next(c for c in inbox(client) if c["id"] == created["comment"]["id"])
    assert card["post_title"] == "Welcome to Small Kindnesses"
    assert card["thread_title"] == "A reader's own title"  # a hint, shown as such by the inbox
    expected = draft_reply(comment_facts(card, parse_site_facts(FACTS)))
    assert card["draft"]["text"] == expected.text
    assert "A reader's own title" not in card["draft"]["text"]


def test_a_comment_on_a_support_post_is_answered_quietly(client):
    client.put("/api/admin/site-facts", json=FACTS, headers=ADMIN)
    created = new_comment(client, "a-hard-day", text="Sending you so much love today.")
    card = next(c for c in inbox(client) if c["id"] == created["comment"]["id"])
    draft = card["draft"]
    assert draft["gold_stars"] == 0 and "!" not in draft["text"] and draft["tone"] == "grief"


def test_bad_site_facts_are_refused_with_the_reason_and_keep_the_last_good_ones(client):
    client.put("/api/admin/site-facts", json=FACTS, headers=ADMIN)
    wrong = client.put("/api/admin/site-facts", json={**FACTS, "version": 1}, headers=ADMIN).json()
    assert wrong["fields"] == {
        "version": "is 1, not 2: build the site again with this version of Goldstar"
    }
    other = client.put("/api/admin/site-facts", json={"format": "x"}, headers=ADMIN)
    assert other.status_code == 422
    assert client.put("/api/admin/site-facts", json=FACTS).status_code == 401
    created = new_comment(client, text="Lovely.")
    card = next(c for c in inbox(client) if c["id"] == created["comment"]["id"])
    assert card["post_title"] == "Welcome to Small Kindnesses"


def test_a_first_comment_stays_a_first_comment_once_a_later_one_is_approved(client):
    first = approved_comment(client, text="My first comment here, thank you.")
    approved_comment(client, text="And a second one.")
    cards = {c["id"]: c for c in inbox(client, "?status=approved")}
    assert cards[first["id"]]["commenter_comments"] == 1
    assert json.dumps(cards[first["id"]]["draft"]).count("Welcome back") == 0


def test_the_tone_model_is_read_at_start_when_moderation_is_on(make_client):
    # Read lazily, the first comments each read it side by side: their answers waited ~0.2 s.
    load_model.cache_clear()
    make_client(moderation=False)
    assert load_model.cache_info().currsize == 0
    make_client(moderation=True)
    assert load_model.cache_info().currsize == 1


# The demo's hard day (content/comments/a-hard-day.json): read without the post's support flag, it
# was held as harsh and its writer was nudged to rephrase as they comforted the author.
SOUP = "No need to reply. Just: soup counts. Tissues on the car roof count. Writing this counts."
SCORN = "Why do you post this stuff? Nobody cares about your personal life."


def tone_of(client, text: str, **thread) -> dict:
    answer = client.post("/api/tone", json={"text": text, **thread}, headers={"Origin": ORIGIN})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_the_door_reads_a_comment_on_a_support_post_as_the_drafts_do(client):
    client.put("/api/admin/site-facts", json=FACTS, headers=ADMIN)
    trusted(client)
    kind = new_comment(client, "a-hard-day", text=SOUP)
    assert kind["comment"]["status"] == "approved" and "held" not in kind
    card = next(c for c in inbox(client, "?status=approved") if c["id"] == kind["comment"]["id"])
    assert card["draft"]["tone"] == "grief"
    scorn = new_comment(client, "a-hard-day", text=SCORN)  # still scorn on the hard day
    assert scorn["comment"]["status"] == "pending" and "harsh" in scorn["held"]
    spam = new_comment(client, "a-hard-day", text=SPAM)
    assert spam["comment"]["status"] == "pending" and "advertisement" in spam["held"]


def test_the_nudge_reads_the_thread_the_embed_names(client):
    client.put("/api/admin/site-facts", json=FACTS, headers=ADMIN)
    assert tone_of(client, SOUP, thread="a-hard-day") == {"tone": "grief", "nudge": None}
    scorn = tone_of(client, SCORN, thread="a-hard-day")
    assert scorn["tone"] == "hostile" and scorn["nudge"].startswith("This reads as harsh")
    ordinary = tone_of(client, "Who even reads this stuff anymore?", thread="welcome")
    assert ordinary["tone"] == "hostile" and ordinary["nudge"]
    unknown = tone_of(client, "Lovely, thank you.", thread="not-built-yet")
    assert unknown == {"tone": "praise", "nudge": None}
    bad = client.post(
        "/api/tone", json={"text": SOUP, "thread": "../x"}, headers={"Origin": ORIGIN}
    )
    assert bad.status_code == 422 and "thread" in bad.json()["fields"]


def test_an_edit_on_a_support_post_is_read_as_the_drafts_do(client):
    client.put("/api/admin/site-facts", json=FACTS, headers=ADMIN)
    trusted(client)
    created = new_comment(client, "a-hard-day", text="Thinking of you today.")
    assert created["comment"]["status"] == "approved"
    body = {"text": SOUP, "edit_token": created["edit_token"]}
    path = f"/api/comments/{created['comment']['id']}"
    edited = client.patch(path, json=body, headers={"Origin": ORIGIN})
    assert edited.status_code == 200, edited.text
    assert "changed more than a typo" in edited.json()["held"]  # not "harsh toward a person"
    card = next(c for c in inbox(client) if c["id"] == created["comment"]["id"])
    assert card["draft"]["tone"] == "grief"
    body["text"] = SCORN
    harsh = client.patch(path, json=body, headers={"Origin": ORIGIN})
    assert harsh.json()["comment"]["status"] == "pending" and "harsh" in harsh.json()["held"]


def test_warm_french_is_not_held_as_harsh_for_the_spelling_of_its_words(client):
    # The model's lead alone, from the character pairs of « écriture » (hostile 0.32, under its
    # threshold, no mark), held these as harsh and nudged their writers to rephrase.
    assert tone_of(client, "Votre écriture m'apaise.") == {"tone": "praise", "nudge": None}
    assert tone_of(client, "Je vous écris depuis Lyon.") == {"tone": "neutral", "nudge": None}
    trusted(client)
    kind = new_comment(client, text="Votre écriture me fait du bien.")
    assert kind["comment"]["status"] == "approved" and "held" not in kind
    scorn = tone_of(client, "Quel ramassis de bêtises.")
    assert scorn["tone"] == "hostile" and scorn["nudge"]


def test_the_tone_is_the_nudge_s_code_harsh_words_hostile_where_help_is_grief(client):
    # The embed words each note by the tone (#comment-nudge-hostile, #comment-nudge-grief, in the
    # page's language): a nudge under any other tone would show the server's English.
    headers = {"Origin": ORIGIN}
    texts = [HARSH, SPAM, "Your blog is useless and I want to kill myself.", "Lovely post!"]
    texts += ["Some days I don't want to be here anymore.", "Why does step 3 fail for me?"]
    for text in texts:
        answer = client.post("/api/tone", json={"text": text}, headers=headers).json()
        if answer["tone"] == "hostile":
            assert answer["nudge"].startswith("This reads as harsh"), text
        elif answer["tone"] == "grief":
            assert answer["nudge"] is None or "findahelpline.com" in answer["nudge"], text
        else:
            assert answer["nudge"] is None, text
