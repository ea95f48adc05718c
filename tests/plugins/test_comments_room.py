"""The comment section reads the room: what a reader is told once their comment is in."""

import json

from bs4 import BeautifulSoup

from tests.support.posts import comment, page_of, write_export, write_post

API = "http://127.0.0.1:8001"


def embed_words(result, slug: str) -> dict:
    """Return the phrases the embed reads on *slug*'s page (#comment-words)."""
    return json.loads(page_of(result, slug).select_one("#comment-words").string)


def test_no_thank_you_to_a_loss_a_crisis_or_harsh_words_nor_on_a_hard_day(tmp_path, site_builder):
    # "Thank you! Your comment is published." followed a reader's "I want to end my life" (after
    # the helpline note), an insult posted with moderation off, and every comment on a funeral.
    content = tmp_path / "content"
    write_post(content, "garden", title="My new garden")
    write_post(content, "funeral", title="My father's funeral", support="true")
    write_post(content, "adieu", title="Adieu, papa", lang="fr", support="true")
    write_post(content, "jardin", title="Mon jardin", lang="fr")
    for slug in ("garden", "funeral", "adieu", "jardin"):
        write_export(content, slug, [])
    result = site_builder(content, COMMENTS_API=API)
    assert result.warnings() == []

    garden = embed_words(result, "garden")
    assert garden["thanks"] == {
        "pending": "Thank you! Your comment is awaiting approval.",
        "approved": "Thank you! Your comment is published.",
    }
    quiet = {
        "pending": "Your comment is awaiting approval.",
        "approved": "Your comment is published.",
    }
    # By the tone POST /api/tone read in the comment (comments.js: words[tone] || words.thanks).
    assert garden["grief"] == garden["hostile"] == garden["spam"] == quiet
    funeral = embed_words(result, "funeral")
    assert funeral["thanks"] == funeral["grief"] == quiet

    jardin, adieu = embed_words(result, "jardin"), embed_words(result, "adieu")
    assert jardin["thanks"]["approved"] == "Merci\u202f! Votre commentaire est publié."
    assert jardin["grief"]["approved"] == "Votre commentaire est publié."
    plain = {
        "pending": "Votre commentaire attend sa validation.",
        "approved": "Votre commentaire est publié.",
    }
    assert adieu["thanks"] == adieu["grief"] == plain
    for words in (funeral, adieu):
        assert "!" not in json.dumps(words["thanks"])


def test_the_note_without_javascript_speaks_of_saying_i_see_you_on_a_hard_day(
    tmp_path, site_builder
):
    # "Leaving a comment or a star needs JavaScript" under a funeral, whose button says "I see you".
    content = tmp_path / "content"
    write_post(content, "garden", title="My new garden")
    write_post(content, "funeral", title="My father's funeral", support="true")
    write_post(content, "adieu", title="Adieu, papa", lang="fr", support="true")
    result = site_builder(content, COMMENTS_API=API)
    assert result.warnings() == []

    def note(slug: str) -> str:
        return page_of(result, slug).select_one(".comments-note").get_text()

    assert note("garden").startswith("Leaving a comment or a star needs JavaScript;")
    assert note("funeral").startswith("Leaving a comment or saying “I see you” needs JavaScript;")
    assert note("adieu").startswith("Laisser un commentaire ou dire «\u00a0Je pense à vous\u00a0»")


def test_a_comment_newer_than_the_build_says_i_see_you_on_a_hard_day(tmp_path, site_builder):
    # The baked comments' buttons said "I see you"; one the embed added (newer than the build,
    # from #comment-template) said "Star".
    content = tmp_path / "content"
    write_post(content, "garden", title="My new garden")
    write_post(content, "funeral", title="My father's funeral", support="true")
    for slug in ("garden", "funeral"):
        write_export(content, slug, [comment(1)])
    result = site_builder(content, COMMENTS_API=API)

    def newer_hook(slug: str):
        page = page_of(result, slug)
        template = page.select_one("#comment-template").decode_contents()
        return BeautifulSoup(template, "html.parser").select_one(".stars")

    baked = page_of(result, "funeral").select_one("#comment-1 .stars")
    assert baked["data-label"] == newer_hook("funeral")["data-label"] == "I see you"
    assert not newer_hook("garden").has_attr("data-label")  # the star button's own "Star"
