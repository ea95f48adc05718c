"""Spam, looked at twice: the linkless lines of a firm (`signed_by_a_firm`) and the stock thanks
of SEO spam (`stock_thanks`) that mark it, and where the model's spam does not hold or hides: a
reader who thanks for a link and shares one (`returns_a_link`), a social network named and nothing
else (`spam_unmarked`), an advertisement a support post's lean to grief hid (`spam_elsewhere`).

The marks of spam `reply_drafts.tone.find_cues` counts (pitches, offers, links, phones) are read
there. Word lists: `reply_drafts.tone_cues.spam` and `praise` (praise that fits any post).
"""

import re

from reply_drafts import tone_cues as cue
from reply_drafts.cues_found import Cues
from reply_drafts.grief import found_in as _found
from reply_drafts.tone_model import cue_features, decide, scores

SIGNED_MESSAGE = 4  # words of its own that make a team's signed comment a message, not an ad
_SPAM_LINKLESS = cue.words(cue.spam.SPAM_LINKLESS)
_STOCK_THANKS = cue.words(cue.spam.STOCK_THANKS)
# The sign-off that opens a firm's line in cue.spam.SPAM_LINKLESS (« Cordialement, l'équipe … »)
_SIGN_OFF = re.compile(
    r"^(?:bien )?cordialement|^bien à vous|^salutations|^saludos|^un saludo|^viele grüße|"
    r"^mit freundlichen grüßen|^cordiali saluti|^saluti|^atenciosamente|^abraços"
)
_LINK_THANKS = cue.words(cue.spam.LINK_THANKS_IT_PT)
_LINK_ALSO_FOUND = cue.words(cue.spam.LINK_ALSO_FOUND_IT_PT)
_GENERIC = cue.words(cue.praise.GENERIC_PRAISE)
_GENERIC_NONSPACED = cue.anywhere(cue.praise.GENERIC_PRAISE_NONSPACED)
_WORD = re.compile(r"[^\W\d_]{3,}")


def signed_by_a_firm(prose: str) -> tuple[str, ...]:
    """Return the linkless lines of spam in *prose* (cue.spam.SPAM_LINKLESS), but not a team's
    sign-off under a message of its own: « Merci pour cet article sur le levain, il nous a
    beaucoup aidés à la boulangerie. Cordialement, l'équipe Dupont » is a reader's, as a letter
    signed by a team is; « Super article ! Cordialement, l'équipe de RénovExpert » (only praise
    that fits any post beside it) is still a firm's line."""
    found = _found(_SPAM_LINKLESS, prose)
    signed = [line for line in found if _SIGN_OFF.search(line)]
    if not signed:
        return found
    rest = _GENERIC.sub(" ", _GENERIC_NONSPACED.sub(" ", _SPAM_LINKLESS.sub(" ", prose)))
    particular = [word for word in _WORD.findall(rest) if word not in cue.function_words.FILLER]
    if len(particular) < SIGNED_MESSAGE:
        return found
    return tuple(line for line in found if line not in signed)


def stock_thanks(prose: str, generic: tuple[str, ...]) -> tuple[str, ...]:
    """Return the stock thanks of SEO spam in *prose* ("Thanks for sharing this valuable
    information."), when only praise that fits any post is beside it (*generic*, and no particular
    word besides the stock thanks): "Very nice article, thanks for sharing!" alone is a reader's,
    and so is "Nice article about rye, thanks for sharing such valuable info." The stock thanks'
    own words are not counted: in French or Spanish they are five or six (« merci de partager ces
    informations précieuses »)."""
    found = _found(_STOCK_THANKS, prose)
    if not (generic and found):
        return ()
    rest = _GENERIC.sub(" ", _STOCK_THANKS.sub(" ", prose))
    particular = [word for word in _WORD.findall(rest) if word not in cue.function_words.FILLER]
    return () if particular else found


def returns_a_link(prose: str, cues: Cues) -> bool:
    """Return whether *prose* (folded) thanks for the post's link and shares one the reader found
    ("Obrigada pelo link, vi também este: https://…"), with one link and no mark of spam beside
    it: a reader's find, which the model of words reads as spam for "link"."""
    if not 0 < cues.links <= 2 or not cues.praise or cues.hostile:
        return False
    if cues.spam or cues.spam_weak or cues.spam_kit or cues.commercial or cues.contact:
        return False
    if cues.reach or cues.generic:
        return False
    thanks = _LINK_THANKS.search(prose)
    return bool(thanks) and bool(_LINK_ALSO_FOUND.search(prose, thanks.end()))


def spam_unmarked(cues: Cues, probabilities: dict, model: dict) -> bool:
    """Return whether only the model's lead, short of its threshold, holds a comment as spam with
    no mark of it but a social network named: no link, phone, offer, pitch nor stock praise. "Vi a
    receita no Instagram e fiz hoje, ficou perfeita!" led spam 0.38 (threshold 0.5) for the word
    "Instagram" alone, and the reader who baked the recipe got no draft."""
    below = probabilities["spam"] < model["thresholds"]["spam"]
    phone = any(any(ch.isdigit() for ch in found) for found in cues.reach)
    marked = cues.spam or cues.spam_weak or cues.spam_kit or cues.commercial or cues.generic
    return below and not (marked or phone or cues.links or cues.contact)


def spam_elsewhere(cues: Cues, words: dict, model: dict) -> bool:
    """Return whether the comment would read as spam on any other post: on a support post the
    model leans to grief, and "I made a free tool, would love your feedback: <link>" became
    comfort."""
    found = cue_features(cues, support=False) | words
    return decide(found, scores(found, model), model["thresholds"]) == "spam"
