"""A reader's low mood in English, heard and never cheered; everyday uses of its words kept warm.

"Everything feels pointless lately." and "I feel invisible most days." had been quoted back "in my
notebook; you said it better than my post did" and given a gold star: a mood word without "I feel"
before it ("everything feels", "nobody cares about me") or outside the few the reader knew
(invisible, a burden, nothing matters, "can't keep going like this") was read as nothing at all,
and "I feel worthless these days" or "Nobody cares about me." as contempt for the author. The
writer's own low mood is now a hard time of theirs (grief, shared: a quiet reply, no star, no
quote, no helpline), on a support post as anywhere; laughed off ("I'm dead inside lol") it is
guarded (a plain reply, "Take care."). The same words said of a bug, a fridge, a game, a cold
morning or a finale, a mood the comment says is over ("I felt so alone until I found this
blog"), and "saying goodbye to everyone I love" beside a move abroad keep their warmth.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

HARD_DAY = "A hard week"
# The lines only the reader's own hard time gets ("Thank you for trusting me with this.").
SHARED_THANKS = {"thanks.grief-trusting", "thanks.grief-telling-me", "thanks.grief-sharing-here"}

LOW_MOOD = [
    "Everything feels pointless lately.",
    "I feel invisible most days.",
    "I feel so empty lately.",
    "Honestly I feel numb most of the time.",
    "I've been feeling hopeless for weeks.",
    "I feel worthless these days.",
    "I'm such a burden to everyone.",
    "I feel like a burden to my family.",
    "I feel so alone lately. Your posts are the only thing I read.",
    "I'm so lonely these days.",
    "What's the point of trying.",
    "What's the point of getting up.",
    "I can't keep going like this.",
    "I'm just tired of everything.",
    "Tired of everything.",
    "Exhausted of life, honestly.",
    "I could disappear and nobody would notice.",
    "Nobody cares about me.",
    "No one ever checks on me.",
    "I feel invisible to my family.",
    "I feel like nobody cares.",
    "Nothing matters anymore.",
    "Nothing makes me happy anymore.",
    "I can't enjoy anything anymore.",
    "Some days I can't get out of bed.",
    "I cry myself to sleep most nights.",
    "I've lost all hope.",
    "I've given up on myself.",
    "I'm barely holding on.",
    "I feel like I'm drowning.",
    "I don't matter to anyone.",
    "I hate myself.",
    "I hate my life right now.",
    "I'm not okay.",
    "I'm not doing well lately.",
    "I've been feeling really low.",
    "I'm really struggling lately.",
    "Feeling empty again today.",
    "Feeling so numb. Thanks for the post though.",
    "Lately I feel like a ghost in my own house.",
    "I feel hollow inside.",
    "I feel dead inside.",
    "I feel like a failure.",
    "I feel so lost in life.",
    "I've been so sad lately.",
    "Everything feels too much lately.",
    "Life feels meaningless these days.",
    "It all feels pointless.",
    "I feel so lonely, even with people around.",
    "I'm so alone in this.",
    "It gets so lonely.",
    "Your recipes are lovely. I feel invisible most days, so this was nice to read.",
    "Great post. Everything feels pointless lately, but I still read you.",
    "I feel numb and tired all the time. Thanks for writing.",
    "I'm tired of pretending I'm okay.",
    "Tired of trying.",
    "I've been feeling worthless since I lost my job.",
    "I feel like I'm a burden.",
    "I'm a burden to the people I love.",
    "I feel so unwanted.",
    "I feel forgotten by everyone.",
    "I feel broken.",
    "I feel trapped.",
    "I feel like there's no point.",
    "I feel like nothing matters.",
    "Each day feels heavy lately.",
    "I'm nothing but a burden.",
    "Honestly, I feel hopeless.",
    "I feel empty inside, like nothing I do matters.",
    "Just feeling really down today.",
    "I feel so alone since the move.",
    "Feeling invisible again. Lovely bread though.",
    "I'm so tired of being alone.",
    "I'm tired of feeling like this.",
    "I'm so lonely most days.",
    "I feel disposable... I feel worthless.",
    "I feel like such a failure lately.",
    "The days feel pointless.",
    "I'm struggling to get out of bed.",
    "I've given up on everything.",
    "I feel so alone lately. Until next time!",
    "I feel invisible too.",
    "I'm not okay either, but sending love.",
    "Thank you, everything feels pointless lately.",
    "Okay, I feel so alone lately.",
    "I know I'm a burden to everyone.",
    "When I feel this empty, your posts help.",
    "Why do I feel so empty all the time?",
    "Does anyone else feel invisible most days?",
    "I'm not okay, honestly.",
    "Lovely post. I'm a burden to my family and I know it.",
]

LAUGHED_OFF = [
    "I feel so alone lately haha",
    "I'm dead inside lol",
    "Everything feels pointless these days 😅",
]

NEAR_MISSES = [
    "I felt empty too after the finale, great show!",
    "this pointless bug ate my weekend lol",
    "I felt invisible at conferences until I read this — thank you!",
    "empty fridge, so I made your soup",
    "Tired of everything tasting the same, this spice mix fixed it",
    "lonely planet guide recommended the same place, great post!",
    "a burden off my shoulders, thanks!",
    "what's the point of a semicolon here?",
    "nobody noticed the typo but me haha",
    "I felt so alone until I found this blog, thank you!",
    "I don't feel so alone anymore after reading this. Thank you!",
    "Reading this I feel less alone. Thank you!",
    "I feel empty without my morning coffee lol",
    "My fingers feel numb from the cold but I had to try this recipe!",
    "I feel so empty after finishing that series, great recommendation!",
    "I feel invisible in Among Us when I play the imposter lol",
    "Invisible ink trick is brilliant, my kids loved it!",
    "The pointless meetings at work are gone thanks to your tips. Thank you!",
    "My tank was empty after the hike but this trail mix saved me. Thanks!",
    "Numb hands from the snow, but your cocoa recipe warmed me up. Thank you!",
    "I was lost in the docs until I found this. Thank you!",
    "I feel lost at step 4, could you explain the config part?",
    "Hopeless at baking until I tried your method. Thank you!",
    "I'm hopeless at maps, so this guide is perfect!",
    "The empty nest cake recipe was a hit!",
    "I'm home alone this weekend so I'm baking all three recipes!",
    "Invisible stitches came out perfect, thank you for the tutorial!",
    "This worthless old laptop runs your app fine, amazing!",
    "My cat is a lonely soul but loves this treat recipe, thanks!",
    "Lonely Planet has nothing on this travel guide. Brilliant!",
    "What's the point of a linter if nobody runs it? Great post though.",
    "What's the point in a lock file? Genuinely curious.",
    "Nobody noticed I swapped the flour and it was perfect, ha!",
    "Nobody would notice if you swapped the butter for oil, great tip!",
    "No one cares about semicolons in Python, and that's fine. Great write-up!",
    "I felt so empty after the finale of that show, but your recap was great!",
    "Everything feels pointless in this game after the last patch, great review though!",
    "Tired of everything tasting the same? This spice mix fixed it!",
    "Exhausted after the marathon but this smoothie helped. Thanks!",
    "Can't keep going like this with webpack — switching to Vite thanks to you!",
    "I can't take it anymore, this rain! Thanks for the indoor activity ideas.",
    "I'm so done with this bug lol, your fix worked though!",
    "Dead inside after that exam lol, but this playlist helps.",
    "I hate my life choices when I see your sourdough, mine is a brick lol",
    "I'm invisible at parties, but this conversation guide is gold. Thank you!",
    "My code felt pointless before I read your refactoring post. Thanks!",
    "I'm a burden on my poor dishwasher with all these pans, lol. Loved the recipe.",
    "Alone in the office today, so I finally read your whole series. Brilliant!",
    "Feeling numb? Try this breathing exercise the post describes, works for me.",
    "The beach was so lonely and beautiful at dawn. Great photos!",
    "I used to feel invisible at work. Your post on speaking up changed that. Thank you!",
    "Saying goodbye to everyone I love before my year abroad was hard, this packing list helped!",
    "Moving abroad next month, saying goodbye to everyone I love. Great post!",
    "We said goodbye to everyone I love at the airport, then the trip began. Great itinerary!",
    "My plants feel hopeless in winter, your grow light tip saved them!",
    "My sourdough starter looks lifeless, what's the point of feeding it twice?",
    "The invisible man is my favourite film too, lovely essay!",
    "That empty feeling after Christmas? Your leftovers curry fixed it. Thanks!",
    "Lol I'm such a burden to my barista, 3 orders a day. Great coffee guide.",
    "I'm not okay with tabs, spaces forever. Great post though!",
    "I'm not doing well at this diet, but your salad recipe helps! Thanks!",
    "Feeling so low on energy after the marathon, but this smoothie helped!",
    "I'm feeling down with a cold, this soup is exactly what I needed.",
    "I'm struggling with step 3, could you add a photo?",
    "Nothing matters more than a good crust. Great post!",
    "Nothing matters but the bread. Lovely post!",
    "Some days I can't get out of bed without coffee, this recipe is my reward!",
    "I cry every time I watch that film. Great review!",
    "I've lost all hope of a tidy garage, but your shelving guide might save me. Thanks!",
    "I've given up on gluten, and your bread is the first I've liked!",
    "Barely holding on to my New Year's resolutions, this post helps!",
    "Drowning in zucchini again this summer, thanks for the recipes!",
    "I feel like I'm drowning in emails, your inbox zero post is a lifesaver. Thanks!",
    "Your broken link in paragraph 2 points to the old site, great post otherwise.",
    "I feel broken after leg day lol, but the stretches helped.",
    "I feel trapped in this level, any tips for the boss?",
    "I feel so lost with all these config options, can you help?",
    "I've been so sad this series is over. Great finale review!",
    "The empty chair at the cafe was perfect for reading your post.",
    "This post made me feel less alone as a new parent. Thank you!",
    "Honestly I feel so seen by this post. Thank you!",
    "I felt like a failure at baking until your method. Thank you!",
    "I feel like a ghost at family dinners lol, great post on small talk!",
    "I used to feel worthless at work, but now I'm much happier. Your post helped.",
    "Nobody cares about my plant collection as much as I do lol. Lovely post!",
    "No one checks on me when I'm gaming, which is perfect. Great setup guide!",
    "It all feels pointless when the build fails at 2am lol, thanks for the fix!",
    "Lonely planet guides are outdated, this is much better. Thanks!",
    "My phone battery is empty, but I read the whole post first. Great work!",
    "I felt invisible in the crowd at the gig, but the band was amazing! Great review.",
    "What's the point of a blog without comments? Glad you have them!",
    "Tired of everything being so expensive, this budget guide is gold. Thanks!",
    "Sick and tired of everything being a subscription, great post!",
    "I'm exhausted after the move but your checklist saved me. Thank you!",
    "Everyone I love is coming to the wedding, saying goodbye to single life! Great post.",
    "I'm so lonely planet-obsessed, I bought every guide. Lovely post!",
    "Empty-handed from the market, but your pantry recipe saved dinner!",
    "My heart feels full after this post. Thank you!",
    "I know everything feels pointless right now, but you'll get through this. Loved the post.",
    "When nothing matters, bake bread. Great motto, thanks!",
    "If you feel invisible at meetups, try this post's tips. Great write-up!",
]


def _quiet(draft) -> bool:
    return draft.gold_stars == 0 and not draft.quote and "notebook" not in draft.text


@pytest.mark.parametrize("text", LOW_MOOD)
def test_a_reader_s_low_mood_is_heard_quietly_with_no_star_nor_quote(text):
    tone = read_tone(text)
    assert (tone.label, tone.shared, tone.crisis) == ("grief", True, False)
    draft = draft_of(text)
    assert _quiet(draft)
    assert draft.tone == "grief" and not draft.crisis


@pytest.mark.parametrize("text", LOW_MOOD)
def test_a_low_mood_on_a_hard_day_post_is_the_reader_s_own_hard_time(text):
    tone = read_tone(text, support=True)
    assert (tone.label, tone.shared, tone.crisis) == ("grief", True, False)
    draft = draft_of(text, support=True, title=HARD_DAY)
    assert _quiet(draft)
    assert SHARED_THANKS & set(draft.phrases) or "sorry" in draft.text


@pytest.mark.parametrize("text", LAUGHED_OFF)
def test_a_low_mood_laughed_off_is_guarded_not_cheered(text):
    tone = read_tone(text)
    assert tone.guarded and not tone.crisis and tone.label != "grief"
    draft = draft_of(text)
    assert _quiet(draft)
    assert draft.text.endswith("Take care.")


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_everyday_uses_of_low_mood_words_keep_their_warmth(text):
    tone = read_tone(text)
    assert not tone.guarded and not tone.crisis
    assert tone.label not in ("grief", "hostile")
    draft = draft_of(text)
    warm = draft.gold_stars > 0 or bool(draft.quote) or tone.label == "praise"
    assert warm or tone.label in ("question", "critical")  # "what's the point of a lock file?"


def test_goodbyes_to_everyone_explained_by_a_move_before_them_keep_their_warmth():
    text = "Moving abroad next month, saying goodbye to everyone I love. Great post!"
    tone = read_tone(text)
    assert tone.label == "praise" and not tone.guarded
    assert draft_of(text).quote


def test_goodbyes_to_everyone_with_nothing_to_explain_them_stay_guarded():
    tone = read_tone("Saying goodbye to everyone I love. Great post!")
    assert tone.guarded
    assert _quiet(draft_of("Saying goodbye to everyone I love. Great post!"))


@pytest.mark.parametrize(
    "text",
    [
        "Nobody cares about your opinion.",
        "Nobody cares.",
        "This pointless post wasted my time.",
        "This is pointless.",
        "This is worthless garbage.",
        "You are useless.",
    ],
)
def test_contempt_for_the_author_is_still_contempt(text):
    assert read_tone(text).label == "hostile"
