"""Jabs, sarcasm, spam and comfort a reviewer's new comments caught the tone reader misreading.

Each had been thanked, starred or quoted back ("You put it so well: 'Said no one ever'"), or, for
the comfort and the corrections, answered as something else. The near misses beside each group
use the same words and must keep their reading. The labeled sets read the same before and after.
"""

import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.tone import read_tone


def drafted(text: str, language: str = "en", number: int = 7):
    facts = CommentFacts(
        author="Sam",
        post_title="My week of sourdough",
        text=text,
        comment_id=number,
        thread="sourdough",
        commenter="",
        commenter_comments=1,
        language=language,
    )
    return draft_reply(facts)


@pytest.mark.parametrize(
    "text",
    [
        "lol u suck",
        "Your kids must be so embarrassed of you.",
        "You're milking your dad's death for content.",
        "Great job copying this from Stack Overflow without credit.",
        "Brilliant. Just brilliant. Said no one ever.",
        "Wow, you really nailed it. If the goal was to confuse everyone.",
        "I'm sure your 3 readers will love this.",
        "Wow. Just wow. I'm speechless. (Not in a good way.)",
        "Great article. Yeah right, like that's ever going to work.",
        "Wow what a waste of 10 minutes of my life",
        'Oh great, another "10 tips" listicle. Groundbreaking.',
        "Unsubscribing. This used to be a good blog before you got political.",
        "ok but why is this a blog post and not a private journal",
        "T'es vraiment un guignol, retourne à tes fourneaux.",
        "Nul. Vraiment nul.",
        "Merci pour ce billet. Enfin, « billet »... plutôt une liste de banalités.",
        "Merci pour ce billet plein de bons sentiments, on se croirait dans un téléfilm de Noël.",
        "C'est mignon, mais ça ne sert à rien.",
        "Bel effort. Dommage que tout soit faux.",
        "Quelle chance d'avoir le temps de faire son pain tous les jours, certains travaillent.",
    ],
)
def test_jabs_and_sarcasm_are_hostile_and_never_starred_or_quoted(text):
    draft = drafted(text, "fr" if "'" in text[:4] or "é" in text or "ç" in text else "en")
    assert draft.tone == "hostile" and draft.gold_stars == 0 and not draft.quote


def test_wishing_the_author_s_dog_dead_gets_no_draft():
    # it had been read as grief: "It helps more than you know to hear from people who care."
    draft = drafted("Hope your dog dies")
    assert draft.tone == "hostile" and draft.text == ""


@pytest.mark.parametrize(
    "text",
    [
        "You really suck at hiding how much you care, and I love it.",
        "My kids must be so embarrassed of me when I sing in the car.",
        "This is groundbreaking work for accessibility, thank you.",
        "Said no one ever about tabs vs spaces, but I agree with you!",
        "I'm sure your readers will love this as much as I did.",
        "It surprised me, not in a good way at first, but then I got it. Brilliant.",
        "Not gonna lie, I expected another clickbait listicle. It isn't. Really useful.",
        "J'ai fait le guignol avec mes enfants en lisant ça, merci !",
        "Mon premier essai était nul, le deuxième parfait grâce à vous.",
        "Ça ne sert à rien de stresser, comme vous dites si bien.",
        "C'est mignon, et ça marche très bien chez moi.",
        "Certains travaillent le dimanche, merci de penser à eux dans ce billet.",
        "I hope your dog gets better soon!",
        "shut up and take my money! where can I buy the pattern?",
    ],
)
def test_the_same_words_said_kindly_are_not_hostile(text):
    assert read_tone(text).label != "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "thanks for the post, very helpfull. regard from Jakarta, visit us at jakartaroofing.id",
        "Wonderful article. I've bookmarked your blog. I also have a website about dog training, "
        "hope you'll visit.",
        "Formation SEO gratuite, inscrivez-vous sur mon site, lien dans le profil.",
        "I'm a student from Nigeria, please I need help with school fees, God bless you",
    ],
)
def test_spam_that_praised_first_gets_no_draft(text):
    draft = drafted(text)
    assert draft.tone == "spam" and draft.text == ""


@pytest.mark.parametrize(
    "text",
    [
        "Next time you're in Lyon, visit us at the bakery on rue Mercière!",
        "I also have a blog about dog training, and your post gave me ideas. Thanks!",
    ],
)
def test_a_reader_s_own_place_told_in_passing_is_not_spam(text):
    assert read_tone(text).label != "spam"


@pytest.mark.parametrize(
    "text",
    [
        # "I'd rather talk about the post than about each other."
        "You've got the date wrong, the Battle of Hastings was 1066 not 1067.",
        # starred, and quoted
        "I'm no expert but I think you've misunderstood how vaccines work. Happy to share "
        "some sources if helpful.",
        "Vous vous trompez sur la date, la loi a été votée en 1905 et pas en 1910.",
    ],
)
def test_a_correction_is_critical(text):
    assert read_tone(text).label == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "Prayers for you and your family 🙏",
        "I don't know what to say except I'm here if you need anything. ❤️",
        "Hope you're ok. Saw you posted at 4am.",
        "Meus pêsames. Estou pensando em você.",
        "Courage, on pense à toi ❤️",
    ],
)
def test_comfort_to_the_author_is_answered_quietly_with_no_star(text):
    read = read_tone(text)
    assert read.label == "grief" and read.comforting
    assert drafted(text).gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "I am here if you need anything for the meetup, just ask.",
        "Hope you're ok with me sharing this on Mastodon.",
    ],
)
def test_help_offered_or_asked_for_other_things_is_no_comfort(text):
    assert not read_tone(text).comforting


@pytest.mark.parametrize(
    "text",
    ["Quick q - can I freeze the dough", "Would love to know where you got the plates"],
)
def test_a_question_without_a_question_mark_is_promised_an_answer(text):
    assert read_tone(text).label == "question"


def test_can_i_just_say_is_praise_not_a_question():
    assert read_tone("Can I just say how much I love this recipe!").label == "praise"


@pytest.mark.parametrize(
    "text",
    ["Glad you're writing again. We missed you.", "Happy birthday to the blog! 10 years!"],
)
def test_a_welcome_back_or_a_birthday_wish_is_warm_praise(text):
    read = read_tone(text)
    assert read.label == "praise" and not read.doubtful


CHEER = ("Comments like yours", "Keep the comments coming", "first of many", "Until the next post")


@pytest.mark.parametrize("number", range(16))
def test_praise_that_may_be_a_jab_gets_a_plain_thank_you(number):
    # "Hey Sam! ... Comments like yours are why I keep writing. ... Keep the comments coming!"
    text = "Nice, another tutorial by someone who learned this yesterday."
    assert read_tone(text).doubtful
    draft = drafted(text, number=number)
    assert "!" not in draft.text and not any(words in draft.text for words in CHEER)
