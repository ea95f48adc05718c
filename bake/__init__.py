"""The bake step: after `invoke comments-export`, write again only the pages the export changes."""

from .regenerate import regenerate
from .site import Site

__all__ = ["Site", "regenerate"]
