"""Alembic migrations of the comment store (run by `python -m comment_server migrate`)."""
