"""German readers at risk and losses said plainly, which had been quoted back with a gold star
(„Du hast es so schön gesagt: „Letzten Monat haben wir Papa beerdigt"."): a reader wondering
whether anyone would notice if they were gone is at risk; „Ich sehe keinen Sinn mehr in allem",
„Alles ist zu viel", „Ich bin so müde von allem" are a hard time; a burial, a pet put to sleep,
two miscarriages, a „Sternenkind" are losses. Their warm twins (a week away, the salt left out,
no sense in dear yeast, a baby asleep, a quarrel buried) stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm, draft_of


@pytest.mark.parametrize(
    "text",
    [
        "Manchmal frage ich mich, ob es jemandem auffallen würde, wenn ich nicht mehr da wäre.",
        "Manchmal frage ich mich, ob mich jemand vermissen würde, wenn ich nicht mehr da wäre.",
        "Würde es überhaupt jemand merken, wenn ich weg wäre?",
    ],
)
def test_a_german_reader_wondering_if_anyone_would_notice_is_at_risk(text: str) -> None:
    tone, draft = read_tone(text), draft_of(text, "de")
    assert tone.label == "grief" and tone.crisis, (tone.label, tone.cues)
    assert draft.crisis and draft.quote == "" and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "Ich sehe keinen Sinn mehr in allem.",
        "Ich kann einfach nicht mehr. Alles ist zu viel.",
        "Mir ist gerade alles zu viel.",
        "Ich bin so müde von allem.",
        "Letzten Monat haben wir Papa beerdigt. Dein Rezept war sein Lieblingskuchen.",
        "Oma wurde am Freitag beigesetzt.",
        "Unser Hund wurde gestern eingeschläfert.",
        "Ich hatte zwei Fehlgeburten.",
        "Unser Sternenkind wäre heute ein Jahr alt geworden.",
    ],
)
def test_a_german_hard_time_said_plainly_is_met_quietly(text: str) -> None:
    assert_read_hard(text, "de", "grief")


@pytest.mark.parametrize(
    "text",
    [
        "Würde es jemand merken, wenn ich eine Woche weg wäre? Urlaub!",
        "Ob es jemandem auffallen würde, wenn ich das Salz weglasse?",
        "Ich sehe keinen Sinn mehr darin, teure Hefe zu kaufen.",
        "Ich kann einfach nicht mehr aufhören zu essen!",
        "Ich kann einfach nicht mehr. 😂 So satt!",
        "Wir haben gestern den Streit begraben und zusammen gebacken.",
        "Mein Baby ist endlich eingeschlafen, jetzt backe ich dein Brot!",
        "Ich bin so müde vom Kneten, aber das Brot ist herrlich!",
        "Der Vortrag hat mich eingeschläfert, aber dein Artikel nicht.",
    ],
)
def test_their_warm_twins_stay_warm(text: str) -> None:
    assert_read_warm(text, "de")
