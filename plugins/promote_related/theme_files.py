"""Related posts for any Pelican theme: the goldstar/promote_related.html partial.

In this repository templates/ holds a symlink into theme/ (one copy of the file); an installed
plugin carries the file itself.
"""

from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader

TEMPLATES = Path(__file__).parent / "templates"


def add_templates(generator) -> None:
    """Let the theme include goldstar/promote_related.html, its own templates winning."""
    generator.env.loader = ChoiceLoader([generator.env.loader, FileSystemLoader(TEMPLATES)])
