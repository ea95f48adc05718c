"""A comment newer than the build wears the author's gold star as the next build will bake it:
said plainly ("a gold star from the author") beside a reader's loss, words a reader at risk may
write though they read as praise, and any reply under one; not shown beside an insult the
author let through; and a great big gold star beside the warm twins (a kind word, a reply under
it). Real comment server (moderation on), real Pelican build, Chromium on a phone; English and
French. The embed reads no tone: the thread's `cheer` (docs/api.md) says it."""

import pytest
from playwright.sync_api import expect

from tests.support.browser import open_comments
from tests.support.room import INSULT, KIND, MOTHER

pytestmark = [pytest.mark.browser, pytest.mark.slow]

DONE = "I'm so done with life lol. Great recipe though!"
FR_MOTHER = "Ma mère est morte la semaine dernière. Ton jardin m'a fait pleurer, en bien."
FR_KIND = "Quel joli jardin, merci pour les photos !"
FR_HUG = "Je t'embrasse fort, Agnès."


def approved(stack, thread: str, author: str, text: str, parent: int | None = None) -> int:
    """Post a reader's comment on *thread* and approve it; return its id."""
    fields = {"author": author, "text": text} | ({"parent": parent} if parent else {})
    comment = stack.post_comment(thread, **fields)["comment"]
    answer = stack.admin("POST", f"/api/admin/comments/{comment['id']}/approve", {})
    assert answer.status_code == 200, answer.text
    return comment["id"]


def starred(stack, thread: str, author: str, text: str, parent: int | None = None) -> int:
    """Post, approve and give one gold star to a comment; return its id."""
    comment_id = approved(stack, thread, author, text, parent)
    answer = stack.admin("POST", f"/api/admin/comments/{comment_id}/gold-stars", {"count": 1})
    assert answer.status_code == 200, answer.text
    return comment_id


def awards_on_the_page(phone, url: str, ids: list[int]) -> dict[int, str | None]:
    """Open *url* with its comments and return each comment's gold star line (None: hidden)."""
    page = phone.new_page()
    page.goto(url)
    open_comments(page)
    said = {}
    for comment_id in ids:
        expect(page.locator(f"#comment-{comment_id}")).to_be_attached()
        award = page.locator(f"#comment-{comment_id} > article .gold-star-award")
        shown = award.count() and award.is_visible()
        said[comment_id] = award.inner_text().strip() if shown else None
    page.close()
    return said


def test_new_comments_wear_the_gold_star_the_next_build_bakes(site, stack, phone):
    site.write_post("lemon", "Lemon cake")
    loss = approved(stack, "lemon", "Sam", MOTHER)
    kind = approved(stack, "lemon", "Ada", KIND)
    site.rebuild()
    # After the build: gold-starred comments the page has not baked yet.
    ids = [
        starred(stack, "lemon", "Tom", MOTHER.replace("mother", "father")),
        starred(stack, "lemon", "Lou", DONE),
        under_loss := starred(stack, "lemon", "Kim", "Sending you a hug, Sam.", parent=loss),
        starred(stack, "lemon", "Bea", KIND.replace("lovely", "beautiful")),
        starred(stack, "lemon", "Cy", "Totally agree, gorgeous photos!", parent=kind),
    ]
    live = awards_on_the_page(phone, site.url("lemon"), ids)
    quiet, cheer = "a gold star from the author", "a great big gold star from the author"
    assert live == dict(zip(ids, [quiet, quiet, quiet, cheer, cheer], strict=True))
    # And one under the live reply under the loss: still its thread.
    deeper = starred(stack, "lemon", "Dee", "Lots of love to you both.", parent=under_loss)
    assert awards_on_the_page(phone, site.url("lemon"), [deeper]) == {deeper: quiet}
    # The build bakes the very same words.
    site.rebuild()
    assert awards_on_the_page(phone, site.url("lemon"), [*ids, deeper]) == live | {deeper: quiet}


def test_an_insult_s_gold_star_is_not_shown_and_a_kind_one_s_is(site, stack, phone):
    site.write_post("opinions", "A post with opinions")
    site.rebuild()
    insult = starred(stack, "opinions", "Grumpy", INSULT)
    kind = starred(stack, "opinions", "Ada", KIND)
    said = awards_on_the_page(phone, site.url("opinions"), [insult, kind])
    assert said == {insult: None, kind: "a great big gold star from the author"}


def test_in_french_a_loss_is_starred_plainly_and_a_kind_word_grandly(site, stack, phone):
    site.write_french_post("jardin")
    site.rebuild()
    loss = starred(stack, "jardin", "Agnès", FR_MOTHER)
    hug = starred(stack, "jardin", "Léa", FR_HUG, parent=loss)
    kind = starred(stack, "jardin", "Zoé", FR_KIND)
    said = awards_on_the_page(phone, f"{stack.site}/2026/jardin-fr/", [loss, hug, kind])
    quiet, cheer = "une étoile d'or de l'auteur", "une grande étoile d'or de l'auteur"
    assert said == {loss: quiet, hug: quiet, kind: cheer}


def test_on_a_hard_day_even_a_kind_word_s_gold_star_is_said_plainly(site, stack, phone):
    site.write_post("hard", "A hard day", support=True)
    site.rebuild()
    kind = starred(stack, "hard", "Ada", "Sending you warmth, and thank you for writing this.")
    said = awards_on_the_page(phone, site.url("hard"), [kind])
    assert said == {kind: "a gold star from the author"}
