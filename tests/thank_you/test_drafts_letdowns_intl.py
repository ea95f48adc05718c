"""A bake that let the reader down, told in English, French, Spanish, German, Italian or
Portuguese: the draft never quotes the letdown back ("My loaf came out flat and dense, so
disappointed" — "I love hearing that!") nor gives it a star, and stays a kind, ordinary thank-you
(not hostile, not condolences). A disappointment denied and a bake that rose are still quoted."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, QUIET_ADVICE, assert_read_warm, draft_of

LETDOWNS = [
    ("en", "My loaf came out flat and dense, so disappointed"),
    ("en", "My cake sank in the middle, what a letdown."),
    ("en", "Followed it to the letter and my bread turned out gummy and raw inside."),
    ("en", "The dough never rose, I'm really disappointed."),
    ("fr", "Mon pain est resté tout plat, quelle déception"),
    ("fr", "Ma brioche est sortie brûlée et toute dense, je suis déçue."),
    ("fr", "J'ai complètement raté mon pain, il s'est effondré au four."),
    ("fr", "Mon gâteau est tombé à plat, snif."),
    ("fr", "Ma brioche n'a pas levé, je suis dégoûtée."),
    ("fr", "J'ai brûlé ma fournée, tant pis, je recommence demain."),
    ("es", "Se me quemó el pan, qué decepción"),
    ("es", "El bizcocho salió plano y apelmazado, estoy decepcionada."),
    ("es", "Se me hundió la masa en el horno, qué pena."),
    ("de", "Mein Brot ist total zusammengefallen"),
    ("de", "Der Kuchen war innen klitschig, ich bin echt enttäuscht."),
    ("de", "Das Brot ist mir leider verbrannt."),
    ("de", "Mein Brot ist innen roh geblieben, so ärgerlich."),
    ("en", "My sourdough was a total brick, gutted."),
    ("it", "Il pane è venuto piatto, che delusione"),
    ("it", "La torta si è sgonfiata appena uscita dal forno, sono delusa."),
    ("it", "La pagnotta era bruciata fuori e cruda dentro."),
    ("it", "La focaccia mi è venuta durissima, peccato."),
    ("it", "I biscotti si sono bruciati tutti, che peccato."),
    ("pt_BR", "Minha broa ficou dura como pedra, que pena."),
    ("pt_BR", "Meu pão ficou solado, que decepção"),
    ("pt_BR", "O bolo saiu queimado e chato, fiquei decepcionada."),
    ("pt_BR", "A massa não cresceu, que decepção."),
]

WARM = [
    ("en", "Your recipes never disappoint, my family devoured this loaf in one sitting!"),
    ("en", "My loaf came out perfect, not flat at all this time!"),
    ("en", "Not disappointed at all, my bread rose beautifully and the crust crackled!"),
    ("fr", "Pas déçue du tout, mon pain est sorti magnifique !"),
    ("fr", "Jamais déçue par vos recettes, ma brioche a disparu en une heure !"),
    ("es", "Nunca decepcionas, el pan salió perfecto y mis hijos lo adoraron."),
    ("es", "Sin decepción ninguna: mi bizcocho salió altísimo y esponjoso."),
    ("de", "Dein Rezept hat mich nicht enttäuscht, mein Brot ist wunderbar aufgegangen!"),
    ("it", "Non sono delusa per niente, il pane è venuto altissimo!"),
    ("it", "Nessuna delusione, la focaccia è venuta alta e sofficissima!"),
    ("pt_BR", "Sem decepção nenhuma, meu pão ficou lindo e fofinho!"),
    ("pt_BR", "Nunca decepciona: meu bolo cresceu lindo e todo mundo amou!"),
    ("fr", "Mon gâteau est retombé mais il était délicieux quand même !"),
    ("en", "My sourdough was a total hit, everyone was gutted when it was gone!"),
    ("fr", "Ma brioche a enfin levé, je ne suis plus dégoûtée des brioches !"),
    # A letdown that turned out well
    ("en", "I was devastated when my loaf collapsed, but version two is perfect!"),
    ("de", "Mein Sauerteig ist ständig zusammengefallen, endlich verstehe ich warum. Danke!"),
    ("es", "El primer bizcocho salió plano, pero el segundo quedó perfecto, ¡gracias!"),
    # Disappointed that nothing was left
    ("fr", "Mes enfants étaient déçus qu'il n'en reste plus, un succès !"),
    ("es", "Mi marido se quedó decepcionado porque no sobró nada, ¡estaba buenísimo!"),
    ("de", "Mein Mann war enttäuscht, dass nichts übrig blieb – so lecker!"),
    ("it", "Mio marito era deluso che non ne fosse rimasto niente, buonissimo!"),
    ("pt_BR", "Meu marido ficou decepcionado porque não sobrou nada, estava uma delícia!"),
]


@pytest.mark.parametrize(("language", "text"), LETDOWNS)
def test_a_letdown_is_neither_quoted_nor_starred(language, text):
    draft = draft_of(text, language)
    assert draft.gold_stars == 0 and draft.quote == "", draft.text
    assert text.rstrip(".")[:20] not in draft.text


@pytest.mark.parametrize(("language", "text"), LETDOWNS)
def test_a_letdown_still_gets_a_kind_thank_you(language, text):
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label not in ("hostile", "grief", "spam") and not tone.loss and not draft.crisis
    assert draft.text and not draft.advice.startswith((QUIET_ADVICE, HOSTILE_ADVICE))


@pytest.mark.parametrize(("language", "text"), WARM)
def test_a_disappointment_denied_is_still_quoted(language, text):
    assert_read_warm(text, language, thanked=True)
    assert draft_of(text, language).quote
