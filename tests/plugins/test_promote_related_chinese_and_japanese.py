"""Related posts between posts written in Chinese or Japanese, which write no spaces between words,
in real Pelican builds (plugins/promote_related/words.py): a sentence was read as one word, so two
posts about 寿司 in Tokyo shared none, and only a shared tag linked them."""

from tests.support.posts import article_of
from tests.support.topics import own_slugs, reason_words_of

POSTS = {
    # Japanese and Chinese posts about sushi in Tokyo, and one about rain in Osaka; no tags.
    "sushi-ja": (
        "寿司の話",
        "今日は東京で寿司を食べました。東京の寿司屋はすばらしい。寿司が好きです。",
    ),
    "sushi-ja-2": ("東京の寿司屋", "東京の寿司屋に行きました。寿司はとても美味しかった。"),
    "sushi-zh": ("东京寿司", "今天在东京吃了寿司，寿司非常好吃。"),
    "rain": ("大阪の雨", "大阪は朝から雨が降っています。傘を忘れました。雨の日は家にいます。"),
    # A near miss: English posts are read as before.
    "bread": ("Sourdough bread", "Sourdough bread needs a starter, flour, water and patience."),
    "bread-2": ("Bread at home", "Baking sourdough bread at home: the starter and the flour."),
}


def test_posts_in_chinese_or_japanese_are_related_by_the_words_they_share(site_builder, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    for slug, (title, body) in POSTS.items():
        text = f"Title: {title}\nSlug: {slug}\nDate: 2024-03-11\n\n{body}\n"
        (content / f"{slug}.md").write_text(text, encoding="utf-8")

    result = site_builder()

    assert set(own_slugs(article_of(result, "sushi-ja"))[:2]) == {"sushi-ja-2", "sushi-zh"}
    assert own_slugs(article_of(result, "sushi-zh"))[0] in {"sushi-ja", "sushi-ja-2"}
    assert "rain" not in own_slugs(article_of(result, "sushi-ja"))
    assert own_slugs(article_of(result, "bread")) == ["bread-2"]
    assert "寿司" in reason_words_of(result)  # said as the posts write it
