"""Posts written in Hebrew or Arabic letters on a blog whose DEFAULT_LANG is written left to right,
in real Pelican builds (plugins/front_matter/script_direction.py): with no `Lang:`, the page was
an English one laid out left to right, with no word of it."""

from tests.support.sources import write_source


def test_a_post_in_hebrew_or_arabic_letters_without_lang_is_named_with_the_line_to_add(
    site_builder, tmp_path
):
    content = tmp_path / "content"
    content.mkdir()
    write_source(content, "hebrew.md", "Title: שלום עולם\nDate: 2024-03-10\n\nזהו טקסט בעברית.\n")
    write_source(content, "arabic.md", "---\ntitle: مرحبا\ndate: 2024-03-09\n---\n\nهذا نص عربي.\n")
    # Near misses, quiet: a post that says its language, and English quoting a Hebrew word.
    write_source(
        content, "said.md", "Title: مرحبا بالعالم\nDate: 2024-03-08\nLang: ar\n\nنص عربي.\n"
    )
    write_source(
        content,
        "quote.md",
        "Title: Shalom\nDate: 2024-03-07\n\nThe word שלום means peace, and hello, and goodbye.\n",
    )

    result = site_builder()

    laid_out = (
        "but its language is 'en' (DEFAULT_LANG when the post has no `Lang:`), so its page is "
        "laid out left to right: add"
    )
    assert sorted(w for w in result.warnings() if "letters" in w) == [
        f"front_matter: arabic.md: it is written in Arabic letters, {laid_out} `Lang: ar` "
        "(or `fa`, `ur`: the language it is in)",
        f"front_matter: hebrew.md: it is written in Hebrew letters, {laid_out} `Lang: he`",
    ]
    said = next(a for a in result.articles if a.title == "مرحبا بالعالم")
    assert '<html lang="ar" dir="rtl">' in result.read(said.save_as)
