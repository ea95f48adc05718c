"""Split prose into sentences: what the tone reader, the quote picker and the build's hard-day
reading share.

Its own module so that a build, which reads only whether a post tells of a hard time
(reply_drafts.grief), does not compile the quote picker's patterns (reply_drafts.quote).
"""

import re

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=\S)")
# "at night ." after a removed tag; a space before "!", "?", ";" and ":" stays: French writes
# "enfin réussi !" (and English writers who do the same are quoted as they wrote)
_SPACE_BEFORE_STOP = re.compile(r"(?<!\s)\s++([.,])(?=\s|$)")


def sentences(text: str) -> list[str]:
    """Return the sentences of *text*, paragraphs and list items kept apart."""
    found: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*\S)", text):
        block = _SPACE_BEFORE_STOP.sub(r"\1", " ".join(block.split()))
        found.extend(part.strip() for part in _SENTENCE_END.split(block) if part.strip())
    return found
