"""Pelican settings for the Goldstar demo blog (development build)."""

AUTHOR = "Maya Goldstar"
SITENAME = "Small Kindnesses"
SITESUBTITLE = "Notes on being kind online"
SITEURL = ""
SITE_ORIGIN = "http://127.0.0.1:8000"
COMMENTS_API = ""  # the comment server for the embed; "" = static comments only

PATH = "content"
STATIC_PATHS = ["images", "extra"]
ARTICLE_EXCLUDES = ["comments"]
PAGE_EXCLUDES = ["comments"]
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "en"
# An English post's dates: "5 March 2021". A post in another language is dated as its language
# writes a date ("5 de marzo de 2021", "5. März 2021", « 1er mars 2021 »: goldstar_support/dates.py)
# unless you give it a format: DATE_FORMATS = {"fr": "%A %-d %B %Y"}, or DEFAULT_DATE_FORMAT for
# every language without one.
DATE_FORMATS = {"en": "%-d %B %Y"}

# Python-Markdown: Pelican's defaults, with SuperFences in place of fenced_code so that a fenced
# block inside a list item is a code block (docs/theme.md, "Code").
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.codehilite": {"css_class": "highlight"},
        "markdown.extensions.abbr": {},
        "markdown.extensions.attr_list": {},
        "markdown.extensions.def_list": {},
        "markdown.extensions.footnotes": {},
        "markdown.extensions.md_in_html": {},
        "markdown.extensions.tables": {},
        "pymdownx.superfences": {},
        "markdown.extensions.meta": {},
        # Math: $x^2$ and $$...$$ blocks, rendered as MathML by plugins/embeds. Uncomment to use.
        # "pymdownx.arithmatex": {"generic": True},
    },
    "output_format": "html5",
}

# reStructuredText: `:math:` and `.. math::` as MathML, which browsers draw themselves, like the
# Markdown math above. docutils' default writes spans for a math.css the theme does not have (a
# matrix came out as one line of its cells).
DOCUTILS_SETTINGS = {"math_output": "MathML"}

THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = [
    "pelican.plugins.sitemap",
    "front_matter",
    "embeds",
    "comments",
    "gold_stars",
    "thank_you",
    "promote_related",
]

# Feeds: Atom for the whole site and each category, as Pelican's defaults. A feed for each tag too:
# uncomment TAG_FEED_ATOM (a blog with many tags then writes one more file per tag).
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
# TAG_FEED_ATOM = "feeds/tag-{slug}.atom.xml"
FEED_DOMAIN = SITE_ORIGIN
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

DEFAULT_PAGINATION = 6
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

ARTICLE_URL = "{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
# A post or page in another language than DEFAULT_LANG (`Lang: fr`, or a translation of one with the
# same slug) keeps the same shape of address, with its language (Pelican's default: slug-fr.html).
ARTICLE_LANG_URL = "{date:%Y}/{slug}-{lang}/"
ARTICLE_LANG_SAVE_AS = "{date:%Y}/{slug}-{lang}/index.html"
PAGE_LANG_URL = "{slug}-{lang}/"
PAGE_LANG_SAVE_AS = "{slug}-{lang}/index.html"
CATEGORY_URL = "category/{slug}/"
CATEGORY_SAVE_AS = "category/{slug}/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
AUTHOR_URL = "author/{slug}/"
AUTHOR_SAVE_AS = "author/{slug}/index.html"
CATEGORIES_SAVE_AS = "categories/index.html"
TAGS_SAVE_AS = "tags/index.html"
AUTHORS_SAVE_AS = "authors/index.html"
ARCHIVES_SAVE_AS = "archives/index.html"
YEAR_ARCHIVE_SAVE_AS = "{date:%Y}/index.html"
MONTH_ARCHIVE_SAVE_AS = "{date:%Y}/{date:%m}/index.html"
YEAR_ARCHIVE_URL = "{date:%Y}/"
MONTH_ARCHIVE_URL = "{date:%Y}/{date:%m}/"

# Jinja: Pelican's defaults, without auto_reload. Pelican makes a new Environment for every build
# (each generator in Pelican.run), so `invoke regenerate` still sees a theme edit at the next build;
# auto_reload would look at a template file's time at every include, import and extends (11,000
# times in a 1,000-post build). Nor Jinja's optimizer: it folds constants at compile time, which the
# theme hardly has, and costs 15% of compiling the theme on every build.
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "auto_reload": False,
    "optimized": False,
}

DIRECT_TEMPLATES = ["index", "categories", "tags", "authors", "archives", "404"]
TEMPLATE_PAGES = {}

SITEMAP = {
    "format": "xml",
    "priorities": {"articles": 0.8, "indexes": 0.5, "pages": 0.6},
    "changefreqs": {"articles": "monthly", "indexes": "daily", "pages": "monthly"},
}

RELATIVE_URLS = True

# Pelican's content cache (in CACHE_PATH, "cache/"): an unchanged post or comment export is not read
# again by the next build. It does not notice a change of these settings: `invoke rebuild` (or a
# change to this file under `invoke regenerate`) reads everything afresh. publishconf.py turns it
# off, so what you publish is built from scratch.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True

# Related posts to promote (plugins/promote_related; docs/promote-related.md has every setting).
PROMOTE_RELATED_MAX = 5
PROMOTE_RELATED_WEIGHTS = {"title": 3.0, "tags": 3.0, "category": 1.0, "body": 1.0, "code": 0.1}
# Friends' feeds: URLs, or {"name": ..., "url": ...}; or an OPML file with PROMOTE_RELATED_OPML.
# Left empty in the demo so a build never waits on the network.
PROMOTE_RELATED_FRIENDS = []
