"""Goldstar's promote_related plugin: related posts of this blog and of friends' feeds."""

from .promote_related import register

__all__ = ["register"]
