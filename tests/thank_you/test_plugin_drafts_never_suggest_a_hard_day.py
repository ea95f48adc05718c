"""A warm draft suggests a related post ("You might also enjoy …"): never one of the blog's hard
days, found by their words (English, Markdown metadata) or by `Support: true` (French, YAML front
matter). The related box still links them; only the drafts' cheery suggestion leaves them out."""

import json

import pytest

from reply_drafts import draft_reply
from reply_drafts.site_facts import comment_facts, load_site_facts
from tests.support.gratitude_blog import BODY, build, write_site

pytestmark = pytest.mark.slow

DAD = "Saying goodbye to Dad"
MAMAN = "Le jardin de maman"


def write_hard_days(content) -> None:
    (content / "dad.md").write_text(
        f"Title: {DAD}\nDate: 2025-07-07 10:00\nSlug: dad\nTags: gratitude, family\n\n"
        "My father died last week. " + BODY * 2,
        encoding="utf-8",
    )
    (content / "maman.md").write_text(
        f"---\ntitle: {MAMAN}\ndate: 2025-08-08 10:00\nslug: maman\nsupport: true\n"
        "tags: [gratitude, family]\n---\n\n" + BODY * 2,
        encoding="utf-8",
    )


def test_no_draft_suggests_a_hard_day_as_a_read_to_enjoy(site_builder, tmp_path):
    write_site(tmp_path / "content")
    write_hard_days(tmp_path / "content")
    result, path = build(site_builder, tmp_path)
    page = result.read("2025/gratitude-jar/index.html")
    assert DAD in page or MAMAN in page  # the related box links a hard day all the same
    threads = json.loads(path.read_text(encoding="utf-8"))["threads"]
    assert threads["dad"]["support"] is True and threads["maman"]["support"] is True
    for thread in threads.values():
        assert {item["title"] for item in thread["related"]} & {DAD, MAMAN} == set(), thread
    # Near misses: the everyday posts still suggest each other, and a warm draft names one.
    related = threads["jar"]["related"]
    assert related and related[0]["title"] != "The Gratitude Jar Experiment"
    site = load_site_facts(path)
    texts = []
    for number in range(1, 30):
        said = {"id": number, "thread": "jar", "author": "Ana", "commenter_comments": 2}
        said["markdown"] = "We tried the jar at dinner, the kids loved it."
        texts.append(draft_reply(comment_facts(said, site)).text)
    assert any(f"]({related[0]['url']})" in text for text in texts)
    assert not any(DAD in text or MAMAN in text for text in texts)
