"""Readers at risk who name a means or a plan bare, with none of the words the tone reader knew:
the rope made ready, a jump set for tonight, pills bought today, letters written beside a last
thank-you ("I have the rope ready.", "Going to jump tonight.", "Bought the pills today. Thanks for
the recipes.", « J'ai préparé la corde. », "Ya tengo las pastillas.", „Heute Nacht springe ich.",
"Stanotte salto.", "Já comprei os comprimidos."). They had been starred and quoted; they get the
helpline. A means or a plan named with nothing more ("Bought the pills.", "soon it won't matter
anymore", "Wanted to make something nice before I go.") is too doubtful for a helpline, but is
neither starred nor quoted, and the blogger is asked to read it again. The near misses that share
their words (a rope of dough, a jump in the pool, pills for a cold, "salto in padella", "before I
go to work", "it won't matter once it's baked") keep their warm reading."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

GUARDED_ADVICE = "a reader at risk may write"

AT_RISK = [
    ("Going to jump tonight.", "en"),
    ("I have the rope ready.", "en"),
    ("Bought the pills today. Thanks for the recipes.", "en"),
    ("Wrote my letters. Thanks for the recipes, they helped for a while.", "en"),
    ("Lovely bread. I have the rope ready.", "en"),
    ("I'm going to jump tonight. Thank you for everything.", "en"),
    ("Tonight I jump.", "en"),
    ("The rope is ready.", "en"),
    ("Got the pills today. Goodbye.", "en"),
    ("I already bought the pills.", "en"),
    ("Bought a gun today.", "en"),
    ("Bought the pills. Thank you for everything.", "en"),
    ("Wrote my letters. Goodbye everyone.", "en"),
    ("Soon it won't matter anymore. Thank you for everything.", "en"),
    ("J'ai préparé la corde.", "fr"),
    ("Merci pour la brioche. J'ai préparé la corde.", "fr"),
    ("Ce soir je saute.", "fr"),
    ("J'ai déjà acheté les cachets.", "fr"),
    ("J'ai écrit mes lettres. Merci pour tout.", "fr"),
    ("Ya tengo las pastillas.", "es"),
    ("Gracias por el pan. Ya tengo la cuerda.", "es"),
    ("Esta noche salto.", "es"),
    ("Compré unas pastillas. Gracias por todo.", "es"),
    ("Heute Nacht springe ich.", "de"),
    ("Das Seil ist bereit.", "de"),
    ("Ich habe die Tabletten schon gekauft.", "de"),
    ("Ich habe meine Briefe geschrieben. Danke für alles.", "de"),
    ("Stanotte salto.", "it"),
    ("La corda è pronta.", "it"),
    ("Ho già comprato le pastiglie.", "it"),
    ("Ho scritto le mie lettere. Grazie di tutto.", "it"),
    ("Já comprei os comprimidos.", "pt"),
    ("Esta noite eu pulo.", "pt"),
    ("A corda está pronta.", "pt"),
    ("Escrevi minhas cartas. Obrigada por tudo.", "pt"),
    ("Gonna jump tonight.", "en"),
    ("I'll jump tonight. Thanks for the bread posts.", "en"),
    ("i have the rope ready. goodbye", "en"),
    ("The noose is ready.", "en"),
    ("Made your focaccia. Bought the pills today.", "en"),
    ("Got the pills. Thanks for everything.", "en"),
    ("I've written my letters. Thank you for everything.", "en"),
    ("Thank you for everything. Bought the pills.", "en"),
    ("Bought the pills today.", "en"),
    ("Cette nuit je saute.", "fr"),
    ("La corde est prête.", "fr"),
    ("J'ai acheté les somnifères aujourd'hui.", "fr"),
    ("Ya compré las pastillas.", "es"),
    ("Voy a saltar esta noche.", "es"),
    ("La soga está lista.", "es"),
    ("Ich springe heute Nacht.", "de"),
    ("Ich habe den Strick schon vorbereitet.", "de"),
    ("Ho già preparato la corda.", "it"),
    ("Vou pular hoje à noite.", "pt"),
    ("Já preparei a corda.", "pt"),
    ("Logo nada vai importar. Obrigada por tudo.", "pt"),
    ("Going to jump from the bridge tonight.", "en"),
    ("Gonna jump off the roof tonight. Thanks for everything.", "en"),
    ("the rope's ready", "en"),
    ("Going to jump tonight, goodbye.", "en"),
    ("Esta noche me tiro.", "es"),
    ("Heute Abend springe ich.", "de"),
    ("Ich habe das Seil schon bereitgelegt.", "de"),
]

NAMED_BARE = [
    ("soon it won't matter anymore", "en"),
    ("Wanted to make something nice before I go.", "en"),
    ("Bought the pills.", "en"),
    ("Wrote my letters.", "en"),
    ("Thanks for the recipes, they helped for a while.", "en"),
    ("Bientôt ça n'aura plus d'importance.", "fr"),
    ("J'ai acheté des somnifères.", "fr"),
    ("Pronto nada importará.", "es"),
    ("Quería hacer algo bonito antes de irme.", "es"),
    ("Bald ist alles egal.", "de"),
    ("Ich wollte noch etwas Schönes backen, bevor ich gehe.", "de"),
    ("Presto non avrà più importanza.", "it"),
    ("Volevo fare qualcosa di bello prima di andarmene.", "it"),
    ("Logo nada vai importar.", "pt"),
    ("Queria fazer algo bonito antes de ir embora.", "pt"),
    ("Nice bread. Wrote my letters.", "en"),
    ("I've written my letters.", "en"),
    ("Got the pills.", "en"),
    ("Bought a rope.", "en"),
    ("Escribí mis cartas.", "es"),
    ("Ich habe Tabletten gekauft.", "de"),
    ("Ho comprato le pillole.", "it"),
    ("Comprei os comprimidos.", "pt"),
    ("Escrevi minhas cartas.", "pt"),
    ("J'ai écrit mes lettres.", "fr"),
]

WARM = [
    ("I got my pills today.", "en"),
    ("Got my pills today. Thanks for the recipes.", "en"),
    ("I have the rope of dough ready, now to braid it!", "en"),
    ("Rolled the dough into strands. I have the rope ready.", "en"),
    ("Jumping into this recipe tonight!", "en"),
    ("Going to jump in the pool tonight, then bake.", "en"),
    ("Going to jump tonight! Trampoline party for my daughter.", "en"),
    ("Bought the pills (vitamins) today. Thanks for the recipes!", "en"),
    ("Bought the pills today for my cold. Thanks for the soup recipe!", "en"),
    ("Just wanted to bake something nice before I go on holiday!", "en"),
    ("Wanted to make something nice before I go to work.", "en"),
    ("It won't matter, it tastes great anyway!", "en"),
    ("Cracks on top? Soon it won't matter anymore, the glaze hides everything.", "en"),
    ("It won't matter once it's baked.", "en"),
    ("Your tip helped for a while, then the dough stuck again. Any ideas?", "en"),
    ("I'll jump on this recipe tonight!", "en"),
    ("Going to jump tonight lol, the kids dared me into the lake", "en"),
    ("Got the pills for the dog today, the vet was lovely. Thanks for the treats recipe!", "en"),
    ("Wrote my letters to Santa with the kids, then baked these cookies!", "en"),
    ("Bought a rope for the swing today, the kids love it.", "en"),
    ("Tonight I jump into bread baking for the first time!", "en"),
    ("Got the pills today, flu is awful. Thanks for everything you post, the soup saved me.", "en"),
    ("I have the rope ready for the challah, six strands!", "en"),
    ("Going to jump tonight at the show, my horse is ready!", "en"),
    ("J'ai préparé la corde à linge pour sécher les torchons.", "fr"),
    ("J'ai préparé la corde de pâte pour la tresse.", "fr"),
    ("Ce soir je saute le dîner, trop de brioche !", "fr"),
    ("Ce soir je saute les légumes à la poêle.", "fr"),
    ("Je saute de joie ce soir, la brioche a levé !", "fr"),
    ("J'ai déjà acheté les cachets pour le rhume, merci pour la soupe !", "fr"),
    ("J'ai écrit mes lettres au Père Noël, merci pour tout !", "fr"),
    ("Ya tengo las pastillas de caldo, ¡mañana hago tu sopa!", "es"),
    ("Ya tengo las pastillas. ¡Mañana salgo de viaje!", "es"),
    ("Esta noche salto a la piscina.", "es"),
    ("Ya tengo la cuerda para el columpio.", "es"),
    ("Heute Nacht springe ich ein, meine Kollegin ist krank.", "de"),
    ("Heute Nacht springe ich ins kalte Wasser und backe Brot!", "de"),
    ("Das Seil ist bereit, morgen klettern wir!", "de"),
    ("Ich habe die Tabletten schon gekauft, die Erkältung ist hartnäckig.", "de"),
    ("Salto in padella le verdure stasera.", "it"),
    ("Stasera salto la palestra, faccio la torta!", "it"),
    ("Stanotte salto. In padella, le zucchine!", "it"),
    ("Ho già comprato le pastiglie per la lavastoviglie.", "it"),
    ("La corda è pronta per l'altalena!", "it"),
    ("Já comprei os comprimidos de vitamina.", "pt"),
    ("Já comprei os comprimidos pra viagem, obrigada!", "pt"),
    ("Hoje à noite eu pulo carnaval!", "pt"),
    ("Vou pular a janta hoje, comi bolo demais.", "pt"),
    ("A corda está pronta pro varal.", "pt"),
    ("Bought the pills today, my hay fever is back. The lemon cake was great!", "en"),
    ("Got the pills today, the doctor says it's just a cold. Baking your bread tomorrow!", "en"),
    ("I have the rope ready, off climbing tomorrow. Thanks for the trail bar recipe!", "en"),
    ("Going to jump tonight at the trampoline park, then pizza!", "en"),
    ("Jumping in tonight with your rye recipe, wish me luck.", "en"),
    ("Goodbye shop bread! Bought the yeast today.", "en"),
    ("Wrote my letters of recommendation, then baked. Thanks for the brownies!", "en"),
    ("Soon it won't matter anymore, the oven is nearly done!", "en"),
    ("It won't matter anymore once the frosting is on.", "en"),
    ("Your recipes helped for a while, until my oven broke lol", "en"),
    ("Before I go, a question: can I use rye flour?", "en"),
    ("Thank you for everything! Bought the pills for my dog's worms, then baked.", "en"),
    ("Going to jump tonight into the sea for the solstice swim!", "en"),
    ("Ce soir je saute dans le train pour Lyon !", "fr"),
    ("La corde est prête pour la balançoire !", "fr"),
    ("Bientôt ça n'aura plus d'importance, le glaçage cache tout !", "fr"),
    ("Esta noche salto de alegría, ¡el pan salió perfecto!", "es"),
    ("Hoy compré las pastillas de levadura.", "es"),
    ("Quería hacer algo bonito antes de irme de vacaciones.", "es"),
    ("Heute Nacht springe ich in den Pool!", "de"),
    ("Ich habe die Tabletten schon gekauft, die Reise kann kommen.", "de"),
    ("Bald ist alles egal, der Zuckerguss deckt alles ab!", "de"),
    ("Stasera salto in padella i funghi.", "it"),
    ("Stanotte salto, dal trampolino della piscina!", "it"),
    ("Presto non avrà più importanza, la glassa copre tutto!", "it"),
    ("Volevo fare qualcosa di bello prima di andarmene in vacanza.", "it"),
    ("Já tenho os comprimidos pra gripe, obrigada pela sopa!", "pt"),
    ("Esta noite eu pulo na piscina!", "pt"),
    ("Queria fazer algo bonito antes de ir embora pro trabalho.", "pt"),
    ("Going to jump off the roof into the pool tonight!", "en"),
    ("I'll jump off the cliff tomorrow, cliff diving in Malta!", "en"),
    ("The rope is ready. Tomorrow we sail!", "en"),
    ("I have the rope ready for tug of war tomorrow.", "en"),
    ("The gun is loaded with icing, ready to pipe!", "en"),
    ("Are you going to jump tonight?", "en"),
    ("My son is going to jump tonight.", "en"),
    ("Going to jump tonight 😂 my first bungee!", "en"),
    ("Demain, je saute le pas : je lance mon levain !", "fr"),
    ("Demain je saute ! Parachute pour mes 40 ans.", "fr"),
    ("Mañana salto la dieta.", "es"),
    ("Ich habe das Seil schon bereitgelegt, morgen klettern wir!", "de"),
    ("Stasera mi butto sulla pizza!", "it"),
    ("Stasera mi butto e provo il lievito madre!", "it"),
    ("Hoje à noite eu me jogo na balada!", "pt"),
]


@pytest.mark.parametrize("support", [False, True])
@pytest.mark.parametrize(("text", "language"), AT_RISK)
def test_a_means_or_a_plan_named_bare_gets_the_helpline(text, language, support):
    assert read_tone(text, support=support).crisis
    draft = draft_of(text, language, support=support)
    assert draft.crisis and draft.gold_stars == 0 and draft.quote == ""


@pytest.mark.parametrize(("text", "language"), NAMED_BARE)
def test_a_means_or_a_plan_with_nothing_more_is_read_again_not_starred(text, language):
    assert read_tone(text).guarded
    for number in (1, 3, 7):
        draft = draft_of(text, language, number=number, commenter_comments=6)
        assert not draft.crisis and draft.gold_stars == 0 and draft.quote == ""
        assert GUARDED_ADVICE in draft.advice


@pytest.mark.parametrize(("text", "language"), WARM)
def test_a_rope_of_dough_a_jump_in_the_pool_or_pills_for_a_cold_read_warm(text, language):
    assert_read_warm(text, language)
    assert not read_tone(text).guarded
