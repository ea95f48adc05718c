"""Warm comments and posts that cues narrowed after a day's merges had read worse, read warm
again; the hard time or the jab each cue was written for, told plainly, is pinned beside each and
still gets no star, no quote and no helpline.

Fresh probes (en, fr, es, de, it, pt; /tmp/s36/regress2.md and regress3.md) had found the cues
firing on everyday comments: condolences for "Stage 2. They told me to knead for ten minutes", a
club member lost to a climbing gym, a friend lost in a museum gift shop, a mum on a cruise, a
sister who moved to Berlin, a dog missed at work, an op last year, a doctor on the children's
ward, tears of laughter at work, a trip's excitement, a heatwave, a 5am hike, « le coup pendant
les révisions », « parti à Montréal »; "I'm so sorry you're going through this" for tomato blight,
a final boss, life admin, onions, a book that ends sadly, a summer that is over, bedtime with
twins, a football defeat, a marathon, a night shift's tea, an old oven « en plein divorce », a
sister away for a year; "Which part do you disagree with?" for "Another 5000 words of life story?
Yes please", a proofreading question that thanks the author, and « Sur quelle partie n'êtes-vous
pas d'accord ? » for a French question or tip with a warm turn; a helpline for a reader who thinks
of suicide scenes in crime novels; a hard day, and so no cheer, for a marathon, a half-marathon and
a week of tears at Scottish views.
"""

import pytest

from reply_drafts.grief import hard_time_cues
from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

# (cue line, language, the warm comment it caught, the two hard ones it was written for, label):
# the warm comment is read warm, and quoted or starred too...
SPARED_AND_THANKED = [
    (
        "DIAGNOSIS_TOLD: told to do something",
        "en",
        "Stage 2. They told me to knead for ten minutes but your way is faster!",
        ["Stage 4. They told me yesterday.", "Stage 2. They told me on Friday."],
        "grief",
    ),
    (
        "DIAGNOSIS_TOLD: found out the hard way",
        "en",
        "Stage 1. Found out the hard way that my oven runs hot. Thanks for the tip!",
        ["Stage 3. Found out Friday, starting chemo Monday.", "Stage 2. Diagnosed last week."],
        "grief",
    ),
    (
        "LOST_TOLD: lost in a shop",
        "en",
        "Our group lost Jenny on Sunday in the museum gift shop, classic. Great travel guide!",
        [
            "Our choir lost Anna on Sunday. Stroke, 52. We sang her part empty tonight.",
            "Our club lost Tom last week to cancer.",
        ],
        "grief",
    ),
    (
        "MISSED: a mum on a cruise",
        "en",
        "I miss my mum so much when she's on her cruise, but she'll love this recipe when she's "
        "home!",
        ["I miss my mum so much. She loved this bread.", "I really miss my dad, every single day."],
        "grief",
    ),
    (
        "MISSED: a sister who moved",
        "en",
        "I really miss my sister, she moved to Berlin last year. Sending her your post!",
        ["I miss my dog so much, he loved this walk.", "We still miss our mum every day."],
        "grief",
    ),
    (
        "MISSED: a brother gone to Montréal",
        "fr",
        "Mon frère me manque depuis qu'il est parti à Montréal, je lui envoie ton article.",
        ["Mon frère me manque depuis qu'il est parti.", "Ma sœur me manque, elle adorait ce pain."],
        "grief",
    ),
    (
        "GRIEF_STRONG: an op last year",
        "en",
        "Back from the hospital after my appendix op last year, I've been baking nonstop since. "
        "Great recipe!",
        [
            "Out of hospital after my operation, still very weak.",
            "Back from hospital after my op last week, everything hurts.",
        ],
        "grief",
    ),
    (
        "GRIEF_STRONG: a doctor on the children's ward",
        "en",
        "My son's on the children's ward team as a doctor, he loved your post!",
        [
            "My son's on the children's ward again, third week.",
            "We're still on the children's ward.",
        ],
        "grief",
    ),
    (
        "GRIEF_STRONG: crying at work with laughter",
        "en",
        "I've been crying at work because of your hilarious post. My coworkers think I'm mad!",
        [
            "I keep crying at work and I can't tell anyone.",
            "I've been crying all day at work since the funeral.",
        ],
        "grief",
    ),
    (
        "GRIEF_STRONG: barely holding it together with excitement",
        "en",
        "Barely holding it together with excitement for our trip next week! Great packing list.",
        ["I'm barely holding it together this week.", "Barely holding it together since the news."],
        "grief",
    ),
    (
        "GRIEF_STRONG: barely holding it together in the heat",
        "en",
        "Barely holding it together at this heat, this cold soup saved me.",
        [
            "I'm barely holding it together at work lately.",
            "Barely holding it together, to be honest.",
        ],
        "grief",
    ),
    (
        "LOW_MOOD: struggling out of bed for a hike",
        "en",
        "I'm struggling to get out of bed at 5am for the sunrise hike, worth it though!",
        [
            "I'm struggling to get out of bed these days.",
            "I'm struggling to get out of bed most mornings.",
        ],
        "grief",
    ),
    (
        "GRIEF_STRONG fr: m'aide à tenir through revision",
        "fr",
        "Ce café m'aide à tenir le coup pendant les révisions. Merci pour la recette !",
        [
            "Ce blog m'aide à tenir le coup depuis le décès de papa.",
            "Ton blog m'aide à tenir, merci.",
        ],
        "grief",
    ),
    (
        "RHETORICAL_JABS: a proofreading question that thanks",
        "en",
        "Ever heard of proofreading? My students haven't, so your guide helps a lot. Thanks!",
        [
            "Ever heard of proofreading? Half these sentences make no sense.",
            "Ever heard of proofreading? Thanks for nothing.",
        ],
        "hostile",
    ),
    (
        "RHETORICAL_JABS fr: a proofreading tip that thanks",
        "fr",
        "Tu as déjà entendu parler de la relecture à voix haute ? Ça marche bien pour moi. Merci "
        "pour l'article !",
        [
            "Vous avez déjà entendu parler de l'orthographe ? Trois fautes par ligne.",
            "Tu as déjà entendu parler de la relecture ? Merci pour rien.",
        ],
        "hostile",
    ),
    (
        "CONTEMPT_UNLESS_LAUGHING: life story, yes please",
        "en",
        "Another 5000 words of life story? Yes please, I love your writing!",
        [
            "Another 5000 words of life story? Please, just the recipe.",
            "Great, another recipe with 3000 words of life story before the ingredients.",
        ],
        "hostile",
    ),
]


# ...or read warm ("I feel so unloved by my cat" is answered, not quoted).
SPARED = [
    (
        "LOW_MOOD: struggling so much with a thing",
        "en",
        "I'm struggling so much with tomato blight this year. Your post helped!",
        ["I'm struggling so much.", "I'm struggling so much with the loss of my job."],
        "grief",
    ),
    (
        "LOW_MOOD: struggling a lot with a game",
        "en",
        "I'm struggling a lot with the final boss, any tips? Great walkthrough!",
        ["I'm struggling a lot right now.", "Honestly I'm struggling so much with everything."],
        "grief",
    ),
    (
        "LOW_MOOD: can't enjoy anything anymore without",
        "en",
        "I can't enjoy anything anymore without your hot sauce on it. Addicted!",
        [
            "I can't enjoy anything anymore but I try.",
            "Nothing brings me joy anymore unless I sleep.",
        ],
        "grief",
    ),
    (
        "LOW_MOOD: sad lately that",
        "en",
        "I feel sad lately that summer's over, but your autumn soup cheered me up.",
        ["I feel sad lately.", "I feel sad lately because my dad is ill."],
        "grief",
    ),
    (
        "LOW_MOOD: exhausted by life admin",
        "en",
        "Exhausted by life admin today, so I'm just reading your travel blog. Lovely!",
        ["Exhausted by life.", "I'm so exhausted of life, honestly."],
        "grief",
    ),
    (
        "LOW_MOOD: crying myself to sleep over a book",
        "en",
        "I cry myself to sleep every time I read the end of this book. What a review.",
        ["I cry myself to sleep most nights.", "I've been crying myself to sleep since he left."],
        "grief",
    ),
    (
        "LOW_MOOD: crying every day at onions",
        "en",
        "I cry every day chopping onions, so thanks for the goggles tip!",
        ["I cry every night thinking about her.", "I cry every day over him."],
        "grief",
    ),
    (
        "LOW_MOOD: unloved by my cat",
        "en",
        "I feel so unloved by my cat, she prefers my husband. Cute post!",
        ["I feel so unloved by my family.", "I feel unloved by my husband lately."],
        "grief",
    ),
    (
        "GRIEF_STRONG: barely holding it together at bedtime with twins",
        "en",
        "Barely holding it together at bedtime with twins, this routine is gold. Thank you!",
        ["I'm barely holding it together this week.", "Barely holding it together since the news."],
        "grief",
    ),
    (
        "GRIEF_OTHER fr: le moral au plus bas after a defeat",
        "fr",
        "J'ai le moral au plus bas depuis la défaite du PSG, heureusement ta tarte était là.",
        ["J'ai le moral à zéro depuis des semaines.", "J'ai le moral au plus bas en ce moment."],
        "grief",
    ),
    (
        "GRIEF_OTHER fr: plus la force de rien after a marathon",
        "fr",
        "Je n'ai plus la force de rien après le marathon, mais quelle course ! Merci pour le plan.",
        ["Je n'ai plus la force de rien.", "Je n'ai plus aucune force, depuis des mois."],
        "grief",
    ),
    (
        "GRIEF_OTHER fr: crises d'angoisse before exams",
        "fr",
        "Je fais des crises d'angoisse avant chaque examen, ton article sur la respiration m'aide.",
        ["Je fais des crises d'angoisse depuis des mois.", "Mes crises d'angoisse sont revenues."],
        "grief",
    ),
    (
        "GRIEF_OTHER fr: en plein divorce with an oven",
        "fr",
        "Je suis en plein divorce avec mon vieux four, le nouveau est génial.",
        ["Je suis en plein divorce.", "En plein divorce avec mon mari, je tiens comme je peux."],
        "grief",
    ),
    (
        "GRIEF_OTHER fr: m'aide à tenir through night shifts",
        "fr",
        "Ce thé m'aide à tenir le coup pendant mes nuits de garde, je suis infirmière. Merci !",
        [
            "Ce blog m'aide à tenir le coup depuis le décès de papa.",
            "Ton blog m'aide à tenir, merci.",
        ],
        "grief",
    ),
    (
        "GRIEF_OTHER fr: un fardeau pour mon club",
        "fr",
        "Je suis un fardeau pour mon club de rando, toujours dernière ! Mais j'adore.",
        ["Je me sens comme un fardeau.", "J'ai l'impression d'être un fardeau pour mes enfants."],
        "grief",
    ),
    (
        "GRIEF_OTHER fr: tout me pèse, a shopping bag and a laugh",
        "fr",
        "Tout me pèse en ce moment, surtout mon sac de courses avec 6 packs d'eau haha.",
        ["Tout me pèse en ce moment.", "Tout me pèse depuis l'hiver."],
        "grief",
    ),
    (
        "MISSED fr: a sister away for a year",
        "fr",
        "Ma sœur me manque, elle est en Australie pour un an. Je lui envoie ton article.",
        ["Mamie me manque tellement.", "Papa me manque depuis un an."],
        "grief",
    ),
    (
        "RHETORICAL_JABS fr: a proofreading tip with a warm turn",
        "fr",
        "Tu as déjà entendu parler de la relecture croisée ? On le fait au travail, super méthode.",
        [
            "Tu as déjà entendu parler de la relecture ? Trois fautes par ligne.",
            "Vous avez déjà entendu parler de l'orthographe ? Super nul.",
        ],
        "hostile",
    ),
    (
        "RHETORICAL_JABS fr: avez-vous seulement testé avec",
        "fr",
        "Avez-vous seulement testé avec du lait d'avoine ? Je me demande si ça marche.",
        [
            "Avez-vous seulement testé votre recette ?",
            "Avez-vous seulement lu ce que vous écrivez ?",
        ],
        "hostile",
    ),
    (
        "RHETORICAL_JABS fr: sérieux, c'est ça ton tuto, j'adore",
        "fr",
        "Sérieux, c'est ça ton tuto ? Trop simple, j'adore !",
        ["Sérieux, c'est ça ton tuto ?", "Sérieux, c'est ça votre article ? Super nul."],
        "hostile",
    ),
    (
        "RHETORICAL_JABS fr: qui lit encore, moi",
        "fr",
        "Qui lit encore ce genre de truc ? Moi, et j'adore ! Merci.",
        [
            "Qui lit encore ce genre de truc ?",
            "Qui lit encore ce genre de blabla ? Merci de nous épargner ça.",
        ],
        "hostile",
    ),
    (
        "CONTEMPT_PHRASES fr: le plus bête et le plus drôle",
        "fr",
        "C'est le truc le plus bête que j'ai lu... et le plus drôle ! J'adore.",
        ["C'est le truc le plus débile que j'ai lu.", "L'article le plus nul que j'ai jamais lu."],
        "hostile",
    ),
]


CASES = [(*case, True) for case in SPARED_AND_THANKED] + [(*case, False) for case in SPARED]


@pytest.mark.parametrize(
    ("language", "warm", "hard", "label", "thanked"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_narrowed_cue_spares_the_warm_comment_and_still_reads_the_hard_ones(
    language, warm, hard, label, thanked
):
    assert_read_warm(warm, language, thanked=thanked)
    for text in hard:
        assert_read_hard(text, language, label)


# A tip or a thank-you that borrows a reproach's opening, and the reproach itself.
CRITICAL_NARROWED = [
    (
        "Next time, actually try the lemon version! It's even better. Thanks for the recipe.",
        [
            "Cute idea. Maybe next time actually test the recipe before posting?",
            "Next time actually bake it before you post it.",
        ],
    ),
    (
        "Next time actually make a double batch, they vanish fast! Thanks.",
        [
            "Next time, actually read the comments before replying.",
            "Next time, actually check your oven temperature before blaming the recipe.",
        ],
    ),
    (
        "Thanks for finally getting around to posting the recipe I asked for! I'm so happy.",
        [
            "Thanks for finally getting around to fixing the typo I reported three months ago.",
            "Thanks for finally bothering to answer the question I asked for. Took you ages.",
        ],
    ),
]


@pytest.mark.parametrize(("warm", "reproaches"), CRITICAL_NARROWED)
def test_a_thank_you_is_not_read_as_a_reproach_and_the_reproach_still_is(warm, reproaches):
    tone, draft = read_tone(warm), draft_of(warm)
    assert tone.label == "praise", tone.cues
    assert draft.quote != "" or draft.gold_stars > 0
    for text in reproaches:
        tone, draft = read_tone(text), draft_of(text)
        assert tone.label == "critical", tone.cues
        assert draft.gold_stars == 0 and draft.quote == "" and not draft.crisis


def test_suicide_scenes_in_crime_novels_get_no_helpline_and_the_thought_itself_does():
    scenes = "Ich denke oft an Selbstmord-Szenen in Krimis, dein Buchtipp war super."
    assert not read_tone(scenes).crisis and not draft_of(scenes, "de").crisis
    for text in ("Ich denke oft an Selbstmord.", "Ich denke manchmal an Suizid."):
        tone, draft = read_tone(text), draft_of(text, "de")
        assert tone.crisis and draft.crisis
        assert draft.gold_stars == 0 and draft.quote == ""


def test_a_link_to_the_original_recipe_is_not_spam_and_a_click_here_offer_still_is():
    recipe = "Klicke hier auf den Link zum Original-Rezept: https://chefkoch.de/rezept/123 – danke!"
    assert read_tone(recipe).label != "spam" and draft_of(recipe, "de").text
    for text in (
        "Gratis iPhone, klicke hier: http://gewinn-jetzt.biz",
        "Klicke hier für schnelle Kredite: www.kredit-sofort.biz",
    ):
        assert read_tone(text).label == "spam" and draft_of(text, "de").text == ""


# (title, the opening of an ordinary post, two openings of a hard day that share its words)
HARD_DAY_NARROWED = [
    (
        "A rainy week in Scotland",
        "I cry every day at the views. Glencoe is unreal.",
        [
            "I cry every day. The house is so quiet.",
            "I cry all the time lately, and I can't say why.",
        ],
    ),
    (
        "Half marathon PR",
        "I was barely holding it together at mile 11, but I got my sub-2!",
        ["I'm barely holding it together this week.", "Barely holding it together since the news."],
    ),
    (
        "Retour sur mon premier trail",
        "Je n'ai plus la force de rien après 40 km, mais quelle expérience incroyable !",
        ["Je n'ai plus la force de rien.", "Je n'ai plus la force de rien, depuis l'hiver."],
    ),
]


@pytest.mark.parametrize(("title", "ordinary", "hard_days"), HARD_DAY_NARROWED)
def test_an_ordinary_post_is_not_a_hard_day_and_the_hard_days_still_are(title, ordinary, hard_days):
    assert hard_time_cues(title, "", ordinary) == ()
    for opening in hard_days:
        assert hard_time_cues("Notes", "", opening)
