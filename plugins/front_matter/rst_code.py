"""reStructuredText code blocks as Sphinx reads them: `.. code-block::` without a language.

Pelican's `code-block` and `sourcecode` directives need a language; Sphinx (since 2.0) and
docutils' own `code` do not. A block without one was a docutils error: Pelican left the post out,
and a build that reads the post anyway (reader.ForgivingRst) left the block out of the page.
"""

from docutils.parsers.rst import directives
from pelican.rstdirectives import Pygments

PLAIN_TEXT = "text"  # Pygments' lexer for code shown as written


class CodeBlock(Pygments):
    """Pelican's code directive, whose language may be left out (the code is then plain text)."""

    required_arguments = 0
    optional_arguments = 1

    def run(self):
        """Return the highlighted block, plain text when no language is named."""
        if not self.arguments:
            self.arguments = [PLAIN_TEXT]
        return super().run()


def accept_code_without_language(pelican: object) -> None:
    """Read `.. code-block::` and `.. sourcecode::` without a language as plain code."""
    for name in ("code-block", "sourcecode"):
        directives.register_directive(name, CodeBlock)
