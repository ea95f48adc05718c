"""Condolences offered to the author under an everyday post are comfort, not the reader's own loss.

A hard time read under an everyday post (not comfort) is the reader's own and gets condolences
(« Merci de m'avoir confié cela »). Condolences said without "my" ("Heartfelt condolences.",
« Sincères condoléances à toute la famille. », "Sentite condoglianze, ti penso forte.") were not
read as comfort, so the comforter was told "Thank you for trusting me with this. I'm so sorry for
your loss." as if they had lost someone. A reader telling of their own loss still gets condolences.
"""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import draft_of

# Words a draft to a comforter never says: thanks for a confidence, condolences back.
TO_THE_READERS_LOSS = {
    "en": ("trusting me", "sorry for your loss", "going through this"),
    "fr": ("confié", "condoléances"),
    "es": ("confiármelo", "siento mucho"),
    "de": ("anvertraust", "beileid"),
    "it": ("confidato", "mi dispiace"),
    "pt": ("confiança", "sentimentos", "sinto muito"),
}

# What a draft to a reader's own loss says: sorrow, or thanks for something so personal.
FOR_THE_READERS_LOSS = {
    "en": ("sorry", "trusting me", "personal"),
    "fr": ("condoléances", "deuil", "confié", "personnel"),
    "es": ("siento", "confiármelo", "personal"),
    "de": ("beileid", "anvertraust", "persönlich", "leid"),
    "it": ("condoglianze", "dispiace", "confidato", "personale"),
    "pt": ("sentimentos", "sinto", "confiança", "pessoal"),
}

CONDOLENCES_OFFERED = [
    ("en", "Condolences."),
    ("en", "Heartfelt condolences."),
    ("en", "Deepest condolences to you and yours."),
    ("en", "Deepest sympathies to you all."),
    ("en", "Sincere condolences to the whole family."),
    ("fr", "Condoléances."),
    ("fr", "Sincères condoléances à toute la famille."),
    ("fr", "Condoléances à vous et aux vôtres."),
    ("es", "Condolencias a toda la familia."),
    ("de", "Herzliches Beileid an die ganze Familie."),
    ("de", "Beileid."),
    ("it", "Condoglianze."),
    ("it", "Sentite condoglianze, ti penso forte."),
    ("it", "Condoglianze a te e alla tua famiglia."),
    ("it", "Sentite condoglianze a tutta la famiglia."),
    ("pt", "Condolências."),
]

# The reader's own loss, told with the same words: still condolences for them.
OWN_LOSS_NEAR_MISSES = [
    ("en", "The funeral is Thursday."),
    ("en", "Thank you all for the condolences, the funeral was on Monday and I miss him."),
    ("fr", "Les obsèques sont jeudi."),
    ("it", "Il funerale di mio padre è giovedì."),
    ("de", "Die Beerdigung meiner Mutter ist am Donnerstag."),
]

# A book title that names loneliness is no hard time: « Cien años de soledad ».
BOOKS_READ = [
    ("es", "Leímos «Cien años de soledad» mientras la masa levaba, fue mágico."),
    ("es", "Leímos Cien años de soledad en voz alta mientras horneábamos, qué bonito."),
]


@pytest.mark.parametrize(("language", "text"), CONDOLENCES_OFFERED)
def test_condolences_offered_under_an_everyday_post_are_thanked_as_comfort(language, text):
    draft = draft_of(text, language)
    assert read_tone(text).comforting
    said = draft.text.casefold()
    assert not any(words in said for words in TO_THE_READERS_LOSS[language]), draft.text


@pytest.mark.parametrize(("language", "text"), CONDOLENCES_OFFERED)
def test_condolences_offered_on_a_hard_day_post_are_thanked_as_comfort(language, text):
    said = draft_of(text, language, support=True).text.casefold()
    assert not any(words in said for words in TO_THE_READERS_LOSS[language]), said


@pytest.mark.parametrize(("language", "text"), OWN_LOSS_NEAR_MISSES)
def test_the_readers_own_loss_still_gets_condolences(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == "grief" and not tone.comforting, tone.cues
    assert draft.gold_stars == 0 and draft.quote == ""
    said = draft.text.casefold()
    assert any(words in said for words in FOR_THE_READERS_LOSS[language]), draft.text


@pytest.mark.parametrize(("language", "text"), BOOKS_READ)
def test_a_book_title_naming_loneliness_is_no_hard_time(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label != "grief", tone.cues
    assert draft.gold_stars > 0 and draft.quote, draft.text
