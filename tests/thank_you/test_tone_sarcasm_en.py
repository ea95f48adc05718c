"""English sarcasm, backhanded praise and slang jabs that had been starred and quoted as praise:
"Worked like a charm... for the first five minutes", "Oh great, another banana bread recipe",
"Wow, what a groundbreaking idea, said no one", "Gee, thanks for the life-changing advice",
"ur a joke lmao", "u suck at this fr". They get no star and no quote; the warm comments that share
their words ("Worked like a charm, thank you!", "Oh great, this is exactly what I needed!",
"ur a star", "wtf this is so good lmao") keep theirs."""

import pytest

from tests.support.drafts import assert_read_warm, draft_of

SARCASM = [
    "Worked like a charm... for the first five minutes",
    "Oh great, another banana bread recipe",
    "Wow, what a groundbreaking idea, said no one",
    "Gee, thanks for the life-changing advice.",
    "I'm sure this works great in your fantasy kitchen.",
    'Love how you "forgot" to mention it needs a stand mixer.',
]

SLANG_JABS = [
    "ur a joke lmao",
    "lol ur so dumb",
    "u suck at this fr",
    "L + ratio + your bread is mid",
    "this blog is a dumpster fire",
]


@pytest.mark.parametrize("support", [False, True])
@pytest.mark.parametrize("text", SARCASM + SLANG_JABS)
def test_a_jab_dressed_as_praise_or_slang_gets_no_star_and_no_quote(text, support):
    draft = draft_of(text, support=support)
    assert draft.gold_stars == 0 and draft.quote == "", (draft.gold_stars, draft.quote)
    assert "kind words" not in draft.text


@pytest.mark.parametrize("text", SARCASM + SLANG_JABS)
def test_sarcasm_and_a_slang_jab_read_as_hostile(text):
    assert draft_of(text).advice.startswith("This reads as hostile")


@pytest.mark.parametrize(
    "text",
    [
        "Worked like a charm, thank you!",
        "Worked like a charm for the first loaf and the second, thanks!",
        "Oh great, another one of your recipes to add to the list, love it!",
        "Love how you explained the folds, so clear.",
        "Thanks for the life-changing advice, my loaves are finally round!",
        "I'm sure this works great, can't wait to try it.",
        "ur a star thank you",
        "wtf this is so good lmao",
        "Nobody said no one could bake, and your post proves it. Lovely!",
        "Oh yay, another bread post! Thank you!",
        "Oh great, another bread recipe 😍",
        "My first loaf was mid, the second one was perfect thanks to you!",
        "You're such a joker, this made me laugh. Thanks!",
    ],
)
def test_praise_that_shares_the_words_of_sarcasm_is_still_thanked(text):
    assert_read_warm(text, "en", thanked=True)
