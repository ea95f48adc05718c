"""French spam and pitches, and the warm comments that share their words.

A pitch with no link or with a web agency's signature gets no reply; a reader naming a shop, a
team or a plumber in a joke, or « reviens quand tu veux », is no pitch.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Je dis ça pour ton bien, mais tes photos sont vraiment moches.", "hostile"),
        (
            "Personnellement je trouve que ce genre de billet n'a rien à faire sur un blog de "
            "cuisine.",
            "hostile",
        ),
        ("Sans vouloir être méchant, ton style est un peu lourd.", "critical"),
        (
            "Je crois que tu t'es trompé : `list.sort()` renvoie None, pas la liste triée.",
            "critical",
        ),
        ("Coucou ! Je suis une fille sexy et seule, viens me parler sur mon profil 😘", "spam"),
    ],
)
def test_more_french_jabs_corrections_and_spam_are_read_for_what_they_are(text, label):
    assert read_tone(text).label == label


def test_come_back_when_you_are_ready_is_no_loan():
    # « prêt » had been read as a loan: comfort on a hard day got no draft, and "mark it as spam"
    draft = draft_of("Prends ton temps, reviens quand tu seras prêt ❤️", "fr", support=True)
    assert draft.tone != "spam" and draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Super article, très instructif ! Visitez mon profil pour plus de conseils.",
        "Excellent contenu, je partage sur mes réseaux. Ma boutique : Les Bougies de Claire, "
        "livraison offerte.",
        "Voyance gratuite par téléphone, première question offerte !",
        "Grand merci ! Pour vos déménagements sur Paris, pensez à DemenagPro, devis gratuit.",
        "Wow c'est vraiment une belle recette, continuez comme ça. Cordialement, agence SEO Paris.",
        "Super tuto, merci. Agence web Lyon.",
    ],
)
def test_a_pitch_with_no_link_or_a_web_agency_s_signature_gets_no_reply(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "spam", tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "J'ai commandé le moule sur Amazon, livraison offerte, merci pour le lien !",
        "Ma boutique préférée vend ce moule, merci pour l'idée.",
        "Visitez le marché de Noël de Colmar si vous passez, on y trouve ce pain d'épices !",
    ],
)
def test_a_reader_naming_a_shop_is_no_pitch(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour la recette, on l'a faite au bureau ! Cordialement, l'équipe compta",
        "Super atelier, merci ! Bien à vous, l'équipe bénévole",
        "Ma boutique : fermée pour la journée, je teste ta recette à la place !",
        "Vous cherchez un plombier à Lyon ? Moi aussi, mon évier fuit depuis ta soupe 😂",
        "Vous cherchez une entreprise en ligne pour vos cartes de vœux ? Fais-les toi-même !",
        "Vous cherchez une voyante à Paris ? Moi je consulte ton blog, c'est plus fiable 😂",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_team_a_shop_or_a_plumber_joked_about_is_no_pitch(text, support):
    assert read_tone(text, support=support).label != "spam"
    if not support:
        assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour la liste des ustensiles inutiles, mon presse-ail... qui ne sert à rien !",
        "J'ai fait deux plaques, on n'en avait pas assez.",
        "Si comme moi vous n'avez rien compris aux levures, cet article est parfait !",
        "Si comme moi tu n'as rien compris à la fermentation, lis vite cet article !",
        "Même si n'importe qui peut faire ça, personne ne le fait aussi bien que toi !",
        "C'est simple, même si n'importe qui peut faire ça, ta version est la meilleure.",
        "Il y a un super marché de producteurs le samedi à Lyon. Renseignez-vous !",
        "Merci ! Pour la farine bio, il existe des moulins qui livrent. Renseignez-vous !",
        "Oups, il faudrait se relire avant de poster : je voulais dire 200 g, pas 2 kg !",
        "Pardon, faudrait relire avant de publier, c'est 180°C pas 280°C dans mon message "
        "précédent 😅",
        "Joli effort mais c'est niveau débutant, et c'est exactement ce qu'il me fallait, merci !",
        "Mon fils a fait un bel effort, mais c'est niveau CM2 😂 On a adoré quand même !",
        "Tu tricotes aussi ? Super, ça t'occupe.",
        "Très clair, merci ! Stagiaire, agence web.",
        "Merci pour ce tuto ! Cordialement, Julie, agence web",
    ],
)
def test_praise_a_tip_or_a_reader_s_own_slip_is_no_jab_nor_spam(text):
    assert read_tone(text).label not in ("hostile", "spam"), read_tone(text).cues
