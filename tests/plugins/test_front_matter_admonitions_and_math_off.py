"""Markdown a blog's old settings read, shown as written under Goldstar's (plugins/front_matter/
leftovers.py), in real Pelican builds: `!!! note` boxes (the admonition extension) and `$$ … $$`
math (arithmatex, commented out in pelicanconf.py) were paragraphs of text, with no warning."""

from tests.support.builds import build_site

POST = """\
Title: Notes and math
Date: 2019-02-06

Wow!!! It costs $$ or $$$ at most, and $$ again.

!!! Big news today

!!!IMPORTANT!!!

!!! note "Careful"
    Check the oven.

$$
\\int_0^1 x^2 dx = \\frac{1}{3}
$$

```
$$ a^2 $$ and !!! warning in code
```
"""
READ_BY = "is shown as written, read by no plugin:"


def test_admonitions_and_math_the_settings_do_not_read_are_named_with_the_setting(
    site_builder, tmp_path
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "notes.md").write_text(POST, encoding="utf-8")

    result = site_builder(content)

    assert [w for w in result.warnings() if w.startswith("front_matter: notes.md")] == [
        f"front_matter: notes.md:10: `!!! note` {READ_BY} it is a note box, which "
        "Python-Markdown's admonition extension writes: add "
        '"markdown.extensions.admonition": {} to MARKDOWN\'s extension_configs in pelicanconf.py',
        f"front_matter: notes.md:13: `$$ \\int_0^1 x^2 dx = \\frac{{1}}{{3}} $$` {READ_BY} it is "
        "math, which pymdownx.arithmatex reads: uncomment its line in MARKDOWN's "
        'extension_configs in pelicanconf.py (docs/theme.md, "Math")',
    ]
    assert "Check the oven." in result.read("2019/notes-and-math/index.html")


def test_with_the_settings_the_warning_asks_for_the_box_and_the_math_are_drawn(
    tmp_path,
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "notes.md").write_text(POST, encoding="utf-8")
    markdown = build_site(content, tmp_path / "probe").generators[0].settings["MARKDOWN"]
    configs = {
        **markdown["extension_configs"],
        "markdown.extensions.admonition": {},
        "pymdownx.arithmatex": {"generic": True},
    }

    result = build_site(
        content,
        tmp_path / "out",
        MARKDOWN={**markdown, "extension_configs": configs},
    )

    assert not [w for w in result.warnings() if "notes.md" in w]
    page = result.read("2019/notes-and-math/index.html")
    assert '<div class="admonition note">' in page and "Careful" in page
    assert "<math" in page and "\\frac{1}{3}" not in page.split("<math", 1)[0]
