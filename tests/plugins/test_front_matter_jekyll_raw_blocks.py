"""`{% raw %}` … `{% endraw %}` in posts moved from Jekyll (or written for jinja2content): both
read the whole file, code too, and showed what the block kept as written, without the two tags.
Python-Markdown showed the tags, a `{% endraw %}` ending a paragraph became that paragraph's
attributes (`<p _ endraw>`), and the kept `{{ name }}` was named as Jinja to fill in."""

import pytest
from bs4 import BeautifulSoup

from tests.support.builds import build_site
from tests.support.sources import write_source

pytestmark = pytest.mark.slow

VUE_POST = """\
---
layout: post
title: "Templates in Vue"
date: 2019-06-01 10:00:00 +0100
---

{% raw %}
Write {{ message }} where the words go.
{% endraw %}

Inline, `{% raw %}{{ count }}{% endraw %}` counts.

```html
{%- raw -%}
<p v-if="seen">{{ message | capitalize }}</p>
{%- endraw -%}
```
"""
# Near misses: a tag without its pair, and Jinja outside the block, are still named.
LEFTOVERS_POST = """\
Title: Leftovers
Date: 2019-06-02

A {% raw %} never closed, and ![A dog]({{ SITEURL }}/images/dog.png).
"""


def test_what_a_raw_block_kept_is_shown_as_written_without_its_tags(tmp_path) -> None:
    write_source(tmp_path / "content", "2019-06-01-vue.md", VUE_POST)
    built = build_site(tmp_path / "content", tmp_path / "output")
    assert built.warnings() == []
    body = BeautifulSoup(built.read("2019/templates-in-vue/index.html"), "html.parser")
    body = body.select_one(".post-body")
    assert "raw" not in str(body)  # neither the tags nor `<p _ endraw>`
    first = body.find("p")
    assert first.attrs == {}
    assert first.get_text().strip() == "Write {{ message }} where the words go."
    assert body.select("p code")[0].get_text() == "{{ count }}"
    assert body.find("pre").get_text().strip() == ('<p v-if="seen">{{ message | capitalize }}</p>')


def test_a_raw_tag_without_its_pair_and_jinja_outside_are_still_named(tmp_path) -> None:
    write_source(tmp_path / "content", "leftovers.md", LEFTOVERS_POST)
    built = build_site(tmp_path / "content", tmp_path / "output")
    named = [
        w.split(" is shown as written")[0]
        for w in built.warnings()
        if w.startswith("front_matter:")  # not Pelican's own about the link's `{ SITEURL `
    ]
    assert named == [
        "front_matter: leftovers.md:4: `{% raw %}`",
        "front_matter: leftovers.md:4: `{{ SITEURL }}`",
    ]
    assert "{% raw %} never closed" in built.read("2019/leftovers/index.html")
