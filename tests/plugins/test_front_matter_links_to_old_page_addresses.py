"""A blog whose pages were at `/django.html` (PAGE_URL = "{slug}.html") links them so from
every post: built with Goldstar's `{slug}/`, each link led to no file, and the warning said
"keep your old ARTICLE_URL and PAGE_URL" without saying which (fullstackpython: 719 posts and
pages). A link that is a built page's or post's slug names the two settings that keep it."""

import pytest

from tests.support.builds import build_site
from tests.support.sources import write_source

pytestmark = pytest.mark.slow

ABOUT = "Title: About Django\nSlug: django\n\nWhat Django is.\n"
POST = """\
Title: Deploying
Date: 2024-08-01

Read [the Django page](/django.html) first, then [the old one](/flask.html).
"""
TUTORIAL = """\
Title: Tutorial
Date: 2024-08-02

See [the deploy post](/deploying/).
"""


def _links_warnings(built) -> list[str]:
    return [w for w in built.warnings() if "to no file of the built site" in w]


def test_a_link_to_a_page_s_old_address_names_the_settings_that_keep_it(tmp_path) -> None:
    content = tmp_path / "content"
    write_source(content, "pages/django.md", ABOUT)
    write_source(content, "deploying.md", POST)
    write_source(content, "tutorial.md", TUTORIAL)
    built = build_site(content, tmp_path / "output")
    deploying, tutorial = sorted(_links_warnings(built))
    assert deploying.startswith(
        "front_matter: deploying.md: `/django.html`, `/flask.html` lead to no file"
    )
    assert deploying.endswith(
        ": `/django.html` was the address of the page now at `django/`: to keep the old "
        'addresses, write PAGE_URL = "{slug}.html" and PAGE_SAVE_AS = "{slug}.html" in '
        "pelicanconf.py (docs/migrating.md, section 2), or link the post with `{filename}`"
    )
    assert tutorial.startswith("front_matter: tutorial.md: `/deploying/` leads to no file")
    assert 'ARTICLE_URL = "{slug}/" and ARTICLE_SAVE_AS = "{slug}/index.html"' in tutorial
    assert "now at `2024/deploying/`" in tutorial


def test_a_link_to_no_post_s_address_keeps_the_general_advice(tmp_path) -> None:
    # Near miss: `/flask.html` is no slug of the site: the advice is the general one.
    content = tmp_path / "content"
    write_source(content, "deploying.md", POST.replace("/django.html", "/flask-intro.html"))
    built = build_site(content, tmp_path / "output")
    (warned,) = _links_warnings(built)
    assert warned.endswith(
        "link the post with `{filename}`, or keep your old ARTICLE_URL and PAGE_URL "
        "(docs/migrating.md, section 2)"
    )
