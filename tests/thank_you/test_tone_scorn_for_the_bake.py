"""Scorn for the bake in the photo had a gold star and was quoted back: "Hope you didn't feed that
to anyone 😂" (read as praise for its laugh), "This is why people buy bread.", "Lol did you
actually eat that?", in six languages. It reads hostile, unless the reader speaks of their own bake
or praises warmly, or asks in wonder. "Looks edible at least.", "Well, it's a start." and "It's
giving beginner energy." are thanked with no star and no quote."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of

SCORN = [
    ("en", "Hope you didn't feed that to anyone 😂"),
    ("en", "I hope you didn't feed that to anyone."),
    ("en", "This is why people buy bread."),
    ("en", "Lol did you actually eat that?"),
    ("fr", "C'est pour ça qu'on achète du pain."),
    ("fr", "Mdr t'as vraiment mangé ça ?"),
    ("es", "Jaja ¿en serio te comiste eso?"),
    ("de", "Haha, hast du das echt gegessen?"),
    ("de", "Deshalb kauft man Brot."),
    ("it", "Ahah l'hai davvero mangiato?"),
    ("it", "Ecco perché la gente compra il pane."),
    ("pt_BR", "Kkkk você realmente comeu isso?"),
    ("pt_BR", "Por isso que as pessoas compram pão."),
]

WARM = [
    ("en", "Mine collapsed again. This is why people buy bread 😂"),
    ("en", "This is why people buy bread from you!"),
    ("en", "This is why people buy bread. Seriously though, lovely crumb!"),
    ("en", "Did you really eat that?! Brave!"),
    ("en", "Did you actually eat it all in one day? I would have!"),
    ("fr", "T'as vraiment mangé ça ?"),
    ("en", "Well, it's a start! My starter finally bubbled thanks to you."),
    ("en", "Your loaf looks edible at least, and mine looked like a brick 😂 thank you!"),
]

NOT_QUOTED = ["Looks edible at least.", "Well, it's a start.", "It's giving beginner energy."]


@pytest.mark.parametrize(("language", "text"), SCORN)
def test_scorn_for_the_bake_is_hostile(language, text):
    assert_read_hard(text, language, "hostile")


@pytest.mark.parametrize(("language", "text"), WARM)
def test_the_readers_own_bake_or_wonder_stays_warm(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize("text", NOT_QUOTED)
def test_faint_praise_of_the_bake_is_thanked_without_star_or_quote(text):
    tone, draft = read_tone(text), draft_of(text)
    assert tone.label not in ("hostile", "spam", "grief"), tone.label
    assert draft.gold_stars == 0 and draft.quote == ""
