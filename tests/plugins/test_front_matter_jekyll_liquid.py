"""Jekyll's own Liquid left in posts moved from Jekyll (plugins/front_matter/leftovers.py), in real
Pelican builds: `{% include image.html … %}` and `{{ site.baseurl }}` were called Jinja, with the
advice to install jinja2content, which reads neither; `{{ "/a.png" | relative_url }}` got only
Pelican's "Replacement Indicator … not recognized", naming no post."""

from tests.support.sources import write_source

JEKYLL_POST = """\
---
layout: post
title: "Jekyll leftovers"
date: 2018-05-06 10:00:00 +0100
---

{% include image.html url="/assets/x.png" description="An x" %}

![A picture]({{ "/assets/img/pic.png" | relative_url }})

[About]({{ site.baseurl }}/about/)

{% include_relative notes.md %}

```liquid
{{ site.title | escape }} {% include footer.html %}
```
"""
# Near misses: jinja2content's own syntax keeps its advice.
JINJA_POST = """\
Title: Jinja
Date: 2019-03-05

![A dog]({{ SITEURL }}/images/dog.png) and {% include "note.html" %}.
"""
JEKYLL = (
    "is shown as written, read by no plugin: it is Jekyll's Liquid, which no Pelican plugin reads"
)
ADDRESS = (
    "write the address from the content folder (`{{ site.baseurl }}/images/a.png` or "
    '`{{ "/images/a.png" | relative_url }}` as `{static}/images/a.png`, a post as '
    "`{filename}/my-post.md`), or the words it stood for"
)
JINJA = (
    "is shown as written, read by no plugin: it is Jinja, which the jinja2content plugin filled "
    'in: pip install pelican-jinja2content and add "pelican.plugins.jinja2content" to PLUGINS, '
    "or write what it stood for (a link to `{{ SITEURL }}/images/a.png` as "
    "`{static}/images/a.png`)"
)


def test_jekylls_includes_and_variables_are_named_as_jekylls_with_the_fix(
    site_builder, tmp_path
) -> None:
    content = tmp_path / "content"
    write_source(content, "2018-05-06-leftovers.md", JEKYLL_POST)
    near = tmp_path / "near"  # a build of its own: the plugin names five of a kind per build
    write_source(near, "jinja.md", JINJA_POST)

    result = site_builder(content)
    near_result = site_builder(near)

    mine = [w for w in result.warnings() if w.startswith("front_matter: 2018-05-06-leftovers.md")]
    assert mine == [
        'front_matter: 2018-05-06-leftovers.md:7: `{% include image.html url="/assets/x.png" '
        f'description="An x" %}}` {JEKYLL}: write the HTML the file of _includes/ made in its '
        "place (a picture as ![its words]({static}/images/a.png))",
        "front_matter: 2018-05-06-leftovers.md:13: `{% include_relative notes.md %}` "
        f"{JEKYLL}: paste the file's text in its place",
        'front_matter: 2018-05-06-leftovers.md:9: `{{ "/assets/img/pic.png" | relative_url }}` '
        f"{JEKYLL}: {ADDRESS}",
        f"front_matter: 2018-05-06-leftovers.md:11: `{{{{ site.baseurl }}}}` {JEKYLL}: {ADDRESS}",
    ]
    assert [w for w in near_result.warnings() if w.startswith("front_matter: jinja.md")] == [
        f'front_matter: jinja.md:4: `{{% include "note.html" %}}` {JINJA}',
        f"front_matter: jinja.md:4: `{{{{ SITEURL }}}}` {JINJA}",
    ]
    # The post is still built, the code block's Liquid shown as code.
    page = result.read("2018/jekyll-leftovers/index.html")
    assert "{{ site.title | escape }}" in page
