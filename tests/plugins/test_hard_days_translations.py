"""A hard day is one in every language: the translation of a `Support: true` post, under the same
comments, celebrates no milestone; one that says `Support: false`, and the translations of an
everyday post, still celebrate theirs."""

from bs4 import BeautifulSoup

from tests.support.posts import AGNES, comment, write_export


def write(content, name: str, slug: str, title: str, lang: str, text: str, *meta: str) -> None:
    content.mkdir(parents=True, exist_ok=True)
    head = [f"Title: {title}", "Date: 2026-01-05 09:00", f"Slug: {slug}", f"Lang: {lang}", *meta]
    (content / f"{name}.md").write_text("\n".join(head) + f"\n\n{text}\n", encoding="utf-8")


def shown(result, slug: str, lang: str) -> str:
    """Return the star line under the title of *slug*'s page in *lang*, as a reader reads it."""
    posts = [*result.articles, *(t for a in result.articles for t in a.translations)]
    post = next(p for p in posts if p.slug == slug and p.lang == lang)
    page = BeautifulSoup(result.read(post.save_as), "html.parser")
    return " ".join(page.select_one(".gold-stars").get_text(" ").split())


def test_the_translation_of_a_hard_day_throws_no_party(tmp_path, site_builder):
    content = tmp_path / "content"
    write(content, "news", "news", "Some news", "en", "I'd rather not say much.", "Support: true")
    write(content, "news-fr", "news", "Des nouvelles", "fr", "Je préfère ne pas en dire plus.")
    write(content, "plain", "plain", "Pasta", "en", "A weeknight pasta.", "Support: true")
    write(content, "plain-fr", "plain", "Pâtes", "fr", "Des pâtes du soir.", "Support: false")
    write(content, "bread", "bread", "Bread", "en", "A slow Sunday loaf.")
    write(content, "bread-fr", "bread", "Pain", "fr", "Un pain du dimanche.")
    for slug in ("news", "plain", "bread"):
        write_export(content, slug, [comment(1, None, "Agnès", commenter=AGNES)], stars=30)
    result = site_builder(content)

    assert shown(result, "news", "en") == "30 readers said “I see you”"
    assert shown(result, "news", "fr") == "30 personnes ont dit « Je pense à vous »"  # was a party
    # near misses: the author's own `Support: false`, and an everyday post in both languages
    assert shown(result, "plain", "fr") == "25 étoiles des lecteurs : merci !"
    assert shown(result, "bread", "en") == "25 stars from readers: thank you!"
    assert shown(result, "bread", "fr") == "25 étoiles des lecteurs : merci !"
