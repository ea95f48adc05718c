"""Happy posts that share the words of this session's new hard-day cues and must still throw their
party (session 39 review): "Baking for Mum's anniversary tomorrow", "Two years without my husband:
solo hiking" (he was deployed), "Three years without kids" (child-free), "My son's passing game",
"Losing my job? Not anymore" and a sister rung after years of silence had each turned off the
badges, milestones and party posts of their related box.
"""

import pytest

from plugins.comments.hard_days import read_opening

REGRESSIONS = [
    ("Baking for Mum's anniversary tomorrow", "She'll love this lemon drizzle."),
    (
        "Two years without my husband: solo hiking",
        "He's been deployed, so I hit the hills. He's home next week!",
    ),
    ("Three years without kids", "We've decided to stay child-free and travel."),
    ("My son's passing game", "Drills that worked for our under-10s."),
    ("Dad's passing comment", "That's why I started baking bread."),
    ("Losing my job? Not anymore", "How I negotiated a promotion instead."),
    (
        "I haven't spoken to my sister in years",
        "So I called her, and we baked together. Best day!",
    ),
]

NEAR_MISSES = [
    ("Five years without sugar", "And I don't miss it one bit."),
    ("Lymphoma awareness walk: we raised $2,000!", "What a day on the seafront."),
    ("Dad would have loved this trail", "The views from the top are unreal."),
    ("The anniversary cake", "Three layers of lemon sponge for Mum and Dad's 40th."),
    ("Mum's anniversary cake", "She and Dad have been married 40 years, so I baked this."),
    ("Mum's anniversary!", "Forty years married, and we threw a party."),
    ("I'm dying to try this", "New bakery in town and the queue is mad."),
    ("My diet is dead", "Long live the brownies."),
    ("Ten years without my best friend", "She moved to Canada. Now she's back and we baked this!"),
    ("Bedtime battles", "We had to put Leo to sleep this morning after a night of teething."),
    ("Heart surgery recovery party", "Dad is home and thriving, so we threw a party!"),
    ("Given six months to live, the old oven is still going", "My trusty 1970s oven."),
    ("It's melanoma awareness month", "Wear sunscreen, folks. Here's my SPF guide."),
    ("Mum would have been proud", "I finally ran the marathon!"),
    ("Happy birthday, Mum!", "She's 80 today and we threw a garden party."),
    ("Cheers for nothing", "A funny look back at my failed bakes."),
    ("Killing me softly", "These brownies are killing me."),
]


@pytest.mark.parametrize("title, text", REGRESSIONS + NEAR_MISSES)
def test_a_happy_post_sharing_a_hard_days_words_is_no_hard_day(title, text):
    assert read_opening(title, "", text) == ()
