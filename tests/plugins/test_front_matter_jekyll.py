"""Jekyll's `{% highlight %}` blocks beside Markdown's own code (plugins/front_matter/jekyll.py,
code_lines.py): a post explaining Jekyll shows its examples as written, in real builds."""

from bs4 import BeautifulSoup

from plugins.front_matter.code_lines import CodeLines
from tests.support.posts import said_text

# A post about Jekyll's syntax: its examples are code (indented, or fenced by a longer run of
# backticks or by tildes around backticks) and must show `{% highlight %}` as written. The last
# block is a real one, whose code has a fence of its own.
EXPLAINING_JEKYLL = """---
title: How Jekyll shows code
date: 2024-02-01
---
Jekyll writes code like this:

    {% highlight ruby %}
    puts 'hi'
    {% endhighlight %}

In a Markdown file:

````markdown
```
{% highlight ruby %}
puts 1
{% endhighlight %}
```
````

With tildes:

~~~
```
{% highlight ruby %}
puts 2
{% endhighlight %}
~~~

A README's code, shown by Jekyll:

{% highlight markdown %}
```python
print(3)
```
{% endhighlight %}
"""


def codes(result) -> list[str]:
    """Return the text of each `<pre>` of the one built post, its whitespace squeezed."""
    [post] = result.articles
    body = BeautifulSoup(post.content, "html.parser")
    return [said_text(pre) for pre in body.select("pre")]


def test_a_highlight_block_markdown_shows_as_code_stays_as_written(site_builder, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "explaining-jekyll.md").write_text(EXPLAINING_JEKYLL, encoding="utf-8")

    result = site_builder(content)

    assert result.warnings() == []
    assert codes(result) == [
        "{% highlight ruby %} puts 'hi' {% endhighlight %}",
        "``` {% highlight ruby %} puts 1 {% endhighlight %} ```",
        "``` {% highlight ruby %} puts 2 {% endhighlight %}",
        "```python print(3) ```",
    ]


def test_an_unclosed_highlight_block_is_shown_as_written_and_named(site_builder, tmp_path):
    # the first block's code had run on through the prose to the second block's end
    post = (
        "---\ntitle: Two snippets\ndate: 2024-02-02\n---\n"
        "{% highlight ruby %}\nputs 1\n\nSome prose between.\n\n"
        "{% highlight python %}\nprint(2)\n{% endhighlight %}\n"
    )
    content = tmp_path / "content"
    content.mkdir()
    (content / "two-snippets.md").write_text(post, encoding="utf-8")

    result = site_builder(content)

    assert codes(result) == ["print(2)"]
    [body] = [BeautifulSoup(post.content, "html.parser") for post in result.articles]
    assert "Some prose between." in [p.get_text() for p in body.select("p")]
    assert result.warnings() == [
        "front_matter: two-snippets.md:5: `{% highlight ruby %}` is never closed (a line "
        "`{% endhighlight %}` before the next highlight block or the end of the file); it is "
        "shown as written: add that line where its code ends"
    ]  # and not also as Liquid no plugin reads


def test_a_highlight_block_open_to_the_end_is_named(site_builder, tmp_path):
    post = "---\ntitle: Open\ndate: 2024-02-02\n---\nIntro.\n\n{% highlight ruby %}\nputs 1\n"
    content = tmp_path / "content"
    content.mkdir()
    (content / "open.md").write_text(post, encoding="utf-8")

    result = site_builder(content)

    assert [w.split(" is never closed")[0] for w in result.warnings()] == [
        "front_matter: open.md:7: `{% highlight ruby %}`"
    ]


def code_lines(text: str) -> list[int]:
    """Return the numbers of the lines of *text* CodeLines reads as code."""
    reader = CodeLines()
    return [number for number, line in enumerate(text.split("\n"), 1) if reader.read(line)]


def test_code_lines_are_read_as_commonmark_reads_blocks() -> None:
    # A tab is four columns; an indented line going on a paragraph is text.
    assert code_lines("Text\n\n\tcode\n    more\n\nText\n    goes on") == [3, 4]
    # A list item's text is indented by four (Python-Markdown); its code by eight.
    assert code_lines("1. Step:\n\n    text\n\n        code\n\nBack at the margin\n\n    code") == [
        5,
        9,
    ]
    # A fence closes on its own character, at least as long, indented less than four.
    assert code_lines("~~~\n```\n~~~~\ntext\n````\n```\n    ````\n`````\ntext") == [
        *range(1, 4),
        *range(5, 9),
    ]
    # Backticks in a backtick fence's info string make no fence; a heading (or a rule, or the
    # front matter's `---`) is no paragraph to go on; a fence never closed runs to the end.
    assert code_lines("```a`b\ntext\n# Head\n    code\nHead\n===\n    code") == [4, 7]
    assert code_lines("---\ntitle: Code\n---\n    code") == [4]
    assert code_lines("text\n````\n```\n{% highlight ruby %}") == [2, 3, 4]
