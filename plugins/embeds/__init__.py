"""Goldstar's embeds plugin: tables, videos, frames and math fitted to a phone and a strict CSP."""

from .embeds import register

__all__ = ["register"]
