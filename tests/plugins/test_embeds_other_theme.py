"""The embeds plugin in a theme that sends no Content-Security-Policy (Pelican's `notmyidea`, as
docs/existing-site.md sets it up): nothing is blocked, so no frame becomes a link and no build
warns about what a policy the pages do not carry would block (real builds)."""

from pathlib import Path

import pelican
from bs4 import BeautifulSoup

from tests.support.builds import build_site
from tests.support.packaging import ARTICLE_OVERRIDE, BASE_OVERRIDE

NOTMYIDEA = Path(pelican.__file__).parent / "themes" / "notmyidea"
# A real blog's post: a slide deck's frame, a centred paragraph, a hot-linked picture.
POST = """Title: My talk
Date: 2019-03-01 10:00
Slug: my-talk

<iframe src="https://www.slideshare.net/slideshow/embed_code/key/abc" width="595"
height="485"></iframe>

<p style="text-align: center">The slides, centred.</p>

![A chart](https://i.imgur.com/chart.png)
"""


def build(tmp_path: Path, **settings):
    """Build the post with *settings* over the project's pelicanconf.py."""
    content = tmp_path / "content"
    content.mkdir(exist_ok=True)
    (content / "my-talk.md").write_text(POST, encoding="utf-8")
    return build_site(content, tmp_path / f"output-{len(settings)}", **settings)


def notmyidea_settings(tmp_path: Path) -> dict:
    """The settings docs/existing-site.md gives a notmyidea site."""
    templates = tmp_path / "templates"
    templates.mkdir(exist_ok=True)
    (templates / "article.html").write_text(ARTICLE_OVERRIDE, encoding="utf-8")
    (templates / "base.html").write_text(BASE_OVERRIDE, encoding="utf-8")
    return {
        "THEME": str(NOTMYIDEA),
        "THEME_TEMPLATES_OVERRIDES": [str(templates)],
        "DIRECT_TEMPLATES": ["index", "tags", "categories", "authors", "archives"],
        "ARTICLE_URL": "{slug}.html",
        "ARTICLE_SAVE_AS": "{slug}.html",
    }


def test_a_theme_without_a_policy_keeps_frames_and_warns_of_nothing(tmp_path):
    result = build(tmp_path, **notmyidea_settings(tmp_path))
    assert result.warnings() == []
    page = BeautifulSoup(result.read("my-talk.html"), "html.parser")
    assert page.find("meta", attrs={"http-equiv": "Content-Security-Policy"}) is None
    frame = page.select_one(".entry-content iframe")
    assert frame is not None and frame["src"].startswith("https://www.slideshare.net/")


def test_goldstars_theme_still_sends_and_enforces_its_policy(tmp_path):
    result = build(tmp_path)
    warnings = result.warnings()
    assert any("blocks what posts load from other sites" in w for w in warnings), warnings
    assert any("`style` attributes (1 page" in w for w in warnings), warnings
    page = BeautifulSoup(result.read("2019/my-talk/index.html"), "html.parser")
    assert page.find("meta", attrs={"http-equiv": "Content-Security-Policy"}) is not None
    assert page.select_one(".post-body iframe") is None  # a link to the slides instead
