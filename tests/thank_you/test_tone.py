"""The tone reader and the drafts that follow it, over the labeled fixture (tests/thank_you/data/).

The fixture is 202 comments the developers wrote and labeled (grief and hard days of many kinds,
hostility, criticism, spam, questions, praise, one-word comments, comments in 13 languages, names
in many scripts); the model never trains on it (benchmarks/tone_model.py trains on tone_train_*).
"""

import collections
import json
import re
from pathlib import Path

import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.grief import hard_time_cues
from reply_drafts.language_lines import ENGLISH
from reply_drafts.praise import praise_cues
from reply_drafts.tone import read_tone
from reply_drafts.tone_model import LABELS

DATA = Path(__file__).resolve().parent / "data"
CHEER = re.compile(r"made my day|glad you said|smil|welcome|gold star|!|party|yay", re.IGNORECASE)
WARM = ("praise", "neutral", "question")


def labeled(name: str) -> list[dict]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))["comments"]


def facts(comment: dict, number: int, **changes) -> CommentFacts:
    values = {
        "author": comment.get("author", "Sam"),
        "post_title": "Notes from the Allotment!",
        "text": comment["text"],
        "comment_id": number,
        "thread": "allotment",
        "commenter": f"{number:016x}",
        "commenter_comments": 1 + number % 6,
        "related": (("Reading Slowly", "https://blog.example/2025/reading-slowly/"),),
        "support": bool(comment.get("support")),
    }
    return CommentFacts(**(values | changes))


@pytest.fixture(scope="module")
def fixture():
    comments = labeled("tone_comments.json")
    drafts = [draft_reply(facts(c, n)) for n, c in enumerate(comments, 1)]
    return comments, drafts


@pytest.fixture(scope="module")
def many_drafts():
    """Drafts of every labeled comment the developers wrote (about 2,000), by their read tone."""
    comments = [c for path in sorted(DATA.glob("tone_*.json")) for c in labeled(path.name)]
    return [draft_reply(facts(c, n)) for n, c in enumerate(comments, 1)]


def test_the_fixture_is_labeled_and_varied(fixture):
    comments, _ = fixture
    counts = collections.Counter(c["label"] for c in comments)
    assert len(comments) >= 150 and set(counts) == set(LABELS)
    assert min(counts.values()) >= 20
    assert len({c["lang"] for c in comments}) >= 10
    assert len({c["author"] for c in comments}) >= 150


def test_each_tone_is_read_right_in_most_comments(fixture):
    comments, drafts = fixture
    totals = collections.Counter(c["label"] for c in comments)
    pairs = zip(comments, drafts, strict=True)
    right = collections.Counter(c["label"] for c, d in pairs if d.tone == c["label"])
    recall = {label: right[label] / totals[label] for label in LABELS}
    assert all(recall[label] >= 0.9 for label in ("spam", "hostile", "grief")), recall
    assert all(value >= 0.85 for value in recall.values()), recall


def test_kind_comments_are_never_taken_for_hostility_or_spam(fixture):
    comments, drafts = fixture
    for comment, draft in zip(comments, drafts, strict=True):
        if comment["label"] in WARM:
            assert draft.tone not in ("hostile", "spam"), (comment["text"], draft.tone)


@pytest.mark.parametrize(
    "thanks",
    [
        "Merci beaucoup pour cet article !",
        "Vielen Dank, sehr hilfreich.",
        "Danke!",
        "¡Muchas gracias por compartir!",
        "Obrigada pelo texto, adorei.",
        "Grazie mille, bellissimo articolo.",
        "Dank je wel voor de uitleg.",
        "Tack så mycket!",
        "Dziękuję bardzo!",
        "Teşekkürler, harika bir yazı.",
        "Спасибо большое!",
        "Дякую!",
        "Ευχαριστώ πολύ!",
        "شكرا جزيلا",
        "תודה רבה!",
        "बहुत धन्यवाद!",
        "ありがとうございます。",
        "谢谢分享！",
        "감사합니다!",
        "Cảm ơn bạn nhiều!",
        "Terima kasih banyak!",
        "Asante sana!",
    ],
)
def test_thanks_in_another_language_is_praise_or_neutral(thanks):
    assert read_tone(thanks).label in ("praise", "neutral")


def test_grief_gets_quiet_compassion(many_drafts):
    grief = [d for d in many_drafts if d.tone == "grief"]
    assert len(grief) >= 300
    for draft in grief:
        assert draft.text and draft.gold_stars == 0 and not draft.star_line
        assert not CHEER.search(draft.text), draft.text
        assert "“" not in draft.text and "](" not in draft.text  # no quote, no related post
        assert draft.personal and draft.personal in draft.text
    assert len({d.text for d in grief}) >= 0.5 * len(grief)


def test_hostility_gets_no_thanks_no_quote_no_star(many_drafts):
    hostile = [d for d in many_drafts if d.tone == "hostile"]
    assert len(hostile) >= 200
    for draft in hostile:
        assert draft.gold_stars == 0 and "thank" not in draft.text.lower()
        assert "“" not in draft.text and "!" not in draft.text
        assert "Reject" in draft.advice and "Block" in draft.advice
    assert any(not d.text for d in hostile) and any(d.text for d in hostile)


def test_spam_gets_no_draft(many_drafts):
    spam = [d for d in many_drafts if d.tone == "spam"]
    assert len(spam) >= 200
    assert all(not d.text and not d.template and d.gold_stars == 0 for d in spam)
    assert all("spam" in d.advice for d in spam)


def test_criticism_is_thanked_plainly(many_drafts):
    critical = [d for d in many_drafts if d.tone == "critical"]
    assert len(critical) >= 200
    for draft in critical:
        assert re.search(r"\bthank", draft.text, re.IGNORECASE), draft.text
        assert not re.search(r"made my day|smil|!", draft.text), draft.text
    assert any(d.gold_stars for d in critical) and not all(d.gold_stars for d in critical)


def test_questions_get_a_promise_of_an_answer(many_drafts):
    promise = re.compile(r"come back|get back|answer|reply here|find out|think it over", re.I)
    for draft in (d for d in many_drafts if d.tone == "question"):
        assert promise.search(draft.text), draft.text


def test_warm_drafts_vary_and_not_every_one_promises_a_star(many_drafts):
    warm = [d for d in many_drafts if d.tone in ("praise", "neutral")]
    assert len(warm) >= 400
    assert len({d.text for d in warm}) >= 0.9 * len(warm)
    starred = sum(1 for d in warm if d.gold_stars)
    assert 0.1 * len(warm) < starred < 0.7 * len(warm)


def test_a_support_post_promises_no_star_and_throws_no_party():
    comments = labeled("tone_comments.json")
    for number, comment in enumerate(comments, 1):
        draft = draft_reply(facts(comment, number, support=True))
        assert draft.gold_stars == 0 and not draft.star_line, draft.text
        if draft.tone not in ("spam", "hostile", "critical"):
            assert not CHEER.search(draft.text), draft.text


@pytest.mark.parametrize(
    "text",
    [
        "I lost my brother last year. Your post about the empty chair helped more than I can say.",
        "My wife's treatment failed. We start hospice on Monday. Thank you for writing this.",
        "Je viens de perdre ma mère. Merci pour ce texte.",
        "Mein Vater ist letzte Woche gestorben. Danke für diesen Beitrag.",
        "Got laid off this morning after nine years. Reading this on the bus home.",
        "We lost the baby at 20 weeks. I don't know why I'm telling the internet.",
    ],
)
def test_the_issue_s_grief_examples_read_as_grief(text):
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 7))
    assert draft.tone == "grief" and draft.gold_stars == 0
    assert not CHEER.search(draft.text) and "“" not in draft.text


def test_the_issue_s_insult_and_spam_examples():
    insult = "This is the most naive, self-congratulatory drivel I've read all year."
    draft = draft_reply(facts({"text": insult}, 8))
    assert draft.tone == "hostile" and "drivel" not in draft.text and "thank" not in draft.text
    spam = "Great post! Check out https://cheap-seo.example for more tips!!!"
    assert draft_reply(facts({"text": spam}, 9)).text == ""


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for this. I have been thinking about ending my life; this helped me hold on.",
        "Great post, loved it. Honestly some days I just want to die.",
        "I've been struggling for years and some days I don't want to be here anymore.",
        "Merci pour ce texte. J'ai parfois envie d'en finir.",
        "Danke. Manchmal will ich nicht mehr leben.",
        "Gracias por escribir esto. A veces quiero morir.",
        # Both once read as neutral, with no word of help.
        "Non ce la faccio più a vivere.",
        "Não aguento mais viver.",
        # Both once thanked warmly: "love the blog" and "Great post" were all the reader saw.
        "I've been thinking about ending it. Anyway, love the blog.",
        "Sometimes I wonder if anyone would notice if I disappeared. Great post.",
        # Once read as hostile: "If something in the post is wrong, I'd like to know".
        "Honestly I don't see the point of anything anymore.",
        "I can't see the point in living. Your posts are the one thing I read.",
        # Once "Comments like yours are why I keep writing."
        "this blog is the only reason I'm still here tbh",
    ],
)
def test_a_reader_who_may_be_at_risk_gets_a_quiet_reply_that_says_where_help_is(text):
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 11))
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.star_line
    assert not CHEER.search(draft.text) and "“" not in draft.text
    assert draft.text.endswith(ENGLISH.crisis) and "ending their life" in draft.advice


# Lines written for a reader's own loss or hard time: never for one who comforts the author, nor
# (condolences) for a reader at risk, who has lost no one.
SHARED_LINES = {
    "thanks.grief-trusting",
    "thanks.grief-telling-me",
    "thanks.grief-sharing-here",
    "middle.grief-sorry-loss",
    "middle.grief-no-right-way",
}
CONDOLENCE_LINES = {"middle.grief-sorry-loss", "middle.grief-no-right-way"}


@pytest.mark.parametrize(
    "text",
    [
        "I have been thinking about suicide for weeks. Your post helped me hold on.",
        "Some days I feel suicidal. This post helped.",
        "Honestly I'd be better off dead. Thanks for writing this.",
    ],
)
def test_a_reader_at_risk_is_offered_no_condolences_for_a_loss_they_did_not_have(text):
    tone = read_tone(text)
    assert tone.crisis and not tone.loss
    for number in range(1, 31):
        draft = draft_reply(facts({"text": text, "author": "Sam"}, number))
        assert not CONDOLENCE_LINES & set(draft.phrases), draft.text
        assert "loss" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "My condolences to you and your family.",
        "I am so sorry for your loss.",
        "My deepest sympathies for your loss.",
        "Toutes mes condoléances pour votre chien.",
        "Os meus sentimentos. Que descanse em paz.",
    ],
)
def test_condolences_offered_to_the_author_are_comfort_not_a_loss_of_the_readers_own(text):
    tone = read_tone(text, support=True)
    assert tone.label == "grief" and tone.comforting and not tone.shared
    for number in range(1, 31):
        draft = draft_reply(facts({"text": text, "support": True}, number))
        assert not SHARED_LINES & set(draft.phrases), draft.text


def test_a_readers_own_loss_is_still_theirs_beside_condolences():
    tone = read_tone("I lost my mum last year. I am so sorry for your loss.")
    assert tone.loss and tone.shared and tone.comforting
    assert read_tone("Mein Vater ist gestorben. Danke für den Text.").shared


@pytest.mark.parametrize(
    "text",
    ["Ich stimme nicht zu: der Link ist tot.", "Le lien est mort, pouvez-vous le corriger ?"],
)
def test_a_dead_link_in_german_or_french_is_no_death(text):
    assert read_tone(text).label != "grief"


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the suicide prevention resources, sharing them with my team.",
        "My brother died by suicide ten years ago. Thank you for writing about him so gently.",
        "I don't want to be here when the migration runs, so I'll schedule it for the night.",
        "Pour en finir avec les tabulations : merci, c'est clair.",
    ],
)
def test_words_about_suicide_or_an_ending_are_no_alarm_by_themselves(text):
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 12))
    assert ENGLISH.crisis not in draft.text and "ending their life" not in draft.advice


# A hard time told in passing, beside thanks: the draft once quoted "My wife left me and took the
# kids" back with a gold star.
HARD_TIMES_WITH_THANKS = [
    "I'm being bullied at school and coding is the only thing that helps. Thanks for writing.",
    "My wife left me and took the kids. Anyway, nice post.",
    "I can't take it anymore.",
    "I feel so alone lately. Your posts keep me company, thank you.",
    "I'm not okay. But this post made me smile a little.",
    "I've been really low for months. Thanks for this.",
    "We had to flee the war in Ukraine last year, and I am learning Python to find work. Great!",
    "Our house burned down in the wildfire. Reading your blog is a small comfort. Thanks.",
    "I lost everything in the flood. Thank you for the free tutorial.",
    "I relapsed last week. Your post helped me get back on track, thank you.",
    "I was abused as a child and writing helps me. Thank you for sharing your story.",
    "I'm homeless right now and use the library computers to learn. Great tutorial!",
    "I got evicted last month. Your blog keeps me going. Thanks!",
    "I've been in the hospital for two weeks. Great read.",
    "My PTSD has been bad lately, thanks for this calm post.",
    "Hit rock bottom this year. This post helped. Great work.",
    "I have nobody to talk to. Thank you for writing this.",
    "My marriage is falling apart. Beautiful post, thank you.",
    "My girlfriend broke up with me yesterday. Nice post though.",
    "I had a stroke last year and am relearning to code. Thanks for the clear examples!",
    "I have an eating disorder and your recipe posts are hard for me. Still, thank you.",
    "My best friend killed himself last month. Thank you for writing about this.",
    "I'm in so much pain every day. Your blog is a bright spot, thanks.",
    "Je me sens si seul. Merci pour cet article.",
    "Ich bin so einsam. Danke für den Beitrag.",
    "My mum is in end-of-life care now. Thank you for this post.",
    "Mon père a fait un AVC. Merci pour l'article.",
    "Je traverse une période très difficile. Merci pour cet article.",
    "Estoy pasando por un momento muy difícil. Gracias por el post.",
    "Mir geht es gerade nicht gut. Danke für den Artikel.",
    "Sto passando un periodo difficile. Grazie per l'articolo.",
    "Estou passando por um momento difícil. Obrigado pelo post.",
    "Ik heb het heel moeilijk op dit moment. Bedankt voor je blog.",
]


# Hard times told in passing that the word lists once missed: each draft quoted the comment back
# with a gold star ("“My partner has been in a coma for three weeks” — it adds something my post
# was missing. Gold star for you!").
MORE_HARD_TIMES_WITH_THANKS = [
    "Congrats on the new job!! I just got my MS diagnosis last week. Anyway, so happy for you!",
    "I have stage 4 cancer. Thank you for making me laugh today!",
    "I have stage III cancer. Thanks for the post!",
    "My partner has been in a coma for three weeks. Your posts keep me going.",
    "Writing this from a hospital bed. Loved this post, it made the day go faster!",
    "I just found out I'm infertile. Thanks for writing this.",
    "We buried my father on Monday. Thank you for the post.",
    "My best friend overdosed last month. I can't stop thinking about it. Nice post.",
    "Our house was repossessed last week. Thanks for the frugal recipes!",
    "My husband and I are splitting up after 15 years. Your post gave me hope.",
    "My marriage ended this year. Great post!",
    "My son is in the NICU. Thank you for the distraction.",
    "We put our cat to sleep this morning. Great post.",
    "I've been in and out of the psych ward this year. Your blog is a bright spot!",
    "Today would have been my mom's 70th birthday. Thank you for this post.",
    "I got my redundancy notice today. Thanks for the post!",
    "I was let go today after 9 years. Love your blog!",
    "Acabo de perder mi trabajo. ¡Gracias por el post!",
    "Estoy en el hospital. ¡Me encanta tu blog!",
    "Je suis à l'hôpital depuis une semaine. Merci pour l'article !",
    "We said goodbye to our old girl today. 14 years. Thanks for the post.",
    "Lost our sweet Bella to cancer last week. Your dog post made me smile.",
    "My cat went missing three weeks ago. Great blog!",
    "My horse had to be euthanized. Thank you for this.",
    "I was in a coma for a week last year. Thanks for this.",
    "We just found out there was no heartbeat. Thank you for your honesty.",
    "My dad is on a ventilator. Thanks for the laugh.",
    "I'm so tired of everything. Nice pictures.",
    "Honestly, what's the point of anything anymore. Great post.",
    "Je n'en peux plus. Merci pour l'article.",
    "Ich kann nicht mehr. Danke für den Artikel.",
    "Ya no puedo más. Gracias por el post.",
]


@pytest.mark.parametrize("text", HARD_TIMES_WITH_THANKS + MORE_HARD_TIMES_WITH_THANKS)
def test_a_hard_time_told_beside_thanks_gets_a_quiet_reply_without_quote_or_star(text):
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 16))
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.star_line
    assert not draft.quote and "“" not in draft.text and not CHEER.search(draft.text)


def test_a_suicide_told_of_someone_else_is_a_loss():
    text = "My best friend killed himself last month. Thank you for writing about this."
    assert read_tone(text).loss and not read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "My friend left me a comment about this post, thanks!",
        "I broke up the function into three smaller ones, thanks for the tip!",
        "Great write-up on LRU cache eviction, thanks!",
        "Your blog is my new addiction! Love it.",
        "This saved me so much pain debugging. Thanks!",
        "I had a stroke of genius after reading this. Thanks!",
        "I've abused list comprehensions like this for years, thanks for the better way.",
        "The homepage flooded with spam after the update, great fix though.",
        "Flame war in the comments incoming, but great post!",
        "Me dejó sin palabras, gracias.",
        "Mi ha lasciato senza parole, grazie!",
        "I was down in the garden reading this. Lovely.",
        "Merci, une période difficile à comprendre pour moi : les monades !",
    ],
)
def test_hard_words_in_a_happy_comment_are_no_alarm(text):
    assert draft_reply(facts({"text": text, "author": "Sam"}, 17)).tone == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "Oh great, another 'inspirational' post. Just what the world needed. Wow, so deep.",
        "Wow, so brave. Truly groundbreaking stuff.",
        "Thank you so much, really helpful... not.",
    ],
)
def test_sarcasm_is_not_thanked_or_quoted(text):
    draft = draft_reply(facts({"text": text, "author": "Dana"}, 13))
    assert draft.tone == "hostile" and draft.gold_stars == 0 and not draft.quote
    assert "made my day" not in draft.text and "notebook" not in draft.text


def test_a_fan_s_oh_great_is_still_praise():
    draft = draft_reply(facts({"text": "Oh great, another post from you, I love these!"}, 14))
    assert draft.tone == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "Yeah right, like that's ever going to work.",
        "Nice try, but honestly this is a beginner's take. Read the docs next time.",
        "Sure, because everyone has time to meal-prep for 6 hours on Sunday. Must be nice.",
    ],
)
def test_a_jab_that_reads_like_praise_gets_no_star_no_quote_and_no_cheer(text):
    draft = draft_reply(facts({"text": text, "author": "Tom"}, 15))
    assert draft.gold_stars == 0 and not draft.star_line and not draft.quote
    assert not re.search(r"made my day|glad you said|gold star|keeping", draft.text)
    # doubted as praise, or, where a word list knows the sarcasm ("like that's ever going to
    # work"), read as hostile
    assert "sarcasm" in draft.advice or draft.tone == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Python 2 reached end-of-life in 2020, please update the post. Thanks!",
        "Does this work with AVC video? Great post.",
        "Good tips to keep your API from being abused by bots. Thanks!",
    ],
)
def test_a_coder_s_end_of_life_avc_or_abuse_is_no_hard_time(text):
    assert read_tone(text).label != "grief"


@pytest.mark.parametrize(
    "text",
    [
        "Delete this or I'll make you regret it.",
        "You'll regret writing this.",
        "Watch your back.",
    ],
)
def test_a_threat_gets_no_draft_only_advice(text):
    draft = draft_reply(facts({"text": text, "author": "Tom"}, 18))
    assert draft.tone == "hostile" and draft.text == "" and draft.advice


@pytest.mark.parametrize(
    "text",
    ["Everyone has bad days, get over it.", "Man up, everyone gets laid off.", "Stop whining."],
)
def test_a_brush_off_on_a_hard_day_post_is_not_thanked_as_kindness(text):
    draft = draft_reply(facts({"text": text, "author": "Tom", "support": True}, 19))
    assert draft.tone == "hostile" and "kind words" not in draft.text


def test_a_relative_who_would_have_loved_the_post_is_a_loss_not_a_quote():
    text = "Thanks! Also, my grandfather would have loved this, he was a programmer."
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 20))
    assert draft.tone == "grief" and read_tone(text).loss and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        'Please can you help me, my code doesn\'t work: `print "hi"` gives SyntaxError',
        "It doesn't work for me on Windows, any idea why?",
        "I'm getting an ImportError when I run step 2. Help!",
    ],
)
def test_a_reader_asking_help_with_their_own_attempt_is_answered_not_thanked_for_a_fix(text):
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 21))
    assert draft.tone == "question" and "correction" not in draft.text


def test_a_failure_of_the_post_s_own_example_is_still_a_correction():
    draft = draft_reply(facts({"text": "The third example doesn't work: sort() returns None."}, 22))
    assert draft.tone == "critical" and "correction" in draft.text


def test_no_praise_of_the_labeled_fixture_is_doubted():
    praises = [c for c in labeled("tone_comments.json") if c["label"] == "praise"]
    doubted = [c["text"] for c in praises if read_tone(c["text"]).doubtful]
    assert not doubted


@pytest.mark.parametrize(
    "text",
    [
        "You have no idea how much this helped me.",
        "You have no idea how much I needed this today. Thank you.",
        "You have no idea what a difference this made. Thank you!",
    ],
)
def test_you_have_no_idea_how_much_it_helped_is_thanks_not_contempt(text):
    # Both were once answered "Let's keep this about the post."
    assert draft_reply(facts({"text": text, "author": "Sam"}, 23)).tone == "praise"


def test_you_have_no_idea_what_you_are_talking_about_is_still_contempt():
    assert read_tone("You have no idea what you're talking about.").label == "hostile"


# Each was once thanked, quoted back and given a gold star ("Your words, “Du bist so dumm”, are
# going to stay with me for a while.").
INSULTS_IN_OTHER_LANGUAGES = [
    "Je bent een idioot.",  # once a gold star
    "C'est nul, ton article.",
    "Article complètement nul, t'es vraiment nul.",
    "Quel article de merde.",
    "Du bist so dumm.",
    "Was für ein Scheiß Artikel.",
    "Du hast keine Ahnung.",
    "Eres un inútil.",
    "No tienes ni idea.",
    "Sei un cretino.",
    "Che articolo di merda.",
    "Quelli che scrivono articoli così sono dei cretini.",
    "This post is shit.",
]


@pytest.mark.parametrize("text", INSULTS_IN_OTHER_LANGUAGES)
def test_an_insult_in_french_german_spanish_or_italian_is_not_thanked(text):
    draft = draft_reply(facts({"text": text, "author": "Tom"}, 24))
    assert draft.tone == "hostile" and draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "Je suis nul en jardinage, merci pour les conseils !",
        "Ich bin so dumm, ich habe den Fehler nicht gesehen. Danke!",
        "Mi sento un cretino, non l'avevo capito. Grazie!",
        "Sono un cretino, non l'avevo capito. Grazie!",
        "Du bist nicht dumm, jeder macht Fehler. Danke für den Artikel!",
        "T'es pas nul, on apprend tous. Merci pour l'article !",
        "Non sei un cretino, capita a tutti. Grazie!",
        "Nul besoin de s'excuser, merci pour l'article.",
        "Du hast keine Ahnung, wie sehr mir das geholfen hat. Danke!",
        "Holy shit, this is amazing.",
        "Shit, I forgot to water my tomatoes. Great reminder!",
    ],
)
def test_the_same_words_said_of_oneself_denied_or_in_passing_are_no_insult(text):
    assert read_tone(text).label == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "I'm in a food coma after that lasagna recipe. Amazing!",
        "We split up the work between three of us, thanks for the template!",
        "We separated the frontend and backend repos after reading this. Thanks!",
        "Stage 4 of the pipeline kept failing until I read this. Thanks!",
        "The real diagnosis was a DNS issue, as always. Great post!",
        "I overdosed on coffee writing this comment. Great post!",
        "My relationship with CSS ended the day I read this. Wonderful!",
        "I put my son to sleep and then read your post. Lovely!",
        "This would have been a great birthday present for my mom. Thanks!",
        "The redundancy in your RAID setup saved me. Great post!",
        "We said goodbye to our old office today, great post about moving!",
        "The cat is missing from the header image, great post though.",
        "No heartbeat monitor needed for this one, great tutorial.",
        "My grandma's funeral potatoes recipe is similar, love it!",
        "The node had no heartbeat for 30 seconds and the cluster split. Great debugging post!",
        "I had to euthanize a bunch of zombie processes, great tips.",
        "Our staging server is in a coma. Thanks for the fix!",
        "The seeds were infertile, none came up. Great post though!",
        "We lost our server to a stroke of bad luck. Great write-up.",
        "I'm tired of everything being a subscription. Great post about self-hosting!",
        "Je n'en peux plus d'attendre la suite, merci !",
        "I've been thinking about ending it with my boyfriend, your post helped me decide. Thanks!",
    ],
)
def test_a_food_coma_a_split_up_task_or_a_child_put_to_sleep_is_no_hard_time(text):
    assert read_tone(text).label == "praise"


@pytest.mark.parametrize(
    "text",
    [
        'Someone on Twitter called you "a talentless hack". They\'re wrong, this post is great.',
        "People in the other thread said you were an idiot for posting this. Ignore them, it's "
        "brilliant.",
    ],
)
def test_an_insult_reported_from_elsewhere_is_not_the_commenter_s_and_is_never_quoted(text):
    # The first was answered "Let's keep this about the post."; once read as praise, its draft
    # quoted the insult back: "You always notice the good bits, and “Someone on Twitter called
    # you "a talentless hack"” is no exception."
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 26))
    assert draft.tone == "praise" and not draft.quote
    assert not re.search(r"hack|idiot", draft.text)


@pytest.mark.parametrize(
    "text",
    [
        "I called you a hack last year and I still think you're a hack.",
        "I'm telling you again: you're an idiot.",
        "We call you a clown around here.",
        "My friends call you a fraud.",
        "Everyone says you're an idiot.",
    ],
)
def test_the_commenter_s_own_insult_is_still_an_insult(text):
    assert read_tone(text).label == "hostile"


@pytest.mark.parametrize(
    "text", ["This is so sad 😭", "So sad to read this.", "This made me so sad.", "😢", "😢😢😢"]
)
def test_a_sad_reaction_gets_a_quiet_reply_not_a_quote_and_a_star(text):
    # "This is so sad 😭" was once answered "You always notice the good bits, and “This is so
    # sad 😭” is no exception. Have a gold star; you've earned it."
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 5))
    assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    ["😭😭 this is so cute I can't", "Forgot to water my basil again 😢 great tips though!"],
)
def test_a_crying_emoji_beside_other_words_is_no_hard_time(text):
    assert read_tone(text).label != "grief"


def test_praise_taken_back_in_the_same_breath_is_criticism_not_an_idea_to_star():
    # Once "“This would be great if it weren't so wrong” — it adds something my post was
    # missing. Have a gold star; you've earned it."
    draft = draft_reply(facts({"text": "This would be great if it weren't so wrong."}, 5))
    assert draft.tone == "critical" and draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "很好的文章 https://example.cn/shop",
        "Très bon article ! https://mon-site-pas-cher.fr",
        "¡Excelente artículo! https://prestamos-rapidos.es",
        "Отличная статья! http://example.ru",
        "Ottimo articolo! https://example.it",
    ],
)
def test_praise_that_fits_any_post_with_a_link_is_spam_in_any_language(text):
    # Once "Thank you for the link to prestamos-rapidos.es too; it's open in a tab already.",
    # with a gold star.
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 27))
    assert draft.tone == "spam" and draft.text == ""


@pytest.mark.parametrize(
    "text",
    [
        "Très bon article, merci !",
        "Excelente artículo, gracias. Lo probé con mi hija y funcionó.",
        "很好的文章，谢谢！",
        "Toller Artikel! Ich habe es mit meinem Sohn ausprobiert.",
    ],
)
def test_the_same_praise_without_a_link_is_still_praise(text):
    assert read_tone(text).label == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "Who asked?",
        "Cool story bro.",
        "Yawn.",
        "Meh.",
        "Worst recipe ever.",
        "You write like a teenager.",
        "Did your mom help you write this?",
        # Once "Thank you for the thoughtful question", with the jab quoted back.
        "lol this is so bad it's funny, did you even test it?",
        # Once "Gold star for you, Kate! ... “You ruined my weekend with this awful recipe” — I'm so
        # glad you said it."
        "I hate you. You ruined my weekend with this awful recipe.",
        # Once quoted back: "I'm keeping “Your blog used to be good” in my notebook".
        "Your blog used to be good.",
        "Shame on you for promoting wheat, it's poison.",
    ],
)
def test_a_dismissal_is_not_thanked_as_a_thought_or_a_question(text):
    # "Worst recipe ever." was once answered "You put it so well: “Worst recipe ever” — thank
    # you for that." with a gold star; "Did your mom help you write this?" was "a great question".
    draft = draft_reply(facts({"text": text, "author": "Tom"}, 28))
    assert draft.tone == "hostile" and draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "Who asked about pH? I had the same question, thanks!",
        "The plot was meh but your review is great!",
        "Worst case ever of procrastination here, great tips!",
    ],
)
def test_the_same_words_not_aimed_at_the_post_are_no_dismissal(text):
    assert read_tone(text).label != "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Your ex is an idiot. You deserve so much better ❤️",
        "Those bullies are idiots and you're amazing. Hang in there.",
        "Cancer is a bastard. Thinking of you.",
        "The people who laid you off are morons. You'll land somewhere better!",
        "Your critics are clowns, keep writing!",
        "Honestly the haters are idiots, this is great.",
    ],
)
def test_an_insult_for_the_author_at_someone_else_is_comfort_not_hostility(text):
    # Each was answered, on a hard-day post, "Let's keep this about the post." or "If something
    # in the post is wrong, I'd like to know what it is."
    draft = draft_reply(facts({"text": text, "author": "Sam", "support": True}, 29))
    assert draft.tone != "hostile" and draft.text and "post is wrong" not in draft.text
    assert not draft.quote and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "Your post is idiotic.",
        "You are an idiot.",
        "They're right, you're an idiot.",
        "Whoever wrote this is an idiot.",
        "The person who wrote this is a moron.",
        "They are idiots, all of you.",
    ],
)
def test_an_insult_at_the_author_or_the_post_is_still_hostile(text):
    assert read_tone(text).label == "hostile" and read_tone(text).cues


def test_disappearing_from_a_website_is_no_alarm():
    text = "Would anyone notice if I disappeared from Twitter? Probably not, lol. Great post."
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        # Once quoted back: "“He passed in March...” — I have been thinking about that line".
        "My dad baked bread every Sunday. He passed in March and I finally tried his recipe.",
        "My grandmother taught me this. She passed two years ago.",
        # Once "What a first comment to leave: “I baked this for my mother's wake” — I'm so glad".
        "Thank you. I baked this for my mother's wake and everyone asked for the recipe.",
        # Once asked "Which part do you disagree with, and why?"
        "Your recipe is better than my mom's, and she was a professional baker. RIP mom.",
        # Once "What a first comment to leave: “I miss my grandpa's bread so much” — I'm so glad".
        "I miss my grandpa's bread so much.",
    ],
)
def test_a_death_told_in_passing_or_a_wake_or_rip_mom_is_a_loss_not_a_quote(text):
    draft = draft_reply(facts({"text": text, "author": "Marie"}, 31))
    assert draft.tone == "grief" and (read_tone(text).loss or "miss my" in text)
    assert not draft.quote and draft.gold_stars == 0 and not CHEER.search(draft.text)


@pytest.mark.parametrize(
    "text",
    [
        "The bill passed in March and the new rules apply now.",
        "The tests passed two years ago and nobody touched the code since. Great post!",
        "We stayed up for the wake of the storm and baked all night. Thanks for the recipe!",
        "I can't see the point of this function. Why not use a dict?",
        "My dog died laughing when I dropped the loaf lol",
    ],
)
def test_passed_a_wake_or_died_laughing_without_a_loss_are_no_grief_or_crisis(text):
    read = read_tone(text)
    assert read.label != "grief" and not read.crisis and not read.loss


@pytest.mark.parametrize(
    "text",
    [
        # Both once quoted back as a bright spot ("made my day a little brighter").
        "Sorry for the late reply, been in hospital. Great post as always!",
        "It's been a year since the accident. I still can't drive but I can bake.",
    ],
)
def test_a_hospital_stay_or_an_accident_told_in_passing_gets_a_quiet_reply(text):
    draft = draft_reply(facts({"text": text, "author": "Gina"}, 32))
    assert draft.tone == "grief" and not draft.quote and draft.gold_stars == 0


def test_a_playful_i_hate_you_for_making_me_want_more_is_still_praise():
    assert (
        read_tone("I hate you for making me want another plant. Ten out of ten.").label != "hostile"
    )


def test_a_shy_newcomer_s_stupid_question_is_a_question_not_an_insult():
    # Once answered "I'd rather talk about the post than about each other."
    text = "I'm new here, sorry if this is a stupid question, but what is a starter?"
    assert draft_reply(facts({"text": text, "author": "Lin"}, 33)).tone == "question"
    assert read_tone("This is a stupid recipe.").label == "hostile"


def test_a_reader_baking_in_a_bomb_shelter_gets_a_quiet_reply_not_a_quote():
    text = "Sending love from Ukraine. We bake bread in the shelter."
    draft = draft_reply(facts({"text": text, "author": "Moe"}, 34))
    assert draft.tone == "grief" and not draft.quote and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "Check out my grief coaching program at www.griefcoach.biz",
        "Check out my grief coaching program at www.griefcoach.biz, first session free",
    ],
)
def test_a_coach_selling_on_a_support_post_gets_no_draft_not_condolences(text):
    # Once "I'm so sorry for your loss. Thank you for telling me." to the seller.
    draft = draft_reply(facts({"text": text, "author": "Di", "support": True}, 35))
    assert draft.tone == "spam" and draft.text == ""


def test_a_word_spelled_wrong_is_a_correction_not_a_line_to_think_about_all_morning():
    # Once "“Great post, but you spelled "sourdough" wrong in the title” — I have been thinking
    # about that line all morning."
    text = 'Great post, but you spelled "sourdough" wrong in the title.'
    draft = draft_reply(facts({"text": text, "author": "Dom"}, 36))
    assert draft.tone == "critical" and read_tone(text).correction and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "Coffee is the only thing keeping me going this week, love the post",
        "I don't see the point of life insurance at 25",
        "Je ne vois plus l'intérêt de continuer à utiliser Windows",
        "shelling out $12 for vanilla hurts",
        "Thanks for the wake lock example",
        "rip old jQuery out and use fetch",
        "I always miss my kids when I'm on the road",
    ],
)
def test_everyday_idioms_near_this_round_s_cues_are_no_hard_time_or_crisis(text):
    read = read_tone(text)
    assert read.label != "grief" and not read.crisis


@pytest.mark.parametrize(
    "text",
    [
        "c'est peut-être une question idiote, mais comment faire ?",
        "Vous n'avez pas testé avec du lait d'amande ?",
        "Great article about kitchen hacks, thanks!",
        "Shame on you for posting this at midnight, now I'm hungry!",
    ],
)
def test_a_shy_question_or_a_playful_shame_on_you_is_not_hostile(text):
    assert read_tone(text).label != "hostile"


def test_course_notes_shared_are_not_a_course_for_sale():
    assert read_tone("check out my old course notes, they cover the same").label != "spam"


@pytest.mark.parametrize(
    "text",
    [
        "My dad taught me this recipe. He passed away last year.",
        "My mum loved your blog. She died in May.",
        "Made this for my dad's last birthday. He's gone now, but the smell brings him back.",
    ],
)
def test_a_loss_told_just_after_naming_the_writer_s_own_kin_is_theirs(text):
    # Once "Thank you for being here. It helps more than you know to hear from people who care.",
    # as if the author were the one grieving.
    draft = draft_reply(facts({"text": text, "author": "Ann"}, 37))
    assert draft.tone == "grief" and read_tone(text).shared
    assert "people who care" not in draft.text and "being here" not in draft.text


def test_condolences_to_the_author_are_comfort_not_a_loss_of_the_commenter_s():
    # Once "I'm so sorry for your loss." back to the reader who offered condolences.
    text = "My sister shared your post with me. I'm so sorry your father passed."
    read = read_tone(text, support=True)
    assert read.comforting and not read.shared
    assert "your loss" not in draft_reply(facts({"text": text, "support": True}, 38)).text


@pytest.mark.parametrize(
    "text",
    [
        "I burned my hand badly on the dutch oven and ended up in the emergency room. Be careful!",
        "Fell off a ladder last week and broke my wrist, so my husband kneaded for me.",
        "My dog got hit by a car this morning. I can't stop shaking. Sorry, I just had to write.",
    ],
)
def test_an_injury_or_a_pet_hit_by_a_car_gets_a_quiet_reply_not_a_quote_or_a_star(text):
    # The first was quoted with "You put it so well" and a glittering gold star; the last was
    # answered as hostile: "Let's keep this about the post."
    draft = draft_reply(facts({"text": text, "author": "Ha"}, 39))
    assert draft.tone == "grief" and not draft.quote and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "I went to the emergency section of the store for more flour lol",
        "My code got hit by a bus error.",
        "I can't stop shaking my head at how easy this was.",
        "This recipe broke my brain a little, in a good way.",
    ],
)
def test_everyday_words_near_the_injury_cues_are_no_hard_time(text):
    assert read_tone(text).label != "grief"


@pytest.mark.parametrize(
    "text",
    [
        "No offense, but this is the most confusing recipe I've read.",
        "I hate to say it, but this post is pretty useless.",
        "This is hard to read on mobile, the text is tiny.",
        "Not to be rude, but your writing is really hard to follow.",
        "Love the photos, hate the recipe.",
    ],
)
def test_a_post_called_confusing_or_useless_is_not_thanked_or_quoted(text):
    # Each was praise or neutral: "I'm keeping “I hate to say it, but this post is pretty
    # useless” in my notebook; you said it better than my post did."
    draft = draft_reply(facts({"text": text, "author": "Cy"}, 40))
    assert draft.tone in ("critical", "hostile") and not draft.quote and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "It was confusing at first but your post cleared it up!",
        "Sourdough was so confusing until I found this.",
        "I hate the recipe for banana bread I grew up with, this one is better.",
        "This post is pretty good actually.",
    ],
)
def test_confusion_cleared_up_or_another_recipe_hated_is_no_criticism(text):
    assert read_tone(text).label not in ("critical", "hostile")


def test_i_had_to_tell_someone_how_good_this_was_is_praise_not_hostility():
    # Once "If something in the post is wrong, I'd like to know what it is."
    assert read_tone("I just needed to tell someone how good this was!").label == "praise"
    assert read_tone("How good is rye flour for starters?").label == "question"


@pytest.mark.parametrize("text", ["Lol", "First!", "hahaha 😂", "lmao"])
def test_bare_laughter_on_a_hard_day_post_is_not_thanked_as_kind_words(text):
    # Once "Thank you for your kind words. It helps more than you know to hear from people who
    # care." to a "Lol" under the author's post about their father's last weeks.
    # Then "Which part do you disagree with, and why?": now no draft, and advice to leave it.
    draft = draft_reply(facts({"text": text, "support": True}, 41))
    assert draft.tone == "hostile" and draft.text == "" and draft.gold_stars == 0
    assert draft.advice.startswith("A laugh and nothing else on your hard-day post")


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ("Lol", False),
        ("First!", False),
        ("Haha your dad sounds like he was a riot. So sorry.", True),
        ("lol ok", True),
    ],
)
def test_laughter_elsewhere_or_beside_comfort_is_not_hostile(text, support):
    assert read_tone(text, support=support).label != "hostile"


def test_see_a_doctor_instead_of_posting_about_it_online_is_a_jab_not_comfort():
    # Once "It helps more than you know to hear from people who care."
    text = "You should see a doctor instead of posting about it online."
    assert read_tone(text, support=True).label == "hostile"
    for own in (
        "I usually lurk instead of posting here, but this moved me.",
        "I write in my journal instead of posting about it online, but your post made me brave.",
    ):
        assert read_tone(own, support=True).label == "grief"


@pytest.mark.parametrize(
    "text",
    [
        "Not bad for a girl.",
        "You're cute, are you single?",
        "Wow, you actually got something right for once.",
    ],
)
def test_a_backhanded_compliment_or_a_pass_at_the_author_is_not_starred_or_quoted(text):
    # "Not bad for a girl." was kept "in my notebook; you said it better than my post did", with a
    # gold star; "are you single?" got "I've wondered the same thing".
    draft = draft_reply(facts({"text": text, "author": "Al"}, 42))
    assert draft.tone == "hostile" and not draft.quote and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        "I didn't expect much from a no-knead recipe, but wow!",
        "Are you single-handedly running this blog? Impressive.",
    ],
)
def test_surprise_at_a_recipe_or_single_handedly_is_no_jab(text):
    assert read_tone(text).label != "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much!!! My daughter and I made it together after her chemo ended. "
        "She's in remission!",
        "My scan came back clear!",
    ],
)
def test_good_news_after_a_hard_time_is_met_glad_not_sorry(text):
    # Once "That sounds so hard, and I'm sorry." to "She's in remission!"
    draft = draft_reply(facts({"text": text, "author": "Hu"}, 43))
    assert draft.tone == "grief" and read_tone(text).good_news
    assert "good news" in draft.text and "sorry" not in draft.text and draft.gold_stars == 0


def test_a_death_beside_good_news_still_gets_condolences():
    read = read_tone("My dad died in March, but my mom is in remission now.")
    assert read.loss and not read.good_news


@pytest.mark.parametrize(
    "text", ["The tests came back negative, so the bug is elsewhere.", "All clear to deploy now!"]
)
def test_tests_or_an_all_clear_in_code_are_no_health_news(text):
    assert read_tone(text).label != "grief"


@pytest.mark.parametrize(
    "text",
    [
        "My mom died last month. Could you share the recipe for the rolls you mentioned?",
        "I lost my job last week. Do you know a cheaper flour that works as well?",
    ],
)
def test_a_grieving_reader_s_practical_question_gets_a_promise_of_an_answer(text):
    # Once only "I'm so sorry for your loss.": the recipe they asked for was never mentioned.
    draft = draft_reply(facts({"text": text, "author": "Ida"}, 44))
    assert draft.tone == "grief" and "answer your question" in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Does it ever get easier? My mom died in October.",
        "How did you cope the first year? My wife passed in May.",
    ],
)
def test_does_it_get_easier_is_not_a_question_to_answer_later(text):
    draft = draft_reply(facts({"text": text, "author": "Jo"}, 45))
    assert draft.tone == "grief" and "answer your question" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the great recipe!",
        "Thanks for sharing this helpful tutorial, great tips!",
        # Once "I'm keeping “Thanks, this helped a lot!” in my notebook" and "This is exactly
        # what I needed today! is exactly the kind of thing I hoped someone would say".
        "Thanks, this helped a lot!",
        "This is exactly what I needed today!",
        "I really enjoyed reading this.",
        "Best post ever!",
        "Merci, ça m'a beaucoup aidé !",
    ],
)
def test_thanks_for_the_recipe_is_not_quoted_back_as_a_thought(text):
    # Once "I'm keeping “Thanks for the great recipe!” in my notebook; you said it better than my
    # post did."
    assert not draft_reply(facts({"text": text}, 46)).quote
    assert draft_reply(
        facts({"text": "The recipe worked with rye flour too, add water."}, 47)
    ).quote
    assert draft_reply(
        facts({"text": "Your tip about resting the dough overnight helped a lot."}, 48)
    ).quote


@pytest.mark.parametrize(
    "text",
    [
        "Honestly the best explanation of async I've read. You're a genius.",
        "Thank you, you are a genius",
    ],
)
def test_you_re_a_genius_said_in_earnest_is_praise_not_an_insult(text):
    # Once "I'd rather talk about the post than about each other.", and at the server's door
    # the nudge "This reads as harsh toward a person. Want to rephrase?"
    assert read_tone(text).label == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "Nice one, genius.",
        "Wow, you're a real genius, aren't you.",
        "Great idea, Einstein.",
        "Thanks, Sherlock.",
    ],
)
def test_genius_said_as_a_jab_is_still_hostile(text):
    assert read_tone(text).label == "hostile"


def test_a_job_offer_after_a_layoff_is_met_glad_not_sorry():
    # Once "That sounds so hard, and I'm sorry." to "Got an offer today!"
    text = "I was laid off last month and used your tutorial to prep. Got an offer today!"
    draft = draft_reply(facts({"text": text, "author": "Fay"}, 48))
    assert "good news" in draft.text and "sorry" not in draft.text
    assert read_tone("Got an offer today thanks to your tutorial!").label == "praise"


# Everyday comments a reviewer found read wrong by this round's first cues (each now reads as
# the code before read it): a cue must not catch the same words in another sense.
@pytest.mark.parametrize(
    "text",
    [
        "Then I went to the ER diagram tab and added the relation, works now.",
        "I broke my hand mixer on this dough, lol.",
        "The trail was so slippery I nearly broke my neck! Gorgeous views though.",
        "If you were hit by a bus tomorrow, would your team know the passwords?",
        "My battery was discharged after a day, any idea why?",
        "I was discharged from the Navy in 1998 and started baking.",
        "The malware scan came back clean, thanks for the tip!",
        "The migration operation went fine on Postgres 15",
        "Great tips to keep seniors out of hospital this winter.",
        "I read this on my way home from the hospital after a 12-hour night shift.",
        "À la sortie de l'hôpital il y a une super boulangerie",
    ],
)
def test_everyday_words_near_the_injury_and_health_news_cues_are_no_hard_time(text):
    assert read_tone(text).label != "grief"


@pytest.mark.parametrize(
    "text",
    [
        "This was hard to read, but so important. Thank you for sharing your story.",
        "This is such a confusing topic and you explained it so clearly!",
        "This is not confusing at all, great job.",
        "I hate this post, now I'm starving!",
        "These cupcakes would be good for a girl's birthday party.",
        "This lunchbox plan is so good for a mom who has no time!",
        "Finally got my macarons right for once!",
        "Are you single stepping through the code?",
        "Congrats on the new puppy! Send pics!",
        "Love that you actually fixed it instead of complaining about it online.",
        "This cake was very dense but delicious",
        "This is very lazy cooking and I love it!",
        "Avant votre article, c'était très confus pour moi. Merci !",
        "C'est incompréhensible qu'il n'y ait pas plus de commentaires, c'est génial !",
    ],
)
def test_everyday_words_near_the_criticism_and_jab_cues_are_not_hostile_or_critical(text):
    assert read_tone(text).label not in ("hostile", "critical")


@pytest.mark.parametrize(
    "text",
    [
        "My mom made this every Sunday. Sadly the restaurant closed after the owner passed away.",
        "My dad and I watched the documentary. The director died last year.",
    ],
)
def test_a_death_of_someone_else_after_naming_one_s_kin_is_not_the_writer_s_loss(text):
    assert not read_tone(text).shared


def test_laughter_with_a_heart_on_a_hard_day_post_is_warmth_not_mockery():
    assert read_tone("lol 💕", support=True).label != "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "We ended up at the ER at 2am with my son's burn.",
        "I have a broken wrist so my husband kneaded.",
        "Our cat got run over yesterday.",
        "My dog was struck by a car last night.",
        "I cannot stop shaking.",
    ],
)
def test_more_ways_to_tell_an_injury_or_an_accident_are_a_hard_time(text):
    assert read_tone(text).label == "grief"


def test_the_worst_day_of_my_life_is_a_hard_time_not_contempt_for_the_post():
    # Once hostile ("worst"): "I'm happy to discuss the ideas in the post. Which part do you
    # disagree with, and why?" to a reader whose dog had died that morning.
    text = "This is the worst day of my life. My dog died this morning."
    draft = draft_reply(facts({"text": text, "author": "Ned"}, 49))
    assert draft.tone == "grief" and read_tone(text).loss
    assert read_tone("This is the worst recipe.").label == "hostile"


def test_your_kids_are_adorable_is_praise_and_a_post_about_nothing_a_jab():
    assert read_tone("Your kids are adorable in the photos!").label == "praise"
    assert read_tone("Brilliant. Absolutely brilliant. Another post about nothing.").label == (
        "hostile"
    )


def test_a_reader_glad_of_the_author_s_good_news_is_not_told_the_author_is_glad():
    # Once "I'm so glad to hear the good news." back to "So glad your mom is in remission!"
    text = "So glad your mom is in remission! Sending love."
    assert not read_tone(text, support=True).good_news
    assert "good news" not in draft_reply(facts({"text": text, "support": True}, 50)).text


@pytest.mark.parametrize(
    "text",
    [
        "Burnt the cookies again, worst day of my life 😂 Love the recipe though.",
        "Only you could write a whole post about nothing and make me laugh this hard. Love it!",
        "Thanks genius, this trick saved my dinner!",
        "My husband is a real genius with the grill, he loved this.",
    ],
)
def test_jokes_near_this_round_s_cues_are_not_grief_or_hostile(text):
    assert read_tone(text).label not in ("grief", "hostile")


@pytest.mark.parametrize(
    "text",
    [
        "Laid off in March and still not back on my feet.",
        "I was laid off in March. Hope things are looking up soon.",
        "Je suis déprimée depuis des mois. Est-ce que ça va mieux avec le temps ?",
    ],
)
def test_good_news_hoped_for_denied_or_asked_is_not_met_glad(text):
    assert read_tone(text).label == "grief" and not read_tone(text).good_news


def test_how_adorable_is_an_exclamation_not_a_question_to_answer():
    assert read_tone("How adorable!").label != "question"
    assert read_tone("Your post made this the worst day ever.").label == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "Sometimes I think everyone would be better off if I just disappeared.",
        "Honestly I'm done. With everything.",
        "I can't do this anymore. Nobody would even notice.",
        "I took all my pills tonight. Goodbye everyone.",
        "I want to disappear.",
        "Je n'en peux plus, je veux que tout s'arrête.",
    ],
)
def test_a_reader_at_risk_in_other_words_is_told_where_help_is(text):
    # "I took all my pills tonight." was quoted "You put it so well"; "everyone would be better
    # off if I just disappeared" was read as a criticism; "Je n'en peux plus, je veux que tout
    # s'arrête." got a gold star.
    draft = draft_reply(facts({"text": text, "author": "Kim"}, 51))
    assert read_tone(text).crisis and draft.tone == "grief" and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        "I want to disappear into this book for a week.",
        "I'm done with everything on my list, time to bake!",
        "I took all my pills as prescribed and then baked this.",
        "Use brown sugar, nobody would even notice.",
    ],
)
def test_the_same_words_of_everyday_life_are_no_crisis(text):
    assert not read_tone(text).crisis


def test_i_m_a_widow_is_a_loss_not_a_line_that_made_the_author_s_day():
    # Once "Reading “I'm a widow and cooking for one is hard…” made my day a little brighter."
    text = "I'm a widow and cooking for one is hard, thank you for the small-batch version."
    draft = draft_reply(facts({"text": text, "author": "Flo"}, 52))
    assert draft.tone == "grief" and not draft.quote and draft.gold_stars == 0
    assert read_tone("Use widows: 2 and orphans: 2 in the print CSS.").label != "grief"


@pytest.mark.parametrize(
    "text",
    [
        "Killing myself laughing at the photo of the failed loaf.",
        "This recipe makes me want to die, it's so good.",
    ],
)
def test_hyperbole_a_laugh_or_a_treat_follows_is_no_crisis(text):
    # Each once got "If you are thinking of ending your life, please talk to someone today".
    assert not read_tone(text).crisis


def test_a_lol_does_not_hide_a_reader_at_risk():
    assert read_tone("i want to die lol").crisis


@pytest.mark.parametrize(
    "text",
    [
        "I want to end it all, laughing is impossible now.",
        "I want to kill myself, everyone laughs at me.",
        "I'm going to kill myself tonight, so goodbye.",
        "I'm suicidal, nothing feels so good anymore",
        "I'm so done with everything.",
    ],
)
def test_a_reader_at_risk_who_mentions_laughing_or_so_good_is_still_at_risk(text):
    # A first filter of hyperbole dropped these (review): it is now only "killing myself
    # laughing" and "makes me want to die, it's so good".
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "The kids took all the tablets.",
        "I took all my vitamin pills at once and felt fine.",
        "When my toddler screams in the supermarket I just want to disappear.",
        "Packed the car, I'm done with everything. Off to Italy!",
        "Je veux que tout s'arrête au démarrage, comment faire ?",
        "Mon soufflé est tombé devant les invités, j'avais envie de disparaître.",
        "Je n'en peux plus, c'est trop bon !",
        "My daughter went to the party dressed as a widow.",
    ],
)
def test_everyday_words_near_the_new_crisis_cues_are_no_crisis_nor_grief(text):
    read = read_tone(text)
    assert not read.crisis and read.label != "grief"


def test_nobody_would_notice_a_skipped_leg_day_is_no_crisis():
    # "can't do this anymore" is a hard time on its own (grief); the leg day is no risk
    assert not read_tone(
        "I can't do this anymore. Honestly nobody would even notice if I skipped leg day."
    ).crisis


@pytest.mark.parametrize(
    "text",
    [
        # Once "What a first comment to leave: … I'm so glad you said it", with a gold star.
        "I've started cutting again.",
        "I've been cutting again. Sorry to dump this here.",
        "I'm self-harming again.",
        # Once quoted back: "Vous l'avez si bien dit : « Je me scarifie à nouveau »".
        "Je me scarifie à nouveau.",
        "Je me fais du mal encore.",
    ],
)
def test_a_reader_who_hurts_themselves_again_gets_the_crisis_line(text):
    assert read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I've started cutting carbs again.",
        "I've been cutting again and again at the dough, it never rises.",
        "Je me suis fait du mal au dos en portant le pétrin, mais la recette vaut le coup !",
    ],
)
def test_cutting_carbs_or_a_sore_back_is_no_crisis(text):
    assert not read_tone(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        # The stock sentences of comment-spam kits: once quoted "I have been thinking about that
        # line all morning".
        "I have been browsing online more than 3 hours today, yet I never found any interesting "
        "article like yours. It is pretty worth enough for me.",
        "I couldn't depart your website before suggesting that I really enjoyed the standard info.",
        "Heya i'm for the first time here. I came across this board and I find It truly useful.",
    ],
)
def test_a_comment_spam_kit_s_stock_sentence_gets_no_draft(text):
    draft = draft_reply(facts({"text": text, "author": "Maria"}, 12))
    assert draft.tone == "spam" and draft.text == ""


def test_a_3_in_a_comment_is_no_heart():
    # "<3" is a heart; a 3 alone ("3 hours", "ES2023") once counted as praise.
    assert praise_cues("ready in 3 hours, as step 3 says.") == ()
    assert read_tone("Made it twice already <3").label == "praise"


@pytest.mark.parametrize(
    "text",
    [
        # Once read as a question: "is a great question; let me think it over".
        "Who taught you to cook, a raccoon?",
        "Qui t'a appris à cuisiner, un raton laveur ?",
    ],
)
def test_a_jab_asked_as_a_question_is_not_praised_as_a_great_question(text):
    assert read_tone(text).label == "hostile"


def test_asking_who_taught_the_author_in_earnest_is_still_a_question():
    assert read_tone("Who taught you to cook? Your knife skills are amazing.").label != "hostile"


@pytest.mark.parametrize(
    "text",
    [
        # Once "I'm so glad you said it", with a gold star.
        "Interesting choice to use margarine. Bold.",
        "Interesting choice of flour...",
        "Choix intéressant d'utiliser de la margarine...",
        "Bold choice.",
    ],
)
def test_a_veiled_jab_at_a_choice_is_criticism_not_a_line_to_star(text):
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 13))
    assert draft.tone == "critical" and draft.gold_stars == 0 and "“" not in draft.text


def test_a_choice_the_reader_made_and_liked_is_no_jab():
    assert read_tone("I used rye, an interesting choice that paid off!").label != "critical"


@pytest.mark.parametrize(
    "text",
    [
        # Once "What a first comment to leave: “I'm a recovering alcoholic and cooking keeps me
        # sane” — I'm so glad you said it", with a gold star.
        "I'm a recovering alcoholic and cooking keeps me sane. Thank you.",
        # Once "I'm keeping “I'm 6 months sober today!” in my notebook; you said it better".
        "I'm 6 months sober today!",
        "My son is autistic and he loves these cookies.",
        "I have ADHD and your step-by-step format helps so much.",
        "I'm gay and my husband and I made this together.",
        "Je suis en fauteuil roulant et vos instructions sont parfaites.",
    ],
)
def test_what_a_reader_tells_of_their_health_or_identity_is_not_quoted_back(text):
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 49))
    assert not draft.quote and "“" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "The bread came out perfect with less fat in the dough.",
        "I blind baked the crust for 15 minutes first, then filled it.",
    ],
)
def test_cooking_words_that_sound_like_a_disclosure_are_still_quoted(text):
    assert draft_reply(facts({"text": text, "author": "Sam"}, 50)).quote


def test_a_reader_s_thanks_as_a_trans_woman_is_not_doubted_as_a_jab():
    # Once the inbox said "it may be sarcasm or a jab: … Read it again before you thank them."
    read = read_tone("As a trans woman this post meant a lot.")
    assert read.label == "praise" and not read.doubtful


def test_a_parent_who_survived_a_heart_attack_is_good_news():
    # Once "I'm so sorry you're going through this."
    read = read_tone("Happy to report my dad survived his heart attack!")
    assert read.label == "grief" and read.good_news


def test_a_bland_dish_is_criticism_not_hostility():
    # Once "Let's keep this about the post. If there's a claim you think doesn't hold up".
    assert read_tone("Not sure why everyone loves this, it was bland.").label == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # Each once got a gold star: "I'm keeping “Go back to your country” in my notebook".
        "Go back to your country.",
        "You should go back where you came from.",
        "You'll be hearing from my lawyer.",
        # Once "is a great question; let me think it over", with a gold star.
        "Your address is 12 Main Street, right? Nice house.",
    ],
)
def test_a_threat_or_a_slur_about_where_the_author_comes_from_gets_no_draft(text):
    draft = draft_reply(facts({"text": text, "author": "Sam"}, 51))
    assert draft.tone == "hostile" and draft.text == "" and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text", ["Women shouldn't be writing about programming.", "I'm reporting this blog."]
)
def test_sexism_or_a_report_threat_is_hostile_not_thanked(text):
    assert read_tone(text).label == "hostile"


@pytest.mark.parametrize(
    "text",
    [
        "I can't wait to go back to your country, it was beautiful!",
        "Your address is wrong on the contact page.",
        "Women shouldn't have to code in hostile workplaces. Great post.",
        "Women can't code? Tell that to my daughter!",
        "I went back to the kitchen and tried again, worked!",
        "I'm reporting this post to my team as a must-read!",
    ],
)
def test_the_same_words_said_kindly_are_no_hostility(text):
    assert read_tone(text).label != "hostile"


@pytest.mark.parametrize(
    "text", ["My kids devoured it, not a crumb left!", "The kids asked for seconds!"]
)
def test_a_dish_the_family_devoured_is_praise(text):
    # Once "Thank you for the pushback. I want to think it through properly before I answer."
    assert read_tone(text).label == "praise"


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("In loving memory of Grandpa Joe", "Grandpa Joe taught me to fish."),
        ("Goodbye, old friend", "Yesterday we said goodbye to Max, our golden retriever."),
        # Titles alone, once ordinary posts with "25 stars from readers: thank you!"
        ("Goodbye, Dad", ""),
        ("Saying goodbye to Mum", ""),
        ("Remembering Grandpa (1931–2026)", ""),
        ("My dog Rex, 2010–2026", ""),
        ("Adieu papa", ""),
    ],
)
def test_a_memorial_post_is_a_hard_day(title, opening):
    # Both once read as ordinary posts: stars, milestones and cheerful drafts.
    assert hard_time_cues(title, "", opening)


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("How to kill a zombie process", "When a child dies before its parent reaps it, it lives."),
        ("Team news", "Today we said goodbye to Sam, our shepherd of the release, off to Berlin."),
        ("Saying goodbye to Heroku", "We moved everything to a small VPS."),
        ("Python (2008–2020)", "Python 2 reached its end of life."),
    ],
)
def test_a_dying_child_process_or_a_colleague_leaving_is_no_hard_day(title, opening):
    assert not hard_time_cues(title, "", opening)


# Everyday comments a review found read wrong by the first draft of this sitting's cues, with the
# words that misread them: none of those words is a cue now.
EVERYDAY_NEAR_NEW_CUES = {
    "I know this is off topic but what camera do you use for your food shots?": "off topic",
    "Does your blog have a contact page? I'd love to ask about your knitting pattern.": "contact",
    "My sister suggested I might like this blog and she was right!": "might like",
    "Wonderful beat! The drums in the second half are incredible.": "beat",
    "If you get lost on the trail, go back to where you came from and take the left fork.": (
        "go back"
    ),
    "You should go back to your country and cook this for your grandmother, she'd be proud!": (
        "go back"
    ),
    "I'm gonna sue you for making me addicted to these cookies 😂": "sue you",
    "If your address is 192.168.1.10, you're behind NAT.": "address",
    "I have your address, I'll mail the tomato seeds next week!": "address",
    "Anyone who thinks women can't code should read this post. Brilliant!": "women",
    "My daughter was told girls can't code. I showed her your blog!": "girls",
    "This post made me want to get back into the kitchen!": "kitchen",
    "This bread is perfect. Now someone please make me a sandwich!": "sandwich",
    "I'll report you to the admins of our Facebook group as our new favorite blogger!": "report",
    "Who taught you to sew, a family member?": "taught",
    "I've got nothing better to do on a rainy Sunday than bake this, thank you!": "better to do",
    "Loved the purple walls in your nursery. Bold choice!": "choice",
    "Interesting choice of spices... I'll definitely try it tonight!": "choice",
    "The sauce was a bit bland, so I added chili flakes and it was perfect!": "bland",
    "It was too sweet for me, but my kids loved it.": "too sweet",
    "Honestly, I'm not sure why people love sourdough so much, but this post converted me!": (
        "not sure why"
    ),
    "Slugs devoured my lettuce this year.": "devoured",
    "The new API means everything is slower now.": "means",
    "My laptop survived the crash thanks to your backup tutorial!": "survived",
    "Today we said goodbye to Luna, our foster kitten, who went to her forever home!": "goodbye",
    "We baked this in memory of our family trip to Rome.": "memory",
}


@pytest.mark.parametrize("text", EVERYDAY_NEAR_NEW_CUES)
def test_everyday_words_near_the_new_cues_are_not_misread(text):
    read = read_tone(text)
    assert not any(EVERYDAY_NEAR_NEW_CUES[text] in cue for cue in read.cues)
    assert not read.crisis and not read.severe and not read.good_news


@pytest.mark.parametrize(
    "text",
    [
        "I've started cutting again. Down 4 pounds this week thanks to your meal prep plan!",
        "My salon reopened so I've started cutting again.",
        "Bulk season is over, I'm cutting again.",
        "Voglio farla finita con i carboidrati, ottima ricetta!",
    ],
)
def test_cutting_hair_or_carbs_again_is_no_crisis(text):
    assert not read_tone(text).crisis


def test_a_real_cry_for_help_about_cutting_is_heard_mid_sentence():
    assert read_tone("I've been cutting again and I'm scared.").crisis


@pytest.mark.parametrize(
    "text",
    [
        "I'm addicted to these cookies, the brown butter makes them unbelievable!",
        "Your CSS tip about widow control saved my print stylesheet.",
        "As a fat bike rider, I found your winter trail map super useful.",
        "I was blind to this bug for weeks until your post.",
        "My extension was disabled, so the dark mode toggle finally works for me.",
    ],
)
def test_words_that_only_sound_like_a_disclosure_are_still_quoted(text):
    assert draft_reply(facts({"text": text, "author": "Sam"}, 52)).quote


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("Notes", "Our dog passed last week, and this thread helped me so much."),
        ("Dad", "My dad passed last month and I'm still in the process of sorting his things."),
    ],
)
def test_a_loss_told_beside_a_word_of_programs_is_still_a_hard_day(title, opening):
    assert hard_time_cues(title, "", opening)


# A second review's everyday comments near the narrowed cues, with the words that misread them.
MORE_EVERYDAY_NEAR_NEW_CUES = {
    "I'm cutting again, two weeks till the wedding and the dress is tight.": "cutting",
    "I'm cutting again this weekend, the lawn is knee-high.": "cutting",
    "Je me suis fait du mal encore en taillant les rosiers, ces épines !": "mal",
    "Não aguento mais viver com essa dor nas costas, alguma dica de alongamento?": "viver",
    "Have you got anything better to do this weekend? If not, try the hike to the falls!": "better",
    "Je n'ai plus goût à rien depuis mon covid, même le chocolat !": "goût",
    "I was browsing online for two hours looking for this fix, thank you!": "browsing",
    "It was a hit with nobody. Sorry.": "hit",
}


@pytest.mark.parametrize("text", MORE_EVERYDAY_NEAR_NEW_CUES)
def test_more_everyday_words_near_the_new_cues_are_not_misread(text):
    read = read_tone(text)
    assert not any(MORE_EVERYDAY_NEAR_NEW_CUES[text] in cue for cue in read.cues)
    assert not read.crisis


def test_good_news_taken_back_is_no_good_news():
    read = read_tone("My grandfather survived two heart attacks but the third one took him.")
    assert read.label == "grief" and not read.good_news


def test_good_news_beside_thanks_to_the_author_is_still_good_news():
    # "your" after the news is thanks, not the author's news.
    read = read_tone("My mum survived her surgery, thanks for your kind words.")
    assert read.good_news


@pytest.mark.parametrize(
    "text",
    [
        "My parents both died this year; coding threads at night keeps me going.",
        "My child died in May and I can't face the forks and spoons she used.",
    ],
)
def test_one_word_of_programs_does_not_hide_a_loss(text):
    assert read_tone(text).label == "grief"


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to sue you for defamation.",
        "Nice family you have. Shame if something happened to them.",
        "Go back to your country, nobody wants you here.",
        "Retourne dans ton pays, personne ne veut de toi ici.",
    ],
)
def test_threats_with_more_words_after_them_get_no_draft(text):
    read = read_tone(text)
    assert read.label == "hostile" and read.severe


@pytest.mark.parametrize(
    "text",
    ["How are you holding up?", "Can I bring you dinner this week?", "Are you okay?"],
)
def test_a_reader_asking_after_the_author_on_a_hard_day_is_thanked_not_promised_an_answer(text):
    # Once "Thank you for your kind words. I'll answer your question properly soon."
    draft = draft_reply(facts({"text": text, "author": "Sam", "support": True}, 53))
    assert "answer" not in draft.text and "asked" in draft.text


def test_a_reader_asking_after_the_author_elsewhere_gets_no_great_question_and_no_star():
    # Once "“How are you doing these days?” is a great question; let me think it over", with a
    # glittering gold star.
    draft = draft_reply(facts({"text": "How are you doing these days? Miss your posts!"}, 54))
    assert "question" not in draft.text and draft.gold_stars == 0
    assert "asking after me" in draft.text


def test_a_french_reader_asking_after_the_author_is_thanked_for_it():
    assert read_tone("Comment allez-vous ? Vos billets me manquent.").caring_question


@pytest.mark.parametrize(
    "text",
    [
        # Each once got a gold star: "I'm so glad you said it", "are going to stay with me".
        "You've gained weight since your last video lol",
        "I will pray for your soul, you are going to hell for this.",
    ],
)
def test_body_shaming_or_damnation_is_not_thanked(text):
    assert read_tone(text).label == "hostile"


def test_a_campaign_is_not_quoted_back_as_said_better_than_the_post():
    # Once "You put it so well: “Vote for X in November, the other side is destroying this
    # country” — thank you for that."
    text = "Vote for X in November, the other side is destroying this country."
    assert not draft_reply(facts({"text": text, "author": "Sam"}, 55)).quote


def test_are_you_sick_is_asked_after_the_author_not_a_great_question():
    draft = draft_reply(facts({"text": "You look tired in the video, are you sick?"}, 56))
    assert "great question" not in draft.text and draft.gold_stars == 0


@pytest.mark.parametrize(
    "text",
    [
        # The demo's own comment: a reply drafted "I'll check and reply here properly. Thank you
        # for reading, and for asking."
        "They did, every Sunday. Which I now think was the point: the kindness went round.",
        "When I was a kid my gran kept a jar like this.",
        "What a lovely post.",
        "Where I live, it rains every day, so this cheered me up.",
        "How you write about her is beautiful.",
        "Why I keep coming back: the kindness here.",
    ],
)
def test_a_sentence_that_starts_like_a_question_but_tells_is_not_one(text):
    assert read_tone(text).label != "question"
    draft = draft_reply(facts({"text": text, "author": "Agnès"}, 52))
    assert "for asking" not in draft.text and "reply here properly" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "How do you keep the jar going in the holidays",
        "Which pen do you use for the stars",
        "When will part two come out",
        "What is the best way to start",
        "How long have you been writing here",
        "What capo position is that in the video",
        "What ratio of water to rice for the clay pot version",
    ],
)
def test_a_question_without_its_mark_is_still_a_question(text):
    assert read_tone(text).label == "question"
