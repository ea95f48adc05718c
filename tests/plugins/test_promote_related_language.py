"""plugins/promote_related reads each post in its language, and leaves code and boilerplate aside.

Real builds of tiny blogs: French and German posts (declared or guessed), code-heavy posts, and
challenge posts that share a template paragraph.
"""

import pytest
from promote_related import language

from tests.support.posts import article_of
from tests.support.topics import (
    WORLD_TOPICS,
    aside_of,
    own_slugs,
    reason_words_of,
    write_topic_post,
    write_world_post,
)

FILLER = {"une", "je", "et", "pour", "le", "il", "la", "des", "ich", "und", "der", "die", "das"}


@pytest.mark.parametrize("declared", [True, False], ids=["lang declared", "lang guessed"])
def test_french_and_german_posts_are_linked_by_their_topics_not_their_filler(
    tmp_path, site_builder, declared
):
    content = tmp_path / "content"
    for topic in WORLD_TOPICS:
        write_world_post(content, f"{topic}-1", topic, declared)
        write_world_post(content, f"{topic}-2", topic, declared, turn=1)
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    for topic in WORLD_TOPICS:
        assert own_slugs(article_of(result, f"{topic}-1"))[0] == f"{topic}-2"
        # posts on another topic in the same language share only filler words: no link to them
        for link in article_of(result, f"{topic}-1").promote_related:
            assert link.article.slug.startswith(topic)
    words = reason_words_of(result)
    assert words and not words & FILLER
    # reasons read as words the posts wrote ("tomates"), never a stem ("tomat")
    jardin = article_of(result, "jardin-1").promote_related[0]
    assert set(jardin.reason) <= set(WORLD_TOPICS["jardin"][1].lower().replace(",", " ").split())
    assert "Auch über" in aside_of(result, article_of(result, "fahrrad-1")).get_text()
    assert "Aussi sur" in aside_of(result, article_of(result, "pain-1")).get_text()


def test_the_language_guess_reads_the_stop_words_and_favours_the_default():
    from promote_related.words import Doc, guess_languages, raw_counts

    texts = [body for _, body in WORLD_TOPICS.values()]
    texts += ["Today I planted tomatoes in the garden with a friend, and we watered them.", "x y"]
    counts, terms = raw_counts([Doc("", (), "", text) for text in texts], {"body": 1.0})
    guessed = guess_languages(counts, terms, "en")
    assert guessed == ["fr", "fr", "de", "de", "en", "en"]  # too few words: the default
    assert language.language_code("fr_FR") == "fr" and language.language_code("de-AT") == "de"
    assert language.language_code("") is None and language.language_code("french") is None


CODE = """
```python
class Handler(object):
    def get(self, request, raises=None):
        self.request = request
        return self.render(request)
```
"""
HEX = "The handshake: a3:ba:f2:00:1c:7f:e4:21 (a3 ba f2 00 1c 7f), https://tls.example/dump"


def test_hex_and_urls_relate_nothing_and_code_is_a_weak_signal_never_a_reason(
    tmp_path, site_builder
):
    content = tmp_path / "content"
    # "tomatoes" and "commute" (other topics) share a hex dump and a URL: no link
    write_topic_post(content, "tomatoes", "garden", extra=HEX, title="Tomatoes")
    write_topic_post(content, "compost", "garden", title="Compost")
    write_topic_post(content, "commute", "cycling", extra=HEX, title="Commute")
    write_topic_post(content, "canal-ride", "cycling", title="Canal ride")
    # "sourdough" and "loaf" (bread) share code with "commute-code" (cycling)
    write_topic_post(content, "sourdough", "bread", extra=CODE, title="Sourdough")
    write_topic_post(content, "loaf", "bread", title="Loaf")
    write_topic_post(content, "commute-code", "cycling", extra=CODE, title="Code")
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    assert own_slugs(article_of(result, "tomatoes")) == ["compost"]
    assert own_slugs(article_of(result, "compost")) == ["tomatoes"]
    sourdough = article_of(result, "sourdough").promote_related
    assert sourdough[0].article.slug == "loaf"
    # code may relate two posts a little (a weak signal), never more than their topic does
    for link in sourdough[1:]:
        assert link.score < sourdough[0].score / 2 and not link.reason
    words = reason_words_of(result)
    assert not words & {"self", "request", "raises", "handler", "render", "a3", "ba", "f2"}
    assert not words & {"handshake", "tls", "dump", "https"} - {"handshake"}
    assert not any(word[0].isdigit() for word in words)


TEMPLATE = (
    "This post is part of the weekly writing challenge. The rules of the challenge: write every "
    "day for a week, share the result with the challenge group, and read two posts of the others "
    "before you publish. Thanks to everyone who keeps the challenge going every single week."
)


def test_a_template_paragraph_many_posts_carry_does_not_relate_them(tmp_path, site_builder):
    content = tmp_path / "content"
    topics = ("garden", "cycling", "bread")
    for number in range(6):
        topic = topics[number % 3]
        write_topic_post(
            content, f"week-{number}", topic, extra=TEMPLATE, title=f"{topic} {number}"
        )
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    for number in range(6):
        linked = own_slugs(article_of(result, f"week-{number}"))
        assert linked and linked[0] == f"week-{(number + 3) % 6}"
        assert len(linked) == 1  # the template alone relates no two posts
    assert not reason_words_of(result) & {"challenge", "week", "weekly", "rules"}
