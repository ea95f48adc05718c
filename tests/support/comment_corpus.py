"""A fixture of 100 realistic, varied blog comments: real ones from the corpora, the rest generated.

The real comments (Isso's WordPress and generic fixtures, remark42's Commento export) are read in
place from ../shared/corpora (without it, a test that asks for them skips). The generated ones mix
names from many cultures with comments of every kind: thanks, stories, ideas, questions, links,
Markdown decoration, other languages, one-word cheers. Each comment says whether it holds a phrase
worth quoting (`quotable`), known by construction.
"""

import hashlib
import json
import random
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from tests.support.corpora import corpus_path

NAMES = [
    "Agnès Dubois",
    "Oluwaseun Adeyemi",
    "Nguyễn Thị Mai",
    "Søren Madsen",
    "李娜",
    "Ahmed Al-Farsi",
    "Priya Raghunathan",
    "José María Gutiérrez",
    "Zoë O'Connor",
    "Björk Guðmundsdóttir",
    "Kwame Mensah",
    "Aiyana Redcloud",
    "Tūī Ngata",
    "Jean-Luc Picard-Martin",
    "Аня Смирнова",
    "Γιώργος Παπαδόπουλος",
    "محمد الأحمد",
    "יעל כהן",
    "さくら",
    "김민준",
    "Ōta Hiroshi",
    "Chidi Okeke",
    "Fatima Zahra",
    "Mateo Rossi",
    "Ingrid Johansson",
    "Łukasz Wiśniewski",
    "Siobhán Ní Bhriain",
    "Rahul",
    "Mei-Ling Chen",
    "Thandiwe Dlamini",
    "Ana Paula",
    "Dmitri",
    "Eleanor",
    "Kofi",
    "Hannah Schmidt",
    "Yusuf Demir",
    "Leilani Kahale",
    "Aroha",
    "Marguerite",
    "Bao",
    "Camila",
    "Nikolai",
    "Amara",
    "Tomás",
    "Ines",
    "Javier",
    "Noor",
    "Olga",
    "Pedro",
    "Quentin",
    "Rosa",
    "Sipho",
    "Tariq",
    "Ulla",
    "Valentina",
    "Wanjiru",
    "Ximena",
    "Yara",
    "Zanele",
]

TITLES = [
    ("notes", "Small Notes, Big Days"),
    ("neighbours", "What My Neighbours Taught Me"),
    ("typo", "A Letter to the Stranger Who Fixed My Typo"),
    ("hard-day", "A Hard Day"),
    ("gratitude-jar", "The Gratitude Jar Experiment"),
    ("open-source", "Saying Thank You in Open Source"),
    ("slow-mornings", "On Slow Mornings"),
    ("accessibility", "Accessibility Is a Kindness"),
]

OPENERS = [
    "",
    "",
    "Oh, I loved this.",
    "Thank you for writing this.",
    "This made me tear up a little.",
    "I read this on the bus this morning.",
    "What a lovely post.",
    "Long-time reader, first comment!",
]
STORIES = [
    "My neighbour leaves tomatoes on our doorstep every August, and I never know how to thank her.",
    "When my father was ill, a stranger on the train gave me her seat and her handkerchief.",
    "I started writing one thank-you note a week in January and I have not missed a single one.",
    "The part about noticing the people who clean our office stayed with me all day.",
    "Our team now ends every retro by thanking one person for something small they did.",
    "I keep a jar of paper stars on my desk, one for every kind thing someone does for me.",
    "Reading this reminded me of my grandmother, who always left a lamp on for travellers.",
    "A maintainer once took an hour to explain my first pull request, and I still remember it.",
    "I never thought of alt text as a kindness, but now I cannot unsee it.",
    "Slow mornings are the only time I get to think before the world starts asking for things.",
    "My daughter asked why I was smiling at my phone, and I showed her your list.",
    "Fixing a stranger's typo feels like the smallest possible act of care on the internet.",
    "We tried the gratitude jar at dinner and the kids argued about who got to read first.",
    "The line about hard days not needing to be fixed, only witnessed, is exactly right.",
    "I shared this with my book club and we talked about it for an hour.",
    "There is a café near my flat where the owner remembers everyone's name.",
]
IDEAS = [
    "What if you wrote a follow-up about kindness at work?",
    "Maybe you could share the template you use for your thank-you notes.",
    "I'd suggest a short reading list for people who want to start small.",
    "Have you considered a monthly post that gives readers a gold star?",
    "An idea: a printable card with these prompts for the fridge.",
    "It would be lovely to hear how your neighbours reacted.",
]
QUESTIONS = [
    "Do you ever worry that small kindnesses go unnoticed?",
    "How do you find the time to write so many notes?",
    "Which of these habits was the hardest one to keep?",
    "Did the stranger ever find out that you wrote about them?",
]
LINKS = [
    "I wrote something similar here: https://example.org/notes-on-thanks",
    "[This talk](https://www.conference.example/talks/kindness) says it better than I can.",
    "There's a lovely study on this at <https://research.example.edu/gratitude>.",
]
OTHER_LANGUAGES = [
    "Merci pour ce billet, il m'a fait beaucoup de bien ce matin.",
    "Danke für diesen schönen Text, ich habe ihn gleich meiner Nachbarin geschickt.",
    "Gracias por compartir esto, lo voy a leer otra vez esta noche.",
]
CHEERS = ["Great post!", "👍", "Thanks!", "❤️❤️❤️", "So true.", "Yes!!", "谢谢你。"]
DECORATIONS = [
    lambda s: s,
    lambda s: s.replace(" and ", " **and** ", 1),
    lambda s: s.replace(" the ", " *the* ", 1),
    lambda s: "> Kindness is a practice, not a feeling.\n\n" + s,
    lambda s: s + "\n\n```\nprint('thank you')\n```",
    lambda s: "- " + s,
    lambda s: s.replace(" my ", " `my` ", 1),
]


@dataclass(frozen=True)
class FixtureComment:
    """One comment of the fixture and what it should give a draft."""

    id: int
    author: str
    text: str
    thread: str
    title: str
    commenter: str
    commenter_comments: int
    quotable: bool
    idea: bool = False


def corpus_comments() -> list[tuple[str, str, bool]]:
    """Return (author, text, quotable) for the real comments of the corpora."""
    found: list[tuple[str, str, bool]] = []
    wordpress = ET.parse(corpus_path("comments-isso-fixtures/isso/tests/wordpress.xml")).getroot()
    author = ""
    for element in wordpress.iter():
        if element.tag.endswith("comment_author"):
            author = element.text or ""
        elif element.tag.endswith("comment_content"):
            text = element.text or ""
            found.append((author, text, len(text.split()) >= 5))
    generic = json.loads(corpus_path("comments-isso-fixtures/isso/tests/generic.json").read_text())
    for thread in generic:
        for comment in thread["comments"]:
            found.append((comment["author"], comment["text"], len(comment["text"].split()) >= 5))
    commento = corpus_path("comments-remark42-fixtures/backend/app/migrator/testdata/commento.json")
    for comment in json.loads(commento.read_text())["comments"]:
        found.append(
            ("Commento reader", comment["markdown"], len(comment["markdown"].split()) >= 4)
        )
    return found


def _generated(rng: random.Random) -> tuple[str, bool, bool]:
    kind = rng.choices(
        ["story", "idea", "question", "link", "language", "cheer"], weights=[9, 4, 3, 2, 1, 2]
    )[0]
    if kind == "cheer":
        return rng.choice(CHEERS), False, False
    if kind == "language":
        return rng.choice(OTHER_LANGUAGES), True, False
    parts = [rng.choice(OPENERS), rng.choice(DECORATIONS)(rng.choice(STORIES))]
    if kind == "idea":
        parts.append(rng.choice(IDEAS))
    elif kind == "question":
        parts.append(rng.choice(QUESTIONS))
    elif kind == "link":
        parts.append(rng.choice(LINKS))
    return " ".join(part for part in parts if part).replace(" > ", "\n\n> "), True, kind == "idea"


def hundred_comments(seed: int = 7) -> list[FixtureComment]:
    """Return the 100 comments of the fixture, ids 1-100, in order."""
    rng = random.Random(seed)
    raw = [(author, text, quotable, False) for author, text, quotable in corpus_comments()]
    while len(raw) < 100:
        text, quotable, idea = _generated(rng)
        raw.append((rng.choice(NAMES), text, quotable, idea))
    counts: dict[str, int] = {}
    comments = []
    for number, (author, text, quotable, idea) in enumerate(raw[:100], 1):
        thread, title = TITLES[rng.randrange(len(TITLES))]
        commenter = hashlib.sha256(author.encode()).hexdigest()[:16]
        counts[commenter] = counts.get(commenter, 0) + 1
        comments.append(
            FixtureComment(
                number, author, text, thread, title, commenter, counts[commenter], quotable, idea
            )
        )
    return comments
