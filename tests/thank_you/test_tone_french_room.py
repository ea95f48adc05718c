"""French comments the tone reader had answered wrong, and their everyday near misses.

An oblique sentence of a reader at risk (« Je ne sais pas si je serai encore là pour le prochain
billet. ») had been starred and quoted back « dans mon carnet », as had low mood said plainly
(« Je me sens invisible. », « Je suis un fardeau. ») and someone close missed (« Ma mère me
manque, elle adorait ce pain. »); a goodbye before the holidays (« Adieu à tous, je me déconnecte
pour les vacances ! ») had got the helpline. Each case pins the reading and the draft: gold
stars, the quote, the helpline line. The English readings of the same sentences agree.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

HELPLINE = "findahelpline.com"

# Oblique words of a reader who may be at risk: no star, no quote, plain lines; no helpline.
GUARDED = [
    "Je ne sais pas si je serai encore là pour le prochain billet.",
    "Je ne sais pas si je serai encore là à Noël. Merci pour tout ce que vous écrivez.",
    "Pas sûre que je sois encore là pour lire la suite.",
    "Je sais pas si je serai toujours là pour la prochaine recette.",
    "Je ne sais pas si je serai encore de ce monde pour la suite de la série.",
    "Je ne sais pas si je serai toujours parmi vous l'an prochain.",
    "Merci pour vos recettes pendant toutes ces années. Je ne sais pas si je serai encore là "
    "pour la suivante.",
    "Pas certaine que je sois encore là pour la suite. Merci pour tout.",
    "Fatigué d'être là.",
    "Fatiguée d'être ici.",
    "Fatiguée d'être là. Votre billet m'a fait du bien quand même.",
    "À quoi bon.",
    "À quoi bon ?",
    "Franchement, à quoi bon.",
    "Bref. À quoi bon.",
    "Merci pour le billet. Mais à quoi bon essayer.",
    "Plus envie de rien.",
    "Je lis vos billets tous les soirs. Plus envie de rien.",
    "Je lis ton blog la nuit. Plus envie de rien, mais ça m'occupe.",
    "Tout me semble vide.",
    "Tout me paraît tellement vain en ce moment.",
    "Tout me semble gris depuis l'hiver.",
    "Tout me semble vide depuis qu'elle est partie.",
    "Fatigué de tout. Fatigué d'être là.",
    "Je ne sais pas combien de temps je serai encore là.",
    "Je me demande si quelqu'un remarquerait si je ne commentais plus.",
    "Personne ne me voit. Même ici.",
    "Plus rien n'a de sens.",
    "Ça ne sert à rien de continuer.",
    "Mais à quoi bon tout ça ?",
    "À quoi bon. Personne ne lit ce que j'écris de toute façon.",
]

# Low mood said outright, as English "I feel like a burden": heard in the quiet voice.
LOW_MOOD = [
    "Fatigué de tout. Fatigué d'être là.",
    "Je suis tellement fatiguée de tout.",
    "Je suis fatiguée de tout. Merci pour ce billet quand même.",
    "Lasse de tout.",
    "Je me sens invisible.",
    "je me sens invisible",
    "Je me sens invisible. Personne ne répond à mes messages.",
    "Je me sens invisible au travail, personne ne me parle.",
    "Je me sens tellement inutile en ce moment.",
    "Je me sens tellement inutile depuis mon licenciement.",
    "Je me sens de trop dans ma famille.",
    "Je suis un fardeau.",
    "Je ne suis qu'un fardeau.",
    "J'ai l'impression d'être un fardeau pour mes enfants.",
    "Je suis un fardeau pour mes collègues depuis mon arrêt.",
    "Je ne sers à rien.",
    "J'ai plus envie de rien depuis des semaines.",
    "Je me sens si vide.",
    "Je me sens seule ce soir, votre blog me tient compagnie.",
    "Je n'en vois plus le bout.",
    "J'ai le moral à zéro depuis la rentrée.",
    "Je n'ai plus la force de rien.",
    "Je suis épuisée, à bout, je ne sais plus quoi faire.",
    "Je suis à bout.",
    "Tout me pèse.",
    "Je pleure tous les soirs.",
    "J'ai l'impression d'être un boulet pour tout le monde.",
    "Je suis fatigué de tout ça, ton article sur le burn-out m'a fait du bien.",
]

# Someone close missed: a loss told in passing, heard like "Dad's birthday would have been today".
MISSED = [
    "Ma mère me manque, elle adorait ce pain.",
    "Ma maman me manque, c'était son plat préféré.",
    "Mon père me manque tellement, il faisait ce gâteau le dimanche.",
    "Papa me manque tellement depuis l'automne.",
    "Papa me manque.",
    "Mamie me manque. Elle faisait exactement cette soupe.",
    "Ma grand-mère me manque, c'était sa recette.",
    "Mon grand-père me manque, il m'a appris à faire le pain.",
    "Mes grands-parents me manquent terriblement, c'était leur gâteau.",
    "Mes parents me manquent énormément.",
    "Ma femme me manque depuis trois ans.",
    "Mon mari me manque chaque jour.",
    "Mon chat me manque, il dormait toujours sur le clavier.",
    "Notre chienne nous manque beaucoup.",
    "Mon meilleur ami me manque, on cuisinait ensemble.",
    "Maman me manque chaque jour un peu plus.",
    "Ton billet m'a rappelé mamie. Elle me manque.",
    "Il me manque tellement, mon papa.",
    "Ma petite chienne me manque, elle est partie en mars.",
    "Mon frère me manque depuis l'accident.",
]

# A reader at risk in so many words: the helpline line.
CRISIS = [
    "Adieu à tous. Merci pour tout.",
    "Adieu à tous.",
    "Adieu à tous, je pars pour de bon.",
    "Je ne veux plus vivre.",
    "Fatiguée de vivre.",
    "Je suis lasse de vivre, tout simplement.",
    "Je pense à en finir.",
    "Je ne serai plus là pour lire le prochain billet.",
    "Je suis un fardeau pour tout le monde.",
    "À quoi bon continuer à vivre.",
    "Je ne vois plus aucune raison de vivre.",
    "Envie de mourir.",
    "Je crois que je ne serai plus là très longtemps. Merci pour tout.",
    "Adieu à tous, ce blog m'a aidée à tenir jusqu'ici.",
    "Adieu à tous, merci pour tout, je ne reviendrai pas.",
    "Je vous dis adieu à tous. Merci pour ces années.",
]

# The same words in everyday use: a warm thank-you, a star or a quote, no helpline.
# Missing a parent's cooking that a recipe comes close to: warm, but a line that misses someone
# is never quoted back (they may be gone), and the draft thanks without a gold star for it.
MISSED_COOKING = [
    "La cuisine de ma mère me manque, je vais tester ta version !",
    "Le pain de mon père me manque, le tien s'en rapproche.",
    "Les recettes de ma mère me manquent, celle-ci s'en rapproche.",
]

WARM = [
    # missing a bread, a city, a laptop, someone away for a week
    "Ce pain me manque depuis que j'ai déménagé.",
    "Tu nous as manqué !",
    "Il me manque du sel, sinon c'est parfait.",
    "Paris me manque.",
    "Ma fille me manque, elle rentre de colo samedi !",
    "Mes enfants me manquent, ils sont en vacances chez leurs grands-parents.",
    "Mon mari me manque, il est en déplacement à Lyon toute la semaine.",
    "Vos billets nous manquaient !",
    "Il me manque une étape : quand ajoute-t-on le beurre ?",
    "Le soleil de Provence me manque.",
    "Ça me manquait, tes recettes du dimanche !",
    "Il manque une virgule dans la deuxième phrase.",
    "Mon chat me manque quand je suis au bureau, haha.",
    "Ma sœur me manque, elle revient de Montréal la semaine prochaine !",
    "Mon vieux Thinkpad me manque, le clavier était parfait.",
    "Le clavier de mon vieux Mac me manque.",
    "Ta newsletter nous a manqué pendant l'été !",
    "Il me manque 50 g de farine, je peux compléter avec de la maïzena ?",
    "Les soirées raclette avec mes colocs me manquent !",
    "Mon chien me manque quand je pars en voyage, mais ta tarte m'a consolée.",
    "Ma mère me manque, mais elle vient nous voir à Noël !",
    "Ma grand-mère me manque, elle revient de sa cure la semaine prochaine.",
    "Ma mère adorait ce pain, je vais le refaire pour elle dimanche.",
    # goodbyes before a holiday, a move, a retirement; goodbye to lumps and bugs
    "Adieu à tous, je me déconnecte pour les vacances !",
    "Adieu à tous, je pars en Bretagne pour trois semaines !",
    "Adieu à tous, je quitte Facebook, on se retrouve ici.",
    "Adieu à tous et à bientôt, je déménage à Nantes !",
    "Adieu à tous, je pars à la retraite vendredi, merci pour ces années !",
    "Adieu la pâte à pizza du commerce, grâce à toi !",
    "Adieu les grumeaux, merci pour l'astuce !",
    "Au revoir à tous, bonnes vacances !",
    "Adieu Windows, bonjour Linux, merci pour le guide !",
    "Adieu à tous les bugs grâce à ton astuce, merci !",
    # what's the use of peeling carrots; a burden less; an empty fridge
    "À quoi bon éplucher les carottes ? Je les lave juste.",
    "À quoi bon acheter un robot quand on a ta recette !",
    "Éplucher les carottes bio, à quoi bon ?",
    "À quoi bon ? Le build casse encore 😂",
    "À quoi bon se compliquer la vie, ta méthode est la meilleure.",
    "Un fardeau de moins grâce à ton tuto, merci !",
    "Ce tuto, un vrai fardeau en moins, merci !",
    "Le ménage était un fardeau, ton planning a tout changé.",
    "Je ne suis pas un fardeau pour mes collègues, juste un peu lent 😄",
    "Le frigo vide, j'ai fait ta soupe avec les restes.",
    "Le frigo était vide, ta recette anti-gaspi m'a sauvé.",
    "Le congélateur était vide, heureusement ta recette de pâtes au citron !",
    "Mon compte en banque me semble vide après Noël 😂",
    "La pièce me semble vide sans le piano, on l'a vendu hier.",
    "Tout me semble clair maintenant, merci !",
    "Tout me semble plus simple avec ton explication.",
    "Tout me semble vide dans le dossier dist, c'est normal ?",
    "La maison est vide depuis que les enfants sont partis en vacances, j'ai enfin testé ta tarte.",
    "Le bocal de levain est vide, je recommence demain.",
    # tired of redoing things by hand, no appetite left after a good meal
    "Fatigué de tout refaire à la main, ton script m'a sauvé.",
    "Fatiguée de tout ce bruit en ville, vivement la campagne.",
    "Épuisée de tout ce ménage, mais ta tarte m'a sauvée !",
    "Ta recette de pain m'a fait oublier que j'étais fatiguée de tout ce télétravail.",
    "Fatigué d'être là à attendre que la pâte lève 😂",
    "Fatigué d'être là à déboguer webpack à minuit.",
    "Je suis épuisée mais heureuse, le gâteau a eu un succès fou.",
    "Fatigué mais content, j'ai fini ton tuto Docker.",
    "Plus envie de rien après ce repas, tellement c'était bon !",
    "Plus envie de rien, tellement c'était bon !",
    "Après ce gratin, plus envie de rien faire, juste dormir 😴",
    "Plus envie de rien coder en Java après ton billet sur Rust !",
    "J'ai plus envie de rien d'autre que ta soupe ce soir !",
    "Fatiguée de vivre dans 20 m² avec deux chats, mais ton rangement aide !",
    "Je suis lasse de vivre en ville, on cherche une maison à la campagne.",
    "Je me sens nulle, j'ai raté ta recette trois fois 😂",
    "Je me sens invisible quand je porte ce pull gris, haha.",
    "Je me sens inutile en cuisine à côté de toi !",
    "Je me sens inutile face à Kubernetes, mais ton tuto aide beaucoup.",
    # being there for the next post, or not, for a move, a live, a holiday
    "Je ne sais pas si je serai encore là pour le prochain billet, on déménage à Montréal !",
    "Je ne sais pas si je serai encore là pour le live de 18h, je finis tard.",
    "Pas sûr que je sois encore là pour la prochaine recette, je pars en vacances demain.",
    "Je ne sais pas si je serai encore là à la réunion de l'asso jeudi.",
    "Je ne sais pas si je serai là samedi pour le marché, j'ai un mariage.",
    "Je ne sais pas si je serai encore là en septembre, mon stage se termine.",
    "Je ne sais pas si je serai encore là quand Python 4 sortira 😅",
    "Je ne sais pas si je serai encore là à la fin du tuto, il est long 😂",
    "Je serai là pour le prochain atelier, promis !",
    "Je serai toujours là pour lire tes billets !",
    "Merci ! Je serai encore là pour le prochain billet, sans faute.",
    "Je ne sais pas combien de temps je serai encore là-bas, mais je teste ta recette dès mon "
    "retour.",
    "Je ne sais pas combien de temps je tiendrai encore sans ta brioche 😂",
    "Je me demande si quelqu'un remarquerait si je ne mettais plus de sucre 😂",
    "Personne ne me voit manger la moitié de la pâte crue 😂",
    "Personne ne m'entend quand je crie « à table ! »",
    "Plus rien n'a de sens dans ce code legacy 😂",
    "Ça ne sert à rien de continuer à pétrir après 10 minutes ?",
    "Adieu à tous ! Je me déconnecte jusqu'en janvier, bonnes fêtes !",
    "Adieu à tous, on part au Canada pour deux ans, je continuerai à vous lire !",
    "Adieu à tous les amis du forum, je pars en vacances, à la rentrée !",
    "Cette recette me manquait, merci de l'avoir republiée !",
    "Qu'est-ce qu'il me manque ? Ma pâte ne lève pas.",
    "Il me manque des étoiles pour finir le niveau, une astuce ?",
    "Tes tutos vidéo me manquent, tu en refais bientôt ?",
    "Ma mère me manque depuis qu'on a déménagé à Lyon, mais on s'appelle tous les jours.",
    "Le tiroir à épices me semble vide sans ton mélange !",
    "À quoi bon râler, autant faire ta recette !",
    "Je n'ai plus envie de rien cuisiner en semaine, tes recettes express me sauvent.",
    # at the end of one's tether with knitting, a bad match, the rain, a tired oven
    "Je n'en vois pas le bout, de ce tricot, mais ta méthode aide !",
    "Je n'en vois plus le bout, de ces travaux ! Heureusement ta recette de soupe.",
    "J'ai le moral à zéro avec cette pluie, ta soupe m'a réchauffée.",
    "Le moral à zéro après la défaite du PSG 😂",
    "Je n'ai plus la force de pétrir à la main, vive le robot !",
    "Je suis à bout de souffle après ta recette de brioche 😂",
    "Le four est à bout, il faut le changer.",
    "Tout me pèse moins depuis que je fais tes batch cookings !",
    "Je pleure tous les soirs devant Top Chef 😂",
    "Je pleure tous les soirs de rire en lisant ton blog.",
    "Je suis un boulet en cuisine 😂",
]


def _quiet_draft(text: str):
    draft = draft_of(text, "fr")
    assert draft.gold_stars == 0, draft.text
    assert not draft.quote, draft.text
    return draft


@pytest.mark.parametrize("text", GUARDED)
def test_oblique_words_of_a_reader_at_risk_are_neither_starred_nor_quoted(text):
    tone = read_tone(text)
    assert tone.guarded and not tone.crisis
    draft = _quiet_draft(text)
    assert HELPLINE not in draft.text and not draft.crisis


@pytest.mark.parametrize("text", LOW_MOOD)
def test_low_mood_said_outright_is_heard_without_a_helpline(text):
    tone = read_tone(text)
    assert tone.label == "grief" and not tone.crisis
    draft = _quiet_draft(text)
    assert HELPLINE not in draft.text


@pytest.mark.parametrize("text", MISSED)
def test_someone_close_missed_is_a_loss_told_in_passing(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.shared and not tone.crisis
    draft = _quiet_draft(text)
    assert HELPLINE not in draft.text


@pytest.mark.parametrize("text", CRISIS)
def test_a_reader_at_risk_gets_the_helpline(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.crisis
    draft = _quiet_draft(text)
    assert draft.crisis and HELPLINE in draft.text


@pytest.mark.parametrize("text", WARM)
def test_the_same_words_in_everyday_use_stay_warm(text):
    tone = read_tone(text)
    assert tone.label not in ("grief", "hostile", "spam"), tone
    assert not tone.guarded and not tone.crisis
    draft = draft_of(text, "fr")
    assert draft.gold_stars > 0 or draft.quote, draft.text
    assert HELPLINE not in draft.text


def test_the_guarded_draft_says_take_care_plainly():
    draft = draft_of("Je ne sais pas si je serai encore là pour le prochain billet.", "fr")
    assert "dans mon carnet" not in draft.text and "étoile" not in draft.text
    assert "!" not in draft.text


@pytest.mark.parametrize(
    ("french", "english"),
    [
        (
            "Je ne sais pas si je serai encore là pour le prochain billet.",
            "I don't know if I'll still be here for the next post.",
        ),
        ("Ma mère me manque, elle adorait ce pain.", "I miss my mum, she loved this bread."),
        ("Fatigué de tout.", "Tired of everything."),
    ],
)
def test_french_and_english_readings_agree(french, english):
    in_french, in_english = read_tone(french), read_tone(english)
    assert (in_french.label, in_french.crisis) == (in_english.label, in_english.crisis)
    assert in_french.guarded == in_english.guarded
    for text, language in ((french, "fr"), (english, "en")):
        draft = draft_of(text, language)
        assert draft.gold_stars == 0 and not draft.quote and not draft.crisis


@pytest.mark.parametrize(
    "text",
    [
        "I miss my mum, she loved this bread.",
        "I miss my dad so much.",
        "We miss our dog every day.",
        "Not sure I'll still be around by Christmas.",
    ],
)
def test_english_missing_and_oblique_words_are_quiet(text):
    tone = read_tone(text)
    assert tone.label == "grief" or tone.guarded
    draft = draft_of(text)
    assert draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "I miss my kids, they're at camp this week.",
        "I miss my wife, she's away on a work trip until Friday.",
        "I miss Paris.",
        "I don't know if I'll still be here for the next post, we're moving to Spain!",
        "Not sure I'll be around for the bake sale, sorry!",
        "I'll still be here for the next post, promise!",
    ],
)
def test_english_near_misses_stay_warm(text):
    tone = read_tone(text)
    assert tone.label != "grief" and not tone.guarded and not tone.crisis


@pytest.mark.parametrize("text", MISSED_COOKING)
def test_missing_a_parent_s_cooking_is_thanked_warmly_without_quoting_it(text):
    tone = read_tone(text)
    assert tone.label not in ("grief", "hostile", "spam"), tone
    assert not tone.guarded and not tone.crisis
    draft = draft_of(text, "fr")
    assert draft.quote == "" and HELPLINE not in draft.text
    assert "désolé" not in draft.text.casefold() and "merci" in draft.text.casefold()
