"""DEFAULT_LANG = "fr_FR" with posts written `Lang: fr`: Pelican counted every such post as
another language, gave it a `-fr` address (and its English translation was a second original),
without a word. One warning now names a post and the setting to write."""

from pathlib import Path

from tests.support.posts import write_post


def french_blog(content: Path) -> None:
    """Write a French blog's posts as a migrated one has them: `Lang: fr`, and one in English."""
    write_post(content, "bonjour", date="2024-01-01 09:00", title="Bonjour", lang="fr")
    write_post(content, "encore", date="2024-01-02 09:00", title="Encore", lang="fr")
    write_post(content, "hello", date="2024-01-03 09:00", title="Hello", lang="en")


def test_posts_writing_default_lang_otherwise_are_named_once(site_builder, tmp_path) -> None:
    french_blog(tmp_path / "content")

    result = site_builder(DEFAULT_LANG="fr_FR")

    warnings = result.warnings()
    assert len(warnings) == 1, warnings
    warning = warnings[0]
    assert "DEFAULT_LANG is 'fr_fr' (Pelican's lower case) but `Lang: fr` in 2 posts or pages" in (
        warning
    )
    assert "(e.g. bonjour.md)" in warning or "(e.g. encore.md)" in warning
    assert (
        'write DEFAULT_LANG = "fr" in pelicanconf.py (or `Lang: fr_fr` in those posts)' in warning
    )
    assert "hello.md" not in warning  # English is another language indeed


def test_a_post_writing_the_region_in_capitals_is_told_to_write_it_as_pelican_does(
    site_builder, tmp_path
) -> None:
    # Pelican writes DEFAULT_LANG = "fr_FR" as "fr_fr", and `Lang: fr_FR` is then another language
    content = tmp_path / "content"
    write_post(content, "bonjour", date="2024-01-01 09:00", lang="fr_FR")
    write_post(content, "salut", date="2024-01-02 09:00")

    result = site_builder(DEFAULT_LANG="fr_FR")

    assert [w.split(": ", 1)[1] for w in result.warnings()] == [
        "DEFAULT_LANG is 'fr_fr' (Pelican's lower case) but `Lang: fr_FR` in 1 post or page "
        "(e.g. bonjour.md): Pelican takes them for another language than the blog's, writes them "
        "at `-fr_FR` addresses and lists a translation of one as a second original; write "
        "`Lang: fr_fr` in "
        "those posts (Pelican writes DEFAULT_LANG in lower case)"
    ]


def test_the_setting_it_names_gives_the_posts_the_blogs_addresses(site_builder, tmp_path) -> None:
    french_blog(tmp_path / "content")

    result = site_builder(DEFAULT_LANG="fr")

    assert result.warnings() == []
    assert sorted(a.slug for a in result.articles) == ["bonjour", "encore", "hello"]
    assert "2024/bonjour/index.html" in {a.save_as for a in result.articles}


def test_two_languages_or_two_regions_are_left_alone(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_post(content, "colour", date="2024-01-01 09:00", lang="en_GB")
    write_post(content, "bonjour", date="2024-01-02 09:00", lang="fr")
    write_post(content, "color", date="2024-01-03 09:00")

    result = site_builder(DEFAULT_LANG="en_US")

    assert result.warnings() == []
