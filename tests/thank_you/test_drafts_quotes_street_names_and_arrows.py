"""A memory told with a street's name is quoted; an address with a house number never is.

"Mi ricordo la nonna in via Roma nel 1975…" and "…na casa da Rua das Flores em 1985" lost their
quote: any number up to four words after a street's name was read as its house number, so a
year in a memory made it an address. Only a number right after the name is one ("via Roma, 12",
"Rua Padre Anchieta nº 45"). And "Mix => rest => fold" was read as code (its arrows) and left
unquoted, or quoted as "Mix =› rest =›": steps between words are prose, set with real arrows.
"""

import pytest

from reply_drafts.quote import private
from tests.support.drafts import draft_of

MEMORIES = [
    ("pt", "Lembro da minha avó fazendo este pão na casa da Rua das Flores em 1985, que saudade!"),
    ("pt", "Minha avó fazia este bolo na Rua das Flores nos anos 80, toda sexta-feira."),
    ("it", "Mi ricordo la nonna in via Roma nel 1975, che impastava questo pane ogni domenica."),
    ("it", "Mi ricordo la nonna in via della Spiga quando avevo 5 anni, che impastava il pane."),
    ("es", "Mi abuela hacía este pan en la calle Mayor en 1960, todos los domingos."),
]
ADDRESSES = [
    ("pt", "Minha avó fazia este pão na Rua das Flores, 123, venha provar.", "Flores, 123"),
    ("pt", "Minha avó fazia este pão na Rua Padre Anchieta nº 45, venha provar.", "nº 45"),
    ("it", "La nonna lo faceva in via Roma, 12 e ancora lo vendono lì.", "Roma, 12"),
    ("it", "La nonna lo faceva in Via Giuseppe Verdi 8 e ancora lo vendono.", "Verdi 8"),
    ("es", "Mi abuela lo hacía en la calle Mayor 5, y aún lo venden allí.", "Mayor 5"),
]
ARROWS = [
    "Mix => rest => fold",
    "Mix -> rest -> fold, that is all it takes.",
]
CODE = ["items.map(x => x.id)", "(a, b) => a + b", "const f = () => {", "p->next", "x => x * 2"]


@pytest.mark.parametrize(("language", "text"), MEMORIES)
def test_a_memory_on_a_named_street_is_quoted(language, text):
    draft = draft_of(text, language)
    assert draft.quote and draft.quote in draft.text, draft.text


@pytest.mark.parametrize(("language", "text", "address"), ADDRESSES)
def test_a_street_address_with_its_number_is_never_quoted(language, text, address):
    draft = draft_of(text, language)
    assert draft.quote == "" and address not in draft.text, draft.text


@pytest.mark.parametrize("text", ARROWS)
def test_steps_between_words_are_quoted_with_arrows(text):
    draft = draft_of(text)
    assert draft.quote.startswith("Mix "), draft.text
    assert "›" not in draft.text and ("⇒" in draft.quote or "→" in draft.quote)


@pytest.mark.parametrize("text", CODE)
def test_an_arrow_in_code_is_still_code(text):
    assert private(text)
