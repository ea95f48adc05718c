"""Spanish, Italian and Portuguese comments starred and quoted back, which French already read
right (session 43): a grandmother who "nos dejó en marzo" ("ci ha lasciati a marzo", "ela nos
deixou em março"), a reader with no strength left for anything, and "nobody reads your blog".
Each beside the everyday twin: a grandmother who let us taste her bread, strength spent on a
marathon, a reader puzzled that nobody reads a blog they love."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, assert_read_hard, assert_read_warm, draft_of

HARD_TIMES = [
    ("es", "Mi abuela habría amado esta receta. Nos dejó en marzo."),
    ("it", "Mia nonna avrebbe adorato questa ricetta. Ci ha lasciati a marzo."),
    ("pt_BR", "Minha avó teria amado essa receita. Ela nos deixou em março."),
    ("es", "Ya no tengo fuerzas para nada, ni para hornear."),
    ("it", "Non ho più la forza di fare niente, nemmeno il pane."),
    ("pt_BR", "Não tenho mais forças pra nada, nem pra fazer pão."),
]

EVERYDAY = [
    ("es", "Mi abuela nos dejó probar su pan ayer, ¡qué rico!"),
    ("pt_BR", "Ela nos deixou provar o bolo ontem, delicioso!"),
    ("it", "Non ho più la forza di fare niente dopo la maratona 😂"),
    ("pt_BR", "Não tenho mais forças pra nada depois dessa feijoada kkk"),
    ("es", "¡No entiendo por qué nadie lee tu blog, es buenísimo!"),
]

NOBODY_READS = [
    ("fr", "Franchement, personne ne lit ton blog."),
    ("es", "Sinceramente, nadie lee tu blog."),
    ("it", "Sinceramente, nessuno legge il tuo blog."),
    ("pt_BR", "Sinceramente, ninguém lê seu blog."),
]


@pytest.mark.parametrize(("language", "text"), HARD_TIMES)
def test_a_loss_or_no_strength_left_is_a_hard_time(language, text):
    assert_read_hard(text, language, "grief")
    assert not read_tone(text).comforting  # lost strength is no "forza" said to the author


@pytest.mark.parametrize(("language", "text"), EVERYDAY)
def test_the_everyday_twin_stays_warm(language, text):
    assert_read_warm(text, language, thanked=True)


@pytest.mark.parametrize(("language", "text"), NOBODY_READS)
def test_nobody_reads_your_blog_is_hostile(language, text):
    draft = draft_of(text, language)
    assert read_tone(text).label == "hostile"
    assert draft.gold_stars == 0 and draft.quote == ""
    assert draft.advice.startswith(HOSTILE_ADVICE)
