"""A list of posts that answers `in` by identity, in constant time."""

from __future__ import annotations

from collections.abc import Iterable


class PostList(list):
    """A list of posts whose `post in posts` is a set lookup of `id(post)`.

    Pelican's tag, category and author pages pick their posts with
    `[a for a in self.dates if a in articles]`: with a plain list, every post of the site scans
    the listing's list (at 10,000 posts and one author, 50 million comparisons a bake).
    """

    def __init__(self, posts: Iterable = ()) -> None:
        super().__init__(posts)
        self._ids = {id(post) for post in self}

    def __contains__(self, post: object) -> bool:
        """Return whether *post* itself (not an equal object) is in the list."""
        return id(post) in self._ids
