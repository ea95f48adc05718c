"""A draft never quotes back praise of the author's blog, which agreed with sounds vain.

"Quando li 'Sempre um prazer ler o seu blog', não podia concordar mais." and "“Your blog is the
best baking blog out there” — I have been thinking about that line all morning." A quote is what
the reader did, tried, remembered or asked; praise of the blog is thanked, not quoted. A reader's
own story beside it is still what the draft quotes.
"""

import pytest

from tests.support.drafts import assert_read_warm, draft_of

PRAISE_OF_THE_BLOG = [
    ("en", "Your blog is the best baking blog out there"),
    ("en", "Always a pleasure to read, honestly."),
    ("fr", "Toujours un plaisir de vous lire, votre blog est le meilleur"),
    ("fr", "C'est mon blog préféré depuis des années."),
    ("es", "Siempre es un placer leerte, el mejor blog de cocina"),
    ("de", "Dein Blog ist mein Lieblingsblog, immer eine Freude dich zu lesen"),
    ("it", "Il tuo blog è il migliore che conosca"),
    ("it", "Sempre un piacere leggerti, il mio blog preferito."),
    ("pt", "Sempre um prazer ler o seu blog"),
    ("pt", "O melhor blog de pão que conheço!"),
    ("en", "You write so beautifully, it is always a treat."),
    ("en", "This blog is a goldmine."),
    ("fr", "Vous écrivez si bien, on sent la passion."),
    ("es", "Tu blog es una joya, lo recomiendo a todos."),
    ("de", "Du schreibst so schön, es ist immer ein Genuss."),
    ("de", "Dein Blog ist eine Schatzkiste!"),
    ("it", "Scrivi benissimo, è sempre un piacere passare di qui."),
    ("it", "Il tuo blog è una miniera di idee."),
    ("pt", "Escreves tão bem, dá gosto ler."),
    ("pt", "O seu blog é uma inspiração para mim."),
]

# Praise of the blog beside what the reader did: their own line is quoted, and they are thanked.
WITH_THEIR_OWN = [
    ("en", "Your blog is the best. I baked the rye loaf twice this week and my kids ate it all."),
    ("fr", "Votre blog est le meilleur. J'ai fait le pain de seigle deux fois cette semaine."),
    ("pt", "Sempre um prazer ler o seu blog. Fiz o pão de centeio duas vezes esta semana."),
]


@pytest.mark.parametrize(("language", "text"), PRAISE_OF_THE_BLOG)
def test_praise_of_the_blog_is_never_quoted(language, text):
    for number in range(1, 11):
        draft = draft_of(text, language, number=number)
        assert draft.quote == "", draft.text


@pytest.mark.parametrize(("language", "text"), PRAISE_OF_THE_BLOG)
def test_praise_of_the_blog_stays_warm(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(("language", "text"), WITH_THEIR_OWN)
def test_the_readers_own_story_beside_it_is_quoted(language, text):
    assert_read_warm(text, language, thanked=True)
    draft = draft_of(text, language)
    praise = text.split(".")[0]
    assert draft.quote and praise not in draft.quote, draft.text
