"""Jabs, sarcasm, spam and comfort a reviewer's new comments caught the tone reader misreading.

Each had been thanked, starred or quoted back ("You put it so well: 'Said no one ever'"), or, for
the comfort and the corrections, answered as something else. The near misses beside each group
use the same words and must keep their reading. The labeled sets read the same before and after.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


def drafted(text: str, language: str = "en", number: int = 7):
    return draft_of(text, language, number=number)


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


@pytest.mark.parametrize(
    "text",
    [
        # a second reviewer's praise that the first cues of the day read as hostile
        '"I have too many plants," said no one ever. Love your garden!',
        "I did a great job copying your recipe, my family loved it!",
        "Nice job copying over the old posts to the new site, everything looks great.",
        "Your 200 subscribers will love this one, great work.",
        "Your kids must be so embarrassed by you dancing in that video haha, love it",
        "If the point was to lose weight, this plan worked for me. Down 5kg, thank you!",
        "Not a waste of five minutes of my life at all, loved it.",
        'Everyone told me "like this is ever going to work" when I started my garden. Now '
        "look! Thanks for the inspiration.",
        "Wow, another listicle I actually want to read! Great picks.",
        "This used to be a great read on Sunday mornings, and it still is! Glad you're back.",
        "Why is this on your blog and not in a book? Seriously, publish it!",
        "This belongs in a journal — a scientific one! Great research.",
        "Some of us have real jobs in healthcare and need quick meals like this. Bookmarked!",
        "Another sob story from me: my dog ate my sourdough starter. Loved your post though!",
        "I came here for the recipes, not for your life story... and I stayed for the life "
        "story. Beautiful.",
        "C'est mignon, mais c'est surtout délicieux ! Merci pour la recette.",
        "On se croirait dans un téléfilm de Noël tellement c'est beau, ces photos du village !",
        "Une liste de banalités ? Pas du tout, j'ai appris plein de choses. Merci !",
        "Mon mari m'a dit « retourne à tes fourneaux » en rigolant, alors j'ai fait votre "
        "tarte. Un régal !",
        "Billet larmoyant, je pleure encore. Merci de l'avoir écrit.",
        "Shut up! This is amazing!",
        "Oh shut up, you did NOT build this yourself?! Incredible.",
    ],
)
def test_praise_that_borrows_a_jab_s_words_is_not_hostile(text):
    assert read_tone(text).label != "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "I think you've misunderstood my last comment, I actually agree with you! Great post.",
        "Tu te trompes sur un point : ce n'est pas trop long, c'est parfait !",
        "Je suis née en 1985 et pas en 1995, mais ta playlist des années 90 me parle quand même !",
    ],
)
def test_agreement_in_a_correction_s_words_is_no_correction(text):
    assert read_tone(text).label != "critical"


@pytest.mark.parametrize(
    "text",
    [
        "Le lien dans le profil GitHub est cassé, tu peux le corriger ?",
        "I also have a blog about gardening, hope you'll visit sometime. Love your roses.",
        "Ta formation SEO gratuite du mois dernier était top, tu la refais ?",
        "I need help with my school fees budget, any tips for a single parent?",
        "Lovely post about the bakery on Main St. Yes it's ours! Visit us at smithsbakery.com "
        "for the holiday hours.",
    ],
)
def test_a_fellow_blogger_a_bug_report_or_a_question_is_not_spam(text):
    assert read_tone(text).label != "spam"


@pytest.mark.parametrize(
    "text",
    [
        "I also have a blog about gardening, hope you'll visit sometime. Love it.",
        # spam, or a fellow blogger: words cannot tell; it had been quoted back with a gold star
        "Wonderful article. I've bookmarked your blog. I also have a website about dog "
        "training, hope you'll visit.",
    ],
)
def test_a_plug_for_the_reader_s_own_site_is_not_quoted_back(text):
    for number in range(8):
        assert "visit" not in drafted(text, number=number).quote


@pytest.mark.parametrize(
    "text",
    [
        "Prayers for your wallet after this shopping list lol. Great finds!",
        "Prayers for you if you attempt this with a toddler around. Looks fun!",
        "I'm the maintainer of that plugin, I'm here if you need anything.",
        "Hope your wifi is better soon so we get part 2 :)",
        "On pense bien à toi quand on fait ta recette de crêpes !",
        "On pense fort à toi pour ton marathon dimanche, tu vas tout déchirer !",
        "J'ai plus envie de rien après ce repas tellement j'ai mangé, merci pour la recette !",
        "Je n'ai plus envie de rien d'autre que de cette tarte. Merci !",
    ],
)
def test_cheerful_comments_in_comfort_s_words_are_no_grief(text):
    assert read_tone(text).label != "grief"


@pytest.mark.parametrize(
    "text",
    [
        "Congrats on the most boring post of the year.",
        "Congratulations, you've managed to make me even more confused.",
    ],
)
def test_congratulations_worn_by_sarcasm_are_hostile(text):
    assert read_tone(text).label == "hostile"


def test_could_i_be_any_more_excited_is_no_question():
    assert read_tone("Could I be any more excited for part 2").label != "question"
