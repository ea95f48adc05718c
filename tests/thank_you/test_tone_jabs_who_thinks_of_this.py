""" "Who would think of this?" as the whole comment is a jab, not a question to thank: "Who even
thinks of this?", « Qui a eu cette idée ? », "¿A quién se le ocurre?", „Wer kommt denn auf so
eine Idee?" had a star and a quote. The same question with a warm turn after it, or asking who
had an idea, is still a question."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm

JABS = [
    ("en", "Who even thinks of this?"),
    ("fr", "Qui a eu cette idée ?"),
    ("fr", "Sérieux, qui a eu cette idée ?"),
    ("es", "¿A quién se le ocurre?"),
    ("de", "Wer kommt denn auf so eine Idee?"),
    ("it", "Ma a chi viene in mente una cosa del genere?"),
    ("pt_BR", "Quem teve essa ideia? 🙄"),
]

QUESTIONS = [
    ("en", "Who thought of adding cardamom? Genius!"),
    ("en", "Who even thinks of this? Genius!"),
    ("en", "Who came up with the name of this bread?"),
    ("fr", "Qui a eu cette idée ? Elle est géniale !"),
    ("fr", "Qui a eu l'idée du cardamome ? C'était toi ?"),
    ("es", "¿A quién se le ocurre? ¡Genial!"),
    ("de", "Wer kommt denn auf so eine Idee? Ich liebe es!"),
    ("pt_BR", "Quem teve essa ideia? Quero agradecer!"),
]


@pytest.mark.parametrize(("language", "text"), JABS)
def test_who_would_think_of_this_alone_is_a_jab(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(("language", "text"), QUESTIONS)
def test_who_thought_of_it_with_a_warm_turn_is_a_question(language, text):
    assert_read_warm(text, language, thanked=True)
