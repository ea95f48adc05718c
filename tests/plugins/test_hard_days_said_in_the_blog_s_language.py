"""`Support:` said in the blog's language: « support: oui » on « Au revoir, papa » (YAML front
matter) and „Support: Ja" on „Tschüss, Opa" are hard days, with no « 100 étoiles des lecteurs :
merci ! » and no badge beside a reader; `invoke promote` reads them so too. « Support: non » on a
post that reads as one celebrates it, as `Support: false` does. A value that says neither warns,
and the post's words decide."""

from pathlib import Path

from promote_related.digest import is_hard_day

from tests.support.posts import AGNES, badge_ids, page_of, said, write_export


def write(content: Path, slug: str, meta: str, body: str, yaml: bool = False) -> None:
    content.mkdir(parents=True, exist_ok=True)
    text = f"---\n{meta}\n---\n\n{body}\n" if yaml else f"{meta}\n\n{body}\n"
    (content / f"{slug}.md").write_text(text, encoding="utf-8")
    cid = sum(map(ord, slug)) % 1000
    kind = said(cid, "Agnès", "Quelle belle photo !", AGNES, stars=12, tone="praise")
    write_export(content, slug, [kind], stars=120)


def milestones(result, slug: str) -> list[str]:
    return [" ".join(e.get_text(" ").split()) for e in page_of(result, slug).select(".gold-stars")]


def test_a_yes_in_french_or_german_is_a_hard_day(tmp_path, site_builder):
    content = tmp_path / "content"
    write(
        content,
        "papa",
        "title: Au revoir, papa\ndate: 2026-01-04 09:00\nslug: papa\nlang: fr\nsupport: oui",
        "Papa est mort mardi.",
        yaml=True,
    )
    write(
        content,
        "opa",
        "Title: Tschüss, Opa\nDate: 2026-01-05 09:00\nSlug: opa\nLang: de\nSupport: Ja",
        "Opa ist gestern gestorben.",
    )
    result = site_builder(content)
    assert result.warnings() == []
    assert milestones(result, "papa") == ["120 personnes ont dit « Je pense à vous »"]
    assert milestones(result, "opa") == ["120 Menschen haben „Ich denke an dich“ gesagt"]
    for slug in ("papa", "opa"):
        page = page_of(result, slug)
        assert page.select_one("#comments")["data-support"] == "true"
        comments = page.select("li[id^=comment-]")
        assert comments and all(badge_ids(page, int(c["id"][8:])) == [] for c in comments)


def test_a_no_in_french_celebrates_and_a_value_that_says_neither_warns(tmp_path, site_builder):
    content = tmp_path / "content"
    # Near miss: the author's « non » on a post that reads as a hard day keeps its party.
    write(
        content,
        "chat",
        "Title: Adieu, Minou\nDate: 2026-01-04 09:00\nSlug: chat\nLang: fr\nSupport: non",
        "Notre chat est mort hier, à vingt ans. Vingt ans de bonheur !",
    )
    write(
        content,
        "dad",
        "Title: Goodbye, Dad\nDate: 2026-01-05 09:00\nSlug: dad\nSupport: maybe",
        "My father died last week.",
    )
    result = site_builder(content)
    assert milestones(result, "chat") == ["100 étoiles des lecteurs : merci !"]
    assert milestones(result, "dad") == ["120 readers said “I see you”"]
    unread, read = sorted(result.warnings())
    assert "dad.md: `Support: maybe` says neither yes nor no" in unread
    assert "dad.md: reads as a hard day" in read


class Post:
    """What `invoke promote` reads of one of the author's posts."""

    def __init__(self, support: str, title: str = "Tomato days") -> None:
        self.metadata = {"support": support}
        self.title, self._content = title, "<p>The tomatoes are ripe.</p>"


def test_the_digest_reads_the_same_yes_and_no():
    # `invoke promote` runs no plugin: the author's own word is read as the build reads it.
    assert is_hard_day(Post("oui")) and is_hard_day(Post("Sí")) and is_hard_day(Post("sim"))
    assert not is_hard_day(Post("non", "Au revoir, papa")) and not is_hard_day(Post("false"))
