"""English losses told in other words, and the warm comments that share those words.

A death told without the word ("since we lost him", "Dad's chair is still empty", a year without
Mum, a death anniversary, a letter to the dead, a baby who only lived hours) gets the quiet reply,
no star and no quote. Beside each case stand its warm twins, which get no condolences: a house
"only a few hours away", a mum on a cruise, a laptop or a plant that died, a child lost in a crowd
for five minutes, a work anniversary, a burned batch.
"""

import pytest

from reply_drafts.grief import hard_time_cues
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of
from tests.support.readings import (
    assert_read_quiet,
    read_and_draft,
)


@pytest.mark.parametrize(
    "text",
    [
        "Mon frère s'est donné la mort en mars.",
        "My best friend hanged himself.",
        "Mon meilleur ami s'est pendu.",
        "Notre chat s'est éteint cette nuit.",
        "Ma grand-mère s'est éteinte paisiblement dimanche.",
        "On a enterré papa hier.",
        "We buried Dad yesterday.",
        "Mon chien a été euthanasié ce matin.",
    ],
)
def test_a_death_said_another_way_is_a_loss(text):
    read = read_tone(text)
    assert read.label == "grief" and read.loss


@pytest.mark.parametrize(
    "text",
    [
        "La lumière s'est éteinte pendant la démo, quel suspense !",
        "We buried the time capsule in the garden with the kids!",
        "Feeling down about the rain but your photos helped.",
    ],
)
def test_lights_out_a_time_capsule_or_the_rain_are_no_grief(text):
    assert read_tone(text).label != "grief"


@pytest.mark.parametrize(
    "title, opening",
    [
        ("A letter to Dad", "Dad, you would have been seventy today. I made your soup."),
        ("Chère maman", "Chère maman, cela fait un an que tu nous as quittés."),
        ("Lettre à papa", "Papa, tu aurais eu soixante-dix ans aujourd'hui."),
        ("Querida mamá", "Querida mamá, hace un año que te fuiste."),
        ("Liebe Mama", "Liebe Mama, vor einem Jahr bist du gegangen."),
        (
            "The week we said goodbye to Pepper",
            "Pepper, our old collie, went to sleep for the last time on Monday.",
        ),
        ("Empty chair", "Christmas with an empty chair at the table this year."),
    ],
)
def test_a_letter_to_the_dead_or_a_pet_s_last_sleep_is_a_hard_day(title, opening):
    assert hard_time_cues(title, "", opening)


@pytest.mark.parametrize(
    "text",
    [
        "Mi portátil murió ayer, así que leo desde el móvil.",
        "Se murió mi planta otra vez jaja",
        "Ich bin vor Lachen gestorben!",
        "Il mio portatile è morto, leggo dal telefono.",
        "La mia pianta è morta di nuovo.",
        "Meu notebook morreu ontem.",
        "Minha planta morreu... haha",
    ],
)
def test_a_laptop_or_a_plant_that_died_is_no_loss(text):
    assert read_tone(text).label != "grief"


@pytest.mark.parametrize(
    "text",
    [
        "Mi padre murió el año pasado.",
        "Mein Vater ist letztes Jahr gestorben.",
        "Mio padre è morto a marzo.",
        "Meu pai morreu em janeiro.",
    ],
)
def test_a_father_who_died_is_still_a_loss(text):
    read = read_tone(text)
    assert read.label == "grief" and read.loss


def test_a_year_without_mum_told_beside_thanks_is_the_reader_s_own_grief():
    # It had been pinned as no grief, and so drew a gold star and « ça me fait tellement plaisir à
    # lire ! » on the reader's crêpes: the loss is the reader's own (a letter to their mother), and
    # the quiet reply speaks to them (« Je suis de tout cœur avec vous »), not of the author's.
    text = "Un an sans toi, maman... J'ai fait ta recette de crêpes grâce à ce blog. Merci."
    tone = read_tone(text)
    assert tone.label == "grief" and tone.shared


@pytest.mark.parametrize(
    "text",
    [
        "I've been fighting cancer this year and coding is how I stay sane between treatments. "
        "Great article.",
        "I miss my mom so much when I see posts like this. She'd have loved her grandkids.",
    ],
)
def test_a_reader_s_illness_or_loss_is_answered_quietly(text):
    draft = draft_of(text)
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote


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


# Item 6: a loss told with a pronoun or a first name, a diagnosis told bare.


@pytest.mark.parametrize(
    "text",
    [
        "It's been a year since I lost her and I still reach for two mugs.",
        "It's been a year since we lost him.",
        "Since we lost him, I bake his bread every Sunday.",
        "Our choir lost Anna on Sunday. Stroke, 52. We sang her part empty tonight.",
        "After we lost her, this was the only recipe I could face making.",
        "Our church lost Margaret last week. She made these every Easter.",
    ],
)
def test_a_loss_told_with_a_pronoun_or_a_name_is_a_loss(text):
    assert_read_quiet(text)
    assert read_tone(text).loss


@pytest.mark.parametrize(
    "text",
    [
        "We lost him in the crowd at the market for five minutes, scariest moment ever haha",
        "I lost her recipe card years ago, so thank you for this!",
        "After we lost him in the supermarket I bought him this cake to calm down 😂",
        "Our club lost again last week, so we drowned our sorrows in your brownies.",
        "I lost her number but found her recipe here, thank you!",
        "Stage 2. Fold in the egg whites gently, it worked!",
        "Stage 3. They rise overnight in the fridge.",
    ],
)
def test_a_child_lost_in_a_crowd_a_lost_recipe_or_a_recipe_stage_is_no_loss(text):
    assert read_tone(text).label in ("praise", "neutral")
    assert draft_of(text).quote


@pytest.mark.parametrize(
    "text",
    [
        "My scan came back clear but my sister's didn't. Thinking of you.",
        "I lost my mum to cancer two years ago. I'm so sorry you're going through this.",
    ],
)
def test_a_readers_own_loss_beside_comfort_stays_theirs(text):
    tone = read_tone(text, support=True)
    assert tone.label == "grief"
    assert tone.shared
    assert tone.comforting


@pytest.mark.parametrize(
    "text",
    [
        # each had been answered "I'm so sorry for your loss"
        "She only lived a few hours away from us, so we visited often. Lovely memories of her "
        "kitchen.",
        "They only lived three days in my fridge before we ate them all. Best cookies!",
        "He just lived for days like this, my grandad. Loved reading this.",
        "He barely lived two hours in London before he fell in love with the city. Lovely story.",
        "My mum isn't with us any more this week, she's on a cruise, so I'm baking alone. Great "
        "recipe!",
        "She isn't with us anymore at the office, she moved to Berlin, and we miss her bread.",
        "My brother isn't with us anymore on weekends, he's got a girlfriend now, lol. Great post.",
        "Hey, quick one: my mum isn't with us anymore for Christmas this year, she's in Australia. "
        "Any recipe that travels well?",
        "Her birthday would have been tomorrow but we moved the party to Saturday. I'll make this "
        "cake!",
        "My son passed two weeks later! Driving test done. Thanks for the tips.",
    ],
)
def test_a_house_away_cookies_a_cruise_a_party_moved_or_a_test_passed_is_no_death(text):
    assert_read_warm(text, "en")
    assert not read_tone(text).loss


CONGRATULATIONS = "congratulations"


def test_a_baby_born_and_lost_the_next_morning_is_a_loss():
    text = "We had a little girl last night! Then we lost her this morning."
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).loss and not read_tone(text).good_news
    assert CONGRATULATIONS not in draft_of(text).text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "Our son only lived two hours.",
        "My daughter only lived three days. I bake this on her birthday.",
    ],
)
def test_a_child_who_only_lived_hours_or_days_is_a_loss(text):
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).loss


def test_a_son_who_only_lived_hours_away_is_no_loss():
    assert_read_warm(
        "Our son only lived two hours away from the bakery, so we went every week.", "en"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a rite, news or a death told without the word, in its everyday sense
        "Our village hosts a memorial tea every November for the war memorial restoration fund, "
        "and your scones sold out first.",
        "I'm the caterer for a memorial lunch at the Lincoln Memorial Park next week, so I'm "
        "scaling this up.",
        "Took these to the memorial gathering at the old railway museum, a yearly event for the "
        "steam enthusiasts.",
        "Made this for a memorial meal at my history society where we remember the 1666 fire "
        "with period food.",
        "Baked two of these for the memorial dinner after our rugby club's annual memorial cup, "
        "everyone asked for the recipe.",
        "Made this cake for a celebration of life and love at our wedding anniversary, it was "
        "perfect!",
        "This bread went to a celebration of life at our school: the kids planted a tree for "
        "Earth Day.",
        "Dinner at the Shiva house last night: my neighbours Raj and Priya Shiva loved your loaf.",
        "Heard my brother didn't make it onto the team this year, so I baked him this to cheer "
        "him up.",
        "Found out my son didn't make it into the final, but he's thrilled with third place.",
        "Mum told me Dad didn't make it home in time for dinner, so more bread for us!",
        "The news that my friend didn't make it to the party was sad, but we saved her a slice.",
        "Heard my niece didn't make it to the wedding because of the snow, so we sent her a loaf.",
        "My starter didn't make it through the night in the cold garage, so I'm starting again.",
        "I didn't make it through the night shift without a slice of this, thank you!",
        "The kids didn't make it through the night without raiding the cake tin.",
        "Guess which zodiac sign bakes the best bread in our house. It's Cancer!",
        "I work in a lab and half the slides I read all day say it's cancer. Baking is my way to "
        "switch off, and this loaf was perfect.",
        "The bus was full but it took my son too.",
        "My first year as a widow spider keeper, and now I bake to relax. Lovely loaf!",
        "Put my old boy to sleep with a warm bottle and then baked this.",
        "We put our sweet old boy to sleep in his crate and had the kitchen to ourselves.",
        "Stage 2. Eat it while I can before the kids find it!",
        "Stage 1. Baking while I can still get flour at the shop.",
        # a hard time's words, in a job, a play, a joke or a diet
        "I'm a solicitor and I had an eviction hearing to cover for a client this morning, so "
        "this loaf was my reward.",
        "My daughter's a court clerk, eviction court on Mondays, and she says this bread is the "
        "best part of her week.",
        "In the play I'm in, the bailiffs came in the second act, and I baked this for the cast "
        "party.",
        "Just watched the episode where the bailiffs turned up at Downton. Perfect with a slice "
        "of this.",
        "My husband doesn't recognise me anymore with flour all over my face!",
        "My son doesn't know me anymore since he discovered football, so I bribe him with this "
        "bread.",
        "The dog doesn't recognise me anymore since I started wearing an apron.",
        "My grandson doesn't know who I am anymore now that he's a big teenager, but he still "
        "eats my bread.",
        "My inbox got purged again, so I lost your newsletter. Please resubscribe me!",
        "The forum purged again last night and I lost my old posts about this recipe.",
        "I purged after making this: the whole pantry, clearing out old flour!",
        "The mods purged again, but your recipe survived, phew.",
        "We were having a flare demonstration at sailing club, then I came home and baked this.",
        "During a flare ceremony at the lifeboat station, everyone ate this bread.",
        "I'm in the middle of a flare photography project, lens flare everywhere, and this loaf "
        "was my model.",
        "My eczema flared up from all the flour lol, still worth it.",
        "My wrist pain flared up after kneading, I should use the mixer next time!",
        "I've been restricting again - carbs for my marathon prep - but made an exception for "
        "this!",
        "Been skipping meals again because of exam week, this bread is my cheat.",
        "Great recipe. I used again yesterday the spelt flour and it worked.",
        "First time I used rye. And I used again last night, even better!",
        "I drank again last night the tea you recommended, so good with this loaf.",
        "My toddler ate two slices then she left me for her grandma's cake.",
        "She left me for a croissant, honestly, my daughter has no loyalty.",
        "He left me for his PlayStation as soon as the bread was out of the oven.",
        "I'm scared to go home, I left the oven on! Just kidding, it's off.",
        "I'm so scared to go home tonight, my kids will have eaten all of it.",
        "I'm afraid to go home again after my first loaf disaster, my husband will tease me.",
        "She beats me when we bake together, her loaves always rise higher.",
        "He beats me when it comes to sourdough, my brother is the real baker.",
        "I handed my notice today to start my own bakery!",
        "Handed my notice yesterday after twenty years, retiring at last and baking every day.",
        "I got my notice today that I passed my baking exam!",
        "Got my notice this week: our allotment plot is ours at last, so I celebrated with this "
        "loaf.",
        "I was given my notice at work today - of my promotion! Celebrating with this bread.",
        "I can't stop thinking about the crash in last night's F1 race, what a finish. Anyway, "
        "this bread!",
        "I can't stop thinking about the accident in the baking show, poor man dropped his whole "
        "cake.",
        "Can't stop thinking about the crash of my soufflé, but this loaf made up for it.",
        "Nobody came to my birthday party. Just kidding, everyone came for the cake!",
        "My daughter moved into a home this week, her first flat! Made her this loaf as a "
        "housewarming gift.",
        "My starter was given days to live but it bounced back with your feeding tips.",
        "My old oven was given weeks to live by the repairman but it baked this perfectly.",
        "My angel daughter helped me clean up afterwards, so sweet.",
        "Our angel baby slept through the whole bake, a miracle!",
        "My angel son washed all the dishes without being asked!",
        "Our son would have been 10 today, if the party hadn't moved to Sunday! "
        "Baking this for it.",
        "My first Christmas as a widow's walk owner, our new house has one! "
        "Baked this to celebrate.",
        "Heard my brother didn't make it, the team was picked yesterday, so I baked him this.",
        "Day 3 of a bake-off marathon, my oven is having a flare-up of its own lol.",
        "I got my notice at work today: I'm going full-time at the bakery!",
        "I'm so scared to go home tonight and face my kids with no bread left.",
        "I started antidepressants for my dog, the vet says he's anxious. "
        "This bread cheers us both.",
        "Our angel baby is now 18 and baking her own bread!",
        "My angel boy turned 7 today and we baked this together.",
        "Purged again? No, just cleaned out my pantry to make room for this flour.",
        "She left me for a younger baker in the bake-off team, ha, I'm still on the B team.",
        "The memorial tea at church raised £300 for the roof, and your scones helped!",
        "Brought this to the celebration of life for our cat, a party for her 20th birthday!",
        "The bailiffs came to the wrong house, it was hilarious, they left with a loaf.",
        "He left me for a whole afternoon to watch the match, so I baked.",
        "Given weeks to live, my sourdough starter is thriving again!",
        "My angel baby cousin loves this bread.",
    ],
)
def test_everyday_words_of_a_hard_time_are_no_grief(text):
    tone, draft = read_and_draft(text)
    assert tone.label != "grief", tone.cues
    assert not tone.loss and not tone.crisis and not draft.crisis


@pytest.mark.parametrize("number", [2, 4, 6])
def test_a_parents_verdict_on_todays_loaf_is_no_memory(number):
    text = "My dad said it was better than the bakery's, high praise from him."
    draft = draft_of(text, "en", number=number)
    assert draft.quote and "memory" not in draft.text.casefold()


# "Mein Opa hat sich umgebracht vor Lachen": laughter, a phone that froze; no loss.
NOT_LOSS = [
    "Mein Opa hat sich umgebracht vor Lachen, als er das las!",
    "Das Handy hat sich erhängt, aber das Rezept ist gespeichert!",
    "Si è impiccato il computer di nuovo 😂 ma ho salvato la ricetta!",
]


@pytest.mark.parametrize("text", NOT_LOSS)
def test_laughter_and_machines_are_no_loss(text: str) -> None:
    tone = read_tone(text, author="Sam")
    assert not tone.loss and tone.label != "grief", text


@pytest.mark.parametrize(
    "text",
    [
        "Her chair is still empty at the table. Baked your loaf anyway.",
        "The house is so quiet now without him. This recipe filled it a little.",
        "Lost our little one at 12 weeks. Baking helps me not think.",
        "My brother isn't with us anymore. He'd have laughed at your oven story.",
        "Nobody calls me by my nickname anymore since mum went.",
        "I had to say goodbye to Biscuit yesterday. 14 years. Your dog post made me cry.",
        "We had to say goodbye to our old dog on Monday.",
        "Some days I wonder why I bother. Your posts are the only thing I read.",
        "Writing this at 3am again. Can't stop the thoughts.",
        "I'm so tired. Not sleepy tired. Just tired.",
    ],
)
def test_a_loss_or_a_low_mood_said_obliquely_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "I had to say goodbye to my sister yesterday, she flew back to Sydney. Baking to cheer up!",
        "I had to say goodbye to my favourite jeans today lol",
        "The house is so quiet without them since the kids went back to uni, so I bake.",
        "It's been a year today since I started this starter! Happy birthday Bubbles.",
        "It's been a year today. Happy blogiversary!",
        "I lost the baby weight with your salads!",
        "We lost our little one's favourite toy at the park.",
        "My dad isn't with us this Christmas, he's working abroad.",
        "Since mum went back to work, I bake on Sundays.",
        "Can't stop thinking about this cake.",
        "Can't stop the thoughts of this cake!",
        "Not sleepy tired, just full of bread lol",
        "Everyone would be fine without me at the party, so I stayed home and baked this!",
        "My family would be fine without me for a weekend, so I took your baking class!",
        "I've stopped taking my meds for hay fever since the season ended.",
        "Giving my old tins to the charity shop. Won't need them, I bought new ones!",
        "I keep thinking about just driving and not stopping until we hit the coast. Road trip!",
    ],
)
def test_the_same_words_in_everyday_use_read_warm(text):
    assert_read_warm(text, "en")
    assert not read_tone(text).guarded


@pytest.mark.parametrize(
    "text",
    [
        # each had been answered "I'm so sorry you're going through this" or "for your loss"
        "I'm literally dead, this dog photo 😂",
        "I've been in a dark place with my baking skills but this fixed it lol",
        "Heartbroken that I burned the first batch, the second was perfect.",
    ],
)
def test_a_laugh_or_a_burned_batch_gets_no_condolences(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "My dog is dead. I can't stop crying.",
        "Heartbroken that my dad is gone.",
        "I've been in a dark place since the divorce.",
    ],
)
def test_a_loss_or_a_dark_place_of_ones_own_is_still_heard(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Her birthday would have been tomorrow.",
        "My nan's recipe box is all I have left of her.",
        "We got married in the hospital chapel so Dad could be there. He passed a week later.",
    ],
)
def test_a_loss_said_by_what_is_left_is_a_loss(text):
    assert_read_hard(text, "en", "grief")
    assert read_tone(text).loss
    assert CONGRATULATIONS not in draft_of(text).text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "I was devastated when my loaf collapsed, but version two is perfect!",
        "My birthday would have been perfect with this cake!",
        "He passed the exam a week later, thanks to your study snacks!",
    ],
)
def test_a_collapsed_loaf_a_birthday_wish_or_an_exam_passed_gets_no_condolences(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # each had been quoted back, one with a gold star
        "Nothing tastes like anything anymore.",
        "Packed up his tools today. The workshop smells like him still.",
        "Her cardigan still smells of her.",
    ],
)
def test_a_grief_told_by_taste_or_smell_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Nothing tastes like anything anymore without salt, add more!",
        "The kitchen still smells like bread, he loves it!",
        "My dog still smells like him after his bath lol",
    ],
)
def test_salt_bread_and_a_bath_are_no_grief(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "I keep setting the table for three.",
        "I still make two portions out of habit.",
        "Cleared out her kitchen last week and found this recipe in her handwriting.",
        "I baked this the day we got the call.",
        "Made this for the wake on Friday.",
    ],
)
def test_a_loss_told_without_a_word_of_death_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "I keep setting the table for three even though the twins are at camp, ha!",
        "Two portions out of habit — one for lunch tomorrow!",
        "Found this recipe in my mum's handwriting, she'll be thrilled I made it!",
        "I baked this the day we got the call that we got the house!",
        "I still buy too much flour out of habit.",
        "We set the table for two.",
        "I always set the table for four.",
        "We stayed up for the wake of the storm and baked all night. Thanks for the recipe!",
        "Baked these for the wake-up call at the campsite!",
        "Grief, this was easy!",
        "Good grief, this was easy!",
    ],
)
def test_a_table_set_for_the_twins_a_house_or_an_oath_is_no_loss(text):
    assert_read_warm(text, "en")


def test_grief_said_as_a_hard_time_stays_one():
    assert_read_hard("Grief, this is hard.", "en", "grief")


def test_a_widows_note_still_gets_the_quiet_reply():
    assert_read_hard(
        "I am a widow, and your bread got me through the winter. Thank you.", "en", "grief"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Made this for the memorial tea, it was a hit. Thank you for sharing.",
        "We served this at the celebration of life on Saturday. Thank you.",
        "Brought this loaf to the shiva house. Everyone asked who made it.",
        "We sat shiva all week and people kept bringing this bread.",
        "Got the call that Grandpa didn't make it while this was proving.",
        "My grandpa didn't make it through the night. We made his bread today.",
        "Put our old boy to sleep yesterday. 14 years. Thanks for the distraction.",
        "My twins would have been 5 today.",
        "It's my first Christmas as a widow.",
        "Loved the bit about autolyse. Super clear. The hospital called this morning, it's cancer.",
        "Great recipe! Made it for my grandma's 90th. She doesn't recognise us anymore but she "
        "loved it.",
        "Dad doesn't know who I am anymore but he still loves bread.",
        "Purged again after making this. I know I need help.",
        "Great recipe, but I've been skipping meals again so I gave it to my neighbour.",
        "I haven't eaten properly in weeks and I'm scared to start.",
        "I've been clean 2 years but I used again last night.",
        "Made this while waiting on the eviction hearing. Needed something to do with my hands.",
        "The bailiffs came today. Baking in a borrowed kitchen.",
        "He left me for my best friend. Bread doesn't judge.",
        "The vet says it's time. Baking his favourite biscuits tonight.",
        "Stage 4. Doing what I love while I can. This recipe is going in the book for my kids.",
        "I'm in a flare again so this took me three days, but it was worth it.",
        "Day 3 of a migraine flare, made the dough in stages.",
        "My endometriosis is flaring but I managed this!",
        "Crohn's flare so I can't eat it but my family loved it.",
    ],
)
def test_a_loss_or_a_hard_time_told_in_other_words_gets_the_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "We met with a funeral director today to plan Dad's service.",
        "Had a bad day, Mum's surgery didn't go well.",
    ],
)
def test_a_funeral_director_or_a_bad_day_of_ones_own_is_still_a_hard_time(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Mum's anniversary today. Made her scones from your recipe and cried into the dough.",
        "It's Dad's anniversary today, five years. Baking his bread helped.",
        "Dad's 5th anniversary today. Still can't believe it.",
        "Dad's anniversary today. He'd have loved this bread.",
        "Mum's anniversary next week, first one without her",
        "Anniversary of losing mum today. Baking helps.",
        "Today's the anniversary of Mum's passing. Your words helped.",
        "Dad's anniversary was yesterday. Didn't realise how hard it would hit.",
    ],
)
def test_a_death_anniversary_told_without_the_word_is_a_loss(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss, (tone.label, tone.cues)
    draft = draft_of(text)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    "text",
    [
        "Mum and Dad's anniversary today, 40 years! Made them this cake",
        "Mum's anniversary today so we're all going out for dinner to celebrate 🎉",
        "Dad's anniversary today. They've been married 45 years and he still makes her breakfast",
        "Mum's anniversary today! Made her a cake and she cried happy tears",
        "It's our anniversary today and my husband made me your lasagne ❤️",
        "my mum's anniversary next week and she's still asking dad for this lasagne lol",
        "Dad's 30th work anniversary today, made him your carrot cake!",
        "Happy anniversary to your blog!! 5 years!",
        "It's the anniversary of our first date today lol so this dinner recipe was perfect",
    ],
)
def test_a_living_couples_or_a_work_anniversary_stays_warm(text):
    assert_read_warm(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Mum's anniversary today, she and Dad are off to Paris so I'm dog sitting and baking",
        "Dad's anniversary is tomorrow and I still haven't got Mum a card, any cake ideas?",
        "My nan's anniversary today, 60 years with grandad! Made her your Victoria sponge",
        "Mum's anniversary today! Baking her favourite cake for when they get back",
    ],
)
def test_an_anniversary_the_parent_is_alive_for_is_no_loss(text):
    tone = read_tone(text)
    assert tone.label != "grief" and not tone.loss, (tone.label, tone.cues)


@pytest.mark.parametrize(
    "text",
    [
        "I'm dying, the photo of the cat in the flour bag 😂",
        "I'm dying 😂 my dog did the exact same thing with the loaf",
        "My husband is dead to me after he ate the last slice 😂",
        "My sister is dead to me, she ate the last brownie lol",
        "Top post. The bit about pruning the apple tree saved me a lot of grief honestly",
        "This brownie recipe saved me so much grief at the bake sale, thank you",
        "Your tip about the proofing basket gave me so much grief, turns out I was using it wrong",
    ],
)
def test_a_joke_or_an_idiom_gets_no_condolences(text):
    tone = read_tone(text)
    assert tone.label != "grief" and not tone.loss, (tone.label, tone.cues)
    assert "sorry" not in draft_of(text).text.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "My dog is dying and I can't stop crying. Your post helped.",
        "Dad's dying and I've been baking to cope. Thank you for this.",
        "My grief counsellor recommended baking and I found your blog. Thank you.",
        "The grief comes in waves. Your post about your dad helped.",
        "Sorry for your grief. It gave me so much grief too when mum died.",
        "My dad is dead. I made his bread today.",
    ],
)
def test_a_real_loss_beside_those_words_is_still_one(text):
    assert read_tone(text).label == "grief"


@pytest.mark.parametrize(
    "text",
    [
        "I still make two cups of coffee out of habit. It's been a year since he died.",
        "I baked this the day we got the call. I still can't believe she's gone.",
        "All I have left of her. Her recipe card, in her handwriting.",
        "See you at the wake on Friday. I can't believe he's gone.",
    ],
)
def test_a_loss_the_later_sentences_do_not_turn_is_still_one(text):
    assert read_tone(text).label == "grief", read_tone(text).cues
    assert draft_of(text).quote == "" and draft_of(text).gold_stars == 0
