"""Warm comments the model alone had read as hostile, and the cold ones it must keep hostile.

With no word of scorn in them, warm comments that tell of a failed bake or a crashing build had
been read as hostile by the model's word weights alone ("you're", "explain", "wrong", "get" lean
to hostility): no warm draft at all. Three causes: praise the word lists did not know ("you're a
star", "you nailed the explanation", "never stop writing"), praise taken for negated by a "never"
or a "no" in the sentence before it ("Never again! Great post."), and a slim lead of hostility
over warm praise with no threshold reached. "Never stop writing these." had been read as the
contempt of "stop writing". Cold sarcasm and condescension with no cue word stay hostile.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm

HOSTILE = "hostile"

# Read hostile or critical by the model alone before (the German one neutral); warm now.
WARM_MISREAD = [
    ("en", "You always explain it so clearly - I finally get why my starter kept collapsing."),
    ("en", "You're too kind to share all this for free."),
    ("en", "Stupid me thought I could skip the proofing. Never again! Great post."),
    ("en", "Oh man, you nailed the explanation of the event loop."),
    ("en", "Okay so I had this exact bug for days but your tips turned it around. You're a star."),
    ("en", "Our road trip was nearly a disaster but your tips turned it around. You're a star."),
    ("en", "My script kept crashing at midnight but your tips turned it around. You're a star."),
    ("en", "My first three attempts failed but your tips turned it around. You're a star."),
    (
        "en",
        "Oh my goodness, I was doing the folds all wrong and this helped more than you know. "
        "Thanks!",
    ),
    ("en", "Your photos never fail to make me hungry."),
    ("en", "You seriously need to write a book."),
    ("en", "Never had a pavlova hold its shape before. You're magic."),
    ("en", "Never stop writing these. They make my Monday."),
    ("en", "Don't ever stop writing!"),
    ("en", "Please never stop blogging."),
    ("en", "You explain recursion better than my professor ever did."),
    ("en", "Good to know I'm not the only one who burns the garlic!"),
    ("en", "What a relief to know I'm not the only one."),
    ("en", "I was so sure I'd mess it up, but it worked first time!"),
    ("es", "Siempre quemaba el ajo, ya no. ¡Gracias por el consejo!"),
    ("es", "No sé cómo lo haces con tres niños, ¡te admiro!"),
    ("fr", "Je vous admire, vraiment. Trois enfants et un blog !"),
    ("de", "Ich bewundere dich, ehrlich. Drei Kinder und ein Blog!"),
]


@pytest.mark.parametrize(("language", "text"), WARM_MISREAD)
def test_a_warm_comment_the_model_alone_read_as_hostile_is_warm(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Stupid me thought I could skip the proofing. Never again! Great post.",
        "Siempre quemaba el ajo, ya no. ¡Gracias por el consejo!",
        "Tried your trick of writing the commit message first. My PRs have never been cleaner. "
        "Thanks!",
    ],
)
def test_praise_after_a_no_in_an_earlier_sentence_is_praise(text):
    assert read_tone(text).label == "praise"


# Near misses: warm everyday comments with the same words, read warm before and after.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I failed this bread three times before your post. Fourth try was perfect, thanks!"),
        ("en", "My app kept crashing on startup and your fix worked first time. Thank you!"),
        ("en", "I never thought I could make croissants at home. Thank you for believing in us!"),
        ("en", "Ugh, I wish I'd found this post years ago. So helpful."),
        ("en", "Finally got my tests passing thanks to your mocking example. You're a lifesaver."),
        ("en", "Why does my dough never rise like yours? Any tips? Loved the video."),
        ("en", "Oh my goodness, I was doing the folds all wrong and this helped so much. Thanks!"),
        ("en", "I was doing the folds all wrong and this helped more than you know. Thanks!"),
        ("en", "My first three attempts failed miserably but you explained it so well. Thank you!"),
        ("fr", "Mon levain s'effondrait sans arrêt, grâce à vous j'ai enfin compris. Merci !"),
        ("fr", "J'ai raté ce gâteau trois fois, la quatrième était parfaite. Merci beaucoup !"),
        ("es", "Mi masa madre se hundía siempre, por fin entiendo por qué. ¡Gracias!"),
        ("es", "Mi primer intento fue un desastre, el segundo una maravilla. ¡Gracias!"),
        ("de", "Mein Sauerteig ist ständig zusammengefallen, endlich verstehe ich warum. Danke!"),
        ("de", "Mein erster Versuch war ein Desaster, der zweite ein Traum. Danke!"),
    ],
)
def test_a_warm_story_of_a_failure_stays_warm(language, text):
    assert_read_warm(text, language)


# Not praise: the same words kept by the writer for themselves, or not said to the author.
@pytest.mark.parametrize(
    "text",
    [
        "I will never stop writing code like this, sorry not sorry.",
        "I don't stop writing until the tests pass.",
    ],
)
def test_never_stop_said_of_oneself_is_no_praise(text):
    assert "never stop writing" not in read_tone(text).cues
    assert "don't stop writing" not in read_tone(text).cues


# Cold sarcasm and condescension with no cue word: the model alone reads them hostile, and must.
@pytest.mark.parametrize(
    "text",
    [
        "Oh sweetie, no. That's not how any of this works.",
        "Oh sweetie, imagine being you. Beautiful post.",
        "Imagine writing a whole post and getting the basics wrong.",
        "Someone should explain to you what a closure actually is.",
        "Maybe learn to cook before you write recipes.",
        "Wow, groundbreaking stuff. Nobody has ever thought of bread before.",
        "Congrats on discovering something everyone knew in 2009.",
        "What a brave take. Truly revolutionary.",
        "Wow, you really don't know what you're talking about.",
        "Imagine being this confident and this wrong.",
        "Bold of you to call this a recipe.",
        "This is why nobody takes food bloggers seriously.",
        "It's honestly impressive how wrong this is.",
        "Clearly you've never had a real job.",
        "Please stop writing.",
        "Just stop writing, honestly.",
        "You explain it better than the docs, which is not saying much.",
    ],
)
def test_cold_scorn_without_a_cue_word_stays_hostile(text):
    assert read_tone(text).label == HOSTILE


# Not praise: company in a complaint, a failure, scorn with a compliment.
@pytest.mark.parametrize(
    "text",
    [
        "Good to know I'm not the only one who thinks step 3 is wrong.",
        "It never worked first time for me, the ratio is off.",
    ],
)
def test_company_in_a_complaint_stays_critical(text):
    assert read_tone(text).label == "critical"
