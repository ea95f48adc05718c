"""Faint praise said as the whole sentence ("I've seen worse.", « Pas votre pire billet. », "He
visto cosas peores.", „Besser als der letzte Beitrag.", "Ho visto di peggio.", "Já vi piores.")
is not quoted back as a line the author has "been thinking about all morning", nor starred; it
is not called hostile either, only thanked plainly. The same words in warm praise, or about the
reader's own last try, are still quoted."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

FAINT = [
    ("en", "I've seen worse."),
    ("en", "Not your worst post."),
    ("en", "Surprisingly not terrible."),
    ("en", "Better than your last one, at least."),
    ("en", "Good for you, I guess."),
    ("fr", "Pas votre pire billet."),
    ("fr", "Bon, c'est mieux que le dernier."),
    ("fr", "J'ai vu pire."),
    ("es", "He visto cosas peores."),
    ("es", "No es tu peor entrada."),
    ("de", "Na ja, besser als der letzte Beitrag."),
    ("de", "Hab schon Schlimmeres gesehen."),
    ("it", "Beh, meglio dell'ultimo post."),
    ("it", "Ho visto di peggio."),
    ("pt_BR", "Bom, melhor que o último post."),
    ("pt_BR", "Já vi piores."),
    # "At least this time you tested it."
    ("en", "At least this time you tested it."),
    ("fr", "Au moins cette fois vous avez testé la recette."),
    ("de", "Wenigstens hast du es diesmal getestet."),
    ("it", "Almeno questa volta l'hai provata."),
    ("pt_BR", "Pelo menos dessa vez você testou a receita."),
    # "Well, you tried."
    ("en", "Well, you tried."),
    ("fr", "Bon, vous avez essayé."),
    ("es", "Bueno, lo intentaste."),
    ("de", "Na ja, du hast es versucht."),
    ("it", "Beh, ci hai provato."),
    ("pt_BR", "Bom, você tentou."),
    ("en", "Interesting take, I suppose."),
    # Praise that slights every post before it
    ("en", "Wow, you finally posted something original."),
    ("fr", "Enfin un billet original, il était temps."),
    ("es", "Por fin algo original, ya era hora."),
    ("de", "Endlich mal was Originelles, wurde auch Zeit."),
    ("it", "Finalmente qualcosa di originale, era ora."),
    ("pt_BR", "Finalmente algo original, já era hora."),
    # Congratulations for finally proofreading
    ("fr", "Bravo, vous avez enfin relu votre texte."),
    ("it", "Complimenti, finalmente hai riletto il testo."),
    # To each their own; "how original"; brave to post this
    ("en", "Thanks for sharing your opinion, I guess everyone has one."),
    ("fr", "Merci pour votre avis, chacun le sien."),
    ("en", "Interesting... if you like that sort of thing."),
    ("pt_BR", "Que original, nunca vi... só em outros mil blogs."),
    ("en", "So brave of you to post this."),
    ("de", "Mutig, so etwas zu veröffentlichen."),
    ("it", "Che coraggio pubblicare questa roba."),
    ("pt_BR", "Que coragem publicar isso."),
]

WARM = [
    ("en", "Not your worst post, this is your BEST one!"),
    ("en", "I've seen worse crumb on mine, yours is gorgeous!"),
    ("en", "Not bad at all, my kids loved it!"),
    ("en", "It's better than the last one I tried from another blog, thank you!"),
    ("fr", "Mieux que le dernier gâteau que j'ai raté, merci pour les astuces !"),
    ("de", "Besser als der letzte Versuch von mir, danke für die Tipps!"),
    ("it", "Meglio dell'ultima volta che l'ho fatto, grazie!"),
    ("pt_BR", "Melhor que o último que eu fiz, obrigada pelas dicas!"),
    ("en", "At least this time mine didn't burn, thank you so much!"),
    ("es", "Por lo menos esta vez no se me quemó, ¡gracias!"),
    ("fr", "Au moins cette fois j'ai réussi, merci pour les astuces !"),
    ("it", "Almeno questa volta mi è venuto benissimo, grazie!"),
    ("en", "Well, you tried your best and it shows, gorgeous loaf!"),
    ("en", "Finally something original for our Sunday table, love it!"),
    ("fr", "Enfin quelque chose d'original pour mon brunch, merci !"),
    ("es", "Por fin algo original para mi cumpleaños, ¡gracias!"),
    ("en", "So brave of you to share your story, sending love."),
    ("fr", "Quel courage de partager ton histoire, merci."),
]


@pytest.mark.parametrize(("language", "text"), FAINT)
def test_faint_praise_is_thanked_plainly(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert draft.gold_stars == 0 and draft.quote == "", draft.text
    assert tone.label not in ("hostile", "grief", "spam") and draft.text


@pytest.mark.parametrize(("language", "text"), WARM)
def test_warm_praise_in_the_same_words_is_quoted(language, text):
    assert_read_warm(text, language, thanked=True)
    assert draft_of(text, language).quote
