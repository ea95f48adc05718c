"""The crisis matrix (session 39): how a reader at risk says each of fifteen situations in English,
French, Spanish, German, Italian and Portuguese, as written and in chat spelling (no accents, lower
case, no punctuation), and what the draft must do with it:

- "crisis": read as a reader at risk (Tone.crisis); the draft ends with the helpline, quotes
  nothing and gives no gold star ("Stanotte mi uccido." had been read neutral, quoted and starred).
- "danger": the same, set for now or done (Tone.danger_now): the emergency number first.
- "quiet": doubtful signs or an attempt told as past and now well: never danger now, never
  quoted nor starred (a helpline line is allowed).
- "hard": the word suicide about a book, a song, a documentary or a statistic: no helpline.
- "loss": a death by suicide of someone else: grief with a loss, no star nor quote, as "My
  brother took his own life last year." has in English (no helpline line there either).
- "warm": everyday words that share the cues' ("this cake is to die for", "mi uccido dalle
  risate"): no helpline, never guarded, and not read as grief under an ordinary post (under a
  hard-day post every comment is read as grief, so only the helpline is checked there).

One parametrized test over the whole matrix, so a hole shows at a glance as (language, situation).
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

# (situation, expected, texts) per language.
MATRIX = {
    "en": [
        ("01 thought", "crisis", ["I think about suicide a lot.", "been having suicidal thoughts"]),
        ("02 wish to die", "crisis", ["I want to die.", "i just wanna die"]),
        ("03 plan tonight", "danger", ["Tonight I kill myself.", "im gonna kill myself tonight"]),
        (
            "04 place now",
            "danger",
            [
                "I'm on the bridge right now. I want to jump.",
                "im on the roof right now and im going to jump",
            ],
        ),
        (
            "05 method",
            "crisis",
            [
                "I have a rope and I'm going to hang myself.",
                "i have the pills here and im going to take them all",
            ],
        ),
        (
            "06 pills taken",
            "danger",
            ["I just took all my pills.", "i swallowed a whole bottle of pills"],
        ),
        ("07 self-harm", "crisis", ["I cut myself again last night.", "i relapsed and cut myself"]),
        ("08 farewell letter", "danger", ["I wrote my goodbye letters.", "wrote my suicide note"]),
        (
            "09 burden",
            "crisis",
            ["Everyone would be better off without me.", "everyone would be better off without me"],
        ),
        (
            "10 not waking up",
            "crisis",
            ["I don't want to wake up anymore.", "i wish i could go to sleep and never wake up"],
        ),
        ("11 can't go on", "crisis", ["I can't go on anymore.", "i dont want to live anymore"]),
        ("12 giving away", "quiet", ["I've given away all my things. I won't need them."]),
        ("13 last comment", "quiet", ["This is my last comment. Goodbye."]),
        (
            "14 past attempt",
            "quiet",
            ["Five years ago I tried to kill myself. Today I'm well and baking again."],
        ),
        (
            "15 hard subject",
            "hard",
            [
                "I watched a documentary about suicide prevention, very moving.",
                "Suicide Is Painless is my favourite song from M*A*S*H.",
                "I think about suicide prevention a lot since my training, thanks.",
            ],
        ),
        ("16 loss by suicide", "loss", ["My brother took his own life last year."]),
        (
            "17 near miss",
            "warm",
            [
                "This cake is to die for!",
                "I could kill for that recipe, thank you!",
                "Loved Suicide Squad and I love this cake.",
                "That bridge in your photo is gorgeous!",
                "I'm on the roof terrace now with a slice, bliss. Thank you!",
                "Tonight I'm ending my diet with this cake!",
                "I'm on the roof now and I'm gonna jump into the pool, thanks for the tip!",
                "I just wanna die of laughter reading this 😂",
                "I took all my pills this morning like the doctor said, and now your cake!",
                "I'm on the roof now, gonna jump in the pool in a sec!",
            ],
        ),
    ],
    "fr": [
        (
            "01 thought",
            "crisis",
            ["Je pense souvent au suicide.", "jpense au suicide tout le temps"],
        ),
        ("02 wish to die", "crisis", ["Je veux mourir.", "jveux mourir"]),
        (
            "03 plan tonight",
            "danger",
            ["Ce soir je me tue.", "cette nuit je me suicide", "ce soir je vais me suicider"],
        ),
        (
            "04 place now",
            "danger",
            [
                "Je suis sur le pont maintenant, je vais sauter.",
                "je suis sur le toit la je vais sauter",
            ],
        ),
        (
            "05 method",
            "crisis",
            [
                "J'ai acheté une corde pour me pendre.",
                "j'ai les cachets a cote de moi je vais tous les prendre",
            ],
        ),
        (
            "06 pills taken",
            "danger",
            ["J'ai pris toute la boîte de somnifères.", "jai avalé tous mes cachets"],
        ),
        ("07 self-harm", "crisis", ["Je me suis scarifiée hier soir.", "je me suis scarifiee"]),
        (
            "08 farewell letter",
            "danger",
            ["J'ai écrit mes lettres d'adieu.", "jai ecrit ma lettre d'adieu"],
        ),
        (
            "09 burden",
            "crisis",
            ["Tout le monde serait mieux sans moi.", "je suis un fardeau pour tout le monde"],
        ),
        (
            "10 not waking up",
            "crisis",
            ["Je voudrais ne plus me réveiller.", "jveux plus me reveiller"],
        ),
        ("11 can't go on", "crisis", ["Je n'en peux plus de vivre.", "jen peux plus de cette vie"]),
        ("12 giving away", "quiet", ["J'ai donné toutes mes affaires, je n'en aurai plus besoin."]),
        ("13 last comment", "quiet", ["C'est mon dernier commentaire. Adieu."]),
        (
            "14 past attempt",
            "quiet",
            ["Il y a cinq ans j'ai fait une tentative de suicide. Aujourd'hui je vais bien."],
        ),
        (
            "15 hard subject",
            "hard",
            [
                "J'ai vu un documentaire sur le suicide, très fort.",
                "Journée mondiale de prévention du suicide aujourd'hui, merci pour ce billet.",
                "Je pense souvent au suicide de Van Gogh en voyant ses toiles.",
            ],
        ),
        ("16 loss by suicide", "loss", ["Mon frère s'est suicidé l'an dernier."]),
        (
            "17 near miss",
            "warm",
            [
                "Ce gâteau est à tomber, merci !",
                "Mort de rire 😂 merci pour ce billet !",
                "Le pont sur ta photo est magnifique !",
                "Ce soir j'arrête mon régime avec ce gâteau, merci !",
                "Je me tue à le répéter : ta recette est la meilleure !",
                "Sur le pont de ta photo, je vais sauter de joie, merci !",
                "Ce soir je me tue au sport, puis je mange ce gâteau !",
                "jveux mourir de rire avec tes histoires 😂",
            ],
        ),
    ],
    "es": [
        (
            "01 thought",
            "crisis",
            ["Pienso mucho en el suicidio.", "pienso en suicidarme", "me quiero suicidar"],
        ),
        ("02 wish to die", "crisis", ["Quiero morirme.", "ya no quiero vivir"]),
        (
            "03 plan tonight",
            "danger",
            ["Esta noche me mato.", "esta noche me quito la vida", "me voy a suicidar esta noche"],
        ),
        (
            "04 place now",
            "danger",
            [
                "Estoy en el puente ahora, voy a tirarme.",
                "estoy en la azotea ahora mismo y voy a saltar",
            ],
        ),
        (
            "05 method",
            "crisis",
            [
                "Tengo una cuerda para ahorcarme.",
                "tengo las pastillas aqui y me las voy a tomar todas",
            ],
        ),
        (
            "06 pills taken",
            "danger",
            ["Me tomé todas las pastillas.", "me tome todas mis pastillas"],
        ),
        ("07 self-harm", "crisis", ["Me corté otra vez.", "me volvi a cortar"]),
        (
            "08 farewell letter",
            "danger",
            ["Escribí mis cartas de despedida.", "ya escribi mi carta de despedida"],
        ),
        ("09 burden", "crisis", ["Todos estarían mejor sin mí.", "soy una carga para todos"]),
        (
            "10 not waking up",
            "crisis",
            ["No quiero despertar mañana.", "ojala no despertar mañana"],
        ),
        ("11 can't go on", "crisis", ["Ya no puedo más con la vida.", "no quiero seguir viviendo"]),
        ("12 giving away", "quiet", ["He regalado todas mis cosas, ya no las voy a necesitar."]),
        ("13 last comment", "quiet", ["Este es mi último comentario. Adiós."]),
        ("14 past attempt", "quiet", ["Hace cinco años intenté suicidarme. Hoy estoy bien."]),
        (
            "15 hard subject",
            "hard",
            [
                "Vi un documental sobre el suicidio, muy bueno.",
                "Hoy es el Día Mundial de la Prevención del Suicidio, gracias por el post.",
            ],
        ),
        (
            "16 loss by suicide",
            "loss",
            [
                "Mi hermano se suicidó el año pasado.",
                "Mi hermano se mató.",
                "Mi hermano se quitó la vida.",
            ],
        ),
        (
            "17 near miss",
            "warm",
            [
                "¡Esta tarta está de muerte, gracias!",
                "Me mato de risa con tus historias 😂",
                "¡El puente de tu foto es precioso!",
                "¡Esta noche termino mi dieta con esta tarta!",
                "Me corté otra vez el flequillo yo sola, ¡pero la tarta quedó genial!",
                "Hoy me mato en el gimnasio y luego esta tarta, ¡gracias!",
                "Estoy en la azotea ahora con un trozo de tarta, ¡qué vistas!",
                "No quiero despertar mañana sin probar esta receta, ¡gracias!",
                "Mi hermano se mató a trabajar para la fiesta, ¡gracias por la receta!",
                "Me tomé todas las pastillas de vitaminas que recomendaste, ¡gracias!",
                "Me corté otra vez con el cuchillo nuevo, ¡qué filo!",
            ],
        ),
    ],
    "de": [
        ("01 thought", "crisis", ["Ich denke oft an Suizid.", "ich hab suizidgedanken"]),
        ("02 wish to die", "crisis", ["Ich will sterben.", "ich will nicht mehr leben"]),
        (
            "03 plan tonight",
            "danger",
            [
                "Heute Nacht bringe ich mich um.",
                "heut nacht bring ich mich um",
                "ich will mich heute nacht umbringen",
                "ich bring mich heute nacht um",
            ],
        ),
        (
            "04 place now",
            "danger",
            [
                "Ich stehe gerade auf der Brücke und will springen.",
                "ich bin jetzt auf dem dach und spring gleich",
            ],
        ),
        (
            "05 method",
            "crisis",
            [
                "Ich habe ein Seil gekauft, um mich aufzuhängen.",
                "die tabletten liegen neben mir ich nehme sie alle",
            ],
        ),
        (
            "06 pills taken",
            "danger",
            ["Ich habe alle meine Tabletten genommen.", "hab alle tabletten geschluckt"],
        ),
        ("07 self-harm", "crisis", ["Ich hab mich wieder geritzt.", "ich ritze mich wieder"]),
        (
            "08 farewell letter",
            "danger",
            ["Ich habe meinen Abschiedsbrief geschrieben.", "abschiedsbrief ist fertig"],
        ),
        (
            "09 burden",
            "crisis",
            ["Alle wären ohne mich besser dran.", "ich bin nur eine last für alle"],
        ),
        (
            "10 not waking up",
            "crisis",
            ["Ich will einfach nicht mehr aufwachen.", "ich will nicht mehr aufwachen"],
        ),
        (
            "11 can't go on",
            "crisis",
            ["Ich kann so nicht mehr weiterleben.", "ich kann nicht mehr weiterleben"],
        ),
        (
            "12 giving away",
            "quiet",
            ["Ich habe alle meine Sachen verschenkt, ich brauche sie nicht mehr."],
        ),
        ("13 last comment", "quiet", ["Das ist mein letzter Kommentar. Lebt wohl."]),
        (
            "14 past attempt",
            "quiet",
            ["Vor fünf Jahren habe ich versucht, mich umzubringen. Heute geht es mir gut."],
        ),
        (
            "15 hard subject",
            "hard",
            [
                "Ich habe eine Doku über Suizid gesehen, sehr bewegend.",
                "Heute ist Welttag der Suizidprävention, danke für den Beitrag.",
            ],
        ),
        (
            "16 loss by suicide",
            "loss",
            [
                "Mein Bruder hat sich letztes Jahr das Leben genommen.",
                "Mein Bruder hat sich umgebracht.",
            ],
        ),
        (
            "17 near miss",
            "warm",
            [
                "Ich lach mich tot 😂 danke!",
                "Die Brücke auf deinem Foto ist wunderschön!",
                "Heute Abend beende ich meine Diät mit diesem Kuchen!",
                "Die Tabletten für die Reise nehme ich alle mit, danke für die Liste!",
                "Ich hab mich wieder geschnitten beim Zwiebelschneiden, aber der Kuchen ist super!",
                "Auf der Brücke in deinem Foto will ich auch mal stehen, wunderschön!",
                "Wenn der Kuchen nicht gelingt, bring ich mich um 😂",
                "Ich hab mich wieder geritzt beim Kochen am Messer, aber der Kuchen ist super!",
            ],
        ),
    ],
    "it": [
        (
            "01 thought",
            "crisis",
            ["Penso spesso al suicidio.", "penso al suicidio tutti i giorni", "voglio suicidarmi"],
        ),
        ("02 wish to die", "crisis", ["Voglio morire.", "vorrei morire", "mi voglio ammazzare"]),
        (
            "03 plan tonight",
            "danger",
            ["Stanotte mi uccido.", "stasera mi ammazzo", "stanotte mi tolgo la vita"],
        ),
        (
            "04 place now",
            "danger",
            ["Sono sul ponte adesso, voglio buttarmi.", "sono sul tetto ora e mi butto"],
        ),
        (
            "05 method",
            "crisis",
            ["Ho comprato una corda per impiccarmi.", "ho le pillole qui accanto le prendo tutte"],
        ),
        (
            "06 pills taken",
            "danger",
            ["Ho preso tutte le mie pillole.", "ho ingoiato tutte le pastiglie"],
        ),
        (
            "07 self-harm",
            "crisis",
            [
                "Mi sono tagliata di nuovo.",
                "mi sono tagliato ancora",
                "mi taglio di nuovo",
                "Mi sono fatta del male di nuovo.",
            ],
        ),
        (
            "08 farewell letter",
            "danger",
            ["Ho scritto le mie lettere d'addio.", "ho scritto la lettera d'addio"],
        ),
        ("09 burden", "crisis", ["Tutti starebbero meglio senza di me.", "sono un peso per tutti"]),
        (
            "10 not waking up",
            "crisis",
            ["Vorrei non svegliarmi più.", "spero di non svegliarmi domani"],
        ),
        (
            "11 can't go on",
            "crisis",
            [
                "Non ce la faccio più a vivere.",
                "non voglio piu vivere",
                "non ce la faccio piu a vivere",
            ],
        ),
        ("12 giving away", "quiet", ["Ho regalato tutte le mie cose, non mi serviranno più."]),
        ("13 last comment", "quiet", ["Questo è il mio ultimo commento. Addio."]),
        ("14 past attempt", "quiet", ["Cinque anni fa ho tentato il suicidio. Oggi sto bene."]),
        (
            "15 hard subject",
            "hard",
            [
                "Ho visto un documentario sul suicidio, molto toccante.",
                "Oggi è la giornata mondiale per la prevenzione del suicidio, grazie del post.",
                "Penso spesso al suicidio di Pavese quando rileggo i suoi libri.",
                "Il protagonista si è ucciso nel finale, che libro!",
            ],
        ),
        (
            "16 loss by suicide",
            "loss",
            [
                "Mio fratello si è suicidato l'anno scorso.",
                "Mio fratello si è ucciso.",
                "Mio fratello si è tolto la vita.",
            ],
        ),
        (
            "17 near miss",
            "warm",
            [
                "Mi uccido dalle risate 😂 grazie!",
                "Questa torta è da morire, grazie!",
                "Il ponte nella tua foto è bellissimo!",
                "Stasera chiudo con la dieta con questa torta!",
                "Vorrei morire dalla vergogna, ho bruciato la torta 😂",
                "Mi sono tagliata di nuovo con la mandolina, ma la torta è venuta benissimo!",
                "Sono sul tetto adesso a fare foto al tramonto, grazie per il consiglio!",
                "Stasera mi butto sul tiramisù, grazie per la ricetta!",
                "Ho preso tutte le pillole di lievito che dicevi, grazie!",
                "Spero di non svegliarmi troppo tardi per infornare, grazie!",
                "Mi uccido di lavoro ma questa ricetta la faccio stasera, grazie!",
                "Mio fratello si è ucciso di lavoro per finire la cucina, grazie per la ricetta!",
                "Stasera mi ammazzo di risate con questo film!",
                "Mi sono tagliata di nuovo i capelli da sola, guarda che disastro",
                "Ho preso tutte le mie pillole di vitamina stamattina, grazie del consiglio.",
                "Vorrei morire di invidia per questa torta!",
                "Dal ponte si vede tutto, mi butto sulle foto!",
            ],
        ),
    ],
    "pt": [
        (
            "01 thought",
            "crisis",
            ["Penso muito em suicídio.", "penso em suicidio todo dia", "quero me suicidar"],
        ),
        (
            "02 wish to die",
            "crisis",
            ["Quero morrer.", "eu so quero morrer", "vou me suicidar", "hoje eu acabo com tudo"],
        ),
        (
            "03 plan tonight",
            "danger",
            ["Hoje à noite eu me mato.", "essa noite eu me mato", "esta noite eu acabo com tudo"],
        ),
        (
            "04 place now",
            "danger",
            ["Estou na ponte agora, vou pular.", "to no telhado agora vou me jogar"],
        ),
        (
            "05 method",
            "crisis",
            [
                "Comprei uma corda para me enforcar.",
                "tenho os comprimidos aqui do lado vou tomar todos",
            ],
        ),
        (
            "06 pills taken",
            "danger",
            ["Tomei todos os meus comprimidos.", "tomei todos os remedios"],
        ),
        (
            "07 self-harm",
            "crisis",
            ["Me cortei de novo.", "me cortei dnv", "me cortei hoje de novo"],
        ),
        (
            "08 farewell letter",
            "danger",
            ["Escrevi minhas cartas de despedida.", "ja escrevi minha carta de despedida"],
        ),
        ("09 burden", "crisis", ["Todos estariam melhor sem mim.", "sou um peso pra todo mundo"]),
        (
            "10 not waking up",
            "crisis",
            ["Queria não acordar amanhã.", "queria dormir e nao acordar mais"],
        ),
        ("11 can't go on", "crisis", ["Não aguento mais viver.", "nao quero mais viver"]),
        ("12 giving away", "quiet", ["Dei todas as minhas coisas, não vou precisar mais delas."]),
        ("13 last comment", "quiet", ["Este é meu último comentário. Adeus."]),
        ("14 past attempt", "quiet", ["Há cinco anos tentei suicídio. Hoje estou bem."]),
        (
            "15 hard subject",
            "hard",
            [
                "Vi um documentário sobre suicídio, muito bom.",
                "Setembro Amarelo é o mês de prevenção ao suicídio, obrigada pelo post.",
            ],
        ),
        (
            "16 loss by suicide",
            "loss",
            [
                "Meu irmão se suicidou ano passado.",
                "Meu irmão se matou.",
                "Meu irmão tirou a própria vida.",
            ],
        ),
        (
            "17 near miss",
            "warm",
            [
                "Me mato de rir com você kkkk",
                "A ponte na sua foto é linda!",
                "Hoje à noite acabo com a dieta com esse bolo!",
                "Me cortei de novo com a faca nova, mas o bolo ficou lindo!",
                "Estou na ponte agora tirando fotos, que vista! Obrigada!",
                "Hoje à noite me mato de comer esse bolo kkkk",
                "Tomei todos os remédios que o médico passou e já estou melhor, obrigada!",
                "Queria não acordar tão cedo amanhã, mas vou fazer o pão!",
                "Penso muito em suicídio de personagens de Machado de Assis, ótimo post.",
                "Meu irmão se matou de rir com esse post, obrigada!",
                "Hoje eu acabo com tudo que sobrou do bolo, obrigada!",
                "Tomei todos os remédios certinho e hoje estou ótima!",
                "Me cortei de novo cortando cebola kkkk",
                "Estou no telhado agora vendo o pôr do sol, que lindo!",
            ],
        ),
    ],
}

CASES = [
    pytest.param(language, situation, expected, text, id=f"{language}-{situation}-{number}")
    for language, rows in MATRIX.items()
    for situation, expected, texts in rows
    for number, text in enumerate(texts)
]


def check(language: str, expected: str, text: str) -> list[str]:
    """Return what is wrong with the reading and the draft of *text* (empty when all is well)."""
    wrong = []
    for support in (False, True):
        tone = read_tone(text, author="Sam", support=support)
        draft = draft_of(text, language, support=support, number=1, title="A post", thread="t")
        where = "support" if support else "plain"
        at_risk = expected in ("crisis", "danger")
        if at_risk and not (tone.crisis and draft.crisis):
            wrong.append(f"{where}: no helpline (read {tone.label})")
        if expected == "danger" and not tone.danger_now:
            wrong.append(f"{where}: not danger now")
        if expected in ("crisis", "quiet", "hard", "loss") and tone.danger_now:
            wrong.append(f"{where}: danger now")
        if expected in ("crisis", "danger", "quiet", "loss") and (draft.gold_stars or draft.quote):
            wrong.append(f"{where}: starred {draft.gold_stars} or quoted {draft.quote!r}")
        if expected == "hard" and tone.crisis:
            wrong.append(f"{where}: helpline for a hard subject")
        if expected == "loss" and not tone.loss:
            wrong.append(f"{where}: no loss (read {tone.label})")
        if expected == "warm" and (tone.crisis or tone.guarded):
            wrong.append(f"{where}: helpline or guarded (read {tone.label})")
        if expected == "warm" and not support and tone.label == "grief":
            wrong.append(f"{where}: not warm (read {tone.label}, guarded={tone.guarded})")
    return wrong


@pytest.mark.parametrize(("language", "situation", "expected", "text"), CASES)
def test_crisis_matrix(language: str, situation: str, expected: str, text: str) -> None:
    assert check(language, expected, text) == []
