"""The reading time and the JSON-LD `wordCount` of posts written without spaces between words
(Chinese, Japanese), in real Pelican builds (plugins/front_matter/word_count.py, the theme's
article.html): Jinja's `wordcount` counted a sentence as one word, and a long post was
"1 min read"."""

import json
import re

JAPANESE = "今日は東京で寿司を食べました。とても美味しかったです。"
CHINESE = "今天在东京吃了寿司，非常好吃。"
ENGLISH = "Today we ate sushi in Tokyo, and it was very good. "


def post(title: str, lang: str, paragraph: str, times: int) -> str:
    """Return a Markdown post of *times* paragraphs of *paragraph*."""
    body = "\n\n".join([paragraph] * times)
    return f"Title: {title}\nDate: 2024-03-11\nLang: {lang}\n\n{body}\n"


def characters(text: str) -> int:
    """Return how many letters *text* holds (its punctuation and spaces aside)."""
    return sum(character.isalpha() for character in text)


def reading(words: int) -> tuple[str, int]:
    """Return the reading time the theme gives *words* (220 a minute) and the words."""
    return f"{-(-words // 220)} min read", words


def byline_and_count(html: str) -> tuple[str, int]:
    """Return the byline's reading time and the JSON-LD's wordCount of an article page."""
    minutes = re.search(r'<span class="nowrap">(\d+ min read)</span>', html)[1]
    data = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    return minutes, json.loads(data)["wordCount"]


def test_chinese_and_japanese_characters_are_read_at_440_a_minute(site_builder, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "ja.md").write_text(post("寿司の話", "ja", JAPANESE, 150), encoding="utf-8")
    (content / "zh.md").write_text(post("东京寿司", "zh", CHINESE, 300), encoding="utf-8")
    # Near misses, counted as before: English, and English with a few Japanese words in it.
    (content / "en.md").write_text(post("Sushi", "en", ENGLISH, 200), encoding="utf-8")
    mixed = ENGLISH + "寿司 means sushi. "
    (content / "mixed.md").write_text(post("Mixed", "en", mixed, 100), encoding="utf-8")

    result = site_builder()

    pages = {a.title: result.read(a.save_as) for a in result.articles}
    # A Chinese or Japanese character is half a word: 440 of them a minute.
    assert byline_and_count(pages["寿司の話"]) == reading((150 * characters(JAPANESE) + 1) // 2)
    assert byline_and_count(pages["东京寿司"]) == reading((300 * characters(CHINESE) + 1) // 2)
    assert byline_and_count(pages["寿司の話"])[0] != "1 min read"
    english = len(ENGLISH.split())
    assert byline_and_count(pages["Sushi"]) == reading(200 * english)
    assert byline_and_count(pages["Mixed"]) == reading(100 * (english + 2) + 100 * 2 // 2)
