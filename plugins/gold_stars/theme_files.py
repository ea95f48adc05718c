"""Gold stars for any Pelican theme: the goldstar/gold_stars.html partial and the wall's page.

In this repository templates/ holds symlinks into theme/ (one copy of each file); an installed
plugin carries the files themselves.
"""

from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader

TEMPLATES = Path(__file__).parent / "templates"


def add_templates(generator) -> None:
    """Let the theme include goldstar/gold_stars.html and render the wall with
    gold_stars_wall.html, its own templates winning over the plugin's."""
    generator.env.loader = ChoiceLoader([generator.env.loader, FileSystemLoader(TEMPLATES)])
