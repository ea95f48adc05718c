"""A post that tells of a friend's suicide as an ending put to a life (« Mon ami Sam a mis fin à
ses jours », "acabó con su vida", "ha posto fine alla sua vita", "pôs fim à própria vida", „hat
seinem Leben ein Ende gesetzt"), of a job cut without the word "fired" (« Mon poste a été
supprimé », "Mi puesto fue eliminado", „Meine Stelle wurde gestrichen", "Il mio posto è stato
eliminato", "Meu cargo foi extinto") or of a pet put down by the vet (« Nous avons fait endormir
Biscotte ») is a hard day: no milestone, no badge, no party beside it; its stars read "I see
you". These had celebrated « 30 étoiles des lecteurs : merci ! » and offered « Ce blog a dix ans
! » beside them. A wedding told laughing ("I was dying laughing"), a bachelor life ended, a forum
post deleted, a parking space moved, children put to bed, a mum off to the seaside and a
grandad asleep on the sofa still celebrate."""

import pytest

from plugins.comments.hard_days import read_opening
from reply_drafts.tone import read_tone
from tests.support.friends import assert_shared_quietly, assert_shared_warmly
from tests.support.posts import AGNES, TOMAS, badge_ids, page_of, said, said_text, write_export

HARD_DAYS = {
    "sam-fr": ("fr", "Pour Sam", "Mon ami Sam a mis fin à ses jours la semaine dernière."),
    "sam-es": ("es", "Para Sam", "Mi amigo Sam acabó con su vida la semana pasada."),
    "sam-it": ("it", "Per Sam", "Il mio amico Sam ha posto fine alla sua vita."),
    "sam-pt": ("pt", "Para o Sam", "O meu amigo Sam pôs fim à própria vida."),
    "sam-de": ("de", "Für Sam", "Mein Freund Sam hat seinem Leben ein Ende gesetzt."),
    "job-fr": ("fr", "Une page se tourne", "Mon poste a été supprimé lundi. Après douze ans."),
    "job-es": ("es", "Pasando página", "Mi puesto fue eliminado el lunes. Doce años."),
    "job-de": ("de", "Eine neue Seite", "Meine Stelle wurde am Montag gestrichen."),
    "job-it": ("it", "Si volta pagina", "Il mio posto è stato eliminato lunedì."),
    "job-pt": ("pt", "Virando a página", "Meu cargo foi extinto na segunda."),
    "biscotte": ("fr", "Au revoir Biscotte", "Nous avons fait endormir Biscotte vendredi."),
    # a parent who went peacefully
    "mum": ("en", "Goodbye", "Mum slipped away peacefully on Sunday, holding my hand."),
    "mama-es": ("es", "Se fue", "Mamá se fue el domingo, tranquila, de la mano."),
    "mama-de": ("de", "Abschied", "Mama ist am Sonntag friedlich eingeschlafen."),
    "mamma": ("it", "Se n'è andata", "La mamma se n'è andata domenica, serena."),
    "mae": ("pt", "Partiu", "A minha mãe partiu no domingo, em paz."),
    # the company that let one go
    "let-go": ("en", "Some news", "After fourteen years, the company let me go on Friday."),
    "prescindio": ("es", "Sin trabajo", "Tras catorce años, la empresa prescindió de mí."),
    "a-casa": ("it", "Licenziamento", "Dopo quattordici anni l'azienda mi ha lasciato a casa."),
    "dispensou": ("pt", "Demissão", "Depois de catorze anos a empresa dispensou-me na sexta."),
    "separee": ("fr", "Licenciement", "Après quatorze ans, l'entreprise s'est séparée de moi."),
    # a pet over the rainbow bridge
    "puente": ("es", "Adiós, Galleta", "Galleta cruzó el puente del arcoíris el viernes."),
    "ponte": ("pt", "Tchau, Biscoito", "O Biscoito atravessou a ponte do arco-íris na sexta."),
    # a baby lost, told with "our"
    "bebe": ("pt", "A nossa perda", "Perdemos o nosso bebé às doze semanas."),
    "bambino": (
        "it",
        "Il nostro angelo",
        "Abbiamo perso il nostro bambino alla dodicesima settimana.",
    ),
    # a burnout told without "I"
    "burnout-it": ("it", "Una pausa", "Mi prendo una pausa. Sono in burnout."),
    "esaurimento": ("it", "Esaurimento", "Ho avuto un esaurimento nervoso a marzo."),
    "burnout-pt": ("pt", "Pausa", "Tive um burnout em março."),
}
PARTIES = {
    "wedding": ("en", "We got married!", "My dad's speech killed me, I was dying laughing."),
    "wedding-laughter": ("en", "Our wedding", "We were all dying of laughter at the speeches."),
    "celibataire": ("fr", "Enfin marié", "Mon frère a mis fin à sa vie de célibataire samedi !"),
    "soltero": ("es", "¡Boda!", "Mi hermano puso fin a su vida de soltero. ¡Qué fiesta!"),
    "scapolo": ("it", "Matrimonio", "Mio fratello ha messo fine alla sua vita da scapolo!"),
    "solteiro": ("pt", "Casamento", "O meu irmão pôs fim à vida de solteiro!"),
    "forum": ("fr", "Le forum", "Mon post a été supprimé par le modérateur, dommage."),
    "parcheggio": ("it", "Parcheggio", "Il mio posto è stato eliminato dal parcheggio? No."),
    "enfants": ("fr", "Soirée", "J'ai dû faire endormir les enfants chez mamie."),
    # a mum who went somewhere happy, a grandad who nodded off, a pupil let off sport
    "kitchen": ("en", "Happy 40th!", "Mum slipped away to the kitchen to light the candles."),
    "cancun": ("es", "Viaje", "Mamá se fue el domingo a Cancún, tranquila y feliz."),
    "sofa": ("de", "Geburtstag", "Mama ist nach dem Essen friedlich eingeschlafen, auf dem Sofa."),
    "mare": ("it", "Estate", "La mamma se n'è andata al mare, serena e felice!"),
    "lisboa": ("pt", "Viagem", "A minha mãe partiu no domingo para Lisboa, em paz e feliz."),
    "escola": ("pt", "Escola", "Fui dispensada das aulas de educação física!"),
    "da-solo": ("it", "Grande", "Sono stato lasciato a casa da solo per la prima volta!"),
    "parque": ("pt", "Parque", "Perdemos o nosso bebé de vista no parque! Estava a brincar."),
    "parco": ("it", "Parco", "Abbiamo perso il nostro bambino al parco per due minuti, che paura!"),
    "ricette": ("it", "Ricette", "Ho avuto un esaurimento di idee, eccovi dieci ricette!"),
}


@pytest.mark.parametrize("slug", sorted(HARD_DAYS))
def test_a_life_ended_a_job_cut_or_a_pet_put_down_is_a_hard_day(slug):
    _, title, text = HARD_DAYS[slug]
    assert read_opening(title, "", text), slug


@pytest.mark.parametrize("slug", sorted(PARTIES))
def test_a_wedding_told_laughing_or_a_bachelor_life_ended_stays_a_party(slug):
    _, title, text = PARTIES[slug]
    assert read_opening(title, "", text) == (), slug


@pytest.mark.parametrize("slug", sorted(HARD_DAYS))
def test_the_digest_shares_a_friends_post_of_these_quietly(slug):
    _, title, text = HARD_DAYS[slug]
    assert_shared_quietly(title, text)


@pytest.mark.parametrize("slug", sorted(PARTIES))
def test_the_digest_shares_a_friends_party_warmly(slug):
    _, title, text = PARTIES[slug]
    assert_shared_warmly(title, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mon ami a mis fin à ses jours en mars, votre billet m'a aidée.",
        "Mi hermano acabó con su vida hace un año.",
        "Mio padre ha posto fine alla sua vita quando avevo dieci anni.",
    ],
)
def test_a_comment_of_a_life_ended_reads_as_grief(text):
    assert read_tone(text, "Ann").label == "grief"


@pytest.mark.parametrize(
    "text",
    [
        "Félicitations ! Ton frère a mis fin à sa vie de célibataire avec classe.",
        "¡Enhorabuena! Por fin puso fin a su vida de soltero, qué boda tan bonita.",
        "Congratulations! I was dying laughing at the speeches, what a wedding.",
    ],
)
def test_a_comment_that_cheers_a_bachelor_life_ended_stays_warm(text):
    assert read_tone(text, "Ann").label != "grief"


QUIET = {
    "en": "30 readers said “I see you”",
    "fr": "30 personnes ont dit « Je pense à vous »",
    "es": "30 personas dijeron «Pienso en ti»",
    "de": "30 Menschen haben „Ich denke an dich“ gesagt",
    "it": "30 persone hanno detto «Ti penso»",
    "pt": "30 pessoas mandaram “Um abraço”",
}
# the milestone a post reaches at 25 stars, as a normal post shows it
MILESTONE = {
    "en": "25 stars from readers: thank you!",
    "fr": "25 étoiles des lecteurs : merci !",
    "es": "25 estrellas de quienes leen: ¡gracias!",
    "de": "25 Sterne von euch: danke!",
    "it": "25 stelle da chi legge: grazie!",
    "pt": "25 estrelas de quem lê: que alegria!",
}


def write_post(content, slug: str, lang: str, title: str, text: str, day: int) -> None:
    content.mkdir(parents=True, exist_ok=True)
    meta = (
        f"Title: {title}\nDate: 2026-{day // 28 + 1:02d}-{day % 28 + 1:02d} 09:00\nSlug: {slug}\n"
    )
    meta += f"Lang: {lang}\n"
    body = f"{text}\n\nLa famille, le chien, le jardin. Family, garden, the dog.\n"
    (content / f"{slug}.md").write_text(f"{meta}Tags: family\n\n{body}", encoding="utf-8")


def test_the_pages_of_these_hard_days_throw_no_party_and_the_parties_still_do(
    tmp_path, site_builder
):
    content = tmp_path / "content"
    posts = {**HARD_DAYS, **PARTIES, "dix-ans": ("fr", "Ce blog a dix ans !", "Merci à vous.")}
    for day, (slug, (lang, title, text)) in enumerate(sorted(posts.items()), start=1):
        write_post(content, slug, lang, title, text, day)
        write_export(
            content,
            slug,
            [
                said(1, "Agnès", "Je pense à toi.", AGNES, stars=12, gold_stars=1),
                said(2, "Tomás", "Un abrazo.", TOMAS, stars=3),
            ],
            stars=30,
        )
    result = site_builder(content, PROMOTE_RELATED_MAX=30)

    for slug, (lang, _, _) in HARD_DAYS.items():
        page = page_of(result, slug)
        # was « 30 étoiles des lecteurs : merci ! » and « Coup de cœur des lecteurs »
        assert page.select(".badge--milestone") == [], slug
        assert badge_ids(page, 1) == [], slug
        assert said_text(page.select_one(".gold-stars--quiet")) == QUIET[lang], slug
        related = [a.get_text() for a in page.select(".promote-related-item a")]
        assert "Ce blog a dix ans !" not in related, (slug, related)
    for slug, (lang, _, _) in PARTIES.items():
        page = page_of(result, slug)
        assert said_text(page.select_one(".badge--milestone")) == MILESTONE[lang], slug


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Repose en paix, levain numéro 1", "Je l'ai oublié au frigo trois mois. Voici le n° 2."),
        ("Repose en paix mon régime", "Les bredele de Noël arrivent."),
        ("Nous avons fait endormir le jardin pour l'hiver", "Dernière récolte, et une tarte."),
        ("Il a mis fin à ses jours de galère", "Mon frère a ouvert sa boulangerie !"),
        (
            "Mon poste a été supprimé… du salon",
            "On a enlevé la télé pour faire de la place au four.",
        ),
        ("Repose en paix, ma vieille cocotte", "Elle a fait 30 ans de pot-au-feu."),
        (
            "L'entreprise s'est séparée de moi… et c'est la meilleure chose qui me soit arrivée",
            "J'ai ouvert ma boulangerie.",
        ),
    ],
)
def test_an_ending_told_of_a_starter_a_diet_a_garden_or_hard_times_is_no_hard_day(title, text):
    assert read_opening(title, "", text) == ()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Repose en paix, chef", "Il nous a appris la pâte feuilletée."),
        ("Pour Sam", "Mon ami Sam a mis fin à ses jours en mars."),
        ("Mon poste a été supprimé du jour au lendemain", "Alors j'ai fait du pain."),
    ],
)
def test_the_endings_beside_them_are_still_hard_days(title, text):
    assert read_opening(title, "", text)
