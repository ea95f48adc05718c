"""Slugs a file system can hold: an address's file and folder names are at most 255 bytes."""

from collections.abc import Iterable

NAME_MAX = 255  # bytes in a file name, on Linux, macOS and Windows file systems alike
SHORT_SLUG = 80  # characters a slug too long for a file name is cut to


def too_long_for_a_file_name(paths: Iterable[str]) -> bool:
    """Return whether a file or folder name in one of *paths* is longer than a file system
    holds."""
    return any(len(part.encode()) > NAME_MAX for path in paths for part in path.split("/"))


def cut_slug(slug: str) -> str:
    """Return *slug* cut to about SHORT_SLUG characters, at a word when one ends in its second
    half."""
    cut = slug[:SHORT_SLUG]
    if "-" in cut[SHORT_SLUG // 2 :]:
        cut = cut[: cut.rindex("-")]
    return cut.strip("-")
