"""The promote boost raises a post that needs readers (old, unlinked) above a slightly more
relevant one; never the author's hard day: "For Sam" (`Support: true`, or read as one), years old,
was raised above a newer post beside "Post number 100", as if a loss were a post to promote. An
old everyday post is still raised as before."""

import pytest

from tests.support.related import related_titles

BODY = "the garden, the roses, the long walks by the river and the garden gate"


def write(content, slug: str, date: str, title: str, **meta) -> None:
    lines = [f"Title: {title}", f"Date: {date} 09:00", f"Slug: {slug}", "Tags: garden"]
    lines += [f"{key}: {value}" for key, value in meta.items()]
    text = "\n".join(lines) + f"\n\n{f'{BODY}. ' * 3}\n"
    (content / f"{slug}.md").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("support", ["true", None])
def test_the_boost_raises_an_old_post_but_not_a_hard_day(tmp_path, site_builder, support):
    content = tmp_path / "content"
    content.mkdir()
    meta = {"Support": support} if support else {}
    write(content, "sam", "2019-03-01", "For Sam", **meta)  # old, nobody links to it
    write(content, "roses", "2026-01-02", "Roses")
    write(content, "hundred", "2026-01-03", "Post number 100")
    for day, code in enumerate(("python", "css", "rust"), start=10):
        (content / f"{code}.md").write_text(
            f"Title: {code}\nDate: 2026-01-{day} 09:00\nTags: code\n\npathlib and f-strings.\n",
            encoding="utf-8",
        )
    result = site_builder(content, PROMOTE_RELATED_BOOST=5.0, PROMOTE_RELATED_MAX=2)
    beside = related_titles(result, "hundred")
    assert set(beside) == {"For Sam", "Roses"}, beside
    if support:
        assert beside[0] == "Roses", beside  # the hard day is not raised for readers
    else:
        assert beside[0] == "For Sam", beside  # an old everyday post still is
