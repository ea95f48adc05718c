"""English jabs, scorn and sarcasm, and the warm comments that share their words.

Scorn in a light voice, a jab dressed as thanks or as praise ("killing me with typos"), a hug after
scorn, scorn for the author's hard-day post: none is thanked, starred or quoted, and on a hard
day none gets a draft. Beside each case stand its warm twins, which keep their warmth: a joke at
one's own expense, teasing on a hard day, praise in the words of scorn ("killing me with the
photos"), a reader who reports the scorn to deny it.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_hard, assert_read_warm, draft_of
from tests.support.readings import (
    GRIEF,
    NEUTRAL,
    PRAISE,
    QUESTION,
    assert_drafted_on_a_hard_day,
    first_comment_draft,
    read_and_draft,
    reading,
)


def test_a_sob_story_a_reader_tells_of_their_own_bread_is_no_scorn():
    assert read_tone("What a sob story my sourdough is compared to yours 😂").label != "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Beautiful writing, as always. But honestly, you bring this on yourself.",
        "Thanks for wasting five minutes of my life. Really appreciate it.",
        "Brilliant, truly brilliant, another post with zero substance. Bravo. 👏",
        "Love how you make everything about yourself. Again.",
        "Great job making your sadness everyone's problem 👍",
        "Oh brilliant, another pity party. Cute.",
        "Wonderful, more self-pity. Can't wait for the next one.",
        "Oh great, kindness. Did you also discover water is wet?",
        "Yeah sure, because being nice fixes everything. So naive.",
        "Imagine thinking anyone wants to read about your feelings lmao",
        "Nice attention-seeking post. Amazing how you monetize everything.",
        "Merci de m'avoir fait perdre cinq minutes de ma vie. Vraiment.",
        "Bravo, vraiment bravo, encore un article sans aucun contenu. 👏",
        "C'est la guimauve la plus niaise que j'ai lue cette année.",
        "Tout le monde se fiche de ton chauffeur de bus. Trouve-toi un vrai travail.",
        "Génial, encore de l'apitoiement. Vivement le prochain.",
        "Trop bien, tu transformes ta tristesse en contenu. Chapeau.",
    ],
)
def test_scorn_is_never_starred_nor_quoted_and_gets_no_draft_on_a_hard_day(text):
    assert draft_of(text).tone == "hostile"
    assert draft_of(text, support=True).text == ""


@pytest.mark.parametrize(
    "text",
    [
        "Hugs. Though I have to say, milking your grief for clicks is pretty low.",
        "Cool story bro. Can't wait for the next one, said no one ever.",
        "Sending hugs. But honestly this is the third sob story this month, get some therapy.",
    ],
)
def test_comfort_before_the_scorn_does_not_excuse_it(text):
    assert draft_of(text, support=True).tone == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Who writes like this? A child could do better.",
        "Not bad for an amateur.",
        "Ugh, another influencer flexing. Some of us work for a living.",
        "Your kids are adorable. Shame about the parenting. 🙃",
        'Brilliant. Just brilliant. Another "hello world" tutorial. The internet needed that.',
        "Knitting is for grannies. No offence.",
        "Honestly, parenting blogs like yours make mothers feel worse. Stop pretending it's all "
        "lovely.",
        "Kind of irresponsible to post the exact location of that hidden beach. Now it'll be "
        "ruined.",
        "You could have just linked the docs instead of writing 2000 words.",
        "Kinda disappointed, expected more depth on the GC part.",
        "Tried it: dense, gummy, flat. Followed every step. Something's off in the recipe.",
        "Nice photos but the writing is painful to read. Hire an editor.",
        "You must be fun at parties.",
        "Nope. Just nope. Wrong on every level.",
    ],
)
def test_a_jab_is_never_starred_nor_quoted(text):
    draft = draft_of(text)
    assert draft.tone in ("hostile", "critical") and draft.gold_stars == 0 and not draft.quote


LAID_OFF = "I was laid off today"


THE_SCAN = "The scan came back"


GOODBYE = "Goodbye, Dad"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Stop being so dramatic. People lose parents every day.", GOODBYE),
        ("Sick of hearing about your illness tbh. Post recipes.", THE_SCAN),
        ("Maybe you should have worked harder lol", LAID_OFF),
        ("Should have learned AI instead of blogging.", LAID_OFF),
        ("Lol they finally figured you out", LAID_OFF),
        ("Why are you posting this publicly? Some things should stay private.", GOODBYE),
        ("Lol at the comments section being all sad. Life goes on.", GOODBYE),
        ("Meh, we all lose people. Move on.", GOODBYE),
    ],
)
def test_scorn_on_a_hard_day_is_not_thanked(text, title):
    draft = draft_of(text, support=True, title=title)
    assert draft.tone == "hostile" and not draft.text


def test_laughing_scorn_on_a_hard_day_is_still_scorn():
    draft = draft_of("How dare you post this sob story lol", support=True, title=GOODBYE)
    assert draft.tone == "hostile" and not draft.text


@pytest.mark.parametrize(
    "text",
    [
        # the model reads these hostile with no hostile cue, beside warm words: read_tone had
        # raised ValueError (max() of nothing), stopping the build and the inbox's list
        "Oh sweetie, imagine being you. Beautiful post.",
        "Imagine being you. Sending love.",
    ],
)
def test_a_comment_read_hostile_by_the_model_alone_does_not_stop_the_reading(text):
    assert read_tone(text, support=True).label in ("hostile", "grief")


@pytest.mark.parametrize(
    "text",
    [
        # each had been thanked "for your kind words" on the author's hard-day post
        "Get over it already. Hugs.",
        "Another sob story. Hugs I guess.",
        "Milking your grief for clicks is pretty low. Sending love.",
        "Nobody cares. Sending hugs though.",
        "Pathetic. Thinking of you.",
    ],
)
def test_a_hug_after_scorn_does_not_excuse_it(text):
    draft = draft_of(text, support=True, title="Losing Dad")
    assert draft.tone == "hostile"
    assert "kind words" not in draft.text and "people who care" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Get over it already, but hugs.",
        "Milking it for clicks, but hugs I guess.",
        "Nobody cares, but sending hugs.",
    ],
)
def test_a_bare_but_before_a_hug_answers_no_scorn(text):
    assert draft_of(text, support=True, title="Losing Dad").tone == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        # readers who report the scorn to deny it: each had got no draft this morning
        'My dad told me to "man up" when mum died. Don\'t let anyone tell you that. Sending love.',
        '"Snap out of it" is the worst advice. Sending you so much love.',
        "Someone told you to get over it? Please don't. Sending hugs.",
        "People who tell you to move on are clueless. Hugs.",
        "This is such a stupid disease. Thinking of you.",
    ],
)
def test_a_reader_who_reports_the_scorn_to_deny_it_gets_a_quiet_reply(text):
    draft = draft_of(text, support=True, title="Losing Dad")
    assert draft.tone == "grief" and draft.text


@pytest.mark.parametrize(
    "text",
    [
        # kind or teasing words on the hard-day post that had got no draft, read as scorn
        "Take all the time you need, come back when you've had some rest ❤️",
        "Stop posting such good stuff, my waistline can't take it",
        "lol this blog is trash (jk it's my favourite)",
        "Did the bakery pay you to say that? 😂 kidding, great tips",
        "Who let you cook this good?? 🔥",
        "Not reading all that, just making it 😂 looks amazing",
    ],
)
def test_teasing_on_a_hard_day_is_not_scorn(text):
    draft = draft_of(text, support=True, title="My dad died last week")
    assert draft.tone != "hostile" and draft.text


@pytest.mark.parametrize(
    "text, language",
    [
        ("Just tired of everything tasting the same, this was a lovely change", "en"),
        ("What's the point of it all? Just eat the bread 😂", "en"),
        ("Nobody would notice if I disappeared into the kitchen for a day 😅", "en"),
        ("I don't think I'll be around for the live stream, work 😩 will watch the replay", "en"),
    ],
)
def test_everyday_words_keep_their_warmth(text, language):
    assert not read_tone(text).guarded


@pytest.mark.parametrize(
    "text",
    [
        "Stop crying about it and get over yourself.",
        "Oh stop crying, it's a blog post.",
        "Just stop crying and move on.",
        "Stop crying and write something useful.",
    ],
)
def test_stop_crying_said_to_someone_stays_hostile(text):
    assert read_tone(text).label == "hostile"
    draft = draft_of(text)
    assert draft.gold_stars == 0
    assert draft.quote == ""


# Item 9: sarcasm and backhanded praise.


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Great, another recipe with 3000 words of life story before the ingredients.", "hostile"),
        ("Oh great, another post with 2000 words of your life story before the recipe.", "hostile"),
        (
            "Thanks for finally getting around to fixing the typo I reported three months ago.",
            "critical",
        ),
        ("Thanks for finally bothering to fix the link we reported.", "critical"),
        ("Cute idea. Maybe next time actually test the recipe before posting?", "critical"),
        ("Next time, actually read the docs before writing a tutorial.", "critical"),
    ],
)
def test_sarcasm_is_neither_starred_nor_quoted(text, label):
    assert read_tone(text).label == label
    draft = draft_of(text)
    assert draft.gold_stars == 0
    assert draft.quote == ""
    assert "great question" not in draft.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Great, another excuse to buy butter 😄",
        "Thanks for finally writing this up, I've been waiting for it!",
        "Thanks for finally getting around to part two, worth the wait!",
        "Next time I'll actually measure the flour, lesson learned 😅",
        "Another gem with pages of your life story, and I loved every word 😂",
    ],
)
def test_teasing_and_thanks_for_a_long_awaited_post_keep_their_warmth(text):
    tone = read_tone(text)
    assert tone.label in ("praise", "neutral"), tone
    assert not tone.doubtful
    assert draft_of(text).quote


def test_a_laughing_comment_with_no_scorn_is_not_held_on_the_model_s_lead_alone():
    text = "I feel so empty without my dog while he's at the groomer's lol. Cute post!"
    tone, draft = read_tone(text), draft_of(text)
    assert tone.label == "praise" and not tone.loss
    assert not draft.advice.startswith(("A quiet reply", "This reads as hostile"))


A_HARD_WEEK = "A hard week"


@pytest.mark.parametrize(
    ("text", "support"), [("This blog is trash lol", False), ("lol", True), ("haha first", True)]
)
def test_scorn_or_bare_laughter_on_a_hard_day_is_still_held(text, support):
    draft = draft_of(text, support=support, title=A_HARD_WEEK if support else "A post")
    assert read_tone(text, support=support).label == "hostile"
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        # each was read as hostile (the first two had been read as grief, with condolences)
        "Ignore anyone who says nobody wants to read about your grief. We do.",
        "Ignore the trolls saying nobody wants to read about your grief — we do. 💔",
        "My friend thinks nobody wants to read about your grief, but I do.",
    ],
)
def test_a_reader_who_reports_the_scorn_about_grief_is_not_the_troll(text):
    assert read_tone(text).label == "grief"
    assert not draft_of(text).advice.startswith(HOSTILE_ADVICE)
    assert_drafted_on_a_hard_day(text)


@pytest.mark.parametrize(
    "text",
    [
        # each was read as hostile, with no draft on a hard-day post
        "Love how you ignored all the rules and it still turned out perfect!",
        "Love how you didn't even bother with a mixer. So simple!",
        "Love how you completely ignored the haters and kept going!",
        "I'm sure your kids love being your test subjects! Lucky them. Great recipe.",
        "I'm sure your husband loves your experiments! Mine does. Great recipe.",
        "I'm sure your kids love your experiments! They're lucky.",
        "If you like rocks, try granite countertops, haha. Nice kitchen tour!",
        "If you love rocks, this geology blog is for you! Amazing photos.",
        "This geology blog is perfect if you love rocks!",
        "If you enjoy cardboard, try my first attempt haha. Yours looks amazing.",
        "If you enjoy food poisoning, skip the resting step, lol. Seriously though, great safety "
        "tips.",
        "No need to make a fuss about it, it's just the best bread ever.",
        "No need to make a whole post about it, but I'm glad you did! So useful.",
        "What a surprise, another recipe that didn't fail for me! You're the best.",
        "What a surprise, another recipe that worked first time!",
        "Another day, another brag from me: my bread rose! Thanks to you.",
        "Another day, another loaf from me! Thanks to you.",
        "Another day, another ad for your cookbook? Take my money, I'd buy it!",
        "Funny how the sponsored posts are my favourites, you choose good partners!",
        "Funny how the sponsored posts are our favourites too.",
        "I could make this better blindfolded now, thanks to your method. Practice pays off!",
        "I could bake this better blindfolded now, thanks to you!",
    ],
)
def test_praise_in_the_words_of_light_scorn_reads_warm(text):
    assert_read_warm(text, "en")
    assert_drafted_on_a_hard_day(text)


def test_a_recipe_with_no_eggs_is_no_jab():
    # read as hostile; before the cue, critical for "doesn't", and it stays so
    text = "What a surprise, another recipe that doesn't need eggs! Perfect for my allergy."
    assert read_tone(text).label != "hostile"
    assert not draft_of(text).advice.startswith(HOSTILE_ADVICE)
    assert_drafted_on_a_hard_day(text)


@pytest.mark.parametrize(
    "text",
    [
        "Maybe take a break from blogging, nobody wants to read sad stuff.",
        "Honestly, no one wants to read sad posts. Write about bread.",
        "Love how you ignore my questions every time.",
        "Love how you didn't even bother to test this.",
        "Love how you never answer.",
        "I'm sure your family loves being your guinea pigs…",
        "Perfect bread if you like chewing cardboard.",
        "Great recipe if you like rocks.",
        "Sure, if you enjoy bricks.",
        "It's a cake, no need to make a whole post about it!",
        "What a surprise, another recipe that failed.",
        "What a surprise, another post that didn't work for anyone.",
        "Another day, another sponsored post.",
        "Another day, another ad for some overpriced pan.",
        "I could do this better blindfolded.",
    ],
)
def test_the_scorn_the_cues_were_written_for_is_still_hostile(text):
    assert_read_hard(text, "en", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for wasting my flour budget for the month, I can't stop baking this.",
        "Flour everywhere, the kids ruined my kitchen, thanks! Best day ever.",
        "Now my kitchen is ruined, cheers! Worth it for this loaf.",
        "So kind of you to finally share something that works for gluten-free bakers, thank you!",
        "Good of you to finally write something useful for us beginners, we've all been asking!",
        "Love how you skipped the hard bits and made it simple for beginners.",
        "Love how you left out all the crucial steps that always scared me, and it still works!",
        "This is so bad it's funny - my attempt, not your recipe! Mine looks like a frisbee.",
        "People laughed at bakers like you and me who talk to their starters, but look at us now!",
        "I used shop-bought pastry, my grandma would be turning in her grave!",
        "My nonna would be spinning in her grave if she saw me put pineapple on this.",
        "I added raisins, my grandmother would be rolling in her grave, but it was delicious.",
        "My mum would be turning in her grave at my kneading, but your method made it easy.",
        "My ancestors would be rolling in their graves at this gluten-free version, but it tastes "
        "great.",
        "Honey, this is not a recipe, it's a love letter!",
        "Hun, that's not how my mum did it, but I loved yours even more!",
        "I made a pun in the group chat about your loaf. I hope nobody reads this.",
        "Oh great, another thousand words before the recipe? Yes please, I love your stories!",
        "Everyone laughed at posts like this until they tried it, now we're all baking.",
        "My mother would be turning in her grave if I used bread mix, so I use yours.",
        "Honey, that's not a mistake, that's a happy accident.",
        "Sweetheart, this isn't a loaf, it's a cloud!",
        "Oh great, another thousand words before the recipe, I'm hooked on your stories.",
        "Ruined my Sunday, thanks! In the best possible way.",
        "This is so bad it's almost impressive, my husband says about my braiding. Yours is "
        "perfect.",
    ],
)
def test_a_joke_on_oneself_or_warm_thanks_is_no_jab(text):
    tone, draft = read_and_draft(text)
    assert tone.label != "hostile", tone.cues
    assert not draft.advice.startswith(HOSTILE_ADVICE)


def test_a_complaint_that_says_killing_me_is_no_praise():
    # "killing me" as praise is not a complaint that none of the recipes work
    assert read_tone("Your recipes are killing me, none of them work.").label != "praise"


# Sarcasm wearing the new praise phrases: never read as praise, never starred.
JABS = [
    "You're a star at copying other blogs, I'll give you that.",
    "You're so kind to waste our time like this.",
    "You explain things so clearly, for a five-year-old.",
    "Never fails to amaze me how wrong you can be.",
    "You should write a book. Then nobody would have to read this blog.",
    "Please never stop writing, it's my favourite comedy.",
    "You nailed the art of saying nothing in 2,000 words.",
    "Worked the first time. Just kidding, it's garbage.",
    "You're a star. A very dim one.",
    "You really nailed the boring part.",
    "You're pure magic at making a simple recipe complicated.",
    "You explain it better than my textbook, which isn't saying much.",
    "You're too kind to your sponsors in this review.",
]


@pytest.mark.parametrize("text", JABS)
def test_jab_wearing_new_praise_is_not_praise(text):
    assert read_tone(text).label != "praise"


# Jabs that were already kept out of praise: they still are.
JABS_KEPT = [
    "Oh you nailed it, genius. Totally.",
    "Wow, you nailed it. Said nobody ever.",
    "You're a saint for publishing something this lazy.",
]


@pytest.mark.parametrize("text", JABS_KEPT)
def test_old_jab_stays_unstarred(text):
    tone = read_tone(text)
    assert tone.label != "praise"
    assert first_comment_draft(text).gold_stars == 0


# Warm praise with the new phrases keeps its warm reading.
PRAISE_KEPT = [
    "You nailed it! Best post yet.",
    "You're a star, thank you so much!",
    "You nailed the crust, mine finally came out flaky!",
    "You explain things so clearly, I finally get sourdough.",
    "Please never stop writing, your posts make my Mondays.",
    "You should write a book, I'd buy ten copies!",
    "Never fails to make me smile, thank you!",
    "Worked the first time, thank you!",
    "You're so kind to answer every comment, thank you!",
    "You're so kind to your readers, always answering. Thanks!",
    "You explain it better than my textbook ever did, thank you!",
    "You're pure magic at making bread simple, thank you!",
    "Good to know I'm not alone, thank you for writing this.",
]


@pytest.mark.parametrize("text", PRAISE_KEPT)
def test_warm_praise_with_new_phrases_stays_praise(text):
    assert read_tone(text).label == "praise"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ma che genio, un'altra ricetta di pane.", "hostile"),
        ("Que originalidade, mais uma receita de pão de banana.", "hostile"),
        ("Non concordo.", "critical"),
        ("Ti sbagli.", "critical"),
        ("Não estou de acordo.", "critical"),
        ("Isso não funciona.", "critical"),
    ],
)
def test_jabs_and_disagreement_still_read(text: str, label: str) -> None:
    assert read_tone(text, author="Sam").label == label, text


@pytest.mark.parametrize(
    "text",
    [
        # each had been quoted back, most with a gold star
        "I'm sure your kids love eating experiments.",
        "Well, it's certainly a post.",
        "Thanks for the 2000 words before the recipe, really needed your life story.",
        "Another day, another humblebrag.",
        "Great recipe if you enjoy bricks.",
        "Love how you ignored every comment from last time.",
        "I guess effort is optional now.",
        "Real bakers weigh their flour, but okay.",
        "My grandma baked better bread blindfolded.",
        "Keep your day job.",
        "Funny how the sponsored posts always come out so well.",
    ],
)
def test_scorn_in_a_light_voice_is_neither_quoted_nor_starred(text):
    assert_read_hard(text, "en", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "I was nervous, but okay, it worked!",
        "It didn't rise much, but okay!",
        "Another day, another loaf! Love it.",
        "Well, it's certainly a recipe I'll keep forever! Thank you.",
        "Love how you always find the bright side.",
        "Love how you never give up on a loaf!",
        "I'm sure your kids love eating your bread every day!",
        "Great if you like crusty bread.",
        "My grandma baked better bread than anyone, and this comes close!",
        "I could bake this in my sleep now, thanks to you.",
        "Funny how the simplest recipes are the best.",
        "Thanks for the life story, I actually love reading them!",
    ],
)
def test_warm_comments_in_the_same_words_stay_warm(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # each had been thanked on the author's hard day ("I read every word, and I'm grateful")
        "Everyone dies eventually, no need to make a post about it.",
        "Maybe take a break from blogging, nobody wants to read sad stuff.",
    ],
)
def test_scorn_for_a_hard_day_post_gets_no_draft(text):
    draft = draft_of(text, support=True, title="Saying goodbye to Mum")
    assert read_tone(text, support=True).label == "hostile"
    assert draft.text == "" and draft.advice.startswith("Scorn for your hard-day post")


@pytest.mark.parametrize(
    "text",
    [
        "Nobody wants to read sad stuff? I do. Your honesty helps me.",
        "I don't see the point of adding sugar, but it works!",
    ],
)
def test_a_reader_who_answers_the_scorn_or_talks_of_sugar_is_not_held_as_either(text):
    tone = read_tone(text, support=True)
    assert tone.label != "hostile" and not tone.guarded


@pytest.mark.parametrize(
    "text",
    [
        # each had been quoted back, some with a gold star "for catching that"
        "What a shock, another recipe that doesn't work.",
        "I used to like this blog.",
        "This is fine if you've never eaten real bread.",
        "Appreciate the effort, I guess.",
    ],
)
def test_more_light_scorn_is_neither_quoted_nor_starred(text):
    assert_read_hard(text, "en", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "What a surprise, another baby on the way for my sister!",
        "I used to love this blog and I still do!",
        "If you've never eaten real sourdough, this recipe is the place to start.",
        "Appreciate the effort you put into these photos!",
    ],
)
def test_surprises_old_love_and_first_sourdough_stay_warm(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    ["I hope we get engaged this year.", "No need to make a fuss, it's just bread!"],
)
def test_a_hope_or_a_shrug_at_ones_own_bread_is_not_hostile(text):
    assert read_tone(text).label != "hostile"
    assert not draft_of(text).advice.startswith(HOSTILE_ADVICE)
    assert_read_warm(text, "en")


def test_a_fuss_about_the_authors_little_blog_stays_hostile():
    assert_read_hard("No need to make a fuss about your little blog.", "en", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for wasting my flour.",
        "Great, now my kitchen is ruined. Cheers for that.",
        "Great, just great. Ruined my Sunday. Thanks a lot.",
        "Nice of you to finally post something useful.",
        "Lovely photos, shame about the recipe.",
        "Love how you skip every important step. Really helpful. 👏",
        "This is so bad it's almost impressive.",
        "Wow you really outdid yourself with mediocrity this time.",
        "You do realise professional bakers laugh at posts like this, right?",
        "Answer my question or I'm unsubscribing.",
        "My grandmother would be rolling in her grave.",
        "Sweetie, that's not a baguette.",
        "Thanks for the recipe! Mine came out like a brick, so thanks for that.",
        "Oh wonderful, another 3000 words before the recipe. Love that for me.",
        "Great job making a simple thing complicated. 👍",
        "I hope nobody actually follows this.",
    ],
)
def test_a_jab_dressed_as_thanks_is_not_thanked(text):
    assert_read_hard(text, "en", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "You're killing me with these photos, I'm so hungry now",
        "These photos are killing me, need to bake this weekend",
        "This recipe is killing me, I can't stop eating it.",
        "Your pictures are killing me with those cinnamon buns, need them now",
    ],
)
def test_killing_me_with_the_photos_is_praise(text):
    tone = read_tone(text)
    assert tone.label == "praise" and not tone.doubtful, (tone.label, tone.cues)
    assert_read_warm(text, "en", thanked=True)


@pytest.mark.parametrize(
    "text",
    [
        "You're killing me with these typos",
        "These pop-ups are killing me, I can't read the recipe",
    ],
)
def test_killing_me_with_typos_or_pop_ups_is_no_praise(text):
    assert not [found for found in read_tone(text).cues if "killing me" in found]


@pytest.mark.parametrize(
    "text",
    [
        "Great, thanks for wasting 20 minutes of my afternoon.",
        "Brilliant, another tutorial that skips the hard part. Cheers for nothing.",
    ],
)
def test_a_jab_dressed_as_thanks_is_no_praise(text):
    assert_read_hard(text, "en", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for wasting my afternoon in the best way, I couldn't stop reading your archive",
        "Cheers for nothing, I now need to buy a stand mixer 😂 worth it",
        "Cheers for the recipe mate, the kids loved it",
    ],
)
def test_thanks_for_wasting_an_afternoon_happily_stays_warm(text):
    assert_read_warm(text, "en")


def test_a_jab_at_a_privileged_life_is_no_praise():
    assert_read_hard("Wow, what a lovely privileged life you lead.", "en", "hostile")


def test_a_privileged_life_of_ones_own_stays_warm():
    assert_read_warm("What a privileged life I've had, baking with my gran every Sunday.", "en")


def test_a_friend_wanted_in_jest_gets_a_draft():
    text = (
        "I'm looking for a good friend who bakes, write to me at my email if you're in Leeds! "
        "No seriously, lovely recipe."
    )
    assert read_tone(text).label != "spam"
    assert draft_of(text).text != ""


@pytest.mark.parametrize(
    "text",
    [
        "I really needed your whole life story today, it cheered me up. Thank you.",
        "So needed the life story, honestly, it made me cry happy tears.",
    ],
)
def test_a_life_story_needed_on_a_hard_day_is_no_scorn(text):
    assert read_tone(text, support=True).label != "hostile"
    assert draft_of(text, support=True).text != ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "People lose their parents every day, and it never gets less awful. Thank you for "
            "sharing your dad's story.",
            PRAISE,
        ),
        (
            "People lose their jobs every day and nobody talks about it. Thank you for writing "
            "this.",
            PRAISE,
        ),
        (
            'I\'m sick of reading about your grief being called "too much" by others. Sending '
            "love.",
            GRIEF,
        ),
        (
            "I'm sick of reading about you in every baking forum, you're everywhere! Congrats on "
            "the success 😄",
            PRAISE,
        ),
        ("Lol at the comments being so rude. Sending you love.", PRAISE),
        (
            "lol at everyone being so serious about starter names. Mine is Breadley Cooper. Great "
            "post!",
            PRAISE,
        ),
        ("Haha at everyone getting so into starter names. Love it.", PRAISE),
        ("lol at the comments getting so heated over salt. Great post anyway!", PRAISE),
    ],
)
def test_scorn_cues_leave_sympathy_and_banter_alone(text, expected):
    """A line of sympathy or banter is not scorn for the author's hard time."""
    assert reading(text) == (*expected, False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A child could do better than my first loaf, haha. Yours looks amazing!", PRAISE),
        (
            "Honestly a five-year-old could have done it better than me on my first try. Thanks "
            "for the guide!",
            PRAISE,
        ),
        (
            "Any kid could do this better with your instructions, they're that clear. Love it.",
            PRAISE,
        ),
        ("A monkey could do better than my first focaccia 😂 thanks for the help!", PRAISE),
        (
            "You must be fun at parties 😂 I love how deep you go into hydration ratios. Never "
            "change!",
            PRAISE,
        ),
        ("You must be a blast at parties! (compliment, I'd totally talk bread with you)", NEUTRAL),
        ("Some things should stay private, like my disastrous first loaf. Great post!", PRAISE),
        ("Some things should stay private, but I'm so glad you shared this one.", PRAISE),
        ("Should have learned baking instead of coding, honestly. Love this.", PRAISE),
        ("Should've learned French instead of Spanish in school! Great travel post.", PRAISE),
        (
            "My boss said you should have worked harder to me once. Your post made me feel seen, "
            "thanks.",
            PRAISE,
        ),
        ("You should have worked harder on that crust? No way, it looks perfect!", QUESTION),
        (
            "Stop being so dramatic! That's what my mum said when I cried at the end of Bake Off. "
            "Loved your post.",
            PRAISE,
        ),
        ("We all lose someone, move on? No. Thank you for writing this.", QUESTION),
    ],
)
def test_a_joke_at_one_s_own_expense_is_no_jab(text, expected):
    """A jab's words said of oneself, reported or answered, are no jab."""
    assert reading(text) == (*expected, False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We should all stop pretending it's easy. Thank you for being honest about the flops.",
            PRAISE,
        ),
        ("Let's stop pretending that baking is easy. Thanks for the honesty!", PRAISE),
        ("It's kind of irresponsible to post this at midnight when I'm hungry 😂", PRAISE),
        ("My test was flawed, I forgot the salt 😂 yours is great", PRAISE),
        ("Our approach was flawed until we found your post. Thank you!", PRAISE),
        ("The premise is flawed? Nope, it's brilliant.", QUESTION),
        ("Please add a warning: this recipe is addictive! 😂", PRAISE),
        ("Dangerous advice: now I can't stop baking. Thank you!", PRAISE),
        ("This is dangerous advice for my waistline 😂", PRAISE),
        (
            "You could have just linked the recipe but I'm glad you told the story. Loved it.",
            PRAISE,
        ),
        ("You could have just used instant yeast, but I love that you didn't!", PRAISE),
        ("I need to hire an editor for my own blog; yours is so well written!", PRAISE),
        ("Hire an editor? No way, your writing is perfect as is.", QUESTION),
        ("Wrong on so many levels, my first loaf, I mean! Yours is perfect.", PRAISE),
        ("Something's off with the recipe I was using, yours fixed it. Thanks!", PRAISE),
        ("None taken, no offense!", NEUTRAL),
        ("Expected more depth? Nope, it was perfect.", QUESTION),
    ],
)
def test_a_jab_s_words_in_a_joke_are_no_correction(text, expected):
    """A correction's words in a joke or answered with a no are no correction."""
    assert reading(text) == (*expected, False, False)


@pytest.mark.parametrize(
    "text",
    [
        # an insult with a laugh or a comma
        "This is the worst blog on the internet 🤣",
        "Shut up, this isn't about you.",
        "Shut up those kids of yours.",
        "Who let you cook? Nobody should eat this.",
        # jabs missed at the start of the day
        "Stop being dramatic, it's just bread.",
        "You must be so much fun at parties.",
    ],
)
def test_an_insult_with_a_laugh_or_a_jab_is_not_thanked(text):
    draft = draft_of(text)
    assert read_tone(text).label == "hostile" and draft.gold_stars == 0 and not draft.quote


def test_a_laughing_stop_being_so_dramatic_keeps_its_warmth():
    text = "Stop being so dramatic, it's just a sourdough starter 😂"
    assert reading(text) == (*PRAISE, False, False)
