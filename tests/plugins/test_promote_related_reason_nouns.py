"""plugins/promote_related: a reason names a subject, and an adjective is no subject on its own.

A real build of the demo's posts: "hard" (from the hard day's tag "hard-days" and its title) had
made the reason "Also about kindness and hard" on the welcome page.
"""

import shutil

from tests.support import ROOT
from tests.support.posts import article_of
from tests.support.topics import aside_of


def test_a_reason_names_no_bare_adjective(tmp_path, site_builder):
    content = tmp_path / "content"
    content.mkdir()
    for post in (ROOT / "content").glob("*.md"):
        shutil.copy(post, content / post.name)
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    welcome = article_of(result, "welcome")
    reasons = {link.title: link.reason for link in welcome.promote_related}
    assert reasons["Likes Are Not Enough"][0] == "kindness"
    assert "hard" not in reasons["Likes Are Not Enough"]
    aside = aside_of(result, welcome).get_text(" ", strip=True)
    assert "Also about kindness" in aside and "and hard" not in aside


def test_plain_words_that_are_subjects_stay_reasons():
    from plugins.promote_related.results import reason_words

    assert reason_words(("gold",), ("online", "comments")) == ("gold", "online", "comments")
    assert reason_words(("kindness",), ("hard", "good", "comments")) == ("kindness", "comments")
    # A tag is the author's own word for a subject: kept, whatever it is.
    assert reason_words(("new",), ("kindness",)) == ("new", "kindness")
