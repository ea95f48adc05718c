"""The two values the draft engine exchanges with its callers: what is known, and the draft."""

from dataclasses import dataclass


@dataclass(frozen=True)
class CommentFacts:
    """What is known about one comment when its thank-you reply is drafted.

    - author: the commenter's display name (untrusted plain text).
    - post_title: the title of the post the comment is on (plain text).
    - text: the comment's Markdown source (untrusted).
    - comment_id, thread: the comment's id and thread id; they seed the choice, so the same
      facts always give the same draft.
    - commenter: the stable commenter key (16 hex characters), "" when unknown.
    - commenter_comments: how many approved comments this commenter has (1 = first comment).
    - previous_templates: template ids already used, oldest first: the ones used in this
      thread and the last one used for this commenter; none of them is picked again while
      another choice exists.
    - related: (title, url) of posts to suggest, best first (from promote_related).
    - language: the library language to draft in ("en"); unknown languages fall back to "en".
    - extra_template_dirs: folders of the author's own templates (*.toml), e.g. content/thank_you.
    - disabled: ids of templates or phrases the author turned off.
    - previous_phrases: phrase ids already used in this thread, avoided while others fit.
    - support: the post is a support post (`support: true`, a hard day): no draft promises gold
      stars, and every reply that is not to spam or hostility is quiet.
    - website: the website the commenter typed (untrusted), a mark of spam for the tone reader.
    - extra_templates: the author's own template files as (name, TOML text) pairs, for a caller
      that has their text but not the files (the comment server, from the build's facts).
    """

    author: str
    post_title: str
    text: str
    comment_id: int
    thread: str
    commenter: str
    commenter_comments: int
    previous_templates: tuple[str, ...] = ()
    related: tuple[tuple[str, str], ...] = ()
    language: str = "en"
    extra_template_dirs: tuple = ()
    disabled: frozenset = frozenset()
    previous_phrases: tuple[str, ...] = ()
    support: bool = False
    website: str = ""
    extra_templates: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Draft:
    """A thank-you reply ready to edit or send.

    - text: plain text with light Markdown (a link to the suggested post), never a placeholder.
    - template: the id of the template the draft was built from (remember it, pass it back
      in CommentFacts.previous_templates so the next draft differs).
    - gold_stars: how many gold stars the draft promises (0 when its lines promise none); the
      inbox's "thank and star" awards this many.
    - phrases: the ids of every phrase used, template first.
    - quote: the phrase quoted from the comment, "" when none could be found.
    - star_line: the sentence that promises the gold stars, "" when there is none (a client
      that lets the author edit the draft awards the stars only if this sentence is kept).
    - tone: what the tone reader saw in the comment: grief, hostile, critical, spam, question,
      praise or neutral (reply_drafts.tone). A spam comment gets no draft: text and template "".
    - advice: a note for the author, not for the commenter ("Better not to reply..."), or "".
    - personal: the sentence of the draft the author is invited to make their own, or "".
    - cues: the words of the comment that decided its tone, as found (for "why?").
    - crisis: the commenter may be thinking of ending their life or of hurting themselves: the
      inbox shows them first, and says so.
    """

    text: str
    template: str
    gold_stars: int
    phrases: tuple[str, ...] = ()
    quote: str = ""
    star_line: str = ""
    tone: str = "neutral"
    advice: str = ""
    personal: str = ""
    cues: tuple[str, ...] = ()
    crisis: bool = False
