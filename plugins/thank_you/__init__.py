"""Goldstar's thank_you plugin: checks the author's reply templates and records what drafts need."""

from .thank_you import register

__all__ = ["register"]
