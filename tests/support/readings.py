"""What the reviews' tests of the tone reader assert of one comment, beyond tests/support/drafts.py:
read on the author's hard-day post, never starred nor quoted whatever its number, read as it was
at the start of a day, read quietly as a hard time, or read warm and plainly."""

from reply_drafts.facts import Draft
from reply_drafts.tone import read_tone
from tests.support.drafts import HOSTILE_ADVICE, QUIET_ADVICE, draft_of

# The helpline the English crisis line points to.
HELPLINE = "findahelpline.com"
# Titles of an author's hard-day post.
GOODBYE_TO_MUM = "Saying goodbye to Mum"
ADIEU_PAPA = "Adieu, papa"
# The advice of a draft held as scorn for a hard-day post.
SCORN_ADVICE = "Scorn for your hard-day post"
# A draft's star and quote vary with the comment's number: every number here must hold back.
NUMBERS = range(1, 9)

# How a comment read at the start of a day: its tone, whether its draft starred it and quoted it
# (and, for all of them, no crisis and no guard); compare with reading().
PRAISE = ("praise", True, True)
NEUTRAL = ("neutral", True, True)
QUESTION = ("question", False, True)  # a question is quoted and answered, not starred
GRIEF = ("grief", False, False)


def first_comment_draft(text: str, language: str = "en", support: bool = False) -> Draft:
    """Return the draft for *text*, a reader's first comment under "A post"."""
    return draft_of(text, language, support=support, number=1, title="A post", thread="t")


def read_and_draft(text: str):
    """Return the tone of *text* and its ordinary (not support) English draft."""
    return read_tone(text), draft_of(text, "en")


def reading(text: str, language: str = "en") -> tuple[str, bool, bool, bool, bool]:
    """Return the tone of *text*, whether its draft stars and quotes it, and its flags of risk."""
    tone, draft = read_tone(text), draft_of(text, language)
    return tone.label, draft.gold_stars > 0, bool(draft.quote), tone.crisis, tone.guarded


def reads_as_before(language, text, label, starred, label_on_hard_day):
    """*text* has the tone and star it had at the start of the day, and *label_on_hard_day* under
    the author's hard-day post."""
    draft = draft_of(text, language)
    assert (draft.tone, draft.gold_stars > 0) == (label, starred)
    on_hard_day = draft_of(text, language, support=True, title=ADIEU_PAPA)
    assert on_hard_day.tone == label_on_hard_day


def assert_drafted_on_a_hard_day(text: str) -> None:
    """On the author's hard-day post, *text* is no scorn and no spam: it gets a draft."""
    tone = read_tone(text, support=True)
    draft = draft_of(text, support=True, title=GOODBYE_TO_MUM)
    assert tone.label not in ("hostile", "spam"), tone.cues
    assert draft.text != ""
    assert not draft.advice.startswith((HOSTILE_ADVICE, SCORN_ADVICE))


def assert_told_where_help_is(text: str, language: str = "en") -> None:
    """A reader at risk: the tone and the draft flag a crisis, and the draft neither stars nor
    quotes *text*."""
    tone, draft = read_tone(text), draft_of(text, language)
    assert tone.crisis and draft.crisis, tone.cues
    assert draft.gold_stars == 0 and draft.quote == "", draft.text


def assert_never_starred_nor_quoted(text: str, language: str, support: bool = False) -> None:
    """Whatever its number, the draft of *text* neither stars nor quotes it."""
    for number in NUMBERS:
        draft = draft_of(text, language, support=support, number=number)
        assert draft.gold_stars == 0 and draft.quote == "", (number, draft.text)


def assert_not_misread(text: str, language: str, support: bool = False) -> None:
    """No loss, jab, spam or helpline, and no quiet or defensive draft (a plain "critical" read of
    an odd sentence is left as it was)."""
    tone = read_tone(text, support=support)
    draft = draft_of(text, language, support=support)
    assert tone.label not in ("grief", "hostile", "spam"), (tone.label, tone.cues)
    assert not tone.loss and not tone.crisis and not draft.crisis, tone.cues
    assert not draft.advice.startswith((QUIET_ADVICE, HOSTILE_ADVICE)), draft.advice


def assert_read_quiet(
    text: str, support: bool = False, title: str = "My week of sourdough"
) -> None:
    """*text* is read as a hard time: its English draft neither stars, quotes nor gives the
    helpline."""
    tone = read_tone(text, support=support)
    assert tone.label == "grief", tone
    draft = draft_of(text, support=support, title=title)
    assert draft.gold_stars == 0
    assert draft.quote == ""
    assert not draft.crisis
    assert HELPLINE not in draft.text


def assert_read_quiet_in_french(text: str, language: str = "fr") -> None:
    """Grief: a quiet reply, no gold star, nothing quoted back, no word of star or notebook."""
    tone = read_tone(text)
    draft = draft_of(text, language)
    assert tone.label == "grief", (text, tone)
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote, draft
    assert "étoile" not in draft.text and "carnet" not in draft.text


def assert_warm_or_plain(text: str, language: str = "fr") -> str:
    """Neither grief nor scorn: the everyday use of the words keeps its reply."""
    label = read_tone(text).label
    assert label in ("praise", "neutral", "question"), (text, label)
    assert draft_of(text, language).text
    return label
