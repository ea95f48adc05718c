"""Comments on a garden post that test reading the room: a reader's loss, an insult, a reader in
crisis and a kind word; and the tiny blogs the gold stars' tests build around such comments."""

from pathlib import Path

from tests.support.posts import write_export, write_post

MOTHER = "My mother died last week. Your garden made me cry, in a good way."
INSULT = "You are an idiot and this garden is garbage."
CRISIS = "I want to kill myself. Nothing helps anymore."
KIND = "What a lovely garden, thank you for the photos!"


def write_lemon_cake(content: Path, comments: list[dict]) -> None:
    """Write one post, "Lemon cake" (slug `cake`), and its export of *comments* into *content*."""
    write_post(content, "cake", date="2026-01-01 09:00", title="Lemon cake")
    write_export(content, "cake", comments)


def write_garden_and_roses(
    content: Path, garden: list[dict], roses: list[dict], stars: int = 0, version: int = 2
) -> None:
    """Write two posts into *content*, "My new garden" and "Roses" a day later, and their exports
    (of *version*): *garden*'s comments, with *stars* on the post, and *roses*'s."""
    write_post(content, "garden", date="2026-01-01 09:00", title="My new garden")
    write_post(content, "roses", date="2026-01-02 09:00", title="Roses")
    write_export(content, "garden", garden, stars=stars, version=version)
    write_export(content, "roses", roses, version=version)
