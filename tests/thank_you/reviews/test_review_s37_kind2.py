"""What a review of kindness at the worst moments found (session 37, kind2), worst harm first: a
reader who has taken all their pills tonight, stands on the bridge or has written goodbye letters
was told to "talk to someone today", where crisis lines (the Samaritans', 988's advice to those who
answer someone at risk) say their local emergency number is the first call, now; a French sales
pitch with no link (« Nous sommes une agence de rédaction web, tarifs dégressifs, devis gratuit. »,
and the same in Spanish, Italian and German) quoted back warmly with a gold star; French sarcasm
on the author's failure (« Chapeau, vous avez réussi à rater un pain. Fallait le faire. ») quoted
back as words to keep.

Each case is pinned with its near misses: a thought with no act nor time keeps the line about
helplines, and pills taken as prescribed are no crisis at all; a quote asked of a baker or a
painter, a price for large families and a recipe offered stay warm; so does « fallait le faire »
said of a loaf praised or of the reader's own failure.
"""

import pytest

from reply_drafts.language_lines import lines_for
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I took all my pills tonight. Thank you for your blog."),
        ("en", "I swallowed a handful of pills. Thanks for the blog."),
        ("en", "I'm going to take all my pills tonight. Thanks for everything."),
        ("en", "I'm standing on the bridge right now. Thank you for your words."),
        ("en", "I have the pills ready. Tonight is the night."),
        ("en", "I wrote my goodbye letters. Thanks for everything."),
        ("en", "I wrote my goodbye letters. I want to be with my husband at his grave."),
        ("en", "I wrote letters to my kids just in case. Thank you for your blog."),
        ("fr", "J'ai pris tous mes cachets ce soir. Merci pour votre blog."),
        ("fr", "Ce soir je vais en finir, je voulais juste vous dire merci."),
        ("fr", "J'ai rédigé mes lettres d'adieu."),
        ("es", "Me voy a matar esta noche."),
        ("es", "Estoy en el puente ahora mismo."),
        ("de", "Ich bringe mich heute Nacht um."),
        ("de", "Ich habe meine Abschiedsbriefe geschrieben."),
    ],
)
def test_a_reader_in_danger_now_is_asked_to_call_their_emergency_number_now(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.crisis and tone.danger_now, tone.cues
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""
    assert draft.text.endswith(lines_for(language).crisis_now)


def test_the_line_for_danger_now_puts_the_emergency_number_first_then_the_helplines():
    for language in ("en", "fr", "es", "de"):
        line = lines_for(language).crisis_now
        assert line != lines_for(language).crisis
        assert line.index("https://findahelpline.com") > 0
    assert "emergency number" in lines_for("en").crisis_now
    assert "numéro d'urgence" in lines_for("fr").crisis_now
    assert "número de emergencias" in lines_for("es").crisis_now
    assert "Notruf" in lines_for("de").crisis_now


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some days I don't want to be here anymore. Thank you for this post."),
        ("en", "I've been thinking about suicide. Your blog helps."),
        ("en", "I'm going to end it. Thanks for everything."),
        ("en", "I have a plan and a date. I just wanted someone to know."),
        ("en", "I've been suicidal in the past but not right now. Thanks for writing this."),
        ("en", "Reading your post tonight made me realise I've been suicidal for years."),
        ("en", "I stood on that same bridge last month and thought about jumping. I didn't."),
        ("en", "Some nights I stand on the bridge on my way home and think about it."),
        ("fr", "Je pense au suicide depuis des semaines. Votre blog m'aide."),
        ("es", "Tengo pensamientos suicidas."),
        ("de", "Ich denke oft an Suizid."),
    ],
)
def test_a_thought_with_no_act_nor_time_keeps_the_line_about_helplines(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.crisis and not tone.danger_now, tone.cues
    assert draft.text.endswith(lines_for(language).crisis)


@pytest.mark.parametrize(
    "text",
    [
        "I took my pills this morning, feeling better. Thanks!",
        "I took all my pills tonight like the doctor said. Thanks for the recipe!",
        "I took all my meds last night and slept well. Great post.",
    ],
)
def test_pills_taken_as_prescribed_are_no_crisis(text):
    assert_read_warm(text, "en")
    assert not read_tone(text).danger_now


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Nous sommes une agence de rédaction web, tarifs dégressifs, devis gratuit."),
        ("fr", "Je suis marabout africain, retour de l'être aimé en 7 jours, contactez-moi."),
        ("fr", "Grand voyant médium, retour affectif rapide, résultats garantis."),
        ("es", "Somos una agencia de marketing, presupuesto gratis, tarifas económicas."),
        ("it", "Siamo un'agenzia SEO, preventivo gratuito, prezzi competitivi."),
        ("de", "Wir sind eine Webagentur, kostenloses Angebot, günstige Preise."),
        ("de", "Wir sind eine SEO-Agentur, unverbindliches Angebot, unschlagbare Preise."),
    ],
)
def test_a_sales_pitch_with_no_link_is_spam(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "spam", (tone.label, tone.cues)
    assert draft.text == "" and draft.gold_stars == 0


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "J'ai demandé un devis à mon boulanger pour le gâteau de mariage, merci pour l'idée !",
        ),
        ("fr", "J'ai eu un devis gratuit chez mon couvreur, merci pour les conseils !"),
        ("fr", "Tarifs dégressifs pour les familles nombreuses au musée, merci pour le bon plan !"),
        ("fr", "Recette testée ce week-end, résultats garantis, merci !"),
        ("fr", "contactez-moi si vous voulez la recette de ma grand-mère"),
        ("fr", "Nous sommes une entreprise familiale, et ta brioche a fait l'unanimité !"),
        ("es", "Pedí presupuesto gratis a tres pintores, gracias por los consejos."),
        ("it", "Ho chiesto un preventivo gratuito all'idraulico, grazie per i consigli!"),
        ("de", "Ich habe ein unverbindliches Angebot vom Maler geholt, danke für die Tipps!"),
        ("de", "Der Laden hat faire Preise, danke für den Tipp!"),
    ],
)
def test_a_quote_or_a_price_in_everyday_words_is_no_spam(language, text):
    assert read_tone(text).label != "spam", read_tone(text).cues
    assert_read_warm(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Chapeau, vous avez réussi à rater un pain. Fallait le faire.",
        "Chapeau, vous avez réussi à rater un pain. Fallait le faire 😂",
        "Bravo, vous avez réussi à brûler des cookies. Il fallait le faire.",
        "Tu as raté ton pain, fallait le faire.",
    ],
)
def test_french_sarcasm_on_the_authors_failure_is_not_starred(text):
    tone, draft = read_tone(text), draft_of(text, "fr")
    assert tone.label == "hostile", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("text", "thanked"),
    [
        ("Chapeau, le pain est magnifique ! Fallait le faire, bravo.", True),
        ("Vous avez réussi un pain magnifique, fallait le faire !", True),
        ("J'ai raté ma première fournée aussi, fallait le faire ! Merci pour les astuces.", True),
        ("Traverser la France à vélo, fallait le faire ! Chapeau.", False),
    ],
)
def test_fallait_le_faire_said_warmly_stays_warm(text, thanked):
    assert_read_warm(text, "fr", thanked=thanked)
