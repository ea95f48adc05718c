"""Readers at risk who tell it as good news beside thanks ("Great news, I won't be a burden
anymore!", "Good news: soon I won't be anyone's problem.", "Finally found a way out. Thanks for
the recipes.", "Por fin encontré la salida.", „Endlich habe ich einen Ausweg gefunden.",
"Finalmente ho trovato una via d'uscita.", "Finalmente encontrei uma saída."). They had been
starred and quoted (a warm cheer); too doubtful for a helpline, they get no star and no quote. A
way out of a maze, a slump or an escape room, a new job that ends a burden, flour brought along
stay warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_warm, draft_of

GUARDED_ADVICE = "a reader at risk may write"

DOUBTFUL = [
    ("Great news, I won't be a burden anymore!", "en"),
    ("Good news: soon I won't be anyone's problem.", "en"),
    ("Finally found a way out. Thanks for the recipes.", "en"),
    ("Por fin encontré la salida. Gracias por todo.", "es"),
    ("Endlich habe ich einen Ausweg gefunden. Danke für alles.", "de"),
    ("Finalmente ho trovato una via d'uscita. Grazie di tutto.", "it"),
    ("Finalmente encontrei uma saída. Obrigada por tudo.", "pt"),
]

WARM = [
    ("Finally found a way out of the maze of sourdough guides. Thanks for the recipes.", "en"),
    ("Finally found a way out of my baking slump!", "en"),
    ("Finally found a way out. The escape room took us an hour!", "en"),
    ("Got the job! Great news, I won't be a burden anymore on my parents.", "en"),
    ("New job starts Monday. I won't be a burden anymore!", "en"),
    ("I'll bring the flour, I won't be a burden.", "en"),
    ("J'ai enfin trouvé la sortie du labyrinthe !", "fr"),
    ("Endlich habe ich einen Ausweg gefunden, die Prüfung ist bestanden!", "de"),
]


@pytest.mark.parametrize(("text", "language"), DOUBTFUL)
def test_a_way_out_told_as_good_news_is_read_again_not_cheered(text, language):
    assert read_tone(text).guarded and not read_tone(text).crisis
    draft = draft_of(text, language)
    assert not draft.crisis and draft.gold_stars == 0 and draft.quote == ""
    assert GUARDED_ADVICE in draft.advice


@pytest.mark.parametrize(("text", "language"), WARM)
def test_a_way_out_of_a_maze_or_a_new_job_reads_warm(text, language):
    assert_read_warm(text, language, thanked=True)
    assert not read_tone(text).guarded
