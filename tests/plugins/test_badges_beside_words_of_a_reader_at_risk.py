"""A comment the comment server marks `guarded` (export version 3: words a reader at risk may
write, though they read as praise) wears no badge, gold star or none: ten readers' stars make it
no "Readers' favourite", it wears no "First comment", the replies under it wear none, and the
wall does not quote it. The kind comment beside it, starred as much, keeps its badges, said in
the page's language (English, French, Spanish)."""

import pytest

from tests.support.posts import (
    AGNES,
    KIM,
    MAYA,
    SAM,
    badge_ids,
    page_at,
    page_of,
    said,
    write_export,
    write_post,
)

# language: (the guarded words, a reply under them, the kind twin, "Readers' favourite" said)
ROOMS = {
    "en": (
        "I'm so done with life lol. Great recipe though!",
        "Haha same, this cake saved my week.",
        "I'm so done with the dishes lol. Great recipe though!",
        "Readers’ favourite",
    ),
    "fr": (
        "C'est mon dernier commentaire. Merci pour tout.",
        "Merci Léa, ta photo du gâteau est superbe.",
        "C'est mon premier commentaire. Merci pour tout !",
        "Coup de cœur des lecteurs",
    ),
    "es": (
        "Este es mi último comentario. Gracias por todo.",
        "Gracias Lucía, tu foto del bizcocho es preciosa.",
        "Este es mi primer comentario. ¡Gracias por todo!",
        "Aplauso del público",
    ),
}


@pytest.fixture(params=sorted(ROOMS))
def room(request, tmp_path, site_builder):
    lang = request.param
    guarded, reply, twin, _ = ROOMS[lang]
    content = tmp_path / "content"
    meta = {} if lang == "en" else {"lang": lang}
    write_post(content, "cake", date="2026-01-01 09:00", title="Lemon cake", **meta)
    write_export(
        content,
        "cake",
        [
            said(1, "Léa", guarded, SAM, stars=12, tone="praise", guarded=True),
            said(2, "Kim", reply, KIM, parent=1, stars=12, gold_stars=1, tone="praise"),
            said(3, "Agnès", twin, AGNES, stars=12, tone="praise"),
            said(4, "Maya", twin, MAYA, stars=12, gold_stars=1, tone="praise"),
        ],
        version=3,
    )
    return lang, site_builder(content)


def test_words_of_a_reader_at_risk_and_the_replies_under_them_wear_no_badge(room):
    lang, built = room
    assert built.warnings() == []
    cake = page_of(built, "cake")
    assert badge_ids(cake, 1) == badge_ids(cake, 2) == []
    # The reply's gold star is said plainly, as under a reader's loss; the wall leaves it out.
    assert "great big" not in (cake.select_one("#comment-2 .gold-star-award").get_text())
    assert ROOMS[lang][1] not in page_at(built, "gold-stars/index.html").get_text()


def test_the_kind_twin_keeps_its_badges_in_the_pages_language(room):
    lang, built = room
    cake = page_of(built, "cake")
    assert badge_ids(cake, 3) == ["readers-favourite", "first-comment"]
    assert badge_ids(cake, 4) == ["readers-favourite", "bright-idea"]
    labels = [li.get_text() for li in cake.select("#comment-3 > article .badges .badge")]
    assert labels[0] == ROOMS[lang][3]
    assert ROOMS[lang][2] in page_at(built, "gold-stars/index.html").get_text()  # Maya's
