"""A Pelican post (`Title:` lines, no Jekyll `---` front matter) that teaches Jinja shows
`{% raw %}` … `{% endraw %}` in its code: Pelican reads no Jinja in a post, so the tags are what
the reader is to type. They were dropped as a Jekyll post's are (Liquid read its code too), and
the lesson showed code without the very tags it taught. A Jekyll post still loses them, in code
too, as it did on Jekyll; a Pelican post's block outside code (left for jinja2content) as well."""

import pytest
from bs4 import BeautifulSoup

from tests.support.builds import build_site
from tests.support.sources import write_source

pytestmark = pytest.mark.slow

LESSON = """\
Title: Showing braces in Jinja
Date: 2024-05-01
Category: howto

Wrap what Jinja must not read:

```jinja
{% raw %}
<p>{{ user.name }}</p>
{% endraw %}
```

Or, in an indented block:

    {% raw %}{{ page.title }}{% endraw %}

That is all.
"""

JEKYLL_LESSON = """\
---
layout: post
title: "Showing braces in Vue"
date: 2024-05-02 10:00:00 +0100
---

```html
{% raw %}
<p>{{ user.name }}</p>
{% endraw %}
```

    {% raw %}{{ page.title }}{% endraw %}
"""

JINJA2CONTENT_LEFTOVER = """\
Title: Braces kept
Date: 2024-05-03

{% raw %}
Write {{ message }} where the words go.
{% endraw %}
"""


def _body(built, path: str):
    return BeautifulSoup(built.read(path), "html.parser").select_one(".post-body")


def test_a_pelican_post_s_code_keeps_its_raw_tags(tmp_path) -> None:
    write_source(tmp_path / "content", "jinja-raw.md", LESSON)
    built = build_site(tmp_path / "content", tmp_path / "output")
    assert built.warnings() == []
    fenced, indented = [
        pre.get_text() for pre in _body(built, "2024/showing-braces-in-jinja/index.html")("pre")
    ]
    assert fenced.strip() == "{% raw %}\n<p>{{ user.name }}</p>\n{% endraw %}"
    assert indented.strip() == "{% raw %}{{ page.title }}{% endraw %}"


def test_a_jekyll_post_s_code_still_loses_them_as_on_jekyll(tmp_path) -> None:
    write_source(tmp_path / "content", "2024-05-02-vue.md", JEKYLL_LESSON)
    built = build_site(tmp_path / "content", tmp_path / "output")
    assert built.warnings() == []
    body = _body(built, "2024/showing-braces-in-vue/index.html")
    fenced, indented = [pre.get_text().strip() for pre in body("pre")]
    assert fenced == "<p>{{ user.name }}</p>"
    assert indented == "{{ page.title }}"


def test_a_pelican_post_s_raw_block_outside_code_still_loses_them(tmp_path) -> None:
    write_source(tmp_path / "content", "kept.md", JINJA2CONTENT_LEFTOVER)
    built = build_site(tmp_path / "content", tmp_path / "output")
    assert built.warnings() == []
    body = _body(built, "2024/braces-kept/index.html")
    assert "raw" not in str(body)
    assert body.find("p").get_text().strip() == "Write {{ message }} where the words go."
