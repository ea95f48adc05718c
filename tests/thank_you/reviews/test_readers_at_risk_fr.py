"""French readers at risk, and the warm comments that share their words.

« J'ai pris tous mes cachets ce soir. », « jveux plus vivre », « Adieu tout le monde, merci pour
tout. »: a French reader at risk, said plainly or obliquely, gets the helpline and is never starred
nor quoted. Beside each case stand the warm comments in the same words (a wish to vanish to an
island with a cake, pills packed for a trip, a goodbye to a diet, a task left for tomorrow), which
get no helpline and no guard.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of
from tests.support.readings import (
    PRAISE,
    assert_never_starred_nor_quoted,
    reading,
)


@pytest.mark.parametrize(
    "text",
    [
        "Je n'ai plus la force. Plus rien ne me retient ici.",
        "Je pense souvent à disparaître. Personne ne s'en rendrait compte.",
        "Demain je ne serai plus là. Merci pour tout ce que tu as écrit.",
    ],
)
def test_a_french_reader_at_risk_said_obliquely_is_heard(text):
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text, language",
    [
        ("I have my pills saved up and ready.", "en"),
        ("I have the pills saved up, so thanks for everything. Love this blog.", "en"),
        ("I've been hoarding my pills for a while now. https://me.example.com", "en"),
        ("J'ai mis de côté tous mes médicaments, et je me sens prête.", "fr"),
    ],
)
def test_a_reader_at_risk_is_told_where_help_is(text, language):
    draft = draft_of(text, language)
    assert draft.tone == "grief" and "findahelpline.com" in draft.text
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pensé au suicide plusieurs fois ce mois-ci.",
        "J'ai des idées noires en ce moment, merci pour ton texte.",
        "Personne ne remarquerait si je partais.",
        "Jveux juste dormir pour toujours",
        "J'ai craqué, je me suis refait du mal.",
        "Je vais tout arrêter, j'en peux plus de cette vie.",
        "J'en peux plus de ma vie.",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_reader_at_risk_is_heard_with_a_helpline(text, support):
    tone, draft = read_tone(text, support=support), draft_of(text, "fr", support=support)
    assert tone.label == "grief" and tone.crisis, tone.cues
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "J'ai plus la force de continuer, à quoi bon.",
        "Je n'ai plus la force de continuer.",
        "Ca sert a rien de vivre comme ca",
        "Ça ne sert plus à rien de vivre.",
        "ce soir c'est la dernière fois que j'écris ici. merci pour tout.",
        "Je laisse mes recettes à ma sœur, je n'en aurai plus besoin.",
        "J'ai écrit des lettres à tout le monde et je donne mes affaires.",
        "Adieu tout le monde, merci pour tout.",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_oblique_words_or_a_goodbye_of_a_reader_at_risk_are_never_starred_nor_quoted(text, support):
    tone, draft = read_tone(text, support=support), draft_of(text, "fr", support=support)
    assert tone.guarded or tone.crisis, tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Je voudrais juste disparaître quelques jours sur une île avec ce gâteau 😂",
        "J'aimerais disparaître sous la couette tout le week-end.",
        "Après ce gratin je veux juste dormir pour toujours 😂",
        "J'ai envie de dormir pour toujours sous cette couette avec ta soupe.",
        "Personne ne remarquerait si je partais avec le dernier cookie 😂",
        "Le film était plein d'idées noires mais ta recette m'a remonté le moral.",
        "Je me suis refait du mal au dos en jardinant, mais ta soupe m'a réchauffée !",
    ],
)
def test_a_wish_to_vanish_for_a_while_or_to_sleep_forever_in_fun_gets_no_helpline(text):
    assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Je pars en Australie pour un an, adieu tout le monde et merci pour les recettes !",
        "Adieu les régimes, bonjour ta brioche !",
        "Je donne mes affaires de bébé, merci pour l'idée !",
        "Je donne mes affaires à Emmaüs ce week-end, ça fait du bien.",
        "Je me suis fait agresser par un cygne au parc mdr, heureusement ton gâteau m'a consolée.",
    ],
)
def test_a_move_a_clear_out_or_a_swan_stays_warm(text):
    assert_read_warm(text, "fr")


def test_giving_things_away_before_a_move_keeps_its_star():
    text = "Je donne la plupart de mes affaires avant le déménagement à Lyon !"
    assert_read_warm(text, "fr")
    assert not read_tone(text).guarded
    assert draft_of(text, "fr").gold_stars > 0


@pytest.mark.parametrize(
    "text",
    [
        "J'ai des idées noires pour Halloween : gâteau au charbon végétal et meringues noires.",
        "J'ai des idées noires le lundi matin, mais ta brioche les chasse.",
        "J'ai des idées noires… comme ton gâteau forêt-noire, j'en veux encore !",
        "Après cette raclette je veux juste dormir pour toujours.",
        "Je me suis refait du mal hier au dos en pétrissant, mais ça valait le coup.",
        "Je me suis refait du mal ce matin avec la mandoline, attention aux doigts !",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_joke_or_a_sore_back_gets_no_helpline(text, support):
    assert not read_tone(text, support=support).crisis
    if not support:
        assert_read_warm(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "J'ai goûté tes cookies. Ma ligne ? Adieu.",
        "Mon régime a duré deux jours. Adieu.",
        "Adieu !",
        "Le moule à cake en silicone ? Adieu.",
        "C'est pour ce soir… j'ai hâte de goûter !",
    ],
)
def test_a_goodbye_to_a_diet_or_a_greeting_is_not_guarded(text):
    tone = read_tone(text)
    assert not tone.guarded and not tone.crisis, tone.cues


@pytest.mark.parametrize(
    "text",
    [
        "Trois gâteaux d'anniversaire cette semaine, j'en peux plus de cette vie ! 😂",
        "Les enfants réclament encore des crêpes… j'en peux plus de cette vie. Mdr",
        "J'en peux plus de cette vie ! Vivement les vacances 😂",
        "Je vais tout arrêter, j'en peux plus de cette vie. Je pars élever des chèvres ! 😄",
        "Je vais tout arrêter, j'en peux plus de cette vie. On déménage à la campagne et j'ouvre "
        "une boulangerie !",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_laugh_or_a_plan_is_no_crisis(text, support):
    assert not read_tone(text, support=support).crisis
    assert not draft_of(text, "fr", support=support).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Après 3 heures de pétrissage, j'ai plus la force de continuer. Je finis demain !",
        "Je n'ai plus la force de continuer, je vais me coucher, la suite demain 😴",
        "J'ai plus la force de continuer, trop mangé de ta galette !",
        "Trois étages de pièce montée, j'ai plus la force de continuer. Je ferai le dernier "
        "demain !",
        "J'ai testé 10 recettes de cookies. Celle-ci est la meilleure, ça sert à rien de "
        "continuer.",
        "C'est la dernière fois que je viens ici. À chaque visite je repars avec trois recettes et "
        "deux kilos de plus !",
        "C'est la dernière fois que j'écris ici. Enfin, jusqu'à ta prochaine recette !",
        "Je laisse mes carnets à ma fille, je n'en aurai plus besoin. Ton blog les remplace tous !",
        "Je donne mes livres à ma voisine, je n'en aurai plus besoin. Tout est sur ton blog "
        "maintenant !",
    ],
)
def test_a_task_left_for_tomorrow_or_a_joke_is_not_guarded(text):
    tone = read_tone(text)
    assert not tone.guarded and not tone.crisis, tone.cues


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pris tous mes cachets ce soir.",
        "J'ai avalé toute la boîte de somnifères.",
        "J'ai écrit des lettres à tout le monde, c'est bientôt fini pour moi.",
        "chui a bout, jveux plus vivre",
        "j'veux plus me réveiller",
    ],
)
def test_pills_taken_or_letters_written_are_heard_with_a_helpline(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "grief" and tone.crisis, tone.cues
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Je ne vois plus l'intérêt de continuer.",
        "Plus rien n'a de sens pour moi.",
        "Ce sera mon dernier commentaire ici. Merci pour tout.",
        "Je donne toutes mes affaires, je n'en aurai plus besoin.",
    ],
)
def test_oblique_words_of_a_reader_at_risk_are_never_starred_nor_quoted(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.guarded or tone.crisis, tone
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pris tous mes cachets ce matin comme d'habitude, et j'ai fait ta brioche !",
        "J'ai pris tous mes médicaments pour les vacances, merci pour la liste !",
        "J'ai écrit des lettres à tout le monde pour Noël, et j'ai joint ta recette !",
        "Je donne toutes mes affaires de bébé, merci pour l'idée du vide-grenier !",
        "Je ne vois plus l'intérêt de continuer ce régime, ta brioche m'a convaincue !",
        "Ce sera mon dernier commentaire avant les vacances, merci pour tout !",
        "Je vais me tuer à la tâche pour réussir ce levain mdr.",
    ],
)
def test_pills_letters_and_last_comments_in_everyday_use_stay_warm(text):
    assert_read_warm(text, "fr")
    assert not read_tone(text).guarded


@pytest.mark.parametrize(
    "text",
    [
        "Ce soir c'est pour ce soir. Adieu.",
        "C'est pour ce soir.",
        "Merci pour tout. Adieu.",
        "Adieu.",
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_goodbye_that_may_be_a_reader_at_risk_is_never_quoted(text, support):
    tone = read_tone(text, support=support)
    assert tone.guarded or tone.crisis, tone
    assert_never_starred_nor_quoted(text, "fr", support)


@pytest.mark.parametrize(
    "text",
    [
        "Adieu les régimes, bonjour ta brioche !",
        "La brioche c'est pour ce soir !",
        "C'est pour ce soir ! J'ai hâte de goûter.",
        "Ce soir c'est pizza maison grâce à toi.",
    ],
)
def test_a_dinner_tonight_or_a_diet_dropped_stays_warm(text):
    assert not read_tone(text).guarded
    assert_read_warm(text, "fr")


NOT_A_CRISIS = [
    "Je veux pu me réveiller sans l'odeur de ton pain, mdr !",
    "Je veux plus vivre sans ta tarte au citron, elle est divine ! Merci.",
]


@pytest.mark.parametrize("text", NOT_A_CRISIS)
def test_not_waking_up_without_the_smell_of_bread_is_no_crisis(text):
    assert_read_warm(text, "fr", thanked=True)
    assert not read_tone(text, support=True).crisis


@pytest.mark.parametrize(
    "text", ["Je ne veux plus vivre.", "j'veux plus me réveiller", "Je veux plus vivre sans lui."]
)
def test_a_wish_not_to_live_beside_the_narrowed_words_is_still_a_crisis(text):
    assert read_tone(text).crisis


def test_french_meds_put_aside_for_a_trip_are_no_warning_sign():
    text = "J'ai mis de côté mes médicaments pour le voyage, merci pour les conseils !"
    assert reading(text, "fr") == (*PRAISE, False, False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I've had thoughts about not being here anymore.", "en"),
        ("I keep having thoughts of not wanting to be alive.", "en"),
        ("There's no way out for me.", "en"),
        ("I keep thinking everyone would be happier if I wasn't around.", "en"),
        ("I'm writing letters to everyone I love, just in case.", "en"),
        ("Je ne vois plus d'issue.", "fr"),
    ],
)
def test_a_reader_at_risk_missed_at_the_start_of_the_day_is_heard(text, language):
    assert read_tone(text).crisis and not draft_of(text, language).quote
