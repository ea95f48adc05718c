"""Spanish, German, Italian and Portuguese readers at risk, and the warm comments that share
their words.

A reader who wants to vanish, to sleep forever, who has pills at hand, says farewell or is a
burden is given the helpline (the emergency number first when the danger is now) and no star nor
quote. Beside each case stand the warm comments in the same words (a diet, a cake, a meeting, a
hangover, an early bake, a move, a holiday, a fast), which get no helpline.
"""

import pytest

from reply_drafts.language_lines import lines_for
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of
from tests.support.readings import (
    assert_not_misread,
    assert_told_where_help_is,
    first_comment_draft,
    reads_as_before,
)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai rédigé des lettres pour ma famille hier soir. Je crois que c'est bientôt fini "
        "pour moi.",
        "Parfois je me dis que ce serait plus simple de ne pas me réveiller demain.",
        "Je voulais juste dire adieu à tout le monde ici. Merci pour tout.",
        "J'ai mis de côté mes médicaments, au cas où. Je ne sais pas pourquoi je raconte ça.",
        "J'ai écrit des lettres à mes enfants, au cas où.",
        "Ya no puedo más. He escrito cartas para mis hijos por si acaso.",
        "A veces pienso que sería más fácil no despertar.",
        "Às vezes penso que seria melhor não acordar mais.",
        "Manchmal denke ich, es wäre einfacher, nicht mehr da zu sein.",
        "Soms denk ik dat het makkelijker zou zijn om niet meer wakker te worden.",
        "Ich kann nicht mehr. Ich habe meine Abschiedsbriefe schon geschrieben.",
    ],
)
def test_a_reader_at_risk_is_heard_in_every_language(text):
    assert read_tone(text).crisis


def test_letters_for_when_the_reader_is_gone_get_a_quiet_reply_and_no_quote():
    tone = read_tone("Ho scritto delle lettere ai miei figli, per quando non ci sarò più. Presto.")
    assert tone.label == "grief" and tone.guarded


@pytest.mark.parametrize(
    "text",
    [
        "Les vacances, c'est bientôt fini pour moi, retour au boulot lundi !",
        "Ce serait plus simple de ne pas me réveiller à 5h pour le levain, mais bon 😅",
        "Je ferme le blog ce mois-ci, je voulais dire adieu à tout le monde ici. Merci pour tout.",
        "Je pars à la retraite vendredi, je voulais dire adieu à tous mes élèves.",
        "J'ai mis de côté mes médicaments pour le voyage, au cas où.",
        "J'ai laissé des lettres à mes enfants au cas où je rentre tard, ils adorent ça.",
        "Sería más fácil no despertar tan temprano para hacer el pan 😂",
        "Ich habe meine Abschiedsbriefe an die Kollegen schon geschrieben, letzter Tag morgen!",
    ],
)
def test_a_holiday_a_retirement_or_a_blog_closing_gets_no_helpline(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Il y a eu une tuerie dans le quartier hier, ça m'a secouée. Ta soupe m'a réconfortée.",
        "Ce n'est pas une belle découverte, ce blog. Déçu.",
        "Un peu déçue que tu arrêtes le blog, mais merci pour tout ❤️",
    ],
)
def test_a_massacre_a_denial_or_a_fond_goodbye_gets_no_praise_cue_of_these(text):
    tone = read_tone(text)
    assert not {"une tuerie", "belle découverte", "un peu déçue"} & set(tone.cues)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai envie de mourir de honte, j'ai servi ton gâteau à l'envers devant ma "
        "belle-famille 😂",
        "Plus rien ne me retient ici, je déménage à Lyon le mois prochain !",
        "Demain je ne serai plus là, je pars en vacances. Bonne semaine à tous !",
        "Je pense souvent à disparaître quelques jours à la campagne avec un bon livre.",
    ],
)
def test_shame_a_move_or_a_holiday_gets_no_helpline(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Mañana voy a acabar con todo... lo he decidido."),
        ("es", "Ya no le veo sentido a seguir viviendo sin mi madre."),
    ],
)
def test_a_reader_at_risk_still_gets_the_helpline(language, text):
    assert read_tone(text).crisis and draft_of(text, language).crisis


NO_HELPLINE = [
    # a cook who burns water, a food coma, a nurse's round: no helpline
    ("es", "En la cocina estarían todos mejor sin mí, ¡quemo hasta el agua!"),
    ("en", "In cucina starebbero tutti meglio senza di me, brucio anche l'acqua!"),
    ("en", "Na cozinha ficariam todos melhor sem mim, queimo até a água!"),
    ("en", "Depois desse feijão, queria dormir pra sempre."),
    ("en", "Depois desse almoço de domingo, quero dormir pra sempre."),
    ("en", "Sou enfermeira: separei todos os comprimidos."),
]


@pytest.mark.parametrize(("language", "text"), NO_HELPLINE)
@pytest.mark.parametrize("support", [False, True])
def test_a_joke_about_cooking_or_a_big_meal_gets_no_helpline(language, text, support):
    tone = read_tone(text, support=support)
    draft = draft_of(text, language, support=support)
    assert not tone.crisis and not draft.crisis, tone.cues
    if not support:
        assert_not_misread(text, language)


# A reader who says they are moving, off on holiday or fasting: no longer starred nor quoted
# as a reader who may not be here much longer (they had been, before the new cues).
MOVES_AND_FASTS = [
    ("es", "No sé si voy a seguir aquí mucho tiempo más. ¡Me mudo a Valencia!"),
    (
        "de",
        "Ich weiß nicht, wie lange ich das noch durchhalte. Fastenzeit ist hart, aber dein "
        "Rezept hilft!",
    ),
    ("it", "Non so se sarò ancora qui per il prossimo post, mi trasferisco a Milano! Grazie."),
    ("it", "Non so se sarò ancora qui, domani parto per le vacanze! 🌞"),
    ("pt", "Não sei se vou estar aqui no próximo encontro, vou viajar pra Portugal! Obrigada!"),
]


@pytest.mark.parametrize(("language", "text"), MOVES_AND_FASTS)
def test_a_reader_moving_or_fasting_is_not_read_as_at_risk(language, text):
    tone = read_tone(text)
    assert not tone.guarded and not tone.crisis and tone.label != "hostile", tone.cues
    assert_read_warm(text, language)


# Warm everyday comments sharing the crisis matrix's words: no helpline, not grief.
WARM = [
    ("en", "I cut again... my bangs, disaster 😂 Loved the tutorial though!"),
    ("en", "Standing on the bridge right now, the view is unreal. Thanks for the hiking guide!"),
    ("en", "I'm on the bridge right now taking photos from your list, it's gorgeous!"),
    ("en", "Tonight I kill it at karaoke thanks to your vocal tips!"),
    ("en", "Loved your Suicide Squad review!"),
    ("en", "My pills for hay fever finally work, thanks for the tip!"),
    ("en", "I took all my meds this morning like you said, feeling great. Thank you!"),
    ("en", "I wanna die laughing at this post 😂"),
    ("en", "On the roof with my kids, I'm gonna jump in the pool now haha. Great recipe!"),
    ("en", "My vitamins, I'm going to take them all at breakfast from now on. Thanks!"),
    ("fr", "Ce soir je me lance, merci pour le tuto !"),
    ("fr", "Ce soir je me tue au sport, merci pour le programme !"),
    ("fr", "Je suis sur le pont des Arts en ce moment, la vue est magique, merci pour le guide !"),
    ("fr", "Sur le pont du bateau, je vais sauter dans l'eau turquoise ! Merci pour les adresses."),
    ("fr", "Mes cachets contre le rhume des foins, je vais les prendre avant la rando. Merci !"),
    ("fr", "Jai pris tous mes cachets de vitamines ce matin comme tu disais, merci !"),
    ("fr", "Jveux mourir de rire avec ce billet 😂"),
    ("fr", "Je vais me pendre au cou de ma mère pour la remercier de cette recette 😂"),
    ("fr", "Je ne veux plus me reveiller sans ton café du matin, merci pour la recette !"),
    ("es", "Me mato a trabajar pero leo tu blog cada día, ¡gracias!"),
    ("es", "Me corté otra vez... el flequillo, un desastre 😂 ¡Gracias por el tutorial!"),
    ("es", "Me volví a cortar el pelo yo sola, ¡quedó genial gracias a ti!"),
    ("es", "Estoy en la azotea ahora mismo viendo el atardecer que recomendaste, ¡precioso!"),
    ("es", "Estoy en el puente de Triana ahora mismo, ¡qué vistas! Gracias por la guía."),
    ("es", "Esta noche me mato a bailar, ¡gracias por la playlist!"),
    ("es", "Esta noche me mato de risa con tu post 😂"),
    ("es", "No quiero despertar mañana sin tu receta de churros, ¡gracias!"),
    ("es", "Se mató a estudiar para el examen y aprobó, ¡gracias por los apuntes!"),
]


@pytest.mark.parametrize(("language", "text"), WARM)
def test_warm_everyday_comment_gets_no_helpline(language, text):
    tone = read_tone(text)
    assert tone.label != "grief"
    assert not tone.crisis
    assert not first_comment_draft(text, language).crisis
    assert not first_comment_draft(text, language, support=True).crisis


# Hyperbole, jokes and things that are not people: no helpline, on any post.
NOT_CRISIS = [
    ("it", "Sono suicida quando vedo quanto burro c'è, ma è divina!"),
    ("it", "Adesso mi uccido... di biscotti! Grazie per la ricetta!"),
    ("pt", "Quero me suicidar de tanto comer esse bolo kkkk"),
    ("pt", "Hoje à noite eu me mato... de comer essa lasanha!"),
    ("de", "Ich will mich nicht mehr umbringen mit Diäten, danke für das Rezept!"),
    ("de", "Ich will mich vor Lachen umbringen, so lustig!"),
    ("de", "Ich kann nicht mehr weiterleben ohne dieses Rezept 😂"),
]


@pytest.mark.parametrize("support", [False, True])
@pytest.mark.parametrize(("language", "text"), NOT_CRISIS)
def test_hyperbole_drafts_no_helpline(language: str, text: str, support: bool) -> None:
    tone = read_tone(text, author="Sam", support=support)
    assert not tone.crisis and not tone.danger_now, text
    assert not first_comment_draft(text, language, support).crisis, text


@pytest.mark.parametrize(
    ("language", "text", "label", "starred", "label_on_hard_day"),
    [
        (
            "fr",
            "Ce serait plus simple de ne pas me réveiller demain avec ce mal de "
            "tête, trop de vin hier soir 😂",
            "praise",
            True,
            "grief",
        ),
        (
            "fr",
            "Ce soir je ne serai plus là. Je pars pour trois mois au Canada !",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "J'ai préparé mes médicaments, au cas où. Trousse de secours prête pour la rando !",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "J'ai mis de côté des médicaments, au cas où. On part trois semaines au Népal.",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "Les vacances, c'est bientôt fini pour moi.",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "Pour quand je ne serai plus là, j'ai noté toutes les recettes de "
            "mamie dans un cahier.",
            "neutral",
            True,
            "grief",
        ),
        (
            "fr",
            "J'ai rangé les photos pour quand je ne serai plus là…",
            "neutral",
            True,
            "grief",
        ),
        (
            "it",
            "Ho scritto le ricette per quando non ci sarò più, per i miei nipoti.",
            "neutral",
            True,
            "grief",
        ),
    ],
)
def test_a_hangover_a_trip_or_recipes_for_the_grandchildren_get_no_helpline(
    language, text, label, starred, label_on_hard_day
):
    tone = read_tone(text)
    assert not tone.crisis and not tone.guarded
    reads_as_before(language, text, label, starred, label_on_hard_day)


@pytest.mark.parametrize(
    "text",
    [
        "Plus rien ne me retient.",
        "À quoi bon, je n'y arrive plus. Plus rien ne me retient.",
        "Je crois qu'il vaudrait mieux que je ne me réveille pas demain.",
        "C'est bientôt la fin pour moi, je n'ai plus la force.",
        "Je pense souvent à mourir.",
        "Adieu tout le monde.",
        "Je n'ai plus la force, je pense à partir pour de bon.",
        "Ya no aguanto más, adiós a todos.",
        "Es wäre für alle besser, wenn ich nicht mehr da wäre.",
        "Ho scritto lettere ai miei figli, per ogni evenienza.",
        "Seria mais fácil não acordar amanhã.",
        "Het zou makkelijker zijn als ik er niet meer was.",
        "Ik wil niet meer wakker worden.",
        "J'ai mis de côté mes médicaments, au cas où. Merci de ma part pour tout.",
    ],
)
def test_a_reader_at_risk_said_plainly_is_heard(text):
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Plus rien ne me retient à Paris, je pars vivre au Portugal !",
        "Il vaudrait mieux que je ne me réveille pas à 5h pour le levain.",
        "Je pense souvent à mourir de rire en relisant ton billet.",
        "Adieu tout le monde ! Je pars en vacances trois semaines.",
        "Je pense à partir pour de bon au Canada, merci pour tes conseils !",
        "Ya no aguanto más, ¡quiero probar esta receta ya!",
        "Ho scritto le ricette per i miei figli, per ogni evenienza.",
        "Seria mais fácil não acordar amanhã às 5h pra fazer o pão.",
        "Ik wil niet meer wakker worden om 5 uur voor het deeg 😂",
    ],
)
def test_an_early_bake_a_move_or_a_holiday_gets_no_helpline(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Stasera la faccio finita, scusate."),
        ("en", "Penso spesso che sarebbe meglio se non ci fossi più."),
        ("en", "Non vedo più il senso di andare avanti."),
        ("en", "Mi sento inutile, nessuno si accorgerebbe se sparissi."),
        ("en", "Às vezes acho que seria melhor se eu não estivesse aqui."),
        ("en", "Hoje à noite vou acabar com tudo."),
        ("en", "Ninguém ia sentir minha falta se eu sumisse."),
        ("es", "Esta noche voy a acabar con todo."),
        ("es", "No le veo sentido a seguir viviendo."),
        ("es", "Nadie me echaría de menos si desapareciera."),
        ("de", "Heute Nacht mache ich Schluss. Danke für alles."),
        ("de", "Niemand würde mich vermissen, wenn ich weg wäre."),
    ],
)
def test_a_reader_at_risk_gets_the_helpline_and_no_star_or_quote(language, text):
    assert_told_where_help_is(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Stasera la faccio finita con la dieta, provo la tua lasagna!",
        "Sarebbe stato meglio se non ci fossi andata, a quel ristorante. La tua ricetta è molto "
        "meglio!",
        "Non vedo più il senso di andare avanti con Windows, grazie a te passo a Linux.",
        "Seria melhor se eu não estivesse aqui no escritório hoje, que calor 😅",
        "Hoje à noite vou acabar com tudo que sobrou do bolo 😂",
        "Ninguém ia sentir minha falta se eu sumisse da reunião de hoje kkkk",
        "Esta noche voy a acabar con todo el bizcocho, no queda nada 😂",
        "Nadie me echaría de menos si desapareciera de la oficina una hora 😂",
        "Heute Abend mache ich Schluss mit dem Rauchen, wünscht mir Glück!",
        "Heute Abend mache ich früher Schluss und backe dein Brot.",
        "Niemand würde mich vermissen, wenn ich eine Woche weg wäre, so ist das im Homeoffice 😅",
    ],
)
def test_a_diet_a_cake_or_a_meeting_gets_no_helpline(text):
    tone = read_tone(text)
    assert not tone.crisis and not tone.guarded


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


AT_RISK_SAID_OBLIQUELY = [
    ("es", "quiero desaparecer y que nadie me busque"),
    ("de", "Ich will einfach nur verschwinden."),
    ("en", "A volte penso che starebbero tutti meglio senza di me."),
    ("en", "Non vedo più un senso nella vita."),
    ("en", "queria sumir e ninguém sentir falta"),
    ("en", "Já não aguento mais, apetecia-me desaparecer."),
]


@pytest.mark.parametrize(("language", "text"), AT_RISK_SAID_OBLIQUELY)
@pytest.mark.parametrize("support", [False, True])
def test_a_reader_at_risk_gets_the_helpline_and_no_star(language, text, support):
    tone = read_tone(text, support=support)
    draft = draft_of(text, language, support=support)
    assert tone.crisis, tone.cues
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Estoy pensando en hacer una locura, ya no aguanto esta vida."),
        ("es", "Nadie me echaría de menos si me fuera."),
        ("es", "Soy una carga para mi familia."),
        ("de", "Niemand würde mich vermissen."),
        ("de", "Ich bin nur noch eine Last für alle."),
        ("de", "Ich habe die Tabletten schon bereitgelegt."),
        ("en", "Sono un peso per tutti."),
        ("en", "Ho già preparato le pillole."),
        ("en", "Sono stanca di vivere."),
        ("en", "Ninguém sentiria minha falta."),
        ("en", "Sou um peso para todo mundo."),
        ("en", "Já separei os remédios."),
        ("en", "Tô cansada de viver."),
        ("en", "Queria dormir pra sempre."),
    ],
)
@pytest.mark.parametrize("support", [False, True])
def test_a_burden_a_wish_to_sleep_forever_or_pills_set_out_gets_the_helpline(
    language, text, support
):
    draft = draft_of(text, language, support=support)
    assert read_tone(text, support=support).crisis
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


PILLS_AT_HAND_AND_FAREWELLS = [
    ("es", "Tengo las pastillas aquí al lado. Ya da igual."),
    ("es", "Tengo las pastillas aqui al lado. ya da igual"),
    ("es", "Ya nada tiene sentido, mañana no estaré."),
    ("de", "Die Tabletten liegen neben mir. Ist eh egal."),
    ("de", "Bald bin ich euch allen keine Last mehr."),
    ("it", "Ho le pillole qui accanto. Tanto ormai non importa più niente."),
    ("pt", "Tenho os comprimidos aqui do lado. Tanto faz."),
]


@pytest.mark.parametrize(("language", "text"), PILLS_AT_HAND_AND_FAREWELLS)
def test_pills_at_hand_and_a_farewell_get_the_helpline(language, text):
    assert_told_where_help_is(text, language)


GUARDED = [
    ("es", "No sé si seguir aquí mucho tiempo más. Solo quería darte las gracias."),
    ("de", "Ich weiß nicht, wie lange ich das noch durchhalte. Danke für alles."),
    ("it", "Non so se sarò ancora qui per il prossimo post. Grazie di tutto."),
    ("pt", "Não sei se vou estar aqui no próximo post. Obrigada por tudo."),
]


@pytest.mark.parametrize(("language", "text"), GUARDED)
def test_a_reader_unsure_to_be_here_is_neither_starred_nor_quoted(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.guarded or tone.crisis, tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Domani la faccio finita, basta dieta! Grazie per la torta."),
        ("en", "Stanotte la faccio finita... di leggere tutto il tuo blog! Bravissima."),
        ("en", "Nessuno se ne accorgerebbe se sparissi... dalla dieta, ahah. Bella ricetta."),
        ("de", "Heute Abend mache ich Schluss. Mit der Arbeit, meine ich. Danke für das Rezept!"),
        ("de", "Heute Abend mache ich Schluss. Feierabend! Und dann dein Brot."),
    ],
)
def test_a_crisis_phrase_going_on_to_a_diet_or_a_job_is_no_crisis(language, text):
    assert_read_warm(text, language)
    assert not draft_of(text, language).crisis


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Heute Abend mache ich Schluss."),
        ("de", "Heute Abend mache ich Schluss. Danke für alles."),
        ("en", "Stasera la faccio finita, scusate."),
    ],
)
def test_the_same_words_said_bare_stay_a_crisis(language, text):
    assert read_tone(text).crisis and draft_of(text, language).crisis
