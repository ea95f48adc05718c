"""The theme's Portuguese words (goldstar_support/words/pt.toml): every code of Brazil and
Portugal reads them, and each reads right on both sides, with no guessed gender. A Brazilian and a
Portuguese blog, and a Portuguese post on an English blog, are built for real in
test_languages.py (before, they showed "Comments", "Post comment", "No comments yet")."""

import re
import tomllib

import pytest

from goldstar_support.theme_words import WORDS, goldstar_words
from tests.support.demo import CONTENT

# Words that would read as one side's only, or guess a gender, in a file for Brazil and Portugal.
ONE_SIDE_OR_GENDER = re.compile(
    r"\b(?:você|tu|ti|si|obrigad[oa]|querid[oa]|bem-vind[oa]|anónim[oa]|anônim[oa]|"
    r"leitor(?:a|es)?|autor(?:a|es)?|(?<!tal como )est(?:ou|á|ão|ava) \w+[aei]ndo|"
    r"gralha|ecrã|tela)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("code", ["pt", "pt_BR", "pt-BR", "pt_PT", "pt-PT", "PT_br"])
def test_every_portuguese_code_gets_the_portuguese_words(code):
    words = tomllib.loads((WORDS / "pt.toml").read_text(encoding="utf-8"))
    assert goldstar_words(code) == words
    assert words["comments"] == "Comentários" and words["reply"] == "Responder"


def test_every_portuguese_word_has_an_english_place_in_a_template_and_reads_on_both_sides():
    words = tomllib.loads((WORDS / "pt.toml").read_text(encoding="utf-8"))
    french = tomllib.loads((WORDS / "fr.toml").read_text(encoding="utf-8"))
    assert set(words) == set(french)
    templates = "".join(
        path.read_text(encoding="utf-8")
        for path in (CONTENT.parent / "theme" / "templates").rglob("*.html")
    )
    assert [
        key for key in words if f'"{key}"' not in templates and f"'{key}'" not in templates
    ] == []
    for key, text in words.items():
        for said in text if isinstance(text, list) else [text]:
            assert set(re.findall(r"{\w+}", said)) == set(re.findall(r"{\w+}", str(french[key])))
            assert not ONE_SIDE_OR_GENDER.search(said), (key, said)
    assert "https://findahelpline.com" in words["nudge_crisis"]
