"""Compose a thank-you draft from the facts (first version: the library lands next)."""

import hashlib
import random

from reply_drafts.facts import CommentFacts, Draft

_GREETINGS = ("Hi {name},", "Hello {name},", "Dear {name},")


def _rng(facts: CommentFacts) -> random.Random:
    seed = hashlib.sha256(f"{facts.thread}\0{facts.comment_id}".encode()).digest()
    return random.Random(int.from_bytes(seed[:8], "big"))


def draft_reply(facts: CommentFacts) -> Draft:
    """Return the thank-you draft for the comment *facts* describe."""
    rng = _rng(facts)
    index = rng.randrange(len(_GREETINGS))
    name = " ".join(facts.author.split()) or "friend"
    text = (
        f"{_GREETINGS[index].format(name=name)}\n\n"
        f"Thank you for reading “{facts.post_title}” and for taking the time to write.\n"
    )
    return Draft(text=text, template=f"en.greeting.{index}", gold_stars=0)
