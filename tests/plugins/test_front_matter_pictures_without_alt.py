"""A picture written as `<img>` with no `alt` at all, as bloggers paste them from old editors
(fullstackpython: 89 in 20 posts and pages): a screen reader reads its file's name. Pelican names
only an empty `alt`; such a post is now named, with the line of the picture and what to write."""

import re

import pytest

from tests.support.builds import build_site
from tests.support.corpora import corpus_path
from tests.support.sources import write_source

pytestmark = pytest.mark.slow

TUTORIAL = """\
Title: Deploy in ten minutes
Date: 2024-03-01
Category: howto

Create a droplet first.

<a href="https://example.org/course"><img src="/images/course.jpg" class="shot" width="100%"></a>

Then pick its size:

<p><img src='/images/droplet-size.png' width="600"></p>

The form has its own picture <img src="/images/form.png" alt="The create form"> and a line
<img src="/images/rule.png" alt=""> between the parts.

An `<img src="x.png">` tag in code, and in a block:

```html
<img src="logo.png">
```

<!-- <img src="/images/old.png"> -->
"""

ABOUT = """\
Title: About
Date: 2024-03-01

<img src="/images/me.jpg">
"""

DESCRIBED = """\
Title: Described
Date: 2024-03-02
Category: howto

![Two cakes on a table](/images/cakes.jpg)

<img src="/images/cake.jpg" alt="A cake with three candles" width="300">
"""


PICTURES = ("course.jpg", "droplet-size.png", "form.png", "rule.png", "me.jpg", "cakes.jpg")
PICTURES += ("cake.jpg",)


def alt_warnings(warnings: list[str]) -> list[str]:
    """Return the warnings about pictures without alt text."""
    return [w for w in warnings if "no alt text" in w]


def test_a_picture_without_alt_is_named_with_its_line_and_what_to_write(tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "deploy.md", TUTORIAL)
    write_source(content, "pages/about.md", ABOUT)
    write_source(content, "described.md", DESCRIBED)
    for picture in PICTURES:
        write_source(content, f"images/{picture}", b"GIF89a")
    built = build_site(content, tmp_path / "output")
    warned = alt_warnings(built.warnings())
    assert sorted(warned) == [
        "front_matter: deploy.md:7: the picture `/images/course.jpg` and 1 more have no alt "
        'text, so a screen reader reads its file\'s name: say what it shows with alt="…" '
        '(alt="" for a picture that only decorates), or write it as ![what it shows](picture.png)',
        "front_matter: pages/about.md:4: the picture `/images/me.jpg` has no alt text, so a "
        'screen reader reads its file\'s name: say what it shows with alt="…" (alt="" for a '
        "picture that only decorates), or write it as ![what it shows](picture.png)",
    ]
    # Pelican's own word for the empty alt is still said; code and comments are not pictures,
    # nor links to files (`x.png` in code was named as a link to no file).
    others = [w for w in built.warnings() if w not in warned]
    assert len(others) == 1 and others[0].startswith("Empty alt attribute for image rule.png")
    page = built.read("2024/deploy-in-ten-minutes/index.html")
    assert '<img src="/images/course.jpg"' in page  # the picture itself is left as written


def test_a_real_blog_s_pictures_without_alt_are_named_where_they_are(tmp_path) -> None:
    posts = corpus_path("site-fullstackpython/content/posts")
    built = build_site(posts, tmp_path / "output")
    (warned,) = alt_warnings(built.warnings())  # one, listing them all: none left unnamed
    assert warned.startswith("front_matter: 17 posts show pictures with no alt text")
    named = re.findall(r"^  ([^:\n]+):(\d+): the picture `", warned, re.MULTILINE)
    assert len(named) == 17
    for source, line in named:
        tag = (posts / source).read_text(encoding="utf-8").splitlines()[int(line) - 1]
        assert re.search(r"<img\b(?![^>]*\balt=)[^>]*>", tag), (source, line, tag)
    assert "front_matter: more posts with pictures without alt text" not in built.warnings()


def test_a_link_shown_as_code_is_no_link_of_the_page(tmp_path) -> None:
    # An HTML tutorial's `<img src="/static/logo.png">` in code was named as a link to no file.
    content = tmp_path / "content"
    write_source(
        content,
        "tutorial.md",
        "Title: Templates\nDate: 2024-03-01\nCategory: howto\n\n"
        'Write `<img src="/static/logo.png" alt="Logo">` in the template, and the link:\n\n'
        '```\n<a href="/about/team.html">Team</a>\n```\n\n'
        '<img src="/images/missing.png" alt="The page as it looks">\n',
    )
    built = build_site(content, tmp_path / "output")
    assert [w.split(" lead")[0] for w in built.warnings()] == [
        "front_matter: tutorial.md: `/images/missing.png`"
    ]
