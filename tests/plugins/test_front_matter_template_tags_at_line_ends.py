"""A template tag that ends a line of a post (`{% include note.html %}` under a paragraph, the
`{% endcomment %}` closing a note, a heading's `{% include toc.html %}`): Python-Markdown's
attr_list took it for its paragraph's attributes (`<p _ include note.html>`), so the page lost
it and no warning named it. It is shown as written and named, with its line, now."""

import pytest
from bs4 import BeautifulSoup

from tests.support.builds import build_site
from tests.support.sources import write_source

pytestmark = pytest.mark.slow

JEKYLL_POST = """\
---
title: "Notes from Jekyll"
date: 2020-01-01
---
Some text before the include
{% include note.html %}

{% comment %}
A private note.
{% endcomment %}

## Setup {% include toc.html %}

A lead paragraph styled by the blog.
{: .lead }

```liquid
<p>{% include note.html %}</p>
```

<div class="box">
{% include box.html %}
</div>
"""
PELICAN_POST = """\
Title: Notes in Pelican's lines
Date: 2020-01-02

The talk, as promised
{% include video.html %}
"""


def test_a_tag_that_ends_a_line_is_shown_and_named(tmp_path) -> None:
    write_source(tmp_path / "content", "jekyll.md", JEKYLL_POST)
    write_source(tmp_path / "content", "lines.md", PELICAN_POST)
    built = build_site(tmp_path / "content", tmp_path / "output")
    named = sorted(w.split(" is shown as written")[0] for w in built.warnings())
    assert named == [  # each tag named once a post (the heading's include is the second)
        "front_matter: jekyll.md:6: `{% include note.html %}`",
        "front_matter: jekyll.md:8: `{% comment %}`",
        "front_matter: lines.md:5: `{% include video.html %}`",
    ]
    body = BeautifulSoup(built.read("2020/notes-from-jekyll/index.html"), "html.parser")
    body = body.select_one(".post-body")
    paragraphs = body.find_all("p", recursive=False)
    assert paragraphs[0].attrs == {}
    assert paragraphs[0].get_text() == "Some text before the include\n{% include note.html %}"
    assert paragraphs[1].get_text().endswith("{% endcomment %}")
    assert body.find("h2").get_text() == "Setup {% include toc.html %}"
    assert body.find("h2").attrs.get("_") is None
    # Near misses: attr_list's own `{: .lead }` still works; code and raw HTML are as written.
    assert body.select_one("p.lead").get_text() == "A lead paragraph styled by the blog."
    assert body.find("pre").get_text().strip() == "<p>{% include note.html %}</p>"
    assert body.select_one("div.box").get_text().strip() == "{% include box.html %}"
    assert "\\}" not in str(body)
    lines = BeautifulSoup(built.read("2020/notes-in-pelicans-lines/index.html"), "html.parser")
    assert lines.select_one(".post-body p").get_text().endswith("{% include video.html %}")
