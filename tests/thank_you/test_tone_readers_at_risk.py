"""Readers at risk the tone reader once missed, and the everyday words it must not take for them.

A reader who may be thinking of ending their life or of hurting themselves is read as grief with
`crisis` set: a quiet draft that ends with where help is, no gold star, their words never quoted
back. The warning signs that say no word of dying (the means at hand, goodbyes written, the
place, the ways looked up) are read so only when nothing in the comment says they are about a
laptop, a class, a ship, a tooth or a bug. Each case was found by a reviewer writing comments the
way readers do; the labeled sets (tests/thank_you/data/) read the same before and after.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

HELPLINE = {"en": "findahelpline.com", "fr": "findahelpline.com"}


def drafted(text: str, language: str = "en", commenter_comments: int = 1, number: int = 7):
    return draft_of(
        text,
        language,
        number=number,
        commenter_comments=commenter_comments,
        title="A week of small kindnesses",
        thread="kindnesses",
    )


def assert_heard_at_risk(text: str, language: str = "en") -> None:
    read = read_tone(text)
    assert read.label == "grief" and read.crisis, read
    assert not read.loss  # no "sorry for your loss": nobody died
    for number in range(1, 5):  # several draws: no template may star or quote them
        draft = drafted(text, language, number=number)
        assert draft.gold_stars == 0 and not draft.quote
        assert HELPLINE[language] in draft.text


@pytest.mark.parametrize(
    "text",
    [
        # The means at hand: had been praise, starred, "I'm not going to do anything" quoted.
        "I've been stockpiling my meds. I'm not going to do anything. Probably.",
        "I have the pills saved up. Just wanted to say thanks for the nice posts over the years.",
        "I've been saving up my sleeping pills.",
        "been stockpiling my pills for weeks.",
        "I have enough pills saved up now.",
        "I've got the tablets stashed.",
        "I've been hoarding my pills for a while now.",
        "I've saved enough pills.",
        "i've got enough pills saved up to do it",
        "I have the pills saved up. My cat will go to my sister.",
        "Ich habe genug Schlaftabletten gesammelt.",
        "Ik heb genoeg slaappillen opgespaard.",
        "He juntado mis pastillas.",
        "Ho messo da parte i sonniferi.",
        "Juntei os comprimidos.",
        # Goodbyes written: had been praise with "I wrote my goodbye letters" quoted.
        "I wrote my goodbye letters last night. Your post was the last thing I read.",
        "I've written my goodbye letters.",
        "Finished my goodbye letters today.",
        "I've said goodbye to everyone.",
        "My goodbye letters are written.",
        "I wrote my goodbye letters to mum and dad.",
        "I've made my peace and said my goodbyes.",
        "Ich habe meine Abschiedsbriefe geschrieben.",
        "Ik heb mijn afscheidsbrieven geschreven.",
        "Escribí mis cartas de despedida.",
        "Ho scritto le lettere d'addio.",
        "Escrevi as cartas de despedida.",
        # The place: had been praise, "I'm on the bridge right now" quoted ("first" in "read
        # something nice first" had been taken for laughter, which silences these signs).
        "I'm on the bridge right now. Just wanted to read something nice first.",
        "I'm standing on the bridge now.",
        "i'm on the bridge. just wanted to say goodbye",
        "I'm on the bridge, just wanted to say thank you for everything.",
        "I am on the edge of the roof right now.",
        "Ich stehe gerade auf der Brücke.",
        "Ik sta nu op de brug.",
        "Estoy en el puente ahora mismo.",
        # The ways looked up: had been praise, starred and quoted.
        "I've been researching ways to end it. This post made me pause. Not sure for how long.",
        "googling ways to die",
        "Looked up painless ways to end it.",
        "What's the most painless way to go? Asking for a story I'm writing.",
        "What's the most painless way to die?",
        "Is there a painless way to end it?",
        "I looked up how many pills it would take.",
        "How many sleeping pills would it take to not wake up?",
        "Estoy buscando formas de acabar con todo.",
        "Sto cercando modi per farla finita.",
        "Pesquisei formas de morrer.",
        "Ik zoek manieren om er een einde aan te maken.",
        # A way pictured: had been critical ("where you see it differently") or starred.
        "sometimes i think about stepping in front of the train on my commute",
        "Sometimes I think about jumping in front of a train.",
        "I keep thinking about throwing myself under a bus.",
        "I keep thinking about driving into a tree on the way home",
        "I think about driving off the bridge.",
        "I want to drive my car into a wall.",
        "sometimes i want to swerve into oncoming traffic",
        # Not being there: had been praise or neutral, starred and quoted.
        "I don't think I'll be around much longer. "
        "Thanks for the blog, it was nice while it lasted.",
        "I won't be around much longer. Thank you for everything.",
        "I'm not going to be around for much longer.",
        "I won't be here much longer.",
        "Thanks for this cake recipe. I won't be around much longer.",
        "It'd be easier if I just wasn't alive",
        "Everything would be easier if I didn't exist.",
        "It would be so much easier if I was dead.",
        "I have nothing left to live for.",
        "I just want to sleep forever.",
        "I really want to sleep forever.",
        "Some nights I just want it all to stop.",
        "I want everything to stop.",
        "Ich will, dass alles aufhört.",
        "Solo quiero que todo termine.",
        "Voglio solo che tutto finisca.",
        "Só quero que tudo acabe.",
        "Ik wil gewoon dat alles stopt.",
        "I'm so tired. Not sleep tired. Tired of existing.",
        "I'm sick of being alive.",
        "I'm so tired of life.",
        "Is it normal to want to disappear forever?",
        "I want to disappear forever.",
        "Does anyone else want to disappear forever?",
        # Their own funeral: had been grief with "sorry for your loss", as if someone had died.
        "Sometimes I wonder if anyone would come to my funeral.",
        "I wonder who would even come to my funeral.",
        "Who would show up at my funeral?",
        "Ich frage mich, ob überhaupt jemand zu meiner Beerdigung kommen würde.",
        "Of er iemand naar mijn begrafenis zou komen, vraag ik me af.",
        "Me pregunto si alguien vendría a mi funeral.",
        "Mi chiedo se qualcuno verrebbe al mio funerale.",
        "Será que alguém iria ao meu funeral?",
        # An attempt: had been neutral, "after my overdose" quoted.
        "Just got out of hospital after my overdose. Trying again.",
        "After my overdose last month I'm going to try again.",
        "I overdosed last week. Gonna try again.",
        "I tried to overdose last week.",
        "It's been a year since my suicide attempt.",
        # Life itself: "life is pointless and so is this post" had been praise, quoted.
        "life is pointless and so is this post",
        "Life is pointless.",
        "life is meaningless and I'm tired",
        # Giving up: had been grief with no word of where help is.
        "I can't do this anymore. I'm done.",
        "I can't take it anymore. I'm done.",
        "Can't do this any more... I'm so done.",
        "I can't do this anymore. I'm done.  Goodbye.",
        # In German and Dutch: had been neutral, starred and quoted.
        "Ich denke oft daran, mich umzubringen.",
        "Ich will mir das Leben nehmen.",
        "Ich habe letztes Jahr versucht, mich umzubringen.",
        "Ik denk erover om er een einde aan te maken.",
        "Ik wil een einde aan mijn leven maken.",
        "Ik wil mezelf iets aandoen.",
        "Alle wären ohne mich besser dran.",
        "Iedereen zou beter af zijn zonder mij.",
        "Todo el mundo estaría mejor sin mí.",
        "La mia famiglia starebbe meglio senza di me.",
        "Todo mundo ficaria melhor sem mim.",
    ],
)
def test_a_reader_at_risk_is_heard_and_told_where_help_is(text):
    assert_heard_at_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        # Had been praise with the sentence beside it quoted, or HOSTILE ("lettres d'adieu").
        "J'ai préparé mes médicaments. Je voulais juste dire merci pour le blog.",
        "J'ai mis de côté mes somnifères.",
        "J'ai écrit mes lettres d'adieu hier soir.",
        "J'ai rédigé mes lettres d'adieu.",
        "J'ai laissé une lettre d'adieu.",
        "Je vais tout arrêter demain. Merci pour tout.",
        "Je vais tout arrêter ce soir.",
        "Je ne serai plus là bien longtemps.",
        "J'en peux plus. Je veux juste que tout s'arrête.",
        "Je voudrais que tout ça s'arrête.",
        "Je pense souvent à en finir, je ne l'ai dit à personne.",
        "Je pense parfois à en finir.",
        "Parfois j'ai envie de disparaître pour de bon.",
        "Je veux disparaître pour toujours.",
        "Tout le monde serait mieux sans moi.",
        "Ma famille serait mieux sans moi.",
        "Ils seraient plus heureux sans moi.",
        "Je me suis encore fait du mal hier soir.",
        "Je me suis fait du mal cette nuit.",
        "Je me demande si quelqu'un viendrait à mon enterrement.",
        "Je cherche des moyens d'en finir.",
        "C'était ma deuxième tentative de suicide.",
    ],
)
def test_a_french_reader_at_risk_is_heard_and_told_where_help_is(text):
    assert_heard_at_risk(text, "fr")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Giving things away: had been neutral with "I've given away most of my things" quoted.
        ("I've given away most of my things this week. Feels lighter.", "en"),
        ("I gave away all my stuff.", "en"),
        ("I've given away my belongings.", "en"),
        ("J'ai donné toutes mes affaires.", "fr"),
        ("Ik heb al mijn spullen weggegeven.", "en"),
        ("Ich habe meine Sachen verschenkt.", "en"),
        # An overdose told, no more: had been neutral, quoted.
        ("I overdosed on my sleeping pills.", "en"),
        # A hard time in French: had been starred, "Je suis au bout du rouleau" quoted.
        ("Je suis au bout du rouleau.", "fr"),
    ],
)
def test_a_doubtful_sign_is_answered_quietly_with_no_helpline(text, language):
    read = read_tone(text)
    assert read.label == "grief" and read.shared and not read.crisis
    for number in range(1, 5):
        draft = drafted(text, language, commenter_comments=6, number=number)
        assert draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        # Too doubtful to read as anything, but never quoted back nor starred: "Tonight's the
        # night" had been starred and quoted; "I'm so done with life lol" starred.
        "Tonight's the night. Thank you for the recipes.",
        "I'm so done with life lol",
        "I want to end it all lol",
        "I just want to sleep forever lol",
        "This is my last comment. Thank you for everything.",
    ],
)
def test_a_doubtful_word_is_never_quoted_nor_starred(text):
    read = read_tone(text)
    assert read.guarded and not read.crisis
    for number in range(1, 9):  # a regular commenter's draft had offered up to three stars
        for comments in (1, 6):
            draft = drafted(text, commenter_comments=comments, number=number)
            assert not draft.quote and draft.gold_stars == 0
            assert "a reader at risk may write" in draft.advice  # the blogger reads it again


@pytest.mark.parametrize(
    "text",
    [
        "Your sourdough guide finally worked for me. What a lovely crumb!",
        "I saved up for a new laptop and your review sealed it.",
        "Killed it with this recipe, my kids asked for seconds.",
        "Super recette, merci pour tout !",
        "C'est ce soir ! J'ai hâte de tester la recette.",
    ],
)
def test_comments_with_no_word_of_risk_are_not_guarded(text):
    assert not read_tone(text).guarded


@pytest.mark.parametrize(
    "text",
    [
        "I want to end it all.",
        "Thinking of ending it all tonight.",
        "I want to end it all, really.",
    ],
)
def test_ending_it_all_said_of_itself_is_still_heard(text):
    # "end it all" is now read only as a wish of its own (see the Rust rewrite below)
    assert_heard_at_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        # "end it all" had been crisis, with a helpline line, for a rewrite in Rust.
        "Honestly I want to end it all and rewrite the whole thing in Rust lol",
        "Let's end it all with a cheesecake.",
        # "wird mich umbringen" is a deadline, not a reader at risk.
        "Diese Deadline wird mich umbringen.",
    ],
)
def test_a_false_crisis_gets_no_helpline(text):
    assert not read_tone(text).crisis
    assert "findahelpline.com" not in drafted(text).text


@pytest.mark.parametrize(
    "text",
    [
        # The means, for a trip, a strike, a laptop, a week's pill box.
        "Stockpiling my meds. The pharmacy strike starts Monday.",
        "I've been stockpiling my meds before the trip.",
        "I saved up for a new laptop.",
        "I have the pills saved up. The vet said the dog needs them for the trip.",
        "J'ai préparé mes médicaments pour la semaine.",
        "J'ai préparé mes médicaments. Départ en vacances demain !",
        # Goodbye letters at a school year's end, a last day at work, a move.
        "I wrote my goodbye letters to my students today, last day of school.",
        "Finished my farewell notes for the team, last day on Friday.",
        "We're moving to Spain tomorrow. I've said goodbye to everyone.",
        "J'ai écrit mes lettres d'adieu à mes élèves.",
        "Ich habe meine Abschiedsbriefe an die Kollegen geschrieben. Ab Montag Ruhestand!",
        # A bridge of a ship, of a song, of a road; a roof being mended.
        "I'm on the bridge right now. The captain let me steer the ship!",
        "Writing the song's bridge. I'm on the bridge right now.",
        "I'm on the bridge now. Traffic is terrible.",
        "I'm on the roof right now. Fixing the gutters before the storm.",
        "Ich stehe gerade auf der Brücke vom Schiff.",
        # A painless way: a tooth, a migration, waxing, an upgrade.
        "Tooth extraction tomorrow: what's the most painless way to go?",
        "Migrating our blog off WordPress: what's the most painless way to go?",
        "Waxing or shaving, which is the most painless way to go?",
        "What's the most painless way to go from Python 2 to 3?",
        "Researching ways to end it: the contract with our host expires in May.",
        "I looked up ways to end it, the relationship I mean.",
        "I've been reading up on how to do it.",
        # Pictured ways that are a commute, a trip to town.
        "I keep thinking about jumping on the train to Paris.",
        "I think about stepping onto the train every morning with a coffee.",
        "I keep thinking about driving into the city for that bakery.",
        # Not being around: a move, a busy afternoon.
        "I won't be around much longer, moving to Berlin next month.",
        "I won't be around much longer today, off to the airport.",
        "It'd be easier if I just wasn't around when the movers come.",
        # Sleep, a stop, tiredness, disappearing: a marathon, a night shift, noise, a book.
        "After this marathon I just want to sleep forever.",
        "Night shift done, I just want to sleep forever.",
        "The neighbours are drilling again. I just want it all to stop.",
        "Tired of living in London, moving to Bristol.",
        "So tired of life admin.",
        "I'm done with life admin lol",
        "I want to disappear forever into this book.",
        "Life is pointless without coffee.",
        # Giving up on code; quitting sugar or the blog.
        "This webpack config. I can't do this anymore. I'm done.",
        "I can't do this anymore. I'm done. lol",
        "kill me now, this bug",
        "Je vais tout arrêter : le sucre, le café, l'alcool.",
        "Le blog me prend trop de temps. Je vais tout arrêter.",
        # A funeral as a wish list; an overdose of cuteness; a sore back.
        "I want this cake served at my funeral lol.",
        "I overdosed on your cookie recipes lol",
        "An overdose of cuteness, these puppy photos.",
        "Je me suis fait du mal au dos en jardinant.",
        "Ik denk erover om er een einde aan te maken, aan mijn abonnement.",
        "Dit abonnement kost te veel. Ik wil er een einde aan maken.",
        "We moeten er een einde aan maken.",
        # Said of someone else, or of history: a victim, a hero, the Middle Ages.
        "Er hat versucht, mich umzubringen.",
        "Er drohte, mich umzubringen.",
        "The hero has nothing left to live for, and the last chapter shows it.",
        "Las formas de morir en la Edad Media son fascinantes.",
        "Je cherche la façon la plus douce de partir en vacances avec un chat.",
        # Pills simply had or put away; a goodbye before a flight; a cliff on a hike.
        "Tengo mis pastillas.",
        "Guardei os comprimidos na gaveta.",
        "Flight leaves at 6. I've said goodbye to everyone.",
        "I'm on a cliff right now. Best hike of the summer.",
        "I've been hoarding my pills for a while now, the pharmacy keeps running out.",
        "Saved enough money for the trip!",
        "My goodbye letters are written, last day of school tomorrow.",
        "Visited Dad in hospice. I've said my goodbyes.",
        "I'm on the bridge, just wanted to say the view of the river is amazing.",
        "How many tablets does it take to help a headache?",
        "How many pills does it take? The label is smudged.",
        "I won't be here much longer, the shop closes at 5.",
        "I won't be here much longer, heading to the airport.",
        "Je ne serai plus là bien longtemps, je déménage à Lyon.",
        "I've made my peace with the diagnosis.",
        "Ich habe meine Sachen verschenkt, Umzug nach Berlin!",
        "I tried to overdose on your brownies.",
        # Jokes about being missed, or not: a karaoke, cooking, 300 cousins.
        "My family would be better off without me cooking, honestly lol",
        "Tout le monde serait mieux sans moi au karaoké 😂",
        "Sometimes I wonder who would come to my funeral, and then I remember my 300 cousins lol",
        "I'm on the bridge right now with my guitar, the chorus is done!",
        "Ik sta nu op de brug, wat een uitzicht!",
        "I just want everything to stop crashing in production.",
        "Does anyone else want to disappear forever after sending a typo in an email to the CEO?",
        "Ho messo da parte le medicine per il viaggio.",
        "Escribí mis cartas de despedida a mis alumnos.",
    ],
)
def test_everyday_words_are_no_reader_at_risk(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Decluttering update: I've given away most of my things. Marie Kondo would be proud.",
        "We're moving to Lisbon, so I've given away most of my things.",
        "Tonight's the night! Making your lasagna for my in-laws.",
    ],
)
def test_everyday_giving_away_or_big_night_is_no_hard_time(text):
    read = read_tone(text)
    assert read.label != "grief" and not read.crisis
