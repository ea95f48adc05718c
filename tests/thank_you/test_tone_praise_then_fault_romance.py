""" "Ottima ricetta, ma manca il sale. Grazie!" had been quoted back as praise with a gold star: a
compliment, then what the bake lacked or had too much of, is a mild critique, never a line to
quote back (also « Super recette, mais il manque du sel. », "pero le falta sal", "mas falta
sal"). A compliment with the reader's own twist, or with nothing missing, is still quotable."""

import pytest

from reply_drafts.quote import pick_quote
from tests.support.drafts import draft_of

FAULTS = [
    ("it", "Ottima ricetta, ma manca il sale. Grazie!"),
    ("it", "Ottima ricetta, ma per me troppo dolce."),
    ("fr", "Super recette, mais il manque du sel. Merci !"),
    ("es", "Receta buenísima, pero le falta sal. ¡Gracias!"),
    ("pt", "Ótima receita, mas falta sal. Obrigada!"),
]

QUOTABLE = [
    "Ottima ricetta, ma io ho aggiunto il limone e viene ancora meglio. Grazie!",
    "Ottima ricetta, ma non manca niente: perfetta così. Grazie!",
    "Ottima ricetta, l'ho rifatta domenica per mia madre. Grazie!",
]


@pytest.mark.parametrize(("language", "text"), FAULTS)
def test_a_fault_after_praise_is_not_quoted(language, text):
    draft = draft_of(text, language)
    assert draft.quote == "" and draft.gold_stars == 0, draft.text


@pytest.mark.parametrize("text", QUOTABLE)
def test_praise_with_the_readers_own_twist_is_still_quotable(text):
    assert pick_quote(text) != ""
