"""The thank-you draft for one comment by Sam, as the tone and draft tests ask for it, and what the
regression reviews' tests assert of a comment read warm or read as a hard time."""

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.facts import Draft
from reply_drafts.tone import read_tone

QUIET_ADVICE = "A quiet reply"
HOSTILE_ADVICE = "This reads as hostile"
# Words a warm comment's draft never says: condolences, or "which part do you disagree with".
NOT_TO_A_WARM_COMMENT = ("sorry", "désolée", "désolé", "d'accord")


def draft_of(
    text: str,
    language: str = "en",
    *,
    support: bool = False,
    number: int = 7,
    commenter_comments: int = 1,
    title: str = "My week of sourdough",
    thread: str = "sourdough",
    author: str = "Sam",
) -> Draft:
    """Return the draft for *text*, comment *number* of *author* under the post *title*."""
    facts = CommentFacts(
        author=author,
        post_title=title,
        text=text,
        comment_id=number,
        thread=thread,
        commenter="",
        commenter_comments=commenter_comments,
        language=language,
        support=support,
    )
    return draft_reply(facts)


def assert_read_warm(text: str, language: str, *, thanked: bool = False) -> None:
    """A warm comment: no loss, no hostility, no quiet or defensive draft, no helpline; *thanked*:
    it is also quoted or starred."""
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label not in ("grief", "hostile", "critical"), (tone.label, tone.cues)
    assert not tone.loss and not tone.crisis and not draft.crisis
    assert not draft.advice.startswith((QUIET_ADVICE, HOSTILE_ADVICE))
    assert not thanked or draft.quote != "" or draft.gold_stars > 0
    for words in NOT_TO_A_WARM_COMMENT:
        assert words not in draft.text.casefold()


def assert_read_hard(text: str, language: str, label: str) -> None:
    """A hard time (label "grief") or a jab (label "hostile"): no star, no quote, no helpline."""
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.label == label, tone.cues
    assert draft.gold_stars == 0 and draft.quote == "" and not draft.crisis
    expected_advice = QUIET_ADVICE if label == "grief" else HOSTILE_ADVICE
    assert draft.advice.startswith(expected_advice)
