"""reStructuredText posts as real blogs wrote them, read by Goldstar's build (plugins/front_matter):
real Pelican builds of tiny sites, asserting on the pages."""

from bs4 import BeautifulSoup

from tests.support.sources import write_source

CODE_WITHOUT_LANGUAGE = """Setting up
##########

:date: 2024-08-05

Install it:

.. code-block::

    pip install goldstar

Then run:

.. sourcecode::

    invoke build

And a block with its language:

.. code-block:: python

    print("hello")
"""


def test_a_code_block_without_a_language_is_shown_as_plain_code(site_builder, tmp_path) -> None:
    # Sphinx and docutils' own `code` take a block without a language; Pelican's `code-block`
    # and `sourcecode` needed one, and the block was left out of the page.
    content = tmp_path / "content"
    write_source(content, "setup.rst", CODE_WITHOUT_LANGUAGE)

    result = site_builder(content)

    assert result.warnings() == []
    body = BeautifulSoup(result.read("2024/setting-up/index.html"), "html.parser")
    blocks = [block.get_text() for block in body.select(".post-body div.highlight pre")]
    assert blocks == ["pip install goldstar\n", "invoke build\n", 'print("hello")\n']
    python = body.select(".post-body div.highlight pre")[2]
    assert python.select_one("span.nb").get_text() == "print"  # highlighted as before


MANY_COMPLAINTS = """Talks
#####

:date: 2024-08-06

My talks, with the directives of plugins the blog no longer has:

.. youtube:: NU7W7qe2R0A

See :ref:`the intro <intro>`, a Sphinx role.

.. vimeo:: 76979871

.. gist:: 1234567

.. youtube:: dQw4w9WgXcQ

And after them.
"""


def test_every_complaint_about_a_post_is_named_at_once(site_builder, tmp_path) -> None:
    # Pelican stops at docutils' first complaint: the warning named that one, "(and look for
    # more)", and each of the others took one more build to learn of.
    content = tmp_path / "content"
    write_source(content, "talks.rst", MANY_COMPLAINTS)

    result = site_builder(content)

    assert result.warnings() == [
        'front_matter: talks.rst:8: reStructuredText error: Unknown directive type "youtube"; '
        "the post is built as docutils could read it: fix the line, and line 10 (error: Unknown "
        'interpreted text role "ref"), line 12 (error: Unknown directive type "vimeo"), line 14 '
        '(error: Unknown directive type "gist"), and 1 more'
    ]
    body = BeautifulSoup(result.read("2024/talks/index.html"), "html.parser")
    text = body.select_one(".post-body").get_text()
    assert "And after them." in text and "System Message" not in text
