"""Tests of the comment embed and the inbox in a real browser (one comment server per package)."""
