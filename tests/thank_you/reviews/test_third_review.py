"""What a third reviewer found after the day's crisis and grief cues were merged.

Readers at risk who say it plainly, mostly in French, had been quoted back warmly or starred
(« Quand vous avez écrit « Je vais me tuer », j'ai approuvé d'un bout à l'autre. »); a loved
one's suicide or a parent's burial had been starred; the author's own hard days told without "I"
(a chemo diary, a list after a miscarriage) had lost their hard-day reading. Near misses beside
each keep their everyday reading.
"""

import pytest

from reply_drafts.grief import hard_time_cues
from reply_drafts.tone import read_tone


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
        (
            "Things nobody tells you after a miscarriage",
            "1. The forms still come. 2. The nursery stays painted. 3. The silence is loud.",
        ),
        ("Notes from the oncology ward", "Day 3 of chemo. Tired. The nurse brought ginger tea."),
        ("Journal de chimio", "Jour 3. Fatiguée. L'infirmière m'a apporté une tisane."),
        ("Annonce", "Licencié ce matin après dix ans. Carton sous le bras."),
    ],
)
def test_a_hard_day_told_without_i_is_still_one(title, opening):
    assert hard_time_cues(title, "", opening)


@pytest.mark.parametrize(
    "title, opening",
    [
        ("Grief in The Last of Us", "How the show handles grief better than most dramas."),
        (
            "Layoffs in tech, by the numbers",
            "A data dive into 2023's tech layoffs using public WARN notices.",
        ),
        (
            "Tough week for the server",
            "Our server had a tough week: three outages and a failing disk. A post-mortem.",
        ),
        ("Le deuil de Twitter", "J'ai quitté Twitter. Voici où me retrouver."),
    ],
)
def test_words_news_and_things_share_still_need_the_author_s_own_life(title, opening):
    assert not hard_time_cues(title, "", opening)


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


def test_a_release_that_would_have_been_today_is_no_hard_day():
    assert not hard_time_cues(
        "Release notes", "", "Version 2.0 would have been released today, but we found a bug."
    )


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


def test_a_sob_story_a_reader_tells_of_their_own_bread_is_no_scorn():
    assert read_tone("What a sob story my sourdough is compared to yours 😂").label != "hostile"


def test_a_year_without_mum_told_beside_thanks_is_the_reader_s_own_grief():
    # It had been pinned as no grief, and so drew a gold star and « ça me fait tellement plaisir à
    # lire ! » on the reader's crêpes: the loss is the reader's own (a letter to their mother), and
    # the quiet reply speaks to them (« Je suis de tout cœur avec vous »), not of the author's.
    text = "Un an sans toi, maman... J'ai fait ta recette de crêpes grâce à ce blog. Merci."
    tone = read_tone(text)
    assert tone.label == "grief" and tone.shared
