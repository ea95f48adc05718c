"""`invoke promote` speaks the blog's DEFAULT_LANG (en, fr, es, de, it, pt: the drafts' languages;
English for another): the author reads the digest in it, and the share line they post publicly is
in it, quiet for a friend's loss in every language."""

import re
import string
from dataclasses import fields
from datetime import UTC, datetime, timedelta

import pytest
from promote_related import digest
from promote_related.digest_words import ENGLISH, WORDS, digest_words

from tests.support.feeds import GARDEN, Route
from tests.support.friends import NOW, dated_rss, write_settings
from tests.support.topics import write_topic_site

SAD = f"My father passed away in March. He planted these beds with me. {GARDEN}"
# What cheers a post on: never beside a friend's loss or the author's own hard day.
CHEER = re.compile(
    r"enjoy|lovely|beautiful|plaira|belle|soin|gustará|precios[oa]|gefallen|schöner|Sorgfalt|"
    r"piacerà|bella|benissimo|gostar|lindamente",
    re.IGNORECASE,
)


def run_digest(tmp_path, server, lang: str) -> list[str]:
    """Return the lines of the digest of a garden blog whose DEFAULT_LANG is *lang*: a friend's
    garden post and a friend's post about her father's death."""
    server.routes["/ada.rss"] = Route(
        dated_rss(
            [
                ("Tomato days", "https://ada.example/tomato-days", GARDEN, NOW - timedelta(3)),
                ("For Dad", "https://ada.example/for-dad", SAD, NOW - timedelta(2)),
            ]
        )
    )
    write_topic_site(tmp_path / "content")
    settings = write_settings(
        tmp_path,
        DEFAULT_LANG=lang,
        PROMOTE_RELATED_FRIENDS=[{"name": "Ada", "url": server.url("/ada.rss")}],
        PROMOTE_RELATED_DIGEST_DAYS=30,
    )
    return digest.digest_text(str(settings), progress=False, now=NOW).splitlines()


def share_lines(lines: list[str], label: str) -> dict[str, str]:
    """Return the share lines of the digest by the friend's post's address."""
    found = [line.strip().removeprefix(label) for line in lines if line.strip().startswith(label)]
    return {re.search(r"https://ada\.example/[\w-]+", line)[0]: line for line in found}


def test_a_french_blog_gets_its_digest_and_share_lines_in_french(tmp_path, feed_server):
    lines = run_digest(tmp_path, feed_server, "fr")
    assert lines[0].startswith("Vos amis ont publié 2 billets ces 30 derniers jours\u202f;")
    shared = share_lines(lines, "à partager\u00a0: ")
    tomato, dad = shared["https://ada.example/tomato-days"], shared["https://ada.example/for-dad"]
    # « » with no-break spaces, "par", and a warm sentence of the French ones...
    assert tomato.startswith("«\u00a0Tomato days\u00a0» par Ada\u00a0: https://ada.example/")
    warm = [s.split("{")[0] for s in WORDS["fr"].warm]
    assert any(start in tomato for start in warm), tomato
    # ...and a quiet one for a friend's loss: no "celui-ci vous plaira", no "tant de soin".
    assert any(s.split("{friend}")[1][:20] in dad for s in WORDS["fr"].quiet), dad
    assert not CHEER.search(dad), dad
    text = "\n".join(lines)
    for english in ("share:", "relates to your", "Your friends", " by Ada", "best first"):
        assert english not in text, english
    assert "proche de votre billet «\u00a0" in text


@pytest.mark.parametrize(
    ("lang", "label", "by"),
    [
        ("de_AT", "zum Teilen: ", "„Tomato days“ von Ada: "),
        ("pt_BR", "para compartilhar: ", "“Tomato days”, de Ada: "),
    ],
)
def test_a_german_or_portuguese_blog_shares_in_its_language(tmp_path, feed_server, lang, label, by):
    shared = share_lines(run_digest(tmp_path, feed_server, lang), label)
    assert shared["https://ada.example/tomato-days"].startswith(by)
    dad = shared["https://ada.example/for-dad"]
    assert not CHEER.search(dad) and " by " not in dad, dad


def test_a_language_the_drafts_do_not_speak_gets_english(tmp_path, feed_server):
    shared = share_lines(run_digest(tmp_path, feed_server, "nl"), "share: ")
    assert shared["https://ada.example/tomato-days"].startswith("“Tomato days” by Ada: ")
    assert any(s.split("{")[0] in shared["https://ada.example/tomato-days"] for s in ENGLISH.warm)


def test_an_empty_window_and_no_friends_are_said_in_the_blog_s_language(tmp_path):
    found = digest.Digest([], 30, 0, datetime(2021, 3, 2, tzinfo=UTC), "fr")
    assert digest.render_digest(found) == (
        "Vos amis ont publié 0 billet ces 30 derniers jours\u202f; le plus récent date du "
        "2021-03-02 (essayez --days).\n"
    )
    spanish = digest.Digest([], 7, 1, datetime(2026, 1, 30, tzinfo=UTC), "es")
    assert digest.render_digest(spanish).startswith("Tus amigos publicaron 1 entrada en los")
    write_topic_site(tmp_path / "content")
    settings = write_settings(tmp_path, DEFAULT_LANG="it")
    assert digest.digest_text(str(settings), progress=False, now=NOW).startswith(
        "Ancora nessun feed di amici"
    )


def names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_says_every_phrase_with_the_same_slots_as_english():
    assert set(WORDS) == {"en", "fr", "es", "de", "it", "pt"}
    assert digest_words("it_CH") is WORDS["it"] and digest_words("") is ENGLISH
    for lang, words in WORDS.items():
        for field in fields(words):
            mine, english = getattr(words, field.name), getattr(ENGLISH, field.name)
            if isinstance(english, tuple):
                assert len(mine) >= 1
                assert all(names(text) == names(english[0]) for text in mine), (lang, field)
            elif isinstance(english, str):
                assert mine and names(mine) == names(english), (lang, field.name)
        # Near misses kept warm: an everyday friend's post is still cheered in every language.
        assert all(CHEER.search(text) for text in words.warm[:2]), lang
        assert not any(CHEER.search(text) for text in words.quiet + words.plain), lang
