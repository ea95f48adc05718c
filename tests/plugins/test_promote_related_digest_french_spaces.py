"""A French blog's digest sets the titles it fills in as the drafts set French: a no-break space
before ; : ? ! and » (« Pourquoi mes tomates ? » par Ada : …), never a plain space a terminal or
a post may break at; an English blog's digest leaves the same titles as they were typed."""

import re
from datetime import timedelta

from promote_related import digest

from tests.support.feeds import GARDEN, Route
from tests.support.friends import NOW, dated_rss, write_settings
from tests.support.topics import write_topic_site

ASKING = "Pourquoi mes tomates ?"
TALLY = "Tomates : le bilan !"
PLAIN_SPACE_BEFORE = re.compile(r" [;:?!»]|« ")


def digest_lines(tmp_path, server, lang: str) -> list[str]:
    """Return the lines of the digest of a garden blog in *lang* with two friend's garden posts
    whose titles hold a ? and a colon typed after a plain space."""
    server.routes["/ada.rss"] = Route(
        dated_rss(
            [
                (ASKING, "https://ada.example/pourquoi", GARDEN, NOW - timedelta(3)),
                (TALLY, "https://ada.example/bilan", GARDEN, NOW - timedelta(2)),
            ]
        )
    )
    write_topic_site(tmp_path / "content")
    settings = write_settings(
        tmp_path,
        DEFAULT_LANG=lang,
        PROMOTE_RELATED_FRIENDS=[{"name": "Ada", "url": server.url("/ada.rss")}],
        PROMOTE_RELATED_DIGEST_DAYS=30,
    )
    return digest.digest_text(str(settings), progress=False, now=NOW).splitlines()


def test_a_french_digest_sets_a_friend_s_title_with_no_break_spaces(tmp_path, feed_server):
    lines = digest_lines(tmp_path, feed_server, "fr")
    text = "\n".join(lines)
    assert "Pourquoi mes tomates\u202f?" in text and "Tomates\u00a0: le bilan\u202f!" in text
    for line in lines:
        assert not PLAIN_SPACE_BEFORE.search(line), line
    # the share line, as before: « title » par Ada : the address
    shares = [line.strip() for line in lines if line.strip().startswith("à partager\u00a0: ")]
    assert any(
        "«\u00a0Pourquoi mes tomates\u202f?\u00a0» par Ada\u00a0: https://" in s for s in shares
    )


def test_an_english_digest_keeps_the_titles_as_typed(tmp_path, feed_server):
    # the near miss: only French is set this way; an English blog shares the title as typed
    text = "\n".join(digest_lines(tmp_path, feed_server, "en"))
    assert f"“{ASKING}” by Ada: https://" in text
    assert "\u202f" not in text and "\u00a0" not in text
