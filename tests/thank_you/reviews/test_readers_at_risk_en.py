"""Readers at risk, in English (and a few said plainly in every language), and the warm comments
that share their words.

A reader who says plainly or obliquely that they want to die, have stopped seeing the point, have
pills put by, are giving things away or are saying goodbye is told where help is (the emergency
number first when the danger is now), and their words are never starred nor quoted, whatever the
comment's number. Beside each case stand its warm near misses, which must get no helpline and no
guard: a trip, a move, an escape room, a box set, a last comment of the day, dying of laughter or
of embarrassment, a new life as a baker.
"""

import pytest

from comment_server.tone_check import check_tone
from reply_drafts.language_lines import lines_for
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of
from tests.support.readings import (
    GRIEF,
    HELPLINE,
    NEUTRAL,
    PRAISE,
    assert_told_where_help_is,
    first_comment_draft,
    read_and_draft,
    reading,
)


@pytest.mark.parametrize(
    "text",
    [
        "Je vais me tuer.",
        "J'ai envie de me tuer.",
        "J'ai acheté une corde. Je ne sais pas pourquoi je vous écris.",
        "I have a plan and a date. I just wanted someone to know.",
        "Ce soir je vais en finir, je voulais juste vous dire merci.",
        "À quoi bon continuer à vivre ?",
        "I'm going to jump off the bridge tonight.",
        "Je vais sauter du pont ce soir.",
        "I'm going to take all my pills tonight.",
        "It would be easier if I wasn't here.",
        "Ça serait plus simple si je n'étais plus là.",
        "J'ai envie de crever.",
        "Je vais me foutre en l'air.",
        "Je ne veux plus me réveiller.",
        "J'ai pensé à me jeter sous un train ce matin en allant au travail.",
        "Je ne vois plus aucune raison de continuer.",
        "Je suis un fardeau pour tout le monde, ils seraient soulagés si je partais pour de bon.",
        "Adieu à tous, c'était mon dernier message.",
        "Je ne serai plus là la semaine prochaine. Merci pour votre blog.",
        "I won't be a burden much longer.",
        "Me voy a matar esta noche.",
        "Ich bringe mich heute Nacht um.",
        "Stasera mi ammazzo.",
        "Vou me matar hoje.",
        "Ik ga er vanavond een einde aan maken.",
    ],
)
def test_a_reader_at_risk_who_says_it_plainly_is_heard(text):
    read = read_tone(text)
    assert read.label == "grief" and read.crisis


@pytest.mark.parametrize(
    "text",
    [
        "Si je rate encore ce gâteau je vais me tuer lol",
        "J'ai envie de crever de chaud cet été.",
        "This is my last comment of the year, see you in January!",
        "I'm going to jump off the bridge for the photo, it's only two metres into the lake!",
        "Je vais me tuer à la tâche pour finir ce projet, haha.",
        "Me voy a matar de risa con tus posts.",
        "It would be easier if I wasn't here on release day, but great post.",
        "I can't go on like this — three weeks of rain! Love the sunny pics.",
    ],
)
def test_the_same_words_in_jest_or_of_other_things_are_no_crisis(text):
    assert not read_tone(text).crisis


def test_a_last_comment_is_never_quoted_nor_starred():
    # "This will be my last comment. Thank you for the kindness." had been starred and quoted
    assert read_tone("This will be my last comment. Thank you for the kindness.").guarded


@pytest.mark.parametrize(
    "text",
    [
        "I've written my goodbye letters. The kids will find them after school.",
        "I wrote my goodbye letters. I want to be with my husband at his grave.",
        "I have the pills ready. Tonight is the night.",
        "Bought a gun yesterday. Not for hunting.",
        "I wrote letters to my kids just in case. Thank you for your blog, it kept me going "
        "this long.",
        "Ich habe Tabletten gesammelt, heute Nacht ist es so weit.",
    ],
)
def test_goodbyes_and_means_the_first_guards_let_through_are_heard(text):
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I hid the Easter eggs, the kids will find them after school!",
        "I have the pills ready for the dog's trip to the vet.",
        "Bought a gun yesterday for the range, not for hunting, any tips on cleaning it?",
        "I want to be with my husband again after his deployment, six more weeks!",
    ],
)
def test_eggs_a_dog_s_pills_a_range_or_a_deployment_are_no_crisis(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        # a fourth reviewer's kind comments the third review's cues had given a helpline
        "I have a plan and a date: Saturday, bake-off with my sister using your recipe!",
        "I have a plan and a date for my first half marathon, your training post is my bible!",
        "J'ai acheté une corde à sauter et je m'y remets grâce à ton billet sport !",
        "J'ai acheté une corde pour la balançoire du jardin après ton billet DIY.",
    ],
)
def test_a_plan_for_a_bake_off_or_a_skipping_rope_is_no_crisis(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Looked up painless ways to go last night. Your blog was open in the other tab.",
        "Non ce la faccio più, voglio solo farla finita.",
        "First comment here! I want it all to end, honestly. Everything is too much.",
        "Some nights I stand on the bridge on my way home and think about it.",
        "This was lovely but I won't be around to read the next one.",
        "Je ne serai plus là pour lire le prochain.",
        "Ya no le veo sentido a nada. Nadie notaría si desapareciera.",
        "I won't be around much longer. Thank you for everything.",
    ],
)
def test_a_reader_at_risk_is_heard(text):
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around much longer, my visa runs out Friday! Thanks for the Berlin tips 😊",
        "I won't be here much longer, off to Australia on Monday! Loved this one.",
        "I don't think I'll be around much longer, the battery on my phone is at 2%. Loved it!",
        "I want everything to stop. The roadworks outside my window started at 7am. Lovely post.",
    ],
)
def test_a_trip_a_visa_or_a_flat_battery_gets_no_helpline(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I have been having thoughts of not being here anymore since the baby came. I don't know "
        "who to tell.",
        "I stood on that same bridge last month and thought about jumping. I didn't. Still here.",
        "I lost my job too and my wife left. Honestly I don't see a way out anymore.",
        "Same here. Feels like I'm worthless now. Nobody would miss me.",
        "My mom died of the same thing three months ago and I don't see the point of anything now.",
        "I've been thinking about joining her. Sorry, I know this is your post.",
    ],
)
def test_thoughts_of_not_being_here_or_of_joining_the_dead_are_heard(text):
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I stood on the bridge and thought about jumping in for a swim, the water looked so clear!",
        "We stood on that bridge at sunset and thought about it for a while, such a view.",
        "Having thoughts of not being here for the holidays this year, we're moving to Spain!",
        "Nobody would miss me at the office party lol",
        "Nobody would miss me if I skipped the meeting, so I baked instead.",
        "I can't see a way out of this maze of config files, any help?",
        "I wish I could just fall asleep and not wake up for a week lol, finals are brutal",
        "I'm thinking of joining them at the bakery class next week!",
    ],
)
def test_a_swim_a_move_or_a_maze_of_config_files_gets_no_helpline(text):
    assert not read_tone(text).crisis


THE_SCAN = "The scan came back"


@pytest.mark.parametrize(
    ("text", "support", "title"),
    [
        (
            "Some days I don't see the point of getting up. Baking your bread is the only thing I "
            "look forward to.",
            False,
            "My week of sourdough",
        ),
        (
            "I don't think anyone would notice if I stopped showing up. Anyway, lovely loaf.",
            False,
            "My week of sourdough",
        ),
        (
            "Sometimes I travel just so no one knows where I am. It feels easier to disappear.",
            False,
            "Ten days in Lisbon",
        ),
        ("Same diagnosis here. Honestly I'm not sure I want to keep fighting.", True, THE_SCAN),
        ("I've stopped taking my meds. What's the point. Anyway get well soon.", True, THE_SCAN),
        ("Honestly what's even the point anymore. Nice bread though.", False, "Focaccia"),
        (
            "I keep wondering if my kids would be better off with someone else raising them.",
            False,
            "Bedtime without tears",
        ),
        ("I've been giving my plants away to friends. Don't think I'll need them.", False, "Ferns"),
        ("I can't keep doing this. Every day is the same grey nothing.", False, "Focaccia"),
        ("Everyone keeps telling me it gets better. It doesn't.", False, "Focaccia"),
    ],
)
def test_words_a_reader_at_risk_may_write_under_any_post_are_never_quoted_nor_starred(
    text, support, title
):
    draft = draft_of(text, support=support, title=title)
    assert read_tone(text, support=support).guarded
    assert draft.gold_stars == 0 and not draft.quote


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


def test_pills_stockpiled_before_a_goodbye_get_the_helpline():
    text = "I've stockpiled enough of my pills. Just wanted to say goodbye to someone."
    assert "findahelpline.com" in draft_of(text).text


# Item 14: "die of embarrassment" is no wish to die.


@pytest.mark.parametrize(
    "text",
    [
        "We got stuck in the escape room for an hour, I wanted to die of embarrassment",
        "I want to die of shame, I burnt the whole batch",
        "Wanted to die of laughter at your dog photo 😂",
        "I nearly died of embarrassment when the cake collapsed in front of my in-laws",
    ],
)
def test_dying_of_embarrassment_gets_no_helpline(text):
    tone = read_tone(text)
    assert tone.label in ("praise", "neutral"), tone
    assert not tone.crisis
    draft = draft_of(text)
    assert not draft.crisis
    assert HELPLINE not in draft.text
    assert "so sorry" not in draft.text
    assert not check_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I want to die. I can't do this anymore.",
        "I wanted to die when my husband left, this post is what got me through.",
        "I don't want to be here anymore.",
        "I wanted to die. Nobody noticed.",
        "Some nights I just want to die.",
        "git push --force killed my whole branch, I want to die haha",
    ],
)
def test_a_wish_to_die_keeps_the_helpline(text):
    assert read_tone(text).crisis
    draft = draft_of(text)
    assert draft.crisis
    assert HELPLINE in draft.text
    assert draft.gold_stars == 0
    assert draft.quote == ""


def test_dying_of_laughter_at_a_dog_gets_no_helpline():
    text = "I wanted to die laughing at your dog's face in the photo!"
    tone, draft = read_tone(text), draft_of(text)
    assert not tone.crisis and not draft.crisis
    assert tone.label != "grief"


@pytest.mark.parametrize("text", ["I wanted to die.", "I just want to die, nothing helps."])
def test_wanting_to_die_said_plainly_still_gets_the_helpline(text):
    assert read_tone(text).crisis and draft_of(text).crisis


def test_a_new_life_as_a_baker_on_a_hard_day_post_is_no_crisis():
    text = (
        "Goodbye, everyone! Thanks for everything. Tomorrow I start my new life as a baker in Lyon."
    )
    tone, draft = read_tone(text, support=True), draft_of(text, support=True)
    assert not tone.crisis and not draft.crisis and draft.text != ""


@pytest.mark.parametrize(
    "text",
    [
        # each had lost its star and its quote, as words a reader at risk may write
        "This is my last bake. Thank you for all the recipes, I'm moving to a tiny flat with no "
        "oven!",
        "This will be my last loaf. Thanks for everything, the new kitchen is ready and I switch "
        "to your pizza series!",
        "Nobody would care if I stopped commenting, ha, but I'll keep doing it anyway. Great post!",
        "Nobody would care if I stopped posting recipes, but you would! Keep going.",
        "I won't be needing this after Friday, the exam is done! Thanks for the study guide.",
        "I won't be needing my winter coat after this week, spring is here!",
        "Goodbye everyone, thanks for everything! Off on maternity leave, back next spring.",
        "Thanks for everything, goodbye everyone! See you at the meetup.",
        "Farewell my friends, thanks for everything. It's been a great ten years of this book "
        "club.",
        "I don't see the point. Why would anyone not use your method?",
        "Life has felt grey since my team got relegated lol. Good read.",
    ],
)
def test_a_move_an_exam_a_leave_a_meetup_or_a_relegation_is_quoted_again(text):
    assert_read_warm(text, "en")
    assert not read_tone(text).guarded
    assert any(draft_of(text, number=n).quote for n in range(1, 7))


@pytest.mark.parametrize(
    "text",
    [
        "Only two episodes left of the box set, I'm going to end it tonight.",
        "Three chapters left in this book. I'm going to end it tonight.",
        "This diet has gone on long enough. I'm going to end it today.",
        "I wasn't going to be here for Christmas, we'd booked Spain, but my mum changed my mind "
        "and I'm baking this for everyone.",
        "I wasn't planning to be around for Christmas this year but the snow kept me home, so I "
        "baked!",
        "My toddler took a whole packet of paracetamol out of the cupboard - don't worry, child "
        "locks are on now.",
        "My free trial runs out tomorrow, I'm going to end it tonight.",
        "The argument with my brother about proofing times has gone on for weeks. I'm going to "
        "end it today.",
        "I wasn't going to be here for my birthday, work sent me to Leeds, but my boss changed "
        "my mind.",
    ],
)
def test_a_box_set_a_trip_or_a_toddler_gets_no_helpline(text):
    tone, draft = read_and_draft(text)
    assert not tone.crisis and not tone.danger_now and not draft.crisis, tone.cues


@pytest.mark.parametrize(
    "text",
    [
        "Last shift! I won't need my work shoes after Friday.",
        "I won't need the stand mixer after this week. My sister is taking it back.",
        "I won't need my umbrella after today. Sunshine at last!",
    ],
)
def test_things_not_needed_after_friday_are_no_guarded_sign(text):
    tone, draft = read_and_draft(text)
    assert not tone.guarded and draft.quote != "", tone.cues


@pytest.mark.parametrize(
    "text",
    [
        "I am going to end it tonight.",
        "im gonna end it tonight",
        "I'm going to end it tonight. Thank you for the recipes.",
    ],
)
def test_end_it_tonight_in_any_spelling_gets_the_helpline(text):
    assert_told_where_help_is(text)


@pytest.mark.parametrize(
    "text",
    [
        # a book named in passing does not explain "end it" away: no star, no quote
        "Your posts got me through the book club season. I'm going to end it tonight.",
        "I'm going to end it tonight. Tell my sister she can keep the diet books.",
        # a box set does, but the words stay too close to a reader at risk to quote or star
        "Three chapters left in this book. I'm going to end it tonight.",
    ],
)
def test_end_it_beside_a_book_or_a_box_set_is_never_starred_nor_quoted(text):
    tone, draft = read_and_draft(text)
    assert tone.guarded and draft.gold_stars == 0 and draft.quote == "", tone.cues


# A last comment of the day or before the holidays is no goodbye: quoted back, not guarded.
LAST_COMMENT = [
    "Este es mi último comentario de hoy, ¡me voy a cocinar tu receta!",
    "Este es mi último comentario antes de las vacaciones, ¡gracias por todo!",
    "Este es mi último comentario del día, ¡gracias por responder a todos!",
]


@pytest.mark.parametrize("text", LAST_COMMENT)
def test_last_comment_of_the_day_is_not_guarded(text):
    tone = read_tone(text)
    assert not tone.guarded
    assert not tone.crisis


def test_hanging_myself_a_hammock_is_no_crisis():
    text = "Hang myself a hammock this weekend, thanks for the knot guide!"
    assert not read_tone(text).crisis
    assert not first_comment_draft(text).crisis


# A last comment "for today" / "of the year" / a social life given up: no guarded reading.
NOT_GUARDED = [
    "Questo è il mio ultimo commento per oggi, vado a cucinare! Grazie!",
    "Esse é o meu último comentário do ano, obrigada por tudo!",
    "Das ist mein letzter Kommentar für heute, gute Nacht!",
    "Mi tolgo la vita sociale per una settimana per cucinare tutte le tue ricette 😂",
]


@pytest.mark.parametrize("text", NOT_GUARDED)
def test_everyday_last_comment_is_not_guarded(text: str) -> None:
    tone = read_tone(text, author="Sam")
    assert not tone.guarded and not tone.crisis, text


@pytest.mark.parametrize(
    "text",
    [
        "Goodbye everyone. Thanks for everything.",
        "Goodbye everyone. Thank you all for everything.",
        "Farewell, everyone. Thank you for everything.",
        "Thank you for everything. Goodbye everyone.",
    ],
)
def test_a_farewell_with_thanks_for_everything_is_heard_like_the_french(text):
    assert_told_where_help_is(text)


def test_the_last_comment_with_thanks_for_everything_stays_guarded():
    draft = draft_of("This is my last comment. Thank you all for everything.")
    assert read_tone("This is my last comment. Thank you all for everything.").guarded
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Goodbye everyone, off on holiday for two weeks! Thanks for everything, see you in June.",
        "Thanks for everything you write!",
        "Moving to Canada, goodbye everyone and thanks for the recipes!",
        "Goodbye 2025, thanks for everything.",
        "Goodbye everyone, I'm closing my blog. Thanks for everything!",
        "Goodbye everyone lol, thanks for everything, the party was great",
    ],
)
def test_a_holiday_a_move_or_a_new_year_is_no_farewell(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Sometimes I think about not waking up.",
        "Everyone would be fine without me honestly.",
    ],
)
def test_a_reader_at_risk_said_plainly_is_told_where_help_is(text):
    assert read_tone(text).crisis
    assert "findahelpline.com" in draft_of(text).text


@pytest.mark.parametrize(
    "text",
    [
        # each had been starred, quoted, or thanked "for the pushback"
        "I've been giving my plants to neighbours. Won't need them where I'm going.",
        "I keep thinking about just driving and not stopping.",
        "I've stopped taking my meds. Baking is all I have left.",
        "I won't be needing the recipe book after this week. Giving it to my sister.",
        "I don't think anyone would notice if I stopped commenting.",
        "It's been a year today. I baked his favourite.",
    ],
)
def test_words_a_reader_at_risk_may_write_are_never_quoted_nor_starred(text):
    for number in range(1, 7):
        draft = draft_of(text, number=number, commenter_comments=6)
        assert draft.gold_stars == 0 and draft.quote == ""
        assert "pushback" not in draft.text and "disagree" not in draft.text


def test_a_reader_who_says_they_have_stopped_seeing_the_point_is_flagged():
    text = "I've felt like giving up too since my wife died. Some nights I don't see the point."
    draft = draft_of(text, support=True, title="Saying goodbye to Mum")
    assert read_tone(text, support=True).guarded
    assert "a reader at risk may write" in draft.advice


@pytest.mark.parametrize(
    "text",
    [
        # each had been quoted back, most with a gold star
        "I've written my will and tidied everything up. Just wanted to thank you for the recipes "
        "over the years.",
        "Gave my cat to my neighbour today. She'll be better off.",
        "This will be my last bake. Thank you for teaching me.",
        "Nobody would care if I was gone, but your posts made me smile.",
        "I just want the pain to stop.",
    ],
)
def test_more_words_a_reader_at_risk_may_write_are_never_quoted_nor_starred(text):
    for number in range(1, 7):
        draft = draft_of(text, number=number, commenter_comments=6)
        assert draft.gold_stars == 0 and draft.quote == ""
    tone = read_tone(text)
    assert tone.guarded or tone.label == "grief"


@pytest.mark.parametrize(
    "text",
    [
        "I took my pills this morning, feeling better. Thanks!",
        "I took all my pills tonight like the doctor said. Thanks for the recipe!",
        "I took all my meds last night and slept well. Great post.",
    ],
)
def test_pills_taken_as_prescribed_are_no_crisis(text):
    assert_read_warm(text, "en")
    assert not read_tone(text).danger_now


@pytest.mark.parametrize(
    "text",
    [
        "Thanks. I've been saving up my pills, just in case. Anyway the loaf was great.",
        "I'm going to end it tonight. Thank you for the recipes.",
        "I'm going to end it all tonight.",
        "I've written letters to everyone. Just wanted to thank you too before I go.",
        "I took a whole bottle of pills an hour ago. Just wanted to say thanks for the blog.",
    ],
)
def test_a_reader_at_risk_gets_the_helpline_not_a_star(text):
    assert_told_where_help_is(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've been saving up my pills for the holiday, just in case.",
        "I wrote letters to everyone for Christmas. Baking this before I go.",
        "Wrote notes to my kids before I go on my work trip. Baked this for them!",
        "My boyfriend keeps lying, I'm going to end it with him tonight.",
    ],
)
def test_a_trip_christmas_letters_or_a_breakup_is_no_crisis(text):
    draft = draft_of(text)
    assert not read_tone(text).crisis and not draft.crisis


def test_pills_taken_now_ask_for_the_emergency_number_first():
    tone = read_tone("I took a whole bottle of pills an hour ago. Thanks for the blog.")
    assert tone.crisis and tone.danger_now


def test_not_needing_the_recipe_after_this_week_is_never_quoted_nor_starred():
    text = "I won't need the recipe after this week. Thank you for everything."
    draft = draft_of(text)
    assert read_tone(text).guarded
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "This post came at the right time. I was going to give up on everything tonight.",
        "I wasn't going to be here for Christmas but your posts changed my mind.",
    ],
)
def test_a_reader_who_nearly_ended_it_gets_the_helpline_not_a_smile(text):
    assert_told_where_help_is(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was going to give up on sourdough, but this worked!",
        "I was going to give up on everything baking related until this.",
        "I wasn't going to be here for Christmas, we're in Spain, but I made this before we left.",
    ],
)
def test_giving_up_on_a_bake_or_a_christmas_away_is_no_crisis(text):
    assert not read_tone(text).crisis and not draft_of(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "This is great. Anyway it doesn't matter much, I won't be around to make it next month.",
        "Thanks for everything you've written over the years. I've sorted my affairs and I'm at "
        "peace now.",
        "I've been giving away my things. Wanted to say thanks for the recipes, they meant a lot.",
        "honestly dont know how much longer i can keep doing this. anyway nice bread",
        "I won't be around much longer. Thank you for the recipes.",
    ],
)
def test_a_reader_who_may_be_at_risk_is_neither_quoted_nor_starred(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.guarded or tone.crisis or tone.label == "grief", (tone.label, tone.cues)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around to make it next week, off on holiday, but bookmarking!",
        "I won't be around much longer today, off to the airport. Lovely post!",
        "Sorted my affairs before the trip so now I can finally relax and bake this",
        "Sorted out my affairs with the accountant, now baking to celebrate",
        "I don't know how much longer I can keep doing this commute lol, your podcast helps",
    ],
)
def test_the_same_words_about_a_trip_or_paperwork_are_not_guarded(text):
    tone = read_tone(text)
    assert not tone.crisis and tone.label != "hostile", (tone.label, tone.cues)
    assert not draft_of(text).crisis


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Years ago I took all my pills. Today I am two years sober and baking your bread "
            "tonight.",
        ),
        (
            "en",
            "Five years ago I swallowed a handful of pills. Tonight I'm celebrating five years "
            "alive with your cake.",
        ),
        (
            "en",
            "Tonight I am grateful. A year ago I took all my pills. Your blog kept me company "
            "after.",
        ),
        (
            "en",
            "I used to think everyone would be better off without me. Right now I'm just grateful.",
        ),
        (
            "fr",
            "Il y a deux ans j'ai pris tous mes médicaments. Ce soir je fête ma guérison avec "
            "ta tarte.",
        ),
        (
            "fr",
            "Ce soir je pense à vous. Il y a dix ans, j'ai pris tous mes cachets. Aujourd'hui je "
            "vais bien. Merci.",
        ),
        ("fr", "Il y a un an j'ai écrit des lettres d'adieu. Ce soir j'écris des recettes."),
        ("fr", "Ce soir je veux plus me réveiller demain avant midi, mdr, vacances !"),
        (
            "de",
            "Vor einem Jahr habe ich Abschiedsbriefe geschrieben. Heute Abend backe ich dein Brot.",
        ),
        ("it", "Un anno fa ho scritto lettere d'addio. Stasera faccio la tua torta."),
        ("pt", "Há um ano escrevi cartas de despedida. Hoje à noite faço o teu bolo."),
    ],
)
def test_an_act_told_as_past_is_no_danger_now(language, text):
    for support in (False, True):
        assert not read_tone(text, support=support).danger_now, read_tone(text).cues
    if language in ("en", "fr", "de"):
        assert not draft_of(text, language).text.endswith(lines_for(language).crisis_now)


@pytest.mark.parametrize(
    "text",
    [
        "A year ago I lost my job. Tonight I took all my pills.",
        "I used to bake every day. I'm standing on the bridge right now.",
        "I have the pills ready. Tonight is the night.",
    ],
)
def test_an_act_of_now_beside_a_past_told_is_still_danger_now(text):
    tone = read_tone(text)
    assert tone.crisis and tone.danger_now, tone.cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My friends are at the beach. Thinking about joining them!", NEUTRAL),
        ("The kids are baking your bread right now, thinking of joining them.", NEUTRAL),
        (
            "My husband started a running club. Thinking about joining him, your post convinced "
            "me!",
            NEUTRAL,
        ),
        ("Mom is learning sourdough too. Thinking about joining her, it'd be fun.", NEUTRAL),
        (
            "Thinking of joining her! My sister runs a bakery now and this post convinced me.",
            PRAISE,
        ),
    ],
)
def test_joining_friends_or_family_is_no_crisis(text, expected):
    """Joining someone is a plan, unless the comment speaks of a death."""
    assert reading(text) == (*expected, False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm on the bridge right now taking pictures for my blog, gorgeous!", PRAISE),
        ("I'm on a bridge right now, the view is stunning!", PRAISE),
        ("I'm on a ledge right now (the climbing wall kind) haha", PRAISE),
        ("I've got my meds saved up for the trip, thanks for the packing tips!", PRAISE),
        ("I have some meds stashed up in my travel bag for emergencies.", NEUTRAL),
        ("I've got all my painkillers saved up for my surgery recovery", GRIEF),
        ("No one would notice if I was gone from the office, so I baked all day 😂", PRAISE),
        ("Can't keep doing this. Every loaf fails! Help 😂", PRAISE),
        # A bake that let the reader down: since 2026-12-06 its draft is sorry and offers help
        # (letdown.toml), with no star and no quote.
        (
            "Everyone keeps telling me it gets better. It doesn't, my bread is still flat 😂",
            ("praise", False, False),
        ),
    ],
)
def test_a_bridge_with_a_view_or_meds_for_a_trip_are_no_warning_sign(text, expected):
    """A place, meds for a trip or a failing loaf said in passing are no warning sign."""
    assert reading(text) == (*expected, False, False)


def test_giving_things_away_one_will_not_need_is_never_quoted_nor_starred():
    text = "I've given away my dog and my books. I won't need them."
    draft = draft_of(text)
    assert read_tone(text).guarded and draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "I've had thoughts about not being here for the holidays, we're moving!",
        "There's no way out for me in this maze of config files, any help?",
        "Everyone would be happier if I wasn't around the kitchen when baking 😂",
        "I'm writing letters to everyone I love for Christmas this year, great idea!",
    ],
)
def test_the_near_misses_of_those_words_get_no_helpline(text):
    assert not read_tone(text).crisis
