"""German faint praise „für jemanden, der nicht backen kann" told first („Für jemanden, der nicht
backen kann, gar nicht schlecht.") or hedged with „finde ich" („Für einen Hobbybäcker ganz
ordentlich, finde ich.") had been quoted back „Du hast es so schön gesagt" with a gold star; it
is a jab like „Nicht schlecht für jemanden, der nicht backen kann." The reader's own first bake
said the same way stays theirs, and warm."""

import pytest

from reply_drafts.tone import read_tone
from tests.support.drafts import assert_read_hard, assert_read_warm


@pytest.mark.parametrize(
    "text",
    [
        "Für jemanden, der nicht backen kann, gar nicht schlecht.",
        "Für jemand, der nicht backen kann, ganz ordentlich.",
        "Nicht schlecht für jemand, der nicht backen kann.",
        "Für einen Hobbybäcker ganz ordentlich, finde ich.",
        "Nicht schlecht für eine Anfängerin, denke ich.",
    ],
)
def test_german_faint_praise_is_not_quoted_or_starred(text: str) -> None:
    assert_read_hard(text, "de", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "Mein erstes Brot. Für einen Anfänger gar nicht schlecht, finde ich!",
        "Ich kann nicht backen. Für jemanden, der nicht backen kann, gar nicht schlecht!",
        "Das Brot ist ganz ordentlich geworden, finde ich. Danke für das Rezept!",
    ],
)
def test_the_reader_s_own_bake_said_the_same_way_stays_warm(text: str) -> None:
    assert_read_warm(text, "de")
    assert read_tone(text).label == "praise"
