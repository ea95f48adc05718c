"""Good news and congratulations, and the news that must not be congratulated.

A birth, a wedding, a pregnancy after miscarriages, a last round of radiotherapy, the end of a
reader's hard time is the reader's own news, met glad (quietly glad on a hard-day post). News of
years ago, the author's news, a hope, a stand mixer, a baby goat, or a birth beside a loss or in
intensive care gets no congratulations.
"""

import pytest

from reply_drafts.grief import hard_time_cues
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    "title, opening",
    [
        ("Grief in The Last of Us", "How the show handles grief better than most dramas."),
        (
            "Layoffs in tech, by the numbers",
            "A data dive into 2023's tech layoffs using public WARN notices.",
        ),
        (
            "Tough week for the server",
            "Our server had a tough week: three outages and a failing disk. A post-mortem.",
        ),
        ("Le deuil de Twitter", "J'ai quitté Twitter. Voici où me retrouver."),
    ],
)
def test_words_news_and_things_share_still_need_the_author_s_own_life(title, opening):
    assert not hard_time_cues(title, "", opening)


def test_a_reader_s_own_good_news_congratulated_by_themselves_is_theirs():
    read = read_tone("Congrats to me, I finally finished chemo today! Your posts got me through.")
    assert read.label == "grief" and read.good_news


@pytest.mark.parametrize(
    "text",
    [
        "Lost my job in March and baking kept me sane. Just got a new offer yesterday! "
        "Celebrating with your focaccia.",
        "Update: the cancer is gone!!! I read your blog through every round of chemo. Thank you "
        "for keeping me company 💛",
    ],
)
def test_the_end_of_a_reader_s_hard_time_is_good_news(text):
    assert read_tone(text).good_news


def test_a_pregnancy_after_miscarriages_is_glad_news_not_a_line_to_quote():
    text = (
        "Je suis enceinte !!! Après trois fausses couches. Merci d'avoir parlé de ça si "
        "ouvertement."
    )
    draft = draft_of(text, "fr")
    assert draft.tone == "grief" and read_tone(text).good_news and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "Mes photos sont moches à côté des tiennes, elles sont sublimes !",
        "Je ne sais pas si tes photos sont moches, elles sont juste trop petites sur mobile.",
        "Tu t'es trompée ? Non, c'est moi qui avais mal lu, tout marche !",
        "Je suis enceinte de 6 mois et ta recette de tarte passe toute seule 😄",
    ],
)
def test_the_reader_s_own_photos_a_doubt_or_a_pregnancy_stay_warm(text):
    assert read_tone(text).label not in ("hostile", "critical", "grief")


def test_a_relative_s_good_news_is_the_reader_s_own():
    draft = draft_of("Congrats to my sister, she finished chemo today! Thanks for the recipes.")
    assert "sorry" not in draft.text.lower()
    assert "good news" in draft.text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our daughter was born at the hospital last night!", "en"),
        (
            "Just got back from the hospital with our newborn son, thanks for the freezer meals!",
            "en",
        ),
        ("Back from hospital after the birth of our son, these muffins kept us going.", "en"),
        ("Unsere Tochter ist heute im Krankenhaus geboren!", "de"),
    ],
)
def test_a_birth_in_hospital_is_good_news_not_a_loss(text, language):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.good_news and not tone.loss
    assert "sorry" not in draft.text.casefold() and "tut mir leid" not in draft.text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "Dad is in hospital again.",
        "My daughter was born at the hospital and died two days later.",
    ],
)
def test_a_stay_in_hospital_or_a_death_after_birth_is_no_good_news(text):
    tone = read_tone(text)
    assert tone.label == "grief" and not tone.good_news


CONGRATULATIONS = "congratulations"


@pytest.mark.parametrize(
    "text",
    [
        # each had been answered "What wonderful news. Congratulations" with no quote
        "We got married in 1985 and we still make this cake every anniversary. Thank you!",
        "Our daughter was born in 1990 and she still asks for your mum's cake recipe. Thank you!",
        "Our twins were born in 2015 and still fight over the last cookie. Love this recipe.",
        "I became a dad last year and this recipe became my go-to for tired nights. Thanks!",
        "I became a grandma last year and now I bake for the whole family. Love your blog.",
        "My son was born on a Tuesday too, funny coincidence with your post! Great read.",
        "Just got married to my new stand mixer, lol. Best relationship ever. Thanks for the "
        "review!",
        "Got engaged to this recipe, no other brownie will do. Thank you!",
        "We had a baby boy! Well, a baby goat. Named him Crumpet. Great blog on farm life.",
    ],
)
def test_news_of_years_ago_a_stand_mixer_or_a_goat_gets_no_congratulations(text):
    tone = read_tone(text)
    assert_read_warm(text, "en")
    assert not tone.good_news
    for number in range(1, 7):
        assert CONGRATULATIONS not in draft_of(text, number=number).text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "We had a baby girl last night! 3.2 kg of joy.",
        "We got married yesterday!",
        "I just became a dad! Thanks for the recipes that got us through.",
        "We finally had our baby boy today!",
        "Our son was born this morning. Thank you for the freezer meals!",
    ],
)
def test_news_of_now_is_still_congratulated(text):
    assert read_tone(text).good_news
    assert CONGRATULATIONS in draft_of(text).text.casefold()


# A reader who asks how the blogger is and then tells of their own good day.
NOT_CARING = [
    "Come stai? Io benissimo, la torta è venuta!",
    "Come stai? Io sto bene, grazie alla tua ricetta!",
    "Como você está? Eu estou ótima, o bolo ficou lindo!",
]


@pytest.mark.parametrize("text", NOT_CARING)
def test_how_are_you_then_own_good_news_is_not_caring(text: str) -> None:
    assert not read_tone(text, author="Sam").caring_question, text


@pytest.mark.parametrize(
    "text",
    [
        "We had a baby girl last night! 3.2 kg of joy.",
        "We got engaged last weekend! Your cake recipe will be at the wedding.",
        "We got married on Saturday! Your lemon cake was our wedding cake.",
        "Our son was born on Tuesday, so I'll be baking less for a while!",
        "Just got engaged!! Had to tell someone. Love this blog.",
        "I just became a grandma! Baking for the new parents all week.",
        "It's a girl! Thank you for the nursery bread recipes.",
    ],
)
def test_a_birth_or_a_wedding_announced_is_congratulated_not_quoted(text):
    for number in range(1, 7):
        draft = draft_of(text, number=number)
        assert read_tone(text).good_news
        assert CONGRATULATIONS in draft.text.casefold()
        assert draft.quote == "" and draft.gold_stars == 0


def test_a_birth_on_a_hard_day_post_is_met_quietly_glad():
    text = "We had a baby girl last night! 3.2 kg of joy."
    draft = draft_of(text, support=True)
    assert draft.advice.startswith("A quiet reply")
    assert "glad to hear the good news" in draft.text
    assert "!" not in draft.text and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Congrats on the baby! So happy for you.",
        "Did you get married? Hope so!",
        "I hope we get engaged this year.",
        "We had a baby goat born on the farm last night! So cute.",
        "She lived two days in Paris and loved the bread.",
    ],
)
def test_the_authors_news_a_hope_or_a_baby_goat_gets_no_congratulations(text):
    tone, draft = read_tone(text), draft_of(text)
    assert not tone.good_news and not tone.loss
    assert CONGRATULATIONS not in draft.text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "We had a baby boy last week but he only lived two hours.",
        "Our daughter was born sleeping on Tuesday.",
        "Our son was born at 26 weeks and is in the NICU. Please keep him in your thoughts.",
    ],
)
def test_a_baby_lost_or_in_intensive_care_gets_no_congratulations(text):
    assert_read_hard(text, "en", "grief")
    assert CONGRATULATIONS not in draft_of(text).text.casefold()


def test_a_birth_after_miscarriages_is_good_news_not_a_loss():
    text = "After three miscarriages, we had a baby girl last night."
    tone, draft = read_tone(text), draft_of(text)
    assert tone.label == "grief" and tone.good_news and not tone.loss
    assert "glad to hear the good news" in draft.text
    assert "loss" not in draft.text and draft.quote == "" and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "After two miscarriages we had a baby girl. She's in the NICU.",
        "After our baby was born, my dad died.",
        "After three miscarriages, we had a baby girl last night, but she only lived two hours.",
    ],
)
def test_a_birth_beside_a_loss_or_intensive_care_is_no_good_news(text):
    tone = read_tone(text)
    assert tone.label == "grief" and not tone.good_news


@pytest.mark.parametrize(
    "text",
    [
        "Guérie ! Fin des traitements aujourd'hui, merci pour tes mots pendant la chimio.",
        "Dernière chimio hier, et le médecin dit : plus aucune trace du cancer !",
        "Je suis guérie. Merci à tous ceux qui m'ont soutenue pendant la chimio.",
    ],
)
def test_a_hard_time_ending_well_is_answered_glad(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.good_news, tone
    assert "Cette bonne nouvelle" in draft_of(text, "fr").text


@pytest.mark.parametrize(
    "text",
    [
        "Chimio demain, j'espère être guérie un jour.",
        "Chimio demain, je lis ton blog pour penser à autre chose.",
    ],
)
def test_a_hard_time_not_yet_over_is_no_good_news(text):
    tone = read_tone(text)
    assert tone.label == "grief" and not tone.good_news, tone


@pytest.mark.parametrize(
    "text",
    [
        "We had a baby girl last night! Any tips for freezing bread?",
        "We got engaged on Saturday! How long does the dough keep in the fridge?",
    ],
)
def test_joy_beside_a_question_is_congratulated_and_the_question_answered(text):
    draft = draft_of(text)
    assert read_tone(text).good_news
    assert CONGRATULATIONS in draft.text.casefold()
    assert "question" in draft.text.casefold() and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Did you get engaged? Any tips for freezing bread?",
        "I hope we get engaged this year! Any tips for freezing bread?",
    ],
)
def test_a_question_about_joy_or_a_hope_of_it_gets_no_congratulations(text):
    assert not read_tone(text).good_news
    assert CONGRATULATIONS not in draft_of(text).text.casefold()


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        ("We had a baby girl last night! Any tips for freezing bread?", "en", "congratulations"),
        (
            "Nous avons eu une petite fille hier soir ! Comment congeler le pain ?",
            "fr",
            "félicitations",
        ),
    ],
)
def test_news_beside_a_question_is_congratulated_before_any_thanks(text, language, first):
    # "Thanks for asking. Congratulations on your wonderful news" read in the wrong order
    for number in range(1, 9):
        draft = draft_of(text, language, number=number, thread=f"news-{number}")
        assert draft.text.split("\n\n")[1].casefold().startswith(first), draft.text


def test_a_last_round_of_radiotherapy_is_good_news_not_sorrow():
    text = "Baked this for my friend who just finished her last round of radiotherapy."
    draft = draft_of(text)
    assert read_tone(text).good_news
    assert "sorry" not in draft.text.casefold()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the fixed misreadings: these had been given condolences or a helpline
        ("es", "Mi hijo se murió de risa viendo cómo se inflaba la masa"),
        ("es", "Mi abuelo se murió de ganas de repetir, le encantó"),
        (
            "de",
            "Ich wurde heute aus dem Krankenhaus entlassen und hab als erstes deinen Blog "
            "gelesen ❤️",
        ),
        (
            "de",
            "Meine Mutter wurde gestern aus dem Krankenhaus entlassen, wir feiern mit deinem "
            "Kuchen!",
        ),
        ("en", "Ho perso la cognizione del tempo leggendo il tuo blog"),
        ("en", "Ho perso il conto di quante volte l'ho fatto"),
        ("en", "Ho perso 3 chili e festeggio con la tua insalata"),
        ("en", "Vorrei sparire sotto una coperta con questa cioccolata calda"),
        # near misses of the new cues
        ("es", "Mi perro se nos fue corriendo detrás de un gato, jaja, volvió a la hora."),
        ("es", "Mi mamá se nos fue de viaje y le guardamos un trozo"),
        ("es", "Perdimos a la abuela en el supermercado, jaja, apareció en la frutería."),
        ("es", "Estoy harta de todo este frío, menos mal que tengo tu sopa."),
        ("es", "Estoy harto de todo. Menos de tu pan, ¡eso nunca!"),
        ("es", "Quiero desaparecer y que nadie me moleste mientras me como esta tarta"),
        ("es", "Mi hermana gana 500€ al mes más que yo y aun así le hago tu tarta 😄"),
        ("es", "Me informé antes de hacerla y salió perfecta"),
        ("es", "Perdí el bebé de vista un segundo y ya tenía la cara llena de chocolate 😂"),
        ("de", "Wir haben Oma beim Einkaufen verloren, haha, sie stand beim Käse."),
        ("de", "Ich will einfach nur verschwinden – unter der Decke, mit Tee und deinem Kuchen"),
        ("de", "Na klar, und ich bin die Erste, die das nachbackt!"),
        ("de", "Ich habe mich vorher informiert und es hat super geklappt."),
        ("de", "Ich habe den Hund im Park kurz verloren, aber er kam sofort zurück"),
        ("de", "Unser Baby ist gesund geboren, wir feiern mit deinem Kuchen!"),
        ("en", "Il mio gatto ci ha lasciato un regalino sul tappeto, ahah"),
        ("en", "Questa torta ci ha lasciati a bocca aperta!"),
        ("en", "Mio papà ci ha lasciati tutti senza parole con questa torta"),
        ("en", "Abbiamo perso la nonna al supermercato, ahah, era al reparto formaggi."),
        ("en", "Sì, certo che la rifaccio, è buonissima!"),
        ("en", "Vorrei sparire sotto le coperte con questa cioccolata"),
        ("en", "Non vedo più un senso nella dieta dopo questa torta, ahah"),
        ("en", "Meu pai partiu o bolo antes de todo mundo chegar kkkk"),
        ("en", "Meu filho partiu pra escola levando um pedaço"),
        ("en", "Perdemos a vovó no shopping kkkk, ela tava na padaria"),
        ("en", "Estou farta de tudo isso de dieta, bora comer bolo!"),
        ("en", "Claro, e eu sou a primeira a repetir!"),
        ("en", "Queria sumir debaixo do cobertor com esse chocolate quente"),
        ("en", "Minha gatinha virou a tigela de farinha no chão kkkk"),
        ("en", "Visite meu perfil? Brincadeira, amei a receita!"),
    ],
)
def test_idioms_and_everyday_news_stay_warm(language, text):
    assert_read_warm(text, language)
    assert read_tone(text).label != "spam"


WAYS_TO_CONGRATULATE = ("congratulations", "good news", "wonderful news")


def test_a_birth_beside_a_death_that_missed_it_is_not_congratulated_on_a_hard_day():
    for text in (
        "I became a grandma last week, and my husband never got to hold her. Thank you for this.",
        "We had a baby boy last week, and my mum didn't live to meet him. Your post helped.",
    ):
        tone, draft = read_tone(text, support=True), draft_of(text, support=True)
        assert not tone.good_news, tone.cues
        assert not any(words in draft.text.casefold() for words in WAYS_TO_CONGRATULATE)


@pytest.mark.parametrize(
    "text",
    [
        "We had a baby boy last night! My grandad didn't make it to see him, but we named him "
        "after him.",
        "We had a baby girl, and my dad didn't get to meet her. Thank you for this.",
        # no news at all, or none of now, or a joke
        "I had a son who studied in Lyon, and he loved this bread.",
        "My daughter was born at home, and ten years later she bakes this every Sunday.",
        "Our son was born the week you posted your first recipe, so we've followed you for "
        "12 years!",
        "He proposed on the beach and we ate your cake! 20 years ago now",
        "My son was born with a sweet tooth",
        "My daughter was born in this city, and she loves your bakery.",
        "We had a little girl over for a playdate and she loved your cookies.",
        "We got married in the same village where your bakery is!",
        "I got married to my job this month, ha.",
        "He proposed! To the pizza, at least.",
        "I became a mum again... to a rescue dog!",
        "We got married! Our friends, I mean, and we baked their cake.",
    ],
)
def test_news_beside_a_death_or_no_news_of_now_is_not_congratulated(text):
    assert_read_warm(text, "en", thanked=True)
    assert not read_tone(text).good_news
    assert not any(words in draft_of(text).text.casefold() for words in WAYS_TO_CONGRATULATE)
