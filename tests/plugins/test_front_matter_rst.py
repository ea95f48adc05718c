"""reStructuredText posts as real blogs wrote them, read by Goldstar's build (plugins/front_matter):
real Pelican builds of tiny sites, asserting on the pages."""

from pathlib import Path

from bs4 import BeautifulSoup

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


def write(content: Path, name: str, text: str) -> None:
    """Write one source file under *content*."""
    content.mkdir(parents=True, exist_ok=True)
    (content / name).write_text(text, encoding="utf-8")


def test_a_code_block_without_a_language_is_shown_as_plain_code(site_builder, tmp_path) -> None:
    # Sphinx and docutils' own `code` take a block without a language; Pelican's `code-block`
    # and `sourcecode` needed one, and the block was left out of the page.
    content = tmp_path / "content"
    write(content, "setup.rst", CODE_WITHOUT_LANGUAGE)

    result = site_builder(content)

    assert result.warnings() == []
    body = BeautifulSoup(result.read("2024/setting-up/index.html"), "html.parser")
    blocks = [block.get_text() for block in body.select(".post-body div.highlight pre")]
    assert blocks == ["pip install goldstar\n", "invoke build\n", 'print("hello")\n']
    python = body.select(".post-body div.highlight pre")[2]
    assert python.select_one("span.nb").get_text() == "print"  # highlighted as before
