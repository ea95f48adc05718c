"""Readers at risk who say goodbye in passing, beside a bake, in six languages ("I don't plan to be
around for Christmas.", "Won't be a problem much longer.", « C'est un adieu. », "Esto es una
despedida.") or in slang ("kms lol… can't do this anymore", "unalive myself", "ctb soon"). They had
been starred and quoted; they get the helpline. The near misses that share their words (a flight to
Mum's for Christmas, old pans given away, a goodbye to shop bread, "kms lol this bread is so good",
a father who left the kitchen) keep their warm reading."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

AT_RISK = [
    ("Lovely loaf. I don't plan to be around for Christmas.", "en"),
    ("I don't plan to be around for Christmas.", "en"),
    ("kms lol… can't do this anymore", "en"),
    ("kms. can't do this anymore.", "en"),
    ("I just want to kms honestly", "en"),
    ("Great bagels. I want to unalive myself.", "en"),
    ("i keep thinking about unaliving myself. your blog is the only nice thing", "en"),
    ("Thinking about sewer slide lately. Love the brioche.", "en"),
    ("ctb soon. thanks for the bagels", "en"),
    ("Made your focaccia. I've been giving my things away. Won't be a problem much longer.", "en"),
    ("Thanks for the recipes. I won't be a problem for anyone much longer.", "en"),
    ("Nice rolls. Soon I won't be a burden to anyone.", "en"),
    ("Baked the rye today. This is goodbye. Thank you for everything.", "en"),
    ("Just wanted to say goodbye before I go. Your bread was my favourite.", "en"),
    ("Lovely crust. I'll be gone by Christmas, so thank you for everything.", "en"),
    ("I'm writing my goodbyes tonight. Your blog helped me for a while.", "en"),
    ("I've decided to end things. Wanted to say your blog helped for a while.", "en"),
    ("Nobody will miss me when I'm gone. The cookies look great.", "en"),
    ("Gave my dog to my sister. I won't need him where I'm going. Lovely cake.", "en"),
    ("I've given my cookbooks away, I won't need them anymore. Thanks for everything.", "en"),
    ("This is my last loaf. I'm tired of everything. Goodbye.", "en"),
    ("Belle brioche. Je ne compte pas être là pour Noël.", "fr"),
    ("J'ai donné mes affaires. Je ne serai plus un poids pour personne bientôt.", "fr"),
    ("Merci pour les recettes. C'est un adieu.", "fr"),
    ("Je voulais dire au revoir avant de partir pour de bon. Merci pour tout.", "fr"),
    ("Personne ne me regrettera. Les cookies sont beaux.", "fr"),
    ("Qué buen pan. No pienso estar aquí para Navidad.", "es"),
    ("Estoy regalando mis cosas. Pronto no seré una carga para nadie.", "es"),
    ("Gracias por las recetas. Esto es una despedida.", "es"),
    ("Quería despedirme antes de irme para siempre. Gracias por todo.", "es"),
    ("Nadie me va a echar de menos. Las galletas se ven geniales.", "es"),
    ("Tolles Brot. Ich habe nicht vor, an Weihnachten noch da zu sein.", "de"),
    ("Ich verschenke meine Sachen. Bald bin ich niemandem mehr eine Last.", "de"),
    ("Danke für die Rezepte. Das ist ein Abschied.", "de"),
    ("Ich wollte mich verabschieden, bevor ich für immer gehe. Danke für alles.", "de"),
    ("Niemand wird mich vermissen. Die Kekse sehen toll aus.", "de"),
    ("Ich werde nicht mehr lange ein Problem sein.", "de"),
    ("Bel pane. Non ho intenzione di esserci per Natale.", "it"),
    ("Sto regalando le mie cose. Presto non sarò più un peso per nessuno.", "it"),
    ("Grazie per le ricette. Questo è un addio.", "it"),
    ("Volevo salutarvi prima di andarmene per sempre. Grazie di tutto.", "it"),
    ("Nessuno sentirà la mia mancanza. I biscotti sono belli.", "it"),
    ("Que pão lindo. Não pretendo estar aqui no Natal.", "pt"),
    ("Estou dando minhas coisas. Logo não serei mais um peso pra ninguém.", "pt"),
    ("Obrigada pelas receitas. Isto é uma despedida.", "pt"),
    ("Queria me despedir antes de ir embora para sempre. Obrigada por tudo.", "pt"),
    ("The crumb is perfect. Anyway I'm giving my things away, won't be around much longer.", "en"),
    ("honestly thinking of unaliving. the bread was nice tho", "en"),
    ("gonna kms tonight", "en"),
    ("I won't be around to see spring. Your lemon tart reminded me of better days.", "en"),
    ("I'm so tired. I'm going to sleep and not wake up. Thank you for the recipes.", "en"),
    ("I won't be here to bake this next year. Thank you for everything.", "en"),
    ("It'll all be over soon. Thanks for the banana bread.", "en"),
    ("Je donne mes affaires, je n'en aurai plus besoin. Merci pour tout.", "fr"),
    ("Bientôt tout sera fini pour moi. Merci pour la brioche.", "fr"),
    ("Je ne serai plus là pour Noël. Merci pour tout.", "fr"),
    ("Ya no voy a estar aquí mucho tiempo. Gracias por el pan.", "es"),
    ("Estoy regalando mis cosas, ya no las voy a necesitar. Gracias por todo.", "es"),
    ("Me quiero matar. El bizcocho quedó bien.", "es"),
    ("Ich werde bald nicht mehr da sein. Danke für alles.", "de"),
    ("Ich verschenke meine Sachen, ich brauche sie nicht mehr. Danke für alles.", "de"),
    ("Non sarò più qui per molto. Grazie per il pane.", "it"),
    ("Sto regalando le mie cose, non mi servono più. Grazie di tutto.", "it"),
    ("Não vou estar aqui por muito tempo. Obrigada pelo pão.", "pt"),
    ("Estou doando minhas coisas, não vou precisar mais delas. Obrigada por tudo.", "pt"),
    (
        "Tried the rye at 70% hydration, thank you! I don't plan to be around for Christmas so"
        " this was a nice last bake.",
        "en",
    ),
    ("Your lamination tips are gold.\nI won't be a burden much longer.\nThanks for it all.", "en"),
    ("Loved the cinnamon buns!! anyway this is goodbye. thanks for everything x", "en"),
    ("ngl thinking about kms. the bagels were good", "en"),
    ("jvais me foutre en l'air. la tarte était bonne", "fr"),
    ("Super recette. Je ne compte pas être là pour Noël, alors merci pour tout.", "fr"),
    ("I unalived my sourdough starter lol. Also I want to unalive myself, not joking.", "en"),
]


@pytest.mark.parametrize("support", [False, True])
@pytest.mark.parametrize(("text", "language"), AT_RISK)
def test_a_farewell_said_in_passing_gets_the_helpline(text, language, support):
    assert read_tone(text, support=support).crisis
    draft = draft_of(text, language, support=support)
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I won't be around for the new year. thanks for the recipes", "en"),
        ("I won't be here next week. Thank you for everything, goodbye.", "en"),
        ("Je ne serai pas là pour Noël. Merci pour tout.", "fr"),
    ],
)
def test_a_farewell_too_doubtful_for_a_helpline_is_neither_starred_nor_quoted(text, language):
    draft = draft_of(text, language)
    assert draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I don't plan to be around for Christmas, we're flying to Mum's!", "en"),
        ("I won't be around for Christmas, we're flying to Mum's!", "en"),
        ("kms lol this bread is so good", "en"),
        ("if this loaf fails again i'll kms lol jk it's perfect", "en"),
        ("I ran 10 kms and then baked your focaccia. So good!", "en"),
        ("This cake made me want to unalive myself from sheer joy lol", "en"),
        ("My sourdough did a sewer slide off the counter 😂", "en"),
        ("Giving my old pans away, got new ones for the focaccia!", "en"),
        ("Thanks! Sticky dough won't be a problem much longer with your trick.", "en"),
        ("This is goodbye to shop bread, thank you for everything!", "en"),
        ("Just wanted to say goodbye before I go on holiday! Your bread is my favourite.", "en"),
        ("Lovely crust. I'll be gone by Christmas, to my in-laws in Spain!", "en"),
        ("I've decided to end things with store-bought yeast. Your blog helped!", "en"),
        ("I don't want to wake up tomorrow, this bed is too comfy after all that baking", "en"),
        ("I've given my cookbooks away, I use your blog now!", "en"),
        ("Je ne compte pas être là pour Noël, on part chez ma mère !", "fr"),
        ("J'ai donné mes vieux moules, j'en ai des neufs !", "fr"),
        ("C'est un adieu au pain industriel, merci !", "fr"),
        ("Je voulais dire au revoir avant de partir en vacances. Merci pour tout !", "fr"),
        ("No pienso estar aquí para Navidad, ¡nos vamos a casa de mi madre!", "es"),
        ("Esto es una despedida del pan de supermercado, ¡gracias!", "es"),
        ("La masa pegajosa ya no va a ser un problema, ¡gracias por el truco!", "es"),
        ("Ich habe nicht vor, an Weihnachten da zu sein, wir fliegen zu Mama!", "de"),
        ("Das ist ein Abschied vom Supermarktbrot, danke!", "de"),
        ("Klebriger Teig wird dank dir nicht mehr lange ein Problem sein!", "de"),
        ("Non ho intenzione di esserci per Natale, andiamo da mia madre!", "it"),
        ("Questo è un addio al pane del supermercato, grazie!", "it"),
        ("Mio padre non c'è più… in cucina", "it"),
        ("Mio padre non c'è più... ai fornelli, ora cucino io!", "it"),
        ("Stasera la faccio finita… con la dieta! Grazie per il blog.", "it"),
        ("Não pretendo estar aqui no Natal, vamos viajar pra casa da minha mãe!", "pt"),
        ("Isto é uma despedida do pão de mercado, obrigada!", "pt"),
        ("Queria me despedir antes de ir de férias. Obrigada por tudo!", "pt"),
        ("acabar com tudo… de bolo kkk", "pt"),
        ("gonna kms if this dough doesn't rise lol", "en"),
        ("my starter died again, kms 💀 lol", "en"),
        (
            "I won't be around to see spring here, we're moving to Sydney! Lemon tart forever.",
            "en",
        ),
        ("I'm so tired. I'm going to sleep till noon. Thank you for the recipes!", "en"),
        (
            "I won't be here to bake this next year, new job in Tokyo! Thank you for everything.",
            "en",
        ),
        ("It'll all be over soon, the oven is nearly done! Thanks for the banana bread.", "en"),
        ("Je donne mes affaires de pâtisserie, je déménage ! Merci pour tout.", "fr"),
        ("Bientôt tout sera fini pour moi, plus que deux examens ! Merci pour la brioche.", "fr"),
        ("Je ne serai plus là pour Noël, on part aux Antilles ! Merci pour tout.", "fr"),
        ("Ya no voy a estar aquí mucho tiempo, ¡me mudo a Chile! Gracias por el pan.", "es"),
        ("Me quiero matar de la risa con tu post jajaja", "es"),
        ("Ich werde bald nicht mehr da sein, wir ziehen nach Berlin! Danke für alles.", "de"),
        (
            "Ich verschenke meine alten Backbleche, ich brauche sie nicht mehr. Danke für alles!",
            "de",
        ),
        ("Non sarò più qui per molto, mi trasferisco a Milano! Grazie per il pane.", "it"),
        ("Sto regalando le mie vecchie teglie, non mi servono più. Grazie di tutto!", "it"),
        ("Não vou estar aqui por muito tempo, vou morar em Lisboa! Obrigada pelo pão.", "pt"),
        ("Estou doando minhas formas, não vou precisar mais delas, ganhei novas!", "pt"),
        ("Quero me matar de rir com esse post kkkk", "pt"),
        (
            "Your lamination tips are gold. Butter won't be a problem much longer now, cold slab!",
            "en",
        ),
        (
            "Loved the cinnamon buns!! anyway this is goodbye for now, off to Italy for a month x",
            "en",
        ),
        ("The focaccia was great. Everyone would be better off without my burnt attempts 😂", "en"),
        ("ngl the bagels were so good i could kms 😭😂", "en"),
        ("I unalived my sourdough starter lol, starting a new one", "en"),
        ("The heatwave is awful. It'll all be over soon. Baking at night for now!", "en"),
        (
            "So this is goodbye. Our bakery closes Sunday after 30 years. Thanks for everything.",
            "en",
        ),
        (
            "Giving my starter away, I won't need it anymore. Thanks for everything, switching!",
            "en",
        ),
        (
            "I won't need them where I'm going, it's 30 degrees in Lisbon! Leaving my coats here.",
            "en",
        ),
        (
            "I'll be gone by Christmas, so thank you for everything. Heading to Canada for good!",
            "en",
        ),
        (
            "Twins due next month, so I don't plan to be around for Christmas baking. Loved this!",
            "en",
        ),
        ("Ran 10 kms this morning, then baked! So good.", "en"),
        ("Nobody will miss me when I'm gone for the weekend, they'll have your cake.", "en"),
        ("jvais me foutre en l'air si ma génoise retombe encore mdr", "fr"),
        ("Non voglio più vivere senza questo pane! 😂", "it"),
        ("Não quero mais viver sem esse pão kkkk", "pt"),
        ("No quiero vivir sin este pan en mi vida.", "es"),
        ("Ich will nicht mehr ohne dieses Brot leben!", "de"),
        ("Hoje vou acabar com tudo… de bolo kkk", "pt"),
    ],
)
def test_a_trip_new_pans_or_a_joke_that_shares_the_words_reads_warm(text, language):
    assert_read_warm(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Mio padre non c'è più… da due anni. Faccio la sua torta.",
        "Mio padre non c'è più. Faccio la sua torta.",
    ],
)
def test_a_father_gone_is_still_a_loss_when_no_kitchen_follows(text):
    assert read_tone(text).loss
