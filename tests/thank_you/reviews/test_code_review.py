"""What a code review of the tone reader found (2026-12-05): a comment that stopped the build,
scorn excused by a hug, readers at risk quoted back or read as spam, a relative's good news
answered with condolences, guarded words drafted cheerfully."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of


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
    "text, language",
    [
        ("I have my pills saved up and ready.", "en"),
        ("I have the pills saved up, so thanks for everything. Love this blog.", "en"),
        ("I've been hoarding my pills for a while now. https://me.example.com", "en"),
        ("J'ai mis de côté tous mes médicaments, et je me sens prête.", "fr"),
    ],
)
def test_a_reader_at_risk_is_told_where_help_is(text, language):
    draft = draft_of(text, language)
    assert draft.tone == "grief" and "findahelpline.com" in draft.text
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "I'm on the bridge right now and it's really windy.",
        "I have the pills saved up lol",
        "I've been stockpiling my meds lol, anyway great recipe",
    ],
)
def test_a_doubtful_sign_is_neither_quoted_nor_starred(text):
    draft = draft_of(text)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "We're on the bridge right now, the view of the bay is amazing, thanks for the tip!",
        "My grandma had her pills stashed in a biscuit tin, just like in your story!",
    ],
)
def test_the_same_words_of_someone_else_keep_their_warmth(text):
    assert not read_tone(text).guarded


def test_words_a_reader_at_risk_may_write_get_no_cheer():
    draft = draft_of("I wrote my goodbye letters last night lol. Anyway, great post!")
    assert draft.gold_stars == 0 and draft.quote == ""
    assert "made my day" not in draft.text and "Comments like yours" not in draft.text


def test_a_relative_s_good_news_is_the_reader_s_own():
    draft = draft_of("Congrats to my sister, she finished chemo today! Thanks for the recipes.")
    assert "sorry" not in draft.text.lower()
    assert "good news" in draft.text


@pytest.mark.parametrize(
    "text, language",
    [
        # each had been answered "I'm so sorry you're going through this" and "I'll be thinking
        # of you this week", as if the hard time were today's
        ("I went through a layoff two years ago, and now I love my new job.", "en"),
        ("I had cancer ten years ago. Still here, still baking. Thanks for this.", "en"),
        ("I was homeless in my twenties; the bit about kindness from strangers rang true.", "en"),
        ("J'ai été licenciée il y a cinq ans, et aujourd'hui je suis heureuse.", "fr"),
    ],
)
def test_a_hard_time_long_over_is_not_answered_as_today_s(text, language):
    draft = draft_of(text, language)
    assert draft.tone == "grief"
    for today in ("going through", "thinking of you this week", "sounds so hard", "traversez"):
        assert today not in draft.text
    assert "came through it" in draft.text or "l'autre côté" in draft.text


@pytest.mark.parametrize(
    "text, language",
    [
        ("I was laid off two years ago and I still haven't found work.", "en"),
        ("I got laid off today.", "en"),
        ("J'ai eu un cancer il y a dix ans et j'en souffre encore.", "fr"),
    ],
)
def test_a_hard_time_still_lived_is_not_called_over(text, language):
    draft = draft_of(text, language)
    assert draft.tone == "grief" and draft.gold_stars == 0
    assert "came through it" not in draft.text and "l'autre côté" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "My divorce was years ago but it still stings.",
        "I lost my job years ago and never really recovered.",
        "My mom had a stroke years ago; she's still in rehab and it's hard.",
        "Back in the day we used lard. My grandma's cancer never stopped her baking.",
    ],
)
def test_a_time_long_ago_beside_a_hard_time_still_lived_or_someone_else_s_is_not_over(text):
    assert not read_tone(text).behind


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
        "It would be easier to just disappear.",
        "What's even the point anymore?",
        "Tonight's the night. Thank you for everything.",
    ],
)
def test_words_a_reader_at_risk_may_write_get_neither_a_promise_nor_a_cheer(text):
    for number in range(1, 13):  # every template and line the draft may pick
        draft = draft_of(text, number=number)
        assert draft.gold_stars == 0 and draft.quote == ""
        for cheer in (
            "good question",
            "think it over",
            "check and reply",
            "something new to",
            "wonderful week",
            "lovely day",
        ):
            assert cheer not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        # a second reviewer's: each had been told « Quel soulagement de vous savoir de l'autre
        # côté »
        "Mon mari est parti il y a deux ans et je n'arrive plus à cuisiner pour une personne.",
        "Mon père est parti il y a dix ans et je n'ai jamais retrouvé le goût de sa brioche.",
        "J'ai eu un cancer il y a cinq ans et j'ai peur chaque jour qu'il revienne.",
        "J'ai perdu mon travail il y a deux ans, et je cherche toujours.",
        "Il a eu un cancer il y a dix ans, maintenant il court des marathons !",
    ],
)
def test_a_french_hard_time_still_lived_or_someone_else_s_is_not_over(text):
    assert not read_tone(text).behind


@pytest.mark.parametrize(
    "text",
    [
        # a fourth reviewer's: each had been quoted back or starred (some "in my notebook")
        "I'm on the bridge right now, I'm sorry.",
        "I'm on the bridge right now thinking about it.",
        "I have my pills saved up for tonight.",
        "I've got enough pills saved up if it gets worse.",
        "Nobody would notice if I disappeared for good.",
        "Honestly nobody would notice if I vanished in the night.",
        "I can't keep doing this. Every time I try it gets worse.",
        "Everyone keeps telling me it gets better. It doesn't, and I'm so tired.",
        "I keep thinking about just not waking up.",
        "I'm standing on the bridge near my house. Read your post one more time.",
        "I've been giving my baking stuff away. Won't need it where I'm going.",
        "This is the last thing I'm going to bake. Wanted to say thanks.",
        "I don't think I'll be around to try the next recipe. Thanks for everything.",
        "I'm saying goodbye to everyone I love this week.",
    ],
)
def test_words_a_reader_at_risk_may_write_are_neither_quoted_nor_starred(text):
    draft = draft_of(text)
    assert draft.gold_stars == 0 and draft.quote == ""
    assert "disagree" not in draft.text and "differently" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "I wrote letters to my kids tonight. Just in case.",
        "I've been thinking about joining him soon.",
    ],
)
def test_a_reader_at_risk_said_with_a_time_is_told_where_help_is(text):
    assert "findahelpline.com" in draft_of(text).text


@pytest.mark.parametrize(
    "text",
    [
        "I'm on the bridge right now taking pictures for my blog, gorgeous!",
        "I've got my meds saved up for the trip, thanks for the packing tips!",
        "No one would notice if I was gone from the office, so I baked all day 😂",
        "I'm standing on the bridge in Prague, the view is stunning!",
        "This is the last thing I'm going to bake before the holidays, promise!",
    ],
)
def test_the_same_words_about_a_view_a_trip_or_the_office_keep_their_warmth(text):
    tone = read_tone(text)
    assert not tone.guarded and not tone.crisis


@pytest.mark.parametrize(
    "text",
    [
        # a last review's: each had been given the helpline this afternoon
        "Escape room last night, two hours in and there's no way out for me.",
        "Mon bail se termine, plus rien ne me retient ici. Direction Bordeaux !",
        "Fin du CDD vendredi, plus rien ne me retient ici.",
        "Our daughter is off to uni next week. I've been thinking about joining her.",
        "Mon pain colle encore au moule. Je ne vois plus d'issue.",
    ],
)
def test_no_way_out_of_an_escape_room_or_a_lease_gets_no_helpline(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "There's no way out for me.",
        "Plus rien ne me retient.",
        "I've been thinking about joining her.",
    ],
)
def test_no_way_out_said_alone_still_gets_the_helpline(text):
    assert read_tone(text).crisis


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


def test_a_husband_s_disappointment_is_no_criticism_of_the_post():
    assert (
        draft_of("Ma sœur est venue hier et a tout mangé. Mon mari était un peu déçu.", "fr").tone
        != "critical"
    )


@pytest.mark.parametrize(
    "text, language",
    [
        # a last review's misses, each starred and quoted back
        ("Sam, this hit differently today. Dad's birthday would have been today.", "en"),
        ("L'enterrement de ma femme était vendredi. Notre fille a fait ton pain pour après.", "fr"),
        ("Ma mère est partie il y a dix ans et elle me manque encore. Merci pour ce billet.", "fr"),
    ],
)
def test_a_loss_told_in_passing_is_neither_starred_nor_quoted(text, language):
    draft = draft_of(text, language)
    assert draft.tone == "grief" and draft.gold_stars == 0 and draft.quote == ""


def test_pills_stockpiled_before_a_goodbye_get_the_helpline():
    text = "I've stockpiled enough of my pills. Just wanted to say goodbye to someone."
    assert "findahelpline.com" in draft_of(text).text


def test_come_back_when_you_are_ready_is_no_loan():
    # « prêt » had been read as a loan: comfort on a hard day got no draft, and "mark it as spam"
    draft = draft_of("Prends ton temps, reviens quand tu seras prêt ❤️", "fr", support=True)
    assert draft.tone != "spam" and draft.text
