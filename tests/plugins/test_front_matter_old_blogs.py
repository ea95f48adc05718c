"""What long-lived Pelican blogs moved to Goldstar carry (folders with spaces as categories,
reStructuredText posts, hidden posts' tags, programming languages as tags), read by Goldstar's
build (plugins/front_matter): real Pelican builds of tiny sites, asserting on the pages and on
every warning."""

from tests.support.posts import page_at
from tests.support.sources import write_source

GENERATORS = """Python generators
#################

:date: 2014-03-12 10:20
:tags: python

See `my first contribution <{filename}/open source/first.rst>`_.
"""

FIRST = """My first contribution
#####################

:date: 2013-11-02

It went fine.
"""


def test_a_rst_link_into_a_folder_with_spaces_says_to_write_them_as_percent_20(
    site_builder, tmp_path
) -> None:
    # A folder named as its category (`open source/`, USE_FOLDER_AS_CATEGORY): docutils takes
    # every space out of a link's address, so the link named `/opensource/first.rst`, and the
    # warning said only that no such file existed, which the blogger could see it did.
    content = tmp_path / "content"
    write_source(content, "python/generators.rst", GENERATORS)
    write_source(content, "open source/first.rst", FIRST)

    result = site_builder(content)

    ours = [w for w in result.warnings() if w.startswith("front_matter")]
    assert ours == [
        "front_matter: python/generators.rst: the link `{filename}/opensource/first.rst` names no "
        "file of the site: reStructuredText takes the spaces out of a link's address, and the "
        "file is `open source/first.rst`; it is left as written: write each space as %20 "
        "(`{filename}/open%20source/first.rst`)"
    ]
    assert result.warnings() == [
        *ours,
        "Unable to find '/opensource/first.rst', skipping url replacement.",
    ]


def test_the_link_written_as_the_warning_says_leads_to_the_post(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    write_source(
        content, "python/generators.rst", GENERATORS.replace("open source", "open%20source")
    )
    write_source(content, "open source/first.rst", FIRST)

    result = site_builder(content)

    assert result.warnings() == []
    link = page_at(result, "2014/python-generators/index.html").find(
        "a", string="my first contribution"
    )
    assert link["href"] == "../../2013/my-first-contribution/"


def test_a_link_to_a_hidden_posts_own_tag_suggests_a_tag_that_has_a_page(
    site_builder, tmp_path
) -> None:
    # A hidden post (`Status: hidden`) linking its own tag: that tag has no page, and the warning
    # suggested linking to... the same tag.
    content = tmp_path / "content"
    write_source(
        content,
        "thanks.md",
        "Title: Thanks\nDate: 2015-01-02\nStatus: hidden\nTags: hidden-only\n\n"
        "[more]({tag}hidden-only)\n",
    )
    write_source(content, "kind.md", "Title: Kind\nDate: 2015-01-03\nTags: kindness\n\nText.\n")

    result = site_builder(content)

    assert result.warnings() == [
        "front_matter: thanks.md: the link `{tag}hidden-only` names a tag no published post has, "
        "so its page is not written: link to one that is (e.g. `{tag}kindness`)"
    ]


def test_tags_whose_names_make_one_address_are_named(site_builder, tmp_path) -> None:
    # Pelican's slug drops `+` and `#`: `C++` and `C#` were one tag page, `tag/c/`, and a post
    # tagged with both showed only `#c++`, without a word.
    content = tmp_path / "content"
    write_source(content, "notes.md", "Title: Notes\nDate: 2016-05-05\nTags: c++, C#\n\nNotes.\n")
    write_source(content, "later.md", "Title: Later\nDate: 2016-06-05\nTags: F#\n\nMore.\n")
    write_source(content, "again.md", "Title: Again\nDate: 2016-07-05\nTags: f, C++\n\nAgain.\n")

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: later.md: the tag 'F#' makes the same address as 'f' (again.md), "
        "tag/f/index.html (its slug drops `#`): they share one page: give one another name, "
        "or spell those characters out in TAG_REGEX_SUBSTITUTIONS (docs/migrating.md)",
        "front_matter: notes.md: the tag 'C#' makes the same address as 'c++' (notes.md), "
        "tag/c/index.html (its slug drops `+` `#`): the post keeps only the first: give one "
        "another name, or spell those characters out in TAG_REGEX_SUBSTITUTIONS "
        "(docs/migrating.md)",
    ]


def test_names_that_mean_one_tag_share_its_page_quietly(site_builder, tmp_path) -> None:
    # Punctuation that means nothing to the name, or a hashtag's `#`: one tag, as Pelican means.
    content = tmp_path / "content"
    write_source(content, "a.md", "Title: A\nDate: 2016-05-05\nTags: Node.js, #python\n\nA.\n")
    write_source(
        content, "b.md", "Title: B\nDate: 2016-05-06\nTags: nodejs, python, Python\n\nB.\n"
    )

    result = site_builder(content)

    assert result.warnings() == []
    assert (result.output / "tag" / "nodejs" / "index.html").is_file()


def test_spelled_out_characters_give_each_tag_its_page(site_builder, tmp_path) -> None:
    # The fix the warning names: each name its own address, no warning.
    content = tmp_path / "content"
    write_source(
        content, "notes.md", "Title: Notes\nDate: 2016-05-05\nTags: c++, C#, Python\n\nX.\n"
    )
    write_source(content, "more.md", "Title: More\nDate: 2016-05-06\nTags: python\n\nY.\n")
    subs = [(r"\+", "-plus"), ("#", "-sharp"), (r"[^\w\s-]", ""), (r"[-\s]+", "-")]

    result = site_builder(content, TAG_REGEX_SUBSTITUTIONS=subs)

    assert result.warnings() == []
    chips = page_at(result, "2016/notes/index.html").select("ul.chips a")
    assert [(a.get_text(), a["href"]) for a in chips] == [
        ("#c++", "../../tag/c-plus-plus/"),
        ("#C#", "../../tag/c-sharp/"),
        ("#Python", "../../tag/python/"),
    ]


LIQUID_RST = """Old pictures
############

:date: 2014-05-01

{% img /images/diagram.png 300 "a diagram" %}

A Jinja loop, as a tutorial shows it:

.. code-block:: jinja

   {% for post in articles %}{{ post.title }}{% endfor %}
"""


def test_plugin_syntax_a_rst_or_html_post_shows_as_written_is_named(site_builder, tmp_path) -> None:
    # liquid_tags is a Markdown extension: an `{% img %}` in a reStructuredText post (or a
    # jinja2content `{{ SITEURL }}` in an HTML post) was shown to readers, and the build said
    # nothing; a Markdown post's were named.
    content = tmp_path / "content"
    write_source(content, "pictures.rst", LIQUID_RST)
    write_source(
        content,
        "links.html",
        '<html><head><title>Links</title><meta name="date" content="2014-06-01"></head>\n'
        '<body>\n<p>My <a href="{{ SITEURL }}/pages/about.html">about page</a>.</p>\n</body>'
        "</html>\n",
    )

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "Replacement Indicator '{ SITEURL ' not recognized in '{{ SITEURL }}/pages/about.html', "
        "skipping replacement",  # Pelican's, which names neither the post nor the fix
        "front_matter: links.html:3: `{{ SITEURL }}` is shown as written, read by no plugin: it "
        "is Jinja, which the jinja2content plugin filled in: pip install pelican-jinja2content "
        'and add "pelican.plugins.jinja2content" to PLUGINS, or write what it stood for (a link '
        "to `{{ SITEURL }}/images/a.png` as `{static}/images/a.png`)",
        'front_matter: pictures.rst:6: `{% img /images/diagram.png 300 "a diagram" %}` is '
        "shown as written, read by no plugin: liquid_tags reads Markdown posts only: write what "
        "it stood for (in reStructuredText, a picture as `.. image::`, other HTML such as a "
        "video's <iframe>, which becomes a link that plays it, in a `.. raw:: html` block)",
    ]
    body = page_at(result, "2014/old-pictures/index.html").select_one(".post-body")
    assert "{% for post in articles %}" in body.pre.get_text()


def test_a_rst_post_without_plugin_syntax_is_not_named(site_builder, tmp_path) -> None:
    # Braces in prose and Jinja in code are the post's own words, and so is an HTML page's Vue
    # template (`{{ message }}`): jinja2content filled in the settings (`{{ SITEURL }}`).
    content = tmp_path / "content"
    text = LIQUID_RST.replace('{% img /images/diagram.png 300 "a diagram" %}', "A set {1, 2}.")
    write_source(content, "pictures.rst", text)
    write_source(
        content,
        "demo.html",
        '<html><head><title>Demo</title><meta name="date" content="2014-06-01"></head>\n'
        '<body><div id="app">{{ message }}</div></body></html>\n',
    )

    assert site_builder(content).warnings() == []


def test_a_post_with_metadata_lines_but_no_title_is_titled_from_its_file(
    site_builder, tmp_path
) -> None:
    # A post started with `Date:` and `Tags:` and never given a `Title:` line: Pelican left it
    # out with an error ("could not find information about 'title'"), and `invoke build`
    # (errors fatal) stopped there. A YAML post without `title:` was already titled so.
    content = tmp_path / "content"
    write_source(
        content, "open source/ten-years_on.md", "Date: 2016-01-01\nTags: misc\n\nTen years.\n"
    )

    result = site_builder(content, USE_FOLDER_AS_CATEGORY=True)

    assert result.warnings() == [
        "front_matter: open source/ten-years_on.md: its metadata has no `Title:` line; it is "
        "titled 'Ten Years On' from its file's name: write `Title: Ten Years On` to choose"
    ]
    page = page_at(result, "2016/ten-years-on/index.html")
    assert page.select_one("h1.post-title").get_text(strip=True) == "Ten Years On"


def test_a_title_from_filename_metadata_is_kept(site_builder, tmp_path) -> None:
    # A blog whose FILENAME_METADATA gives the title: the reader gives none, Pelican's stays.
    content = tmp_path / "content"
    write_source(content, "2016-01-01_ten-years.md", "Date: 2016-01-01\nTags: misc\n\nTen years.\n")

    result = site_builder(content, FILENAME_METADATA=r"(?P<date>\d{4}-\d{2}-\d{2})_(?P<title>.*)")

    assert result.warnings() == []
    assert [a.title for a in result.articles] == ["ten-years"]


def test_a_rst_post_saved_with_a_byte_order_mark_has_none_in_its_title(
    site_builder, tmp_path
) -> None:
    # Saved by a Windows editor: a UTF-8 byte order mark and CRLF line endings. docutils kept the
    # mark, which began the title: an invisible U+FEFF in the heading, every listing and the feed.
    content = tmp_path / "content"
    content.mkdir()
    lines = ["\ufeffÉté à Lyon", "#" * 11, "", ":date: 2012-07-14 18:00", "", "Il faisait chaud."]
    text = "\r\n".join(lines) + "\r\n"
    (content / "ete.rst").write_bytes(text.encode("utf-8"))

    result = site_builder(content)

    assert result.warnings() == []
    assert [a.title for a in result.articles] == ["Été à Lyon"]
    for page in ("2012/ete-a-lyon/index.html", "index.html", "feeds/all.atom.xml"):
        assert "\ufeff" not in result.read(page), page
    assert page_at(result, "index.html").select_one(".card-title a").get_text() == "Été à Lyon"


SUMMARY_RST = """Python generators
#################

:date: 2014-03-12 10:20
:summary: A look at <em>yield</em> and <a href="{filename}/first.rst">my first post</a>.

Generators are lazy.
"""


def test_inline_html_in_a_rst_summary_is_html(site_builder, tmp_path) -> None:
    # `:summary:` with HTML, as a Markdown post's `Summary:` writes it: docutils showed each tag
    # as written, `<em>` and all, in every listing and the page's description.
    content = tmp_path / "content"
    write_source(content, "generators.rst", SUMMARY_RST)
    write_source(content, "first.rst", FIRST)

    result = site_builder(content)

    assert result.warnings() == []
    card = page_at(result, "index.html").select_one(".card-summary")
    assert card.em.get_text() == "yield"
    assert (result.output / card.a["href"] / "index.html").is_file(), card.a["href"]
    description = page_at(result, "2014/python-generators/index.html").find(
        "meta", attrs={"name": "description"}
    )
    assert description["content"] == "A look at yield and my first post."


def test_a_rst_summary_naming_a_tag_keeps_it_as_text(site_builder, tmp_path) -> None:
    # A tag in a literal, or one never closed, is the summary's own words.
    content = tmp_path / "content"
    summary = ":summary: The ``<em>`` element, and a lone <strong> tag."
    write_source(
        content, "generators.rst", SUMMARY_RST.replace(SUMMARY_RST.splitlines()[4], summary)
    )

    result = site_builder(content)

    assert result.warnings() == []
    card = page_at(result, "index.html").select_one(".card-summary")
    assert card.get_text(strip=True) == "The<em>element, and a lone <strong> tag."
    assert card.code.get_text() == "<em>" and card.strong is None


def test_a_menu_link_with_a_slash_to_a_page_written_as_html_is_named(site_builder, tmp_path):
    # A blog that kept Pelican's page addresses (`pages/ueber.html`) and brought a menu written
    # for its old theme's (`/pages/ueber/`): no host serves `ueber.html` at `ueber/`, and every
    # page's menu led to a 404, while the check took the `.html` file for it.
    content = tmp_path / "content"
    write_source(content, "hello.md", "Title: Hallo\nDate: 2015-04-01\n\nHallo Welt.\n")
    write_source(content, "pages/ueber.md", "Title: Über mich\nSlug: ueber\n\nIch bin Jörg.\n")
    menu = (("Über", "/pages/ueber/"), ("Über", "/pages/ueber.html"), ("Über", "/pages/ueber"))

    result = site_builder(
        content, PAGE_URL="pages/{slug}.html", PAGE_SAVE_AS="pages/{slug}.html", MENUITEMS=menu
    )

    assert result.warnings() == [
        "front_matter: MENUITEMS: the link '/pages/ueber/' ('Über') leads to no page of the "
        "site: fix it or take it out (a page your host serves outside the site: write its full "
        "https:// address)"
    ]


NAME_LINKS_RST = """Python generators
#################

:date: 2014-03-12 10:20
:tags: best practices

See `the category <{category}open source>`_ and `the tag <{tag}best practices>`_.
"""


def test_a_rst_link_to_a_category_with_spaces_says_to_write_its_slug(site_builder, tmp_path):
    # docutils takes `{category}open source` to `{category}opensource`: a page never written,
    # and the warning suggested another category (`{category}python`), not the fix.
    content = tmp_path / "content"
    write_source(content, "python/generators.rst", NAME_LINKS_RST)
    write_source(content, "open source/first.rst", FIRST)

    result = site_builder(content, USE_FOLDER_AS_CATEGORY=True)

    assert result.warnings() == [
        f"front_matter: python/generators.rst: the link `{{{what}}}{written}` names a {what} no "
        "published post has: reStructuredText takes the spaces out of a link's address, and the "
        f"{what} is '{name}'; it is left as written: write its slug (`{{{what}}}{slug}`)"
        for what, written, name, slug in (
            ("category", "opensource", "open source", "open-source"),
            ("tag", "bestpractices", "best practices", "best-practices"),
        )
    ]


def test_the_slug_written_as_the_warning_says_links_the_page(site_builder, tmp_path) -> None:
    content = tmp_path / "content"
    text = NAME_LINKS_RST.replace("}open source", "}open-source").replace(
        "}best practices", "}best-practices"
    )
    write_source(content, "python/generators.rst", text)
    write_source(content, "open source/first.rst", FIRST)

    result = site_builder(content, USE_FOLDER_AS_CATEGORY=True)

    assert result.warnings() == []
    body = page_at(result, "2014/python-generators/index.html").select_one(".post-body")
    for link in body.select("a"):
        assert (result.output / "2014/python-generators" / link["href"] / "index.html").is_file()


def test_a_save_as_or_url_written_alone_is_linked_where_the_page_is(site_builder, tmp_path):
    # An old blog whose ARTICLE_URL was `{slug}.html` wrote `Save_as: legacy/saved.html` alone,
    # and its URL matched by chance; with Goldstar's addresses every listing, the menu and the
    # canonical address led to `2011/saved-elsewhere/`, where nothing was written. `URL:` alone
    # linked where nothing was written either.
    content = tmp_path / "content"
    write_source(
        content,
        "saved.md",
        "Title: Saved elsewhere\nDate: 2011-01-01\nSave_as: legacy/a.html\n\nA.\n",
    )
    write_source(
        content, "linked.md", "Title: Linked elsewhere\nDate: 2011-01-02\nURL: legacy/b/\n\nB.\n"
    )
    write_source(
        content, "kept.md", "Title: Kept\nDate: 2011-01-03\nSave_as: c.html\nURL: c.html\n\nC.\n"
    )
    write_source(content, "pages/old.md", "Title: Old page\nSave_as: old.html\n\nOld.\n")

    result = site_builder(content)

    assert sorted(result.warnings()) == [
        "front_matter: linked.md: with `URL: legacy/b/` and no Save_as, its links led to "
        "'legacy/b/', where nothing was written: it was written to "
        "'2011/linked-elsewhere/index.html'; it is written to 'legacy/b/index.html' now; write "
        "`Save_as: legacy/b/index.html` beside it to say so",
        "front_matter: pages/old.md: with `Save_as: old.html` and no URL, its links led to "
        "'old-page/', where nothing was written: it is linked at 'old.html' now; write "
        "`URL: old.html` beside it to say so",
        "front_matter: saved.md: with `Save_as: legacy/a.html` and no URL, its links led to "
        "'2011/saved-elsewhere/', where nothing was written: it is linked at 'legacy/a.html' "
        "now; write `URL: legacy/a.html` beside it to say so",
    ]
    home = page_at(result, "index.html")
    links = [a["href"] for a in home.select(".card-title a, nav.site-nav a")]
    assert {"./legacy/a.html", "./legacy/b/", "./c.html", "./old.html"} <= set(links)
    for link in links:
        assert (result.output / link).is_file() or (result.output / link / "index.html").is_file()
    canonical = page_at(result, "legacy/a.html").find("link", rel="canonical")["href"]
    assert canonical.endswith("/legacy/a.html")
