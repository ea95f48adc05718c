"""A post whose date is no date (`Date: 2019-13-45`, `Date: yesterday`) in real Pelican builds
(plugins/front_matter/reader.py, dates.py): Pelican left it out with "Could not process", an error
that stopped `invoke build` (`--fatal errors`); it is dated by its file's time, as a post with no
date is, with a warning naming the line to write."""

import logging
import os
from pathlib import Path

STAMP = 1560600000  # 2019-06-15 12:00 UTC
POSTS = {
    "month-13.md": "Title: Month thirteen\nDate: 2019-13-45\n\nWords.\n",
    "yesterday.md": "Title: Yesterday\nDate: yesterday\n\nWords.\n",
    "yaml.md": "---\ntitle: In YAML\ndate: 2019-02-30\n---\n\nWords.\n",
    "when.rst": "When\n####\n\n:date: some day\n\nWords.\n",
    "old.html": '<html><head><title>Old</title><meta name="date" content="2019-02-31"></head>'
    "<body><p>Words.</p></body></html>",
    # Near misses, read as before: a whole date, a date with no day.
    "fine.md": "Title: Fine\nDate: 2019-02-28\n\nWords.\n",
    "no-day.md": "Title: No day\nDate: 2019-02\n\nWords.\n",
}


def write_posts(content: Path) -> None:
    """Write POSTS under *content*, each file last changed at STAMP."""
    content.mkdir(parents=True)
    for name, text in POSTS.items():
        path = content / name
        path.write_text(text, encoding="utf-8")
        os.utime(path, (STAMP, STAMP))


def test_a_date_that_is_no_date_is_the_files_time_with_the_line_to_write(site_builder, tmp_path):
    write_posts(tmp_path / "content")

    result = site_builder(TIMEZONE="UTC")

    assert not [r.getMessage() for r in result.records if r.levelno >= logging.ERROR]
    dates = {a.title: a.date.isoformat() for a in result.articles}
    assert dates == {
        "Month thirteen": "2019-06-15T12:00:00+00:00",
        "Yesterday": "2019-06-15T12:00:00+00:00",
        "In YAML": "2019-06-15T12:00:00+00:00",
        "When": "2019-06-15T12:00:00+00:00",
        "Old": "2019-06-15T12:00:00+00:00",
        "Fine": "2019-02-28T00:00:00+00:00",
        "No day": "2019-02-01T00:00:00+00:00",
    }
    fix = "instead: write it as `Date: 2024-01-31` or `Date: 2024-01-31 09:30`"
    dated = "the post is dated by its file's time (2019-06-15 12:00)"
    assert sorted(w for w in result.warnings() if "not a date" in w) == [
        "front_matter: month-13.md: `Date: 2019-13-45` is not a date Pelican reads "
        f"('2019-13-45' is not a valid date); {dated} {fix}",
        'front_matter: old.html: `<meta name="date" content="2019-02-31">` is not a date Pelican '
        f"reads ('2019-02-31' is not a valid date); {dated} instead: write it as "
        '`<meta name="date" content="2024-01-31">` or `<meta name="date" content="2024-01-31 '
        '09:30">`',
        "front_matter: when.rst: `:date: some day` is not a date Pelican reads "
        f"('some day' is not a valid date); {dated} instead: write it as `:date: 2024-01-31` or "
        "`:date: 2024-01-31 09:30`",
        "front_matter: yaml.md: `Date: 2019-02-30` is not a date Pelican reads "
        f"('2019-02-30' is not a valid date); {dated} {fix}",
        "front_matter: yesterday.md: `Date: yesterday` is not a date Pelican reads "
        f"('yesterday' is not a valid date); {dated} {fix}",
    ]
    page = result.read("2019/month-thirteen/index.html")
    assert '<time class="nowrap" datetime="2019-06-15T12:00:00+00:00">15 June 2019' in page
    assert "Words." in result.read("2019/when/index.html")
