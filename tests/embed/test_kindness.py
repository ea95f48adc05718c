"""Reading the room in a real browser: the nudge before a harsh comment, where help is for a
reader who may be at risk, a support post's quiet page, and the inbox that shows why a draft is
quiet or absent."""

import re

import pytest
from playwright.sync_api import expect

from comment_server.tone_check import CRISIS_NUDGE, NUDGE
from tests.support.api import reader_token
from tests.support.browser import (
    DARK_BG,
    VIEWPORT,
    axe_violations,
    open_comments,
    open_new_post,
    sign_in,
    watched_page,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
HARSH = "You're an idiot. This is the most smug, self-congratulatory drivel I've read all year."
AT_RISK = "I have been thinking about ending my life for weeks. This post helped me hold on."
HELPLINE = "https://findahelpline.com"
PRINT = """(el) => {
  const style = getComputedStyle(el);
  return { size: parseFloat(style.fontSize), weight: Number(style.fontWeight), color: style.color };
}"""


def waiting(stack, thread: str) -> list[dict]:
    """Return the comments of *thread* waiting in the inbox."""
    comments = stack.admin("GET", "/api/admin/comments").json()["comments"]
    return [c for c in comments if c["thread"] == thread]


def test_a_harsh_comment_gets_a_gentle_nudge_and_can_still_be_posted(site, stack, phone):
    site.write_post("nudge", "A post with opinions")
    site.rebuild()
    page, watch = watched_page(phone)
    page.goto(site.url("nudge"))
    open_comments(page)
    page.locator("#comment-author").fill("Grumpy")
    page.locator("#comment-text").fill(HARSH)
    submit = page.locator(".comment-submit")
    submit.click()
    status = page.locator(".comments-status")
    expect(status).to_have_text(NUDGE)  # the partial's English is the server's
    expect(submit).to_have_text("Post anyway")
    assert status.get_by_role("link").count() == 0
    assert waiting(stack, "nudge") == []  # the note came first: nothing was posted
    # "Post anyway" posts it as it is, for the author to read first.
    submit.click()
    expect(status).to_contain_text("the author will read it before it is published")
    mine = waiting(stack, "nudge")
    assert len(mine) == 1 and mine[0]["markdown"] == HARSH and mine[0]["status"] == "pending"
    assert mine[0]["draft"]["tone"] == "hostile"
    expect(submit).to_have_text("Post comment")
    assert watch.errors == [] and watch.dialogs == []


def luminance(color: str) -> float:
    """Return the relative luminance (WCAG 2) of a computed `rgb(r, g, b)` colour."""
    channels = [int(channel) / 255 for channel in re.findall(r"\d+", color)[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(color: str, background: str) -> float:
    """Return the WCAG contrast ratio of *color* on *background*."""
    light, dark = sorted((luminance(color), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def assert_printed_as_the_post(page, note, paragraph) -> None:
    """Check *note* is no smaller, thinner or fainter on the page than the post's *paragraph*."""
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    mine, post = note.evaluate(PRINT), paragraph.evaluate(PRINT)
    assert mine["size"] >= post["size"] and mine["weight"] >= post["weight"], (mine, post)
    assert contrast(mine["color"], background) >= contrast(post["color"], background), (
        mine,
        post,
        background,
    )


def post_at_risk(page, text: str):
    """Fill in the form with *text* and send it once; return the submit button and status."""
    open_comments(page)
    page.locator("#comment-author").fill("Sam")
    page.locator("#comment-text").fill(text)
    submit, status = page.locator(".comment-submit"), page.locator("#comments-status")
    submit.click()
    expect(status.locator(".comments-crisis")).to_be_visible()
    return submit, status


def test_a_reader_at_risk_gets_the_helpline_as_a_link_in_the_posts_print_and_a_plain_button(
    site, stack, phone
):
    # The helpline was plain text in the status line's small grey print (copied by hand on a
    # phone), and the button said "Post anyway", as to a harsh comment.
    site.write_post("at-risk", "A hard winter")
    site.rebuild()
    page, watch = watched_page(phone)
    page.goto(site.url("at-risk"))
    submit, status = post_at_risk(page, AT_RISK)
    expect(status).to_have_text(CRISIS_NUDGE)  # the partial's English is the server's
    expect(status).to_have_attribute("role", "status")  # read out as it changes, link and all
    helpline = status.get_by_role("link", name=HELPLINE)
    expect(helpline).to_have_attribute("href", HELPLINE)
    expect(helpline).to_have_attribute("rel", re.compile(r"\bnoopener\b"))
    expect(submit).to_have_text("Post my comment")
    submit.focus()
    page.keyboard.press("Tab")
    expect(helpline).to_be_focused()
    paragraph = page.get_by_text("Paragraph 1: kindness is a habit, not a mood.", exact=True)
    assert_printed_as_the_post(page, status.locator(".comments-crisis"), paragraph)
    assert axe_violations(page) == []
    assert waiting(stack, "at-risk") == []  # the note came first: nothing was posted
    # Sent again, the comment posts as it is, as the note says.
    submit.click()
    # No "Thank you!" to a reader at risk: it read as cheer.
    expect(status).to_have_text("Your comment is awaiting approval.")
    assert [c["markdown"] for c in waiting(stack, "at-risk")] == [AT_RISK]
    expect(submit).to_have_text("Post comment")
    assert watch.errors == [] and watch.dialogs == []


def test_the_helpline_stays_in_sight_with_its_link_after_the_comment_posts(site, stack, phone):
    # The thanks took the note's place as the comment posted, its link and all.
    site.write_post("at-risk-posted", "A long night")
    site.rebuild()
    page, watch = watched_page(phone)
    page.goto(site.url("at-risk-posted"))
    submit, status = post_at_risk(page, AT_RISK)
    helpline = page.get_by_role("link", name=HELPLINE)
    expect(helpline).to_have_count(1)  # said once, in the status line
    submit.click()
    # The live region reads out that it is in, alone: the note, read out once, is not again...
    expect(status).to_have_text("Your comment is awaiting approval.")
    assert [c["markdown"] for c in waiting(stack, "at-risk-posted")] == [AT_RISK]
    # ...and stays on screen, whole, once, in the post's print, its link a tap away.
    form = page.locator(".comment-form")
    expect(form).to_contain_text(CRISIS_NUDGE, use_inner_text=True)
    expect(helpline).to_have_count(1)
    expect(helpline).to_be_visible()
    expect(helpline).to_have_attribute("href", HELPLINE)
    helpline.click(trial=True)  # visible, enabled and nothing over it
    note = form.locator(".comments-crisis", has=helpline)
    paragraph = page.get_by_text("Paragraph 1: kindness is a habit, not a mood.", exact=True)
    assert_printed_as_the_post(page, note, paragraph)
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORT["width"]
    assert axe_violations(page) == []
    assert watch.errors == [] and watch.dialogs == []


def test_the_helpline_note_is_french_and_reads_as_the_post_in_dark_mode(site, stack, browser):
    site.write_french_post("hiver")
    site.rebuild()
    context = browser.new_context(
        viewport=VIEWPORT, device_scale_factor=2, is_mobile=True, color_scheme="dark"
    )
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        page.goto(f"{stack.site}/2026/hiver-fr/")
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") == DARK_BG
        text = "Je pense au suicide depuis des semaines. Ce billet m'a aidé à tenir."
        submit, status = post_at_risk(page, text)
        expect(status).to_contain_text("Avant de publier : si vous pensez")
        helpline = status.get_by_role("link", name=HELPLINE)
        expect(helpline).to_have_attribute("href", HELPLINE)
        expect(submit).to_have_text("Publier mon commentaire")
        helpline.focus()
        expect(helpline).to_be_focused()
        paragraph = page.get_by_text("Paragraphe 1 : un petit mot chaque soir.", exact=True)
        assert_printed_as_the_post(page, status.locator(".comments-crisis"), paragraph)
        assert axe_violations(page) == []
        submit.click()
        expect(status).to_have_text("Votre commentaire attend sa validation.")
        assert [c["markdown"] for c in waiting(stack, "hiver")] == [text]
    finally:
        context.close()


def test_a_kind_comment_is_not_nudged(site, stack, phone):
    page = open_new_post(site, phone, "no-nudge", "A kind post")
    page.locator("#comment-author").fill("Agnès")
    page.locator("#comment-text").fill("Merci beaucoup, c'était très beau.")
    page.locator(".comment-submit").click()
    expect(page.locator(".comments-status")).to_contain_text("Thank you! Your comment")


def test_a_reader_who_tells_of_a_loss_is_not_thanked_with_a_cheer(site, stack, phone):
    # No note before posting (nothing to rephrase, no crisis), but "Thank you! Your comment is
    # published." answered "My mum died in March" under an ordinary post.
    page = open_new_post(site, phone, "loss-told", "A kind post")
    page.locator("#comment-author").fill("Jo")
    page.locator("#comment-text").fill("My mum died in March. This helped me today.")
    page.locator(".comment-submit").click()
    expect(page.locator(".comments-status")).to_have_text(re.compile(r"^Your comment is"))


def test_a_support_post_is_quiet(site, stack, phone):
    site.write_post("hard-week", "A hard week", support=True)
    for number in range(12):
        assert stack.client.put(
            "/api/threads/hard-week/stars",
            json={"reader": reader_token(f"support-reader-{number:04d}"), "comment": None},
            headers={"Origin": stack.site},
        ).is_success
    site.rebuild()
    # A comment approved since the build: the embed adds it, its button as the baked ones.
    newer = stack.post_comment("hard-week", author="Kim", text="Here if you need anything.")
    stack.admin("POST", f"/api/admin/comments/{newer['comment']['id']}/approve", {})
    page = phone.new_page()
    page.goto(site.url("hard-week"))
    expect(page.locator(".gold-stars--quiet")).to_have_text("12 readers said “I see you”")
    assert page.locator(".badge--milestone").count() == 0
    assert "thank you!" not in page.locator("main").inner_text().lower()
    open_comments(page)
    expect(page.locator('[data-stars="post"] button')).to_contain_text("I see you")
    newer_star = page.locator(f'[data-stars="{newer["comment"]["id"]}"] .star-label')
    expect(newer_star).to_have_text("I see you")  # it had said "Star"
    # A condolence is not thanked with a cheer ("Thank you! Your comment is published.").
    page.locator("#comment-author").fill("Agnès")
    page.locator("#comment-text").fill("Thinking of you this week.")
    page.locator(".comment-submit").click()
    expect(page.locator(".comments-status")).to_have_text(re.compile(r"^Your comment is"))


def test_the_inbox_shows_the_tone_and_offers_spam_first_with_no_draft(site, stack, phone):
    spam = stack.post_comment(
        "inbox-tone", author="Best SEO", text="Nice post! Cheap backlinks at https://seo.example"
    )["comment"]
    grief = stack.post_comment(
        "inbox-tone", author="Jo", text="I lost my mum in March. Thank you for writing this."
    )["comment"]
    at_risk = stack.post_comment("inbox-tone", author="Sam", text=AT_RISK)["comment"]
    stack.post_comment("inbox-tone", author="Kim", text="Lovely post, thank you.")
    page = phone.new_page()
    sign_in(page, stack.api)
    # A reader who may be at risk comes first, said so plainly, not below later comments as
    # "Tone: grief".
    first = page.locator(".card").first
    expect(first).to_have_attribute("id", f"card-{at_risk['id']}")
    expect(first.locator(".tone strong")).to_have_text("May be at risk.")
    expect(first.locator(".tone")).to_contain_text("Answer them yourself, soon")
    card = page.locator(f"#card-{spam['id']}")
    expect(card.locator(".tone")).to_contain_text("Tone: spam")
    assert card.locator(".draft").count() == 0
    assert card.locator(".actions button").first.inner_text() == "Spam"
    assert card.get_by_role("button", name="Thank and star").count() == 0
    assert card.get_by_role("button", name="Send thanks").count() == 0
    quiet = page.locator(f"#card-{grief['id']}")
    expect(quiet.locator(".tone")).to_contain_text("Tone: grief")
    expect(quiet.locator(".draft")).not_to_contain_text("gold star")
    expect(quiet.locator(".personal")).to_contain_text("Make this line your own")
    expect(quiet.get_by_role("button", name="Send thanks")).to_be_visible()
    assert quiet.get_by_role("button", name="Thank and star").count() == 0
