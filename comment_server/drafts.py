"""The thank-you draft beside each comment of the inbox, and the build facts drafts are made from.

One engine for the inbox and `invoke thanks`: `reply_drafts.comment_facts` turns a comment and the
blog's build facts (the latest sent, kept in the store) into the draft's facts, and
`reply_drafts.draft_reply` drafts it.
"""

import json
import threading
from typing import Any

from comment_server.store.store import Store
from reply_drafts import draft_reply
from reply_drafts.site_facts import SiteFacts, comment_facts, parse_site_facts


class SiteFactsCache:
    """The build facts last sent to the store, parsed once per version."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._known: tuple[Any, SiteFacts] = (None, SiteFacts())

    def current(self) -> SiteFacts:
        """Return the current build facts (empty before any was sent); queries: call in a thread."""
        updated = self.store.site_facts_updated()
        with self._lock:
            if updated is None or updated == self._known[0]:
                return self._known[1]
        stored = self.store.site_facts()
        if stored is None:
            return SiteFacts()
        facts = parse_site_facts(json.loads(stored[1]), "the stored build facts")
        with self._lock:
            self._known = (stored[0], facts)
        return facts


def draft_for(row: dict[str, Any], site: SiteFacts) -> dict[str, Any]:
    """Return the draft of the inbox row *row* (docs/api.md, `Draft`)."""
    comment = {**row, "thread": row["thread_id"]}
    draft = draft_reply(comment_facts(comment, site))
    return {
        "text": draft.text,
        "template": draft.template,
        "gold_stars": draft.gold_stars,
        "star_line": draft.star_line,
        "quote": draft.quote,
        "phrases": list(draft.phrases),
        "tone": draft.tone,
        "advice": draft.advice,
        "personal": draft.personal,
        "cues": list(draft.cues),
        "crisis": draft.crisis,
    }
