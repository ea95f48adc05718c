"""The comment section for any Pelican theme: its partial, comments.js and comments.css.

In this repository templates/ and static/ are symlinks into theme/ (one copy of each file); an
installed plugin carries the files themselves.
"""

from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"


def add_templates(generator) -> None:
    """Let the theme include goldstar/comments.html, its own templates winning over the plugin's."""
    generator.env.loader = ChoiceLoader([generator.env.loader, FileSystemLoader(TEMPLATES)])


def add_static_files(pelican) -> None:
    """Have Pelican copy js/comments.js and css/comments.css into the output's theme folder."""
    # First in the list, so a theme that has files of the same names keeps its own.
    paths = pelican.settings["THEME_STATIC_PATHS"]
    pelican.settings["THEME_STATIC_PATHS"] = [str(STATIC), *paths]
