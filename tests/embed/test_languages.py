"""The embed speaks the page's language: a French post's form, star buttons and messages are
French (the partial's words, goldstar_support/words/fr.toml), wired up by the same comments.js."""

from datetime import date, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date
from playwright.sync_api import Locator, expect

from tests.support.browser import open_comments, watched_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def open_built(site, stack, phone, path: str):
    """Rebuild the blog and open *path* on a phone; return the page and what it logged."""
    site.rebuild()
    page, watch = watched_page(phone)
    page.goto(f"{stack.site}/{path}")
    return page, watch


class CommentForm(NamedTuple):
    """The embed's comment form: its text box, its submit button and its status line."""

    text: Locator
    submit: Locator
    status: Locator

    def send(self, words: str | None = None) -> None:
        """Write *words* in the form (or keep what it holds) and press its submit button."""
        if words is not None:
            self.text.fill(words)
        self.submit.click()


def comment_form(page, author: str = "Sam") -> CommentForm:
    """Open the comments of *page* and sign the form as *author*; return the form."""
    open_comments(page)
    page.locator("#comment-author").fill(author)
    return CommentForm(
        page.locator("#comment-text"),
        page.locator(".comment-submit"),
        page.locator(".comments-status"),
    )


def test_a_french_post_gets_a_french_comment_form_stars_and_thanks(site, stack, phone):
    site.write_french_post("bonjour")
    page, watch = open_built(site, stack, phone, "2026/bonjour-fr/")
    expect(page.locator("#comments-title")).to_have_text("Commentaires")
    open_comments(page)
    expect(page.locator('[data-stars="post"] button')).to_contain_text("Étoile pour ce billet")
    expect(page.get_by_label("Nom")).to_be_visible()
    page.locator("#comment-author").fill("Bruno")
    page.locator("#comment-text").fill("Merci pour ce billet, j'ai commencé mon bocal hier.")
    submit = page.locator(".comment-submit")
    expect(submit).to_have_text("Publier le commentaire")
    submit.click()
    expect(page.locator(".comments-status")).to_contain_text("Merci\u202f! Votre commentaire")
    assert watch.errors == [] and watch.dialogs == []


def test_the_notes_before_posting_are_french_too(site, stack, phone):
    site.write_french_post("bocal")
    page, _ = open_built(site, stack, phone, "2026/bocal-fr/")
    form = comment_form(page)
    form.send("Je pense au suicide depuis des semaines. Ce billet m'a aidé à tenir.")
    expect(form.status).to_contain_text("findahelpline.com")
    expect(form.status).to_contain_text("Avant de publier")
    expect(form.submit).to_have_text("Publier mon commentaire")
    form.send("Vous êtes vraiment un idiot, et ce billet est nul.")
    expect(form.status).to_contain_text("Ce message semble dur envers une personne")
    expect(form.submit).to_have_text("Publier quand même")


def test_what_the_server_says_is_french_too_why_a_comment_waits_and_a_refusal(site, stack, phone):
    # The server's sentences are English (for API clients); the embed words them by its codes:
    # `held_reason` and the refusal's status. "It reads as harsh toward a person, so the author
    # will read it before it is published." had shown on a French page.
    site.write_french_post("retenu")
    page, watch = open_built(site, stack, phone, "2026/retenu-fr/")
    form = comment_form(page)
    form.send("Je pense au suicide depuis des semaines. Ce billet m'a aidé à tenir.")
    expect(form.status).to_contain_text("Avant de publier : si vous pensez")
    expect(form.status.get_by_role("link")).to_have_attribute("href", "https://findahelpline.com")
    form.send()
    expect(form.status).to_have_text("Votre commentaire attend sa validation.")
    form.send("Vous êtes vraiment un idiot, et ce billet est nul.")
    expect(form.status).to_contain_text("Ce message semble dur envers une personne")
    form.send()  # « Publier quand même »
    held = (
        "Votre commentaire semble dur envers une personne : l'auteur le lira avant de le publier."
    )
    expect(form.status).to_have_text(held)
    form.send("Un très long commentaire. " * 800)  # past the server's 16 KB: 413
    too_long = "Votre commentaire est trop long pour ce blog ; raccourcissez-le et renvoyez-le."
    expect(form.status).to_have_text(too_long)
    assert all("status of 413" in error for error in watch.errors)  # the browser logs refusals
    assert len(watch.errors) == 2 and watch.dialogs == []  # the tone check's and the comment's


# A Spanish and a German post: what a reader writes there, and what the embed says back.
SPANISH_AND_GERMAN = {
    "es": {
        "title": "El tarro de las gracias",
        "paragraph": "Párrafo {n}: una palabrita cada noche.",
        "comments": "Comentarios",
        "star_post": "Estrella para esta entrada",
        "name": "Nombre",
        "warm": "Gracias por esta entrada, ayer empecé mi tarro.",
        "submit": "Publicar comentario",
        "thanks": "¡Gracias! Tu comentario",
        "crisis_text": "Pienso en el suicidio desde hace semanas. Esta entrada me ayudó.",
        "crisis": "Antes de publicar: si estás pensando en quitarte la vida",
        "post_my_comment": "Publicar mi comentario",
        "quiet": "Tu comentario está pendiente de aprobación.",
        "harsh_text": "Eres un idiota de verdad, y esta entrada es una basura.",
        "harsh": "Este mensaje suena duro con una persona",
        "post_anyway": "Publicar de todos modos",
        "held": "Tu comentario suena duro con una persona: quien escribe el blog lo leerá antes "
        "de publicarlo.",
    },
    "de": {
        "title": "Das Dankesglas",
        "paragraph": "Absatz {n}: jeden Abend ein kleines Wort.",
        "comments": "Kommentare",
        "star_post": "Stern für diesen Beitrag",
        "name": "Name",
        "warm": "Danke für diesen Beitrag, ich habe gestern mein Glas angefangen.",
        "submit": "Kommentar abschicken",
        "thanks": "Danke! Dein Kommentar",
        "crisis_text": "Ich denke seit Wochen an Suizid. Dieser Beitrag hat mir geholfen.",
        "crisis": "Bevor du das abschickst: Wenn du daran denkst, dir das Leben zu nehmen",
        "post_my_comment": "Meinen Kommentar abschicken",
        "quiet": "Dein Kommentar wartet auf Freigabe.",
        "harsh_text": "Du bist wirklich ein Idiot, und dieser Beitrag ist Müll.",
        "harsh": "Das klingt hart gegenüber einer Person",
        "post_anyway": "Trotzdem abschicken",
        "held": "Dein Kommentar klingt hart gegenüber einer Person: Wer den Blog schreibt, liest "
        "ihn, bevor er erscheint.",
    },
}


@pytest.mark.parametrize("lang", ["es", "de"])
def test_a_spanish_or_german_post_gets_its_form_stars_thanks_and_notes_in_its_language(
    site, stack, phone, lang
):
    # A Spanish or German post's embed said "Star this post", "Post comment", "Thank you!" and
    # the crisis and held notes in English.
    said = SPANISH_AND_GERMAN[lang]
    slug = f"gracias-{lang}"
    site.write_post_in(slug, lang, said["title"], said["paragraph"])
    page, watch = open_built(site, stack, phone, f"2026/{slug}-{lang}/")
    expect(page.locator("#comments-title")).to_have_text(said["comments"])
    form = comment_form(page)
    expect(page.locator('[data-stars="post"] button')).to_contain_text(said["star_post"])
    expect(page.get_by_label(said["name"])).to_be_visible()
    form.text.fill(said["warm"])
    expect(form.submit).to_have_text(said["submit"])
    form.send()
    expect(form.status).to_contain_text(said["thanks"])
    form.send(said["crisis_text"])
    expect(form.status).to_contain_text(said["crisis"])
    expect(form.status.get_by_role("link")).to_have_attribute("href", "https://findahelpline.com")
    expect(form.submit).to_have_text(said["post_my_comment"])
    form.send()
    expect(form.status).to_have_text(said["quiet"])
    form.send(said["harsh_text"])
    expect(form.status).to_contain_text(said["harsh"])
    expect(form.submit).to_have_text(said["post_anyway"])
    form.send()
    expect(form.status).to_have_text(said["held"])
    assert watch.errors == [] and watch.dialogs == []


def test_a_spanish_posts_newer_comments_are_dated_as_its_baked_ones(site, stack, phone):
    # Spanish writes "5 de diciembre de 2026": the build dates a comment so (in TIMEZONE), and
    # comments.js a newer one (in the reader's time zone) from the post's data-date-format; both
    # had read "5 diciembre 2026", the English shape.
    site.write_post_in("fechas", "es", "Las fechas", "Párrafo {n}: una nota cada noche.")
    baked = stack.post_comment("fechas", author="Inés", text="Un comentario de antes.")
    stack.admin("POST", f"/api/admin/comments/{baked['comment']['id']}/approve", {})
    site.rebuild()
    live = stack.post_comment("fechas", author="Tomás", text="Y otro, de después.")
    stack.admin("POST", f"/api/admin/comments/{live['comment']['id']}/approve", {})
    page = phone.new_page()
    page.goto(f"{stack.site}/2026/fechas-es/")
    open_comments(page)
    expect(page.locator(f"#comment-{live['comment']['id']} time")).to_be_visible()
    zone = page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
    expected = [
        format_date(local_day(baked["comment"]["created"], "Europe/Paris"), "long", locale="es"),
        format_date(local_day(live["comment"]["created"], zone), "long", locale="es"),
    ]
    assert page.locator("#comments time").all_inner_texts() == expected
    assert " de " in expected[0]


def local_day(created: str, zone: str) -> date:
    """Return the day of the export time *created* in the time zone *zone*."""
    return datetime.fromisoformat(created.replace("Z", "+00:00")).astimezone(ZoneInfo(zone)).date()
