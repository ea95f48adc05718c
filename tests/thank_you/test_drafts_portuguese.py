"""Drafts in Portuguese (reply_drafts/templates/pt/): a Brazilian or a Portuguese blog's commenters
are answered in Portuguese, in every tone, in one Portuguese that reads right on both sides (the
verb and "o seu" speak to the reader; no "tu", "si", gerund after "estar" or pronoun placed as only
one side places it) and with no guessed gender ("obrigado", "querido", "bem-vindo")."""

import re
from functools import partial

import pytest

from reply_drafts import draft_reply
from reply_drafts.entries import SLOT
from reply_drafts.language_lines import ENGLISH as ENGLISH_LINES
from reply_drafts.language_lines import PORTUGUESE, lines_for
from reply_drafts.library import drafting_language, load_library
from reply_drafts.quote import read_comment
from reply_drafts.tone import read_tone
from tests.support.draft_languages import (
    ENGLISH_WORDS,
    LINE_SECTIONS,
    assert_built_in_with_every_line_and_rule_of_english,
    assert_no_placeholder,
    assert_placeholders_of_english,
    assert_same_files_as,
    blog_comment,
    own_words,
    varied_thread,
    without_nameless,
)

# Words whose gender would have to be guessed (the commenter's or the author's); the name of a
# commenter who gave none says both and is taken out before looking.
GUESSED_GENDER = re.compile(
    r"\b(?:obrigad[oa]s?|querid[oa]s?|bem-vind[oa]s?|car[oa]s?|grat[oa]s?|emocionad[oa]|"
    r"comovid[oa]|tocad[oa]|encantad[oa]|sozinh[oa]|cansad[oa]|preocupad[oa]|aberto|aberta|"
    r"leitor(?:a|es)?|amig[oa]s?|anónim[oa]|anônim[oa])\b",
    re.IGNORECASE,
)
# Words that read as one side's only: Brazil's "você" said outright, "tela", "aba", "legal",
# "oi"; Portugal's "tu", "ti", "si", "ecrã", "gralha", "secretária" (a desk, a secretary
# in Brazil), "até à"; a gerund after "estar" (Brazil) or "estar a" + infinitive (Portugal); and a
# pronoun after its verb where Brazil puts it before ("deu-me", "fez-me", "toca-me").
ONE_SIDE = re.compile(
    r"\b(?:você|tu|ti|si|ecrã|tela|aba|legal|oi|gralha|secretária|até à|até ao|"
    r"(?:estou|está|estão|estava) (?:\w+[aei]ndo|a \w+r)|\w+-(?:me|te|nos))\b",
    re.IGNORECASE,
)
COMMENTS = {
    "praise": "Que post lindo! O seu diário de gratidão me deu vontade de começar um.",
    "question": "Já experimentou usar post-its em vez de um caderno?",
    "critical": "Há um erro no segundo parágrafo: a data é 2019, não 2018.",
    "hostile": "Artigo lixo, você é um idiota.",
    "grief": "O meu pai faleceu no mês passado. Obrigada por este texto, fez-me bem.",
}
# A word the Portuguese drafts always hold somewhere (a greeting or a thank-you).
OWN_WORDS = re.compile(
    r"\b(?:Olá|Agradeço|abraço|Boas-vindas|Que|Ei|Cumprimentos|Vamos|Prefiro|Converso|Se há)\b",
    re.IGNORECASE,
)
TITLE = "O diário de gratidão"
RELATED = ("Agradecer", "/2024/agradecer/")


# Comment n by Inês under the post TITLE of a blog in Portuguese: facts(text, n, **changes).
facts = partial(
    blog_comment,
    author="Inês",
    language="pt",
    title=TITLE,
    related_post=RELATED,
    thread="/2024/pt/",
)


def assert_in_portuguese(text: str) -> None:
    assert not ENGLISH_WORDS.search(text), text
    assert not GUESSED_GENDER.search(without_nameless(text, "pt")), text
    assert not ONE_SIDE.search(text), text
    assert_no_placeholder(text)


def all_lines() -> list[tuple[str, str]]:
    library = load_library("pt")
    lines = [(e.key, e.text) for section in LINE_SECTIONS for e in library.entries(section)]
    fixed = [*PORTUGUESE.fallback.values(), *PORTUGUESE.quiet_fallback.values()]
    return lines + [(f"fixed.{e.key}", e.text) for e in fixed]


def test_the_portuguese_library_is_built_in_with_every_line_and_rule_of_the_english_one():
    assert_built_in_with_every_line_and_rule_of_english("pt")


@pytest.mark.parametrize("other", ["fr", "es", "de"])
def test_every_file_of_the_other_libraries_has_its_portuguese_counterpart(other):
    assert_same_files_as("pt", other)


def test_every_line_keeps_the_placeholders_of_its_english_line():
    assert_placeholders_of_english("pt")


@pytest.mark.parametrize("code", ["pt", "pt_BR", "pt-BR", "pt_PT", "pt-PT", "pt_AO", "pt-MZ"])
def test_a_brazilian_or_portuguese_blog_drafts_in_portuguese(code):
    library = load_library(code)
    assert library.language == "pt" and library.problems == ()
    assert drafting_language(code) == "pt" and lines_for(library.language) is PORTUGUESE
    draft = draft_reply(facts(COMMENTS["praise"], 3, language=code))
    assert OWN_WORDS.search(draft.text) and not ENGLISH_WORDS.search(
        own_words(draft, TITLE, RELATED[0])
    )


@pytest.mark.parametrize(("key", "text"), all_lines())
def test_every_line_is_portuguese_for_both_sides_with_no_guessed_gender(key, text):
    words = SLOT.sub(" ", text)
    assert not ENGLISH_WORDS.search(words), key
    assert not GUESSED_GENDER.search(words), key
    assert not ONE_SIDE.search(words), key


def test_quiet_lines_promise_no_star_and_raise_no_voice():
    library = load_library("pt")
    for section in LINE_SECTIONS:
        for entry in library.entries(section):
            if "grief" in entry.tones or "hostile" in entry.tones:
                assert "estrela" not in entry.text and "!" not in entry.text, entry.key


@pytest.mark.parametrize("tone", list(COMMENTS))
def test_every_tone_is_answered_in_portuguese(tone):
    assert read_tone(COMMENTS[tone]).label == tone
    texts = set()
    for number in range(1, 41):  # forty seeds: most lines of each tone are drawn
        draft = draft_reply(facts(COMMENTS[tone], number))
        assert draft.tone == tone
        assert OWN_WORDS.search(draft.text), draft.text
        assert_in_portuguese(own_words(draft, TITLE, RELATED[0]))
        texts.add(draft.text)
    assert len(texts) >= 3  # not one line for everyone


def test_praise_gets_warm_portuguese_drafts_and_gold_stars_promised_in_portuguese():
    starred = 0
    for number in range(1, 41):
        draft = draft_reply(facts(COMMENTS["praise"], number))
        assert draft.tone == "praise" and draft.quote, draft.text
        assert ("estrela" in draft.text) == (draft.gold_stars > 0), draft.text
        assert "gold star" not in draft.text and "Thank you" not in draft.text
        starred += draft.gold_stars > 0
    assert starred >= 20  # most warm drafts give a star, as in English


@pytest.mark.parametrize(
    "text",
    [
        "Já experimentou usar post-its em vez de um caderno?",
        "Qual farinha você usa para esse pão?",
        "Quanto tempo a massa precisa descansar na geladeira?",
    ],
)
def test_a_question_is_promised_an_answer_in_portuguese(text):
    promises = ("respondo", "resposta", "volto aqui", "descobrir")
    for number in range(1, 21):
        draft = draft_reply(facts(text, number))
        assert draft.tone == "question"
        assert any(word in draft.text for word in promises), draft.text
        assert_in_portuguese(own_words(draft, TITLE, RELATED[0]))


@pytest.mark.parametrize(
    "text",
    [
        COMMENTS["critical"],
        "Acho que há um erro de digitação no título: falta um acento em “pão”.",
        "O link para a receita está quebrado.",
    ],
)
def test_a_correction_is_thanked_and_promised_a_fix_in_portuguese(text):
    tone = read_tone(text)
    assert tone.label == "critical"
    phrases = set()
    for number in range(1, 41):
        draft = draft_reply(facts(text, number))
        assert draft.tone == "critical" and not draft.quote
        assert "Agradeço" in draft.text, draft.text
        assert_in_portuguese(draft.text)
        phrases |= set(draft.phrases)
    if tone.correction:
        assert "thanks.critical-correction" in phrases


@pytest.mark.parametrize(
    "text",
    [
        COMMENTS["grief"],
        "A minha mãe faleceu em março. Ler isto ajudou muito.",
        "A minha avó morreu ontem. Ela fazia este bolo todos os domingos.",
    ],
)
def test_a_loss_gets_quiet_portuguese_condolences_and_no_star_quote_or_cheer(text):
    tone = read_tone(text)
    assert tone.label == "grief" and tone.loss
    condolences = ("Os meus sentimentos", "Sinto muito", "estou aqui")
    for number in range(1, 21):
        draft = draft_reply(facts(text, number))
        assert draft.gold_stars == 0 and not draft.quote and not draft.crisis
        assert "!" not in draft.text and "estrela" not in draft.text
        assert "Boas-vindas" not in draft.text and "/2024/agradecer/" not in draft.text
        assert any(words in draft.text for words in condolences), draft.text
        assert_in_portuguese(draft.text)


def test_comfort_on_a_hard_day_post_is_thanked_quietly_in_portuguese():
    text = "Força, mando um abraço enorme. Estou aqui."
    assert read_tone(text, support=True).comforting
    drafts = []
    for number in range(1, 21):
        draft = draft_reply(facts(text, number, support=True))
        assert draft.tone == "grief" and draft.gold_stars == 0 and not draft.quote
        assert "!" not in draft.text
        assert_in_portuguese(draft.text)
        drafts.append(draft.text)
    assert any("palavras" in draft or "mensagem" in draft for draft in drafts)


@pytest.mark.parametrize(
    "text",
    [
        "Quero tirar a minha própria vida.",
        "Não quero mais viver.",
        "Não aguento mais viver, quero morrer.",
        # pinned as misses (strict xfail) until the crisis matrix taught the reader them
        "Penso em suicídio há semanas. O seu post me ajudou a aguentar.",
        "Penso em me matar todos os dias.",
    ],
)
def test_a_reader_at_risk_is_told_where_help_is_in_portuguese(text):
    assert "https://findahelpline.com" in PORTUGUESE.crisis
    assert PORTUGUESE.crisis != ENGLISH_LINES.crisis
    for number in range(1, 21):
        draft = draft_reply(facts(text, number))
        assert draft.crisis and draft.text.endswith(PORTUGUESE.crisis), draft.text
        assert draft.gold_stars == 0 and not draft.quote
        assert_in_portuguese(draft.text.replace("https://findahelpline.com", ""))
        assert "sentimentos" not in draft.text and "luto" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        "Tomei todos os meus comprimidos. Quero morrer hoje à noite.",
        "Quero me matar hoje à noite.",
    ],
)
def test_a_reader_in_danger_now_is_told_to_call_the_emergency_number_first(text):
    assert read_tone(text).danger_now
    assert "número de emergência" in PORTUGUESE.crisis_now
    assert "https://findahelpline.com" in PORTUGUESE.crisis_now
    for number in range(1, 11):
        draft = draft_reply(facts(text, number))
        assert draft.crisis and draft.text.endswith(PORTUGUESE.crisis_now), draft.text
        assert draft.gold_stars == 0 and not draft.quote


@pytest.mark.parametrize(
    "text",
    [
        COMMENTS["hostile"],
        "Que texto horrível, você é um incompetente.",
        "Cala a boca, ninguém quer saber da sua opinião, idiota.",
    ],
)
def test_hostility_gets_a_calm_portuguese_reply_with_no_thanks_quote_or_star(text):
    for number in range(1, 21):
        draft = draft_reply(facts(text, number))
        assert draft.tone == "hostile" and draft.gold_stars == 0 and not draft.quote
        if draft.text:  # a severe comment gets no draft at all
            assert "post" in draft.text and "Agradeço" not in draft.text, draft.text
            assert "!" not in draft.text
            assert_in_portuguese(draft.text)


@pytest.mark.parametrize(
    "text",
    [
        "Ganhe 300 reais por dia em casa, clique aqui: www.dinheiro.example",
        "Compre viagra barato sem receita em www.comprimidos.example",
    ],
)
def test_portuguese_spam_gets_no_draft_and_no_gold_star(text):
    draft = draft_reply(facts(text, 4))
    assert draft.tone == "spam" and draft.text == "" and draft.gold_stars == 0


def test_a_portuguese_thread_gets_varied_drafts():
    for draft in varied_thread(facts, COMMENTS["praise"], COMMENTS["question"]):
        assert_in_portuguese(own_words(draft, TITLE, RELATED[0]))


def test_a_nameless_commenter_is_named_in_portuguese_with_both_genders():
    named = "querida leitora, querido leitor"
    for number in range(1, 21):
        text = draft_reply(facts(COMMENTS["praise"], number, author="Anonymous")).text
        assert "Anonymous" not in text and "friend" not in text
        assert named in text or named[:1].upper() + named[1:] in text


def test_an_untitled_post_and_an_unlinked_related_post_are_named_in_portuguese():
    assert PORTUGUESE.quote_marks == ("“", "”")
    text = "O seu truque dos bilhetes na geladeira me fez sorrir."
    seen_untitled = seen_related = False
    for number in range(1, 41):
        draft = draft_reply(facts(text, number, post_title="", related=(("Bilhetes", ""),)))
        assert "my post" not in draft.text and "A post" not in draft.text
        seen_untitled |= PORTUGUESE.untitled in draft.text
        seen_related |= "“Bilhetes”" in draft.text
    assert seen_untitled and seen_related


@pytest.mark.parametrize(
    ("text", "support", "line"),
    [
        # the tone reader's flags reach the lines written for them
        (COMMENTS["critical"], False, "thanks.critical-correction"),
        ("A minha mãe está em remissão, fizemos este pão para comemorar!", False, None),
    ],
)
def test_the_tone_reader_s_flags_reach_the_portuguese_lines(text, support, line):
    tone = read_tone(text, support=support)
    seen = set()
    for number in range(1, 41):
        draft = draft_reply(facts(text, number, support=support))
        seen |= set(draft.phrases) | {draft.template}
        assert_in_portuguese(own_words(draft, TITLE, RELATED[0]))
    if line is None:  # good news after a hard time: glad, no star
        assert tone.good_news
        assert "middle.grief-glad-news" in seen or tone.label != "grief"
    else:
        assert any(found.endswith(line) for found in seen), seen


@pytest.mark.parametrize(
    "text",
    [
        # Each was once quoted back as a thought: "Vou anotar “Excelente artigo, muito útil!” no
        # meu caderno; ficou melhor dito do que no meu post."
        "Excelente artigo, muito útil!",
        "Que texto maravilhoso, obrigado por partilhar.",
        "Gostei muito do post.",
        "Muito obrigada pela receita, adorei!",
        "Obrigado pela dica.",
        "Amei este post, parabéns!",
    ],
)
def test_plain_portuguese_thanks_is_not_quoted_back_as_if_it_were_a_thought(text):
    assert read_comment(text).quote == ""


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # warm near misses: a sentence with something in it is still quoted, thanks around it
        ("Olá! A minha avó fazia este pão todos os domingos.", "A minha avó fazia este pão"),
        (
            "Obrigada pela dica, fiz o pão com farinha de centeio e ficou ótimo.",
            "farinha de centeio",
        ),
        ("O seu diário de gratidão me deu vontade de começar um.", "diário de gratidão"),
    ],
)
def test_a_portuguese_sentence_with_something_in_it_is_still_quoted(text, quote):
    assert quote in read_comment(text).quote


@pytest.mark.parametrize(
    "text",
    [
        # Each was read as a plain question or remark, not as the idea it is.
        "E se fizesse uma versão para imprimir?",
        "Podia fazer uma versão sem glúten.",
        "Que tal uma página com modelos para imprimir?",
        "Sugiro acrescentar uma foto do pão aberto.",
    ],
)
def test_a_portuguese_idea_is_read_as_one(text):
    reading = read_comment(text)
    assert reading.idea and reading.quote_idea


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the same words in a story, praise or agreement
        "A massa cresceu e se desfez no forno, mas ficou ótima.",
        "Não podia estar mais de acordo.",
        "Adorei a receita, fiz ontem com os meus filhos.",
    ],
)
def test_a_portuguese_story_or_agreement_is_no_idea(text):
    assert not read_comment(text).idea
