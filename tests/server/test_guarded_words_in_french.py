"""« J'en ai fini avec la vie mdr. » is "I'm so done with life lol" in French: the server marks it
guarded (its tone reads as praise), so the drafts neither star nor quote it and, on a French page,
ten readers' stars earn it no « Coup de cœur des lecteurs ». « J'en ai fini avec la vie de
bureau ! », a reader's new freedom, keeps its badge and its quote."""

from comment_server.export import write_export
from comment_server.tone_check import check_tone
from tests.support.api import approved_comment, reader_token
from tests.support.posts import badge_ids, page_of, write_post

DONE = "J'en ai fini avec la vie mdr. Super recette quand même !"
FED_UP = "J'en ai marre de la vie. Super recette."
OFFICE = "J'en ai fini avec la vie de bureau ! Super recette pour fêter ça."
DEAR = "J'en ai marre de la vie chère, mais cette recette est économique, merci !"


def test_the_tone_reader_marks_a_french_reader_at_risk_guarded():
    assert check_tone(DONE).guarded and check_tone(FED_UP).guarded
    assert not check_tone(OFFICE).guarded and not check_tone(DEAR).guarded


def test_a_french_reader_at_risk_wears_no_badge_for_their_stars(
    client, store, tmp_path, site_builder
):
    lea, ines = reader_token("lea-000000000000000"), reader_token("ines-00000000000000")
    done = approved_comment(client, "gateau", text=DONE, author="Léa", reader=lea)["id"]
    office = approved_comment(client, "gateau", text=OFFICE, author="Inès", reader=ines)["id"]
    for cid in (done, office):
        for n in range(10):
            body = {"reader": reader_token(f"reader-{cid}-{n:02d}-000000"), "comment": cid}
            assert client.put("/api/threads/gateau/stars", json=body).status_code == 200
    content = tmp_path / "content"
    write_post(content, "gateau", date="2026-01-01 09:00", title="Gâteau au citron", lang="fr")
    write_export(store.export_documents(), content / "comments")
    built = site_builder(content)
    assert built.warnings() == []
    page = page_of(built, "gateau")
    assert badge_ids(page, done) == []
    assert badge_ids(page, office)[0] == "readers-favourite"
    label = page.select_one(f"#comment-{office} > article .badges .badge").get_text()
    assert label == "Coup de cœur des lecteurs"
