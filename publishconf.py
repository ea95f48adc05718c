"""Pelican settings for publishing: the development settings plus the public URL and feeds."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

# Without a trailing "/": Pelican takes it off SITEURL, but not off what is set from it here.
SITEURL = os.environ.get("GOLDSTAR_SITEURL", "https://example.org").rstrip("/")
SITE_ORIGIN = SITEURL
FEED_DOMAIN = SITEURL  # pelicanconf points feeds at the development server
RELATIVE_URLS = False

DELETE_OUTPUT_DIRECTORY = True
# Published pages come from a build that reads everything afresh, never from the cache.
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
