"""Goldstar's comments plugin: the comment server's export baked into the pages."""

from .comments import register

__all__ = ["register"]
