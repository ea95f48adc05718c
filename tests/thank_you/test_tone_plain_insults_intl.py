"""Plain put-downs in French, Spanish, German, Italian and Portuguese, as English already reads
"Stop blogging." and "Shit recipe.": an order to close the blog (« Ferme ton blog. »), a recipe
sworn at (« Recette de merde. »), a name called (« Quelle idiote. ») read hostile, with no star
and no quote, where they had been thanked with a gold star and quoted back. The same words of the
reader's own oven or self, or in another sense (« ne ferme jamais ton blog ! »), stay warm."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm

QUIT_BLOGGING = [
    ("fr", "Ferme ton blog."),
    ("fr", "Arrête de bloguer."),
    ("fr", "Arrête d'écrire."),
    ("es", "Cierra tu blog."),
    ("es", "Deja de escribir."),
    ("de", "Hör auf zu bloggen."),
    ("de", "Mach deinen Blog zu."),
    ("it", "Chiudi il blog."),
    ("it", "Smetti di scrivere."),
    ("pt_BR", "Fecha esse blog."),
    ("pt_BR", "Para de escrever."),
    ("fr", "Mon pain est resté tout plat. Recette de merde, arrête de bloguer."),
]

SWORN_AT = [
    ("fr", "Recette de merde."),
    ("fr", "Recette pourrie."),
    ("fr", "C'est une recette de merde."),
    ("fr", "Quelle recette pourrie 🙄"),
    ("en", "Shit recipe."),
    ("en", "Crap recipe."),
    ("es", "Receta de mierda."),
    ("de", "Scheißrezept."),
    ("de", "Mistrezept."),
    ("it", "Ricetta di merda."),
    ("pt_BR", "Receita de merda."),
]

NAME_CALLED = [
    ("fr", "Quelle idiote."),
    ("fr", "Espèce d'idiote."),
    ("es", "Que idiota."),
    ("de", "Du Idiotin."),
    ("it", "Che idiota."),
    ("pt_BR", "Que idiota."),
]

# The reader's own oven or self, or the words in another sense.
WARM = [
    ("fr", "Mon four de merde a encore tout brûlé, mais ta recette est top !"),
    ("fr", "Quelle idiote je suis, j'ai oublié le sel 😂"),
    ("en", "I'm such an idiot, forgot the yeast"),
    ("es", "Mi horno de mierda me quemó el pan, pero la receta es genial"),
    ("fr", "Mon fils est un peu pourri gâté, il a adoré le gâteau !"),
    ("en", "crap, I forgot the salt, still delicious"),
    ("en", "Stop blogging? Never! We need you"),
    ("fr", "ne ferme jamais ton blog !"),
    ("it", "Non chiudere mai il blog!"),
    ("fr", "arrête de bloguer si peu, on en veut plus !"),
    ("de", "Hör auf zu bloggen, ich nehme nur zu! 😂"),
    ("fr", "Recette pourrie ? Pas du tout, elle est parfaite !"),
    ("fr", "Ce n'est pas une recette de merde, c'est la meilleure !"),
    ("fr", "Mon mari dit que c'est une recette de merde, il a tort, c'est délicieux."),
    ("fr", "J'ai essayé une autre recette pourrie avant de trouver la tienne, merci !"),
    ("es", "Que idiota soy, olvidé la sal 😂"),
    ("it", "Che idiota che sono, ho dimenticato il sale!"),
]


@pytest.mark.parametrize(("language", "text"), QUIT_BLOGGING + SWORN_AT + NAME_CALLED)
def test_a_plain_put_down_reads_hostile(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(("language", "text"), WARM)
def test_the_same_words_of_the_reader_own_things_stay_warm(language, text):
    assert_read_warm(text, language)
