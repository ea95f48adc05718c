"""Good news at the end of a hard time is met glad, not with a sigh: „Der Krebs ist weg!" was
answered „Ach, Jürgen, Das muss sehr schwer für dich sein, und es tut mir leid", and „Nach der
Fehlgeburt ist unsere Tochter gesund zur Welt gekommen." got condolences for a loss; a German
draft for good news never opens „Ach," and no language opens good news with its comforting
greeting. The hard times beside them (hoped for, asked, taken back, a loss alone) stay hard."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, draft_of

GOOD_NEWS_DE = [
    "Der Krebs ist weg!",
    "Der Krebs ist weg! Heute kam der Anruf vom Arzt.",
    "Nach der Fehlgeburt ist unsere Tochter gesund zur Welt gekommen.",
    "Nach der Fehlgeburt ist unsere Tochter gesund zur Welt gekommen. Danke für das Rezept!",
    "Nach zwei Fehlgeburten wurde gestern unser Sohn geboren!",
    "Die letzte Chemo ist vorbei!",
    "Mein Vater hat den Krebs besiegt!",
]

# The greeting each language keeps for a hard time: a sigh or a hug, not for good news.
COMFORTING_OPENER = {
    "de": "Ach, ",
    "en": "Dear ",
    "fr": "Sam, bonjour,",
    "es": "Un abrazo, ",
    "it": "Un abbraccio, ",
    "pt": "Um abraço, ",
}
GOOD_NEWS_ELSEWHERE = {
    "en": "My dad beat cancer!",
    "fr": "Mon père a vaincu son cancer !",
    "es": "¡Mi padre venció el cáncer!",
    "it": "Mio padre ha sconfitto il cancro!",
    "pt": "Meu pai venceu o câncer!",
    "de": "Ich bin krebsfrei!",
}


def _drafts(text: str, language: str):
    return [draft_of(text, language, number=number) for number in range(1, 13)]


@pytest.mark.parametrize("text", GOOD_NEWS_DE)
def test_german_good_news_after_a_hard_time_is_met_glad(text: str) -> None:
    tone = read_tone(text)
    assert tone.good_news and not tone.loss, (tone.label, tone.cues)
    for draft in _drafts(text, "de"):
        assert not draft.text.startswith("Ach"), draft.text
        assert "freue mich" in draft.text, draft.text
        assert "tut mir leid" not in draft.text and "Verlust" not in draft.text
        assert draft.gold_stars == 0 and draft.quote == ""  # quiet still: no star, no quote


@pytest.mark.parametrize("language", sorted(GOOD_NEWS_ELSEWHERE))
def test_good_news_is_not_opened_with_the_comforting_greeting(language: str) -> None:
    text = GOOD_NEWS_ELSEWHERE[language]
    assert read_tone(text).good_news
    for draft in _drafts(text, language):
        assert not draft.text.startswith(COMFORTING_OPENER[language]), draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Ich hoffe, der Krebs ist weg.",
        "Der Krebs ist weg, aber er kann wiederkommen.",
        "Ist der Krebs weg?",
        "Ich hatte zwei Fehlgeburten.",
        "Ich hatte eine Fehlgeburt. Unsere Tochter wäre jetzt drei.",
    ],
)
def test_a_hard_time_hoped_asked_or_taken_back_is_no_good_news(text: str) -> None:
    assert not read_tone(text).good_news
    assert_read_hard(text, "de", "grief")


def test_a_loss_alone_still_gets_the_comforting_greeting_sometimes() -> None:
    # the near miss: "Ach," stays for a hard time
    openings = {draft.text.split(",")[0] for draft in _drafts("Ich hatte zwei Fehlgeburten.", "de")}
    assert "Ach" in openings


@pytest.mark.parametrize(
    ("text", "congratulated"),
    [
        ("Unsere Tochter ist gestern geboren!", True),
        ("Wir haben geheiratet!", True),
        ("Ich bin Oma geworden!", True),
        ("Wir haben vor zehn Jahren geheiratet.", False),
        ("Meine Tochter ist im Jahr 2015 geboren.", False),
    ],
)
def test_german_joy_of_now_is_congratulated_and_of_long_ago_is_not(
    text: str, congratulated: bool
) -> None:
    assert read_tone(text).good_news is congratulated
    said = any("Glückwunsch" in draft.text for draft in _drafts(text, "de"))
    assert said is congratulated
