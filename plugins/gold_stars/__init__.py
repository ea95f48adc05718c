"""Goldstar's gold_stars plugin: badges per comment, commenter and post, and a wall of thanks."""

from .gold_stars import register

__all__ = ["register"]
