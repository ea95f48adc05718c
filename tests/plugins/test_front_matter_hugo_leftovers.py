"""What a post moved from Hugo still holds besides its shortcodes' pictures and videos: links to
other posts by `ref` and `relref`, Go template output (`{{ .Site.Title }}`) and a theme's boxes
(`{{% notice %}}`), in real Pelican builds (plugins/front_matter/hugo.py, leftovers.py)."""

import re
from pathlib import Path

HUGO_POST = """+++
title = "Moved from Hugo"
date = 2024-01-02T10:00:00Z
+++

Welcome to {{ .Site.Title }}, and {{ $greeting }}.

See [the other post]({{< ref "other.md" >}}), [its part]({{< relref "other.md#part" >}}),
[from the top]({{< ref "/notes/deep.md" >}}), [by name]({{< ref "notes/deep" >}}) and
[lost]({{< ref "lost" >}}).

{{% notice tip %}}
Careful here.
{{% /notice %}}

How Hugo links: `{{< ref "other.md" >}}` and `{{ .Site.Title }}`.

    {{ .Params.cover }}
"""
OTHER = "Title: The other post\nDate: 2024-01-01\n\nWords.\n\n## Part\n\nMore.\n"
DEEP = "Title: Deep\nDate: 2024-01-01\n\nDeeper words.\n"


def write_site(content: Path) -> None:
    """Write the Hugo post and the two posts it links under *content*."""
    (content / "notes").mkdir(parents=True)
    (content / "hugo.md").write_text(HUGO_POST, encoding="utf-8")
    (content / "other.md").write_text(OTHER, encoding="utf-8")
    (content / "notes" / "deep.md").write_text(DEEP, encoding="utf-8")


def links(html: str) -> dict[str, str]:
    """Return the address of each link in the post's text, by its words."""
    text = html.split('<div class="post-body">')[1].split("</div>")[0]
    return {words: href for href, words in re.findall(r'<a href="([^"]*)">([^<]*)</a>', text)}


def test_refs_to_a_posts_file_are_its_links_and_the_rest_is_named(site_builder, tmp_path):
    write_site(tmp_path / "content")

    result = site_builder()

    page = result.read("2024/moved-from-hugo/index.html")
    assert links(page) == {
        "the other post": "../../2024/the-other-post/",
        "its part": "../../2024/the-other-post/#part",
        "from the top": "../../2024/deep/",
        "by name": "../../2024/deep/",
        "lost": "{{&lt; ref &quot;lost&quot; &gt;}}",
    }
    hugo = "it is a Hugo shortcode, which Pelican does not read"
    template = (
        "is shown as written, read by no plugin: it is Hugo's Go template, which Pelican does "
        "not fill in: write the words it stood for (the site's name), a post's address as "
        "`{filename}/my-post.md`, a picture's as `{static}/images/a.png`"
    )
    assert {w for w in result.warnings() if w.startswith("front_matter")} == {
        f"front_matter: hugo.md:12: `{{{{% notice tip %}}}}` is shown as written: {hugo}: write "
        "the HTML it stood for (a quote, `> **Note:** Careful here.`, its opening and closing "
        "lines taken out)",
        f"front_matter: hugo.md:6: `{{{{ $greeting }}}}` {template}",
        f"front_matter: hugo.md:6: `{{{{ .Site.Title }}}}` {template}",
        f'front_matter: hugo.md:10: `{{{{< ref "lost" >}}}}` is shown as written: {hugo}: write '
        "the HTML it stood for (link the post's file with {filename} ([its title]"
        "({filename}/my-post.md)))",
    }
    assert '<code>{{&lt; ref "other.md" &gt;}}</code> and <code>{{ .Site.Title }}</code>' in page
    assert '<span class="nv">.Params.cover</span>' in page


def test_words_in_double_braces_that_are_no_hugo_template_are_not_called_hugos(
    site_builder, tmp_path
):
    content = tmp_path / "content"
    content.mkdir()
    (content / "braces.md").write_text(
        "Title: Braces\nDate: 2024-01-01\n\nA set {{1, 2}} and {{ x . y }} in prose.\n",
        encoding="utf-8",
    )

    result = site_builder()

    assert not [w for w in result.warnings() if "Hugo" in w]
    assert "{{1, 2}} and {{ x . y }}" in result.read("2024/braces/index.html")
