"""Goldstar's front_matter plugin: YAML or Pelican metadata, clean text, templates, images."""

from .front_matter import register

__all__ = ["register"]
