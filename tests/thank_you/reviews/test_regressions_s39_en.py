"""Warm English comments that share the words of this session's new cues and must keep their warm
reading (session 39 review): a gift baked for a parent's anniversary ("Making this for Mum's
anniversary tomorrow, she'll love it!") had been read as a death's anniversary, "my son's passing
game" as a death, "Three years without my sister, now she's back" as a loss, a toddler put to sleep
after teething as a pet put down, a phone call made after years of silence as an estrangement, "I
was terrified of losing my job, then I got promoted!" as a job lost, "I won't be around to try it
till next month. Bookmarked!" as a reader at risk, "Cheers for nothing, now my jeans don't fit.
Best brownies ever." as scorn, "What a privileged life you have, and you share it so generously"
as a jab, "I'm having a heart surgery recovery party" as an operation ahead. Each of these lost its
quote or its gold star and got a quiet reply, a guarded one or a defensive one.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm


def assert_warm_and_unguarded(text: str) -> None:
    assert_read_warm(text, "en")
    tone = read_tone(text)
    assert not tone.guarded, tone.cues


# Read worse after the session's merge than before it; fixed by narrowing the cue.
REGRESSIONS = [
    # a parent's (living) anniversary, not a death's
    "Making this for Mum's anniversary tomorrow, she'll love it!",
    "Baking this for Mum's anniversary tomorrow. 35 years!",
    "Mum's anniversary is next week and I'm making this cake. Wish me luck!",
    "Dad's anniversary is coming up, any ideas for a dessert he'd like?",
    "Grandma's anniversary this weekend, I'm doing your lemon drizzle for the tea.",
    "Mum's anniversary today, so I made your scones and took them round. She loved them!",
    "Made these for Nan's anniversary tomorrow, they went down a storm.",
    "Mum's anniversary was lovely, thanks for the cake recipe!",
    "Mum's anniversary is on Saturday, I'm making her your trifle.",
    "Dad's anniversary this weekend and he's asked for your pavlova!",
    "Grandad's anniversary yesterday was such fun, everyone loved the cake.",
    "Dad's anniversary tomorrow. Making his favourite pie, he's so excited.",
    "Mum's anniversary, so I baked her the lemon cake she loves.",
    "Nana's anniversary next week, 50 golden years! Any ideas?",
    "Mum's anniversary tomorrow, we're taking her out for lunch. Love this recipe though!",
    "Dad's anniversary was last weekend, had a great time with the whole family.",
    # "passing" in sport or in passing, not a death
    "My son's passing has improved so much since he joined the club, thanks for the drills!",
    "Grandad's passing comment about my bread made me try your recipe, and he was right!",
    "My daughter's passing game is on fire after your coaching tips.",
    "Dad's passing remark that I'd never bake bread is why I'm here. Proved him wrong!",
    "My friend's passing comment about your blog got me here, so glad!",
    "My brother's passing phase with sourdough is over, he's onto pasta now lol",
    "My husband's passing interest in baking has turned into an obsession thanks to you!",
    # years apart, then together again; years child-free; years without their help
    "Three years without my sister, now she's back from Australia and we baked this together!",
    "Two years without my husband - he was deployed - and he's home for Christmas!",
    "Five years without kids and we finally took that trip, your guide was perfect.",
    "Ten years without my mum and dad's help, and I run my own bakery now!",
    "Five years without my brother, and now he's home from Australia for good!",
    "Two years without my boyfriend, best decision ever! Love your solo travel posts.",
    "Six years without my dog, and now we've got a puppy! Any training tips?",
    # a toddler or a laptop put to sleep, not a pet put down
    "We had to put Leo to sleep this morning. He'd been up since 4 teething!",
    "I had to put it to sleep yesterday. Laptop's fine now.",
    # years of silence broken, or silent only on one subject
    "I haven't spoken to my sister in years, but your post made me ring her. Thank you!",
    "I haven't talked to my cousin in years and this recipe reminded me of her, going to call her!",
    "Haven't spoken to my brother in years about anything but football, your post got us chatting.",
    "I haven't spoken to my grandma in years in Polish, but your post made me practise.",
    # a job kept, or a loss that turned out well
    "I was terrified of losing my job, then I got promoted! Thank you for the tips.",
    "These interview tips stopped me losing my job at the café, thanks!",
    "I'm not losing my job as family chef after this bake 😂",
    "Your advice saved me from losing my job. Thank you so much!",
    "I've been losing my job applications in the spam folder, thanks for the tip!",
    "Losing my marriage was the best thing that ever happened, honestly. Love this post.",
    "Losing my job was the push I needed to start baking full-time! Thanks for the inspiration.",
    # away for a weekend, not at risk
    "I won't be around to bake it this weekend, we're at my sister's, but saving it!",
    "I won't be around to try it till next month. Bookmarked!",
    "I won't be around to cook on Saturday so I'm making it tonight. Thanks!",
    "I won't be here to make it next week, we're away. Saving it for later!",
    # "cheers for nothing" as a fond grumble
    "Cheers for nothing! Now I'm addicted 😅",
    "Cheers for nothing, my kids ate the whole tray before I got a slice!",
    "Cheers for nothing, now my jeans don't fit. Best brownies ever.",
    # decluttering, a marathon, a hot kitchen, a move
    "I've been giving away my stuff to declutter, Marie Kondo style! Loved this post.",
    "Don't know how much longer I can keep going, mile 20 was brutal! Great running plan though.",
    "I don't know how much longer I can keep doing this, the heat in my kitchen is unbearable 🥵",
    "Honestly don't know how much longer I can keep going, these brownies are too good!",
    "Sorted out all my affairs. Off to Spain tomorrow for a year!",
    "Finally sorted my affairs. Now I can get back to baking!",
    # an operation's party, cake or training, not one ahead
    "I'm having a heart surgery recovery party next week, making your cake!",
    "I'm having a hysterectomy-free year, ha! Best news. Loving the blog.",
    "I'm having a mastectomy cake for my friend's survivor party, any ideas?",
    "Booked for heart surgery training next month, I'm a nurse. Love the blog!",
    "Going in for the amputation scene in the play tonight, wish me luck!",
    # a car's or a phone's prognosis
    "Our old car was given six months to live by the mechanic, and it's still running!",
    "My phone battery was given a few days to live, so I'm reading this fast!",
    # a song, a thank-you
    "Happy birthday in heaven is a song my choir sang, beautiful. Your post reminded me.",
    "What a privileged life you have, and you share it so generously. Thank you!",
]


@pytest.mark.parametrize("text", REGRESSIONS)
def test_a_warm_comment_sharing_a_new_cues_words_stays_warm(text):
    assert_warm_and_unguarded(text)


# Already warm before and after the merge: pinned so the next cue keeps them warm.
NEAR_MISSES = [
    "Made your carrot cake for Dad's anniversary tea, he loved it.",
    "Five years without my husband's cooking, I've learnt so much from your blog!",
    "I had to put Sophie to sleep today, she was so overtired after the party.",
    "I haven't spoken to my dad in years, he's a man of few words haha, but he loved this stew.",
    "Mum's anniversary next week, any cake ideas? Dad wants to surprise her.",
    "Nan's anniversary this Sunday, I'm baking a tiered cake for her and grandad!",
    "It's mum's anniversary, she'll be 40 years married on Friday!",
    "Dad's 60th anniversary at the bakery today! He loves your bread posts.",
    "Mum's 70th birthday today and she loved your cake!",
    "Ten years without my best friend: she moved to Canada, and she's visiting next week!",
    "One year without my phone and I've never been happier. Great post!",
    "A year without my parents' help, but I made it through uni on your recipes!",
    "Two years without my husband's snoring thanks to your tip, bless you!",
    "I had to put Emma to sleep early last night. She was exhausted after the party!",
    "I had to put Max to sleep last night with a story about your dog!",
    "I had to put Bella to sleep early last night. Long day at the zoo!",
    "Mum would have been so proud today, I finally nailed the sourdough!",
    "Mum would have been thrilled today, she always loved your blog.",
    "Dad would have been one happy man today seeing this.",
    "Grandma would have been proud of my first loaf, thank you!",
    "We haven't spoken to our neighbours in years but this cake changed that!",
    "These brownies are killing me, in the best way.",
    "You're killing me with these puns 😂",
    "These photos are killing me, I need a slice right now!",
    "I'm dying to try this!",
    "I'm dying to know where you got that dress!",
    "I'm dying laughing, my cat did this too haha",
    "My diet is dead after this recipe 😂",
    "Good grief, these are delicious!",
    "Your blog saves me grief every week, thank you!",
    "Thanks for wasting three hours of my Sunday, I read every post 😂",
    "Thanks for wasting my whole afternoon, I made three batches and loved every minute!",
    "Been giving away my things on Freecycle all week before the move. Great tips!",
    "Put all my affairs in order before the big move. Thanks for the checklist!",
    "Won't be around to bake for a while, new baby arrived! Thanks for all the recipes.",
    "My sourdough was given two weeks to live and it's thriving now!",
    "Lymphoma survivor here, five years clear! Thank you for this recipe.",
    "I'm a lymphoma nurse and this soup is my go-to after shifts.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_of_a_new_cue_stays_warm(text):
    assert_warm_and_unguarded(text)


# The reader's own line after a compliment is quoted now (quote.own_words, session 39), and a
# compliment with nothing of their own after it still is not.
@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "I love how you explain it, my daughter finally understood fractions.",
            "My daughter finally understood fractions",
        ),
        (
            "Your posts are always great, we've made every single recipe.",
            "We've made every single recipe",
        ),
    ],
)
def test_the_readers_own_line_after_a_compliment_is_quoted(text, quote):
    from tests.support.drafts import draft_of

    assert draft_of(text).quote == quote


# ...but not a letdown after the compliment, which the draft would greet with "I love hearing
# that!" and a gold star: these had been quoted ("My family hated this one though").
@pytest.mark.parametrize(
    "text",
    [
        "Your recipes are usually great, my family hated this one though.",
        "Your photos are lovely, my version came out burnt and flat.",
    ],
)
def test_a_letdown_after_a_compliment_is_not_quoted_back(text):
    from tests.support.drafts import draft_of

    assert draft_of(text).quote == ""


def test_a_complaint_that_says_killing_me_is_no_praise():
    # "killing me" as praise (session 39) is not a complaint that none of the recipes work
    assert read_tone("Your recipes are killing me, none of them work.").label != "praise"
