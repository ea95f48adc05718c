"""The words of a post, for its reading time and its JSON-LD `wordCount`, in every script.

Jinja's `wordcount` counts runs of letters between spaces and punctuation: Chinese and Japanese
write no spaces between words, so a sentence was one word and a long post "1 min read". Each of
their characters counts as half a word here: a reader takes in about
440 of them a minute, where the theme counts 220 words. Other text is counted as Jinja counts it.
"""

from __future__ import annotations

import re

from markupsafe import Markup

# Han ideographs (with extensions A and B–F) and kana, CJK punctuation aside. Korean writes spaces.
CJK = re.compile(
    r"[\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\U00020000-\U0002fa1f]"
)
WORD = re.compile(r"\w+")  # as Jinja's `wordcount` finds them


def words_in(html: str) -> int:
    """Return how many words the text of *html* holds, a Chinese or Japanese character as half of
    one; its tags are not counted."""
    text = Markup(html or "").striptags()  # as Jinja's `striptags`
    characters = len(CJK.findall(text))
    if not characters:
        return len(WORD.findall(text))
    return len(WORD.findall(CJK.sub(" ", text))) + (characters + 1) // 2


def give_templates_words_in(generator) -> None:
    """Give the templates of *generator* (at generator_init) `words_in`."""
    generator.env.globals["words_in"] = words_in
