"""Tiny blogs on three topics (garden, cycling, bread) for the related-posts tests, and what to read
of their builds: the related-posts aside, the linked slugs, the plugin's debug lines, its cache."""

import logging
import pickle
from pathlib import Path

from bs4 import BeautifulSoup

# The date of the related tests' posts that do not say theirs.
MAY = "2025-05-01 09:00"
TOPICS = {
    "garden": (
        "Tomatoes in the garden want compost, sun and patience. I water the tomato seedlings "
        "early, mulch the beds with straw, and pick the ripe tomatoes every morning. Compost "
        "feeds the soil; the soil feeds the seedlings; the garden feeds us."
    ),
    "cycling": (
        "A bicycle commute changes a day. I oil the chain, pump the tyres, and ride along the "
        "canal. Cycling in rain needs mudguards and lights; cycling uphill needs low gears and "
        "a patient heart. The bicycle asks for little and gives back a lot."
    ),
    "bread": (
        "Sourdough bread starts with a starter: flour and water left to ferment. I knead the "
        "dough, let it rise overnight, shape the loaf and bake it hot. Good bread needs time, "
        "a sharp blade for the crust and a starter fed every day."
    ),
}


def write_topic_post(
    content: Path,
    slug: str,
    topic: str,
    date: str = "2026-01-05 09:00",
    extra: str = "",
    **meta: str,
) -> Path:
    """Write a Markdown post about *topic* (a key of TOPICS) into *content*."""
    content.mkdir(parents=True, exist_ok=True)
    title = meta.pop("title", f"{topic.title()} notes {slug}")
    lines = [f"Title: {title}", f"Date: {date}", f"Slug: {slug}", f"Category: {topic}"]
    lines += [f"{key.replace('_', '-')}: {value}" for key, value in meta.items()]
    path = content / f"{slug}.md"
    body = TOPICS[topic] + ("\n\n" + extra if extra else "")
    path.write_text("\n".join(lines) + "\n\n" + body + "\n", encoding="utf-8")
    return path


def write_topic_site(content: Path) -> None:
    """Write six posts, two per topic."""
    write_topic_post(content, "tomatoes", "garden", "2025-03-01 09:00", tags="garden, tomatoes")
    write_topic_post(content, "compost", "garden", "2025-06-01 09:00", tags="garden, compost")
    write_topic_post(content, "commute", "cycling", "2025-04-01 09:00", tags="cycling")
    write_topic_post(content, "canal-ride", "cycling", "2025-07-01 09:00", tags="cycling, canal")
    write_topic_post(content, "sourdough", "bread", "2025-05-01 09:00", tags="bread, baking")
    write_topic_post(content, "crust", "bread", "2025-08-01 09:00", tags="bread")


def aside_of(result, article) -> BeautifulSoup | None:
    """Return the related-posts aside of an article's output page, or None."""
    page = BeautifulSoup(result.read(article.save_as), "html.parser")
    return page.find("aside", class_="promote-related")


def own_slugs(article) -> list[str]:
    """Return the slugs of an article's related own posts, in order."""
    return [link.article.slug for link in article.promote_related if link.kind == "post"]


def debug_messages(result) -> list[str]:
    """Return the plugin's debug-level messages of a build."""
    return [
        r.getMessage()
        for r in result.records
        if r.levelno == logging.DEBUG and r.getMessage().startswith("promote_related:")
    ]


def cache_state(cache: Path) -> dict:
    """Return the plugin's cached index state under a CACHE_PATH."""
    with (cache / "promote_related" / "index.pickle").open("rb") as stream:
        pickle.load(stream)  # the cache version
        return pickle.load(stream)


# Posts in French and German, two topics each, written as people write: full of filler words.
WORLD_TOPICS = {
    "jardin": (
        "fr",
        "Je suis allée au jardin avec une amie, et nous avons planté des tomates pour le "
        "printemps. Il faut arroser les tomates le matin, et le compost nourrit la terre. Je "
        "cueille les tomates mûres et je les partage avec une voisine qui aime le jardin.",
    ),
    "pain": (
        "fr",
        "Je fais mon pain au levain chaque semaine, et il lève pendant la nuit. La farine, l'eau "
        "et le levain suffisent; je pétris la pâte, je façonne une miche et je la cuis au four "
        "très chaud pour une croûte dorée. Le pain du dimanche est pour la famille.",
    ),
    "fahrrad": (
        "de",
        "Ich fahre jeden Tag mit dem Fahrrad zur Arbeit, und der Weg führt am Kanal entlang. Die "
        "Kette braucht Öl, die Reifen brauchen Luft, und bei Regen sind Schutzbleche und Licht "
        "wichtig. Das Fahrrad ist für mich die schönste Art, in die Stadt zu kommen.",
    ),
    "kaffee": (
        "de",
        "Ich röste meinen Kaffee selbst, und die Bohnen duften, wenn sie knacken. Der Espresso "
        "braucht eine feine Mahlung und frisches Wasser; die Crema ist dann dicht und braun. "
        "Ein guter Kaffee am Morgen ist für mich der beste Anfang des Tages.",
    ),
}


def write_world_post(
    content: Path, slug: str, topic: str, lang: bool = True, extra: str = "", turn: int = 0
):
    """Write a post about *topic* (a key of WORLD_TOPICS), declaring its `lang` or not.

    *turn* rotates the sentences, so two posts on one topic do not carry the same paragraph.
    """
    code, body = WORLD_TOPICS[topic]
    sentences = [sentence.strip() for sentence in body.split(".") if sentence.strip()]
    body = ". ".join(sentences[turn:] + sentences[:turn]) + "."
    lines = [f"Title: {topic.title()} {slug}", f"Date: {MAY}", f"Slug: {slug}"]
    if lang:
        lines.append(f"Lang: {code}")
    content.mkdir(parents=True, exist_ok=True)
    text = "\n".join(lines) + "\n\n" + body + ("\n\n" + extra if extra else "") + "\n"
    (content / f"{slug}.md").write_text(text, encoding="utf-8")


def reason_words_of(result) -> set[str]:
    """Return every word shown as a reason of a related link in a build."""
    return {
        word.lower()
        for article in result.articles
        for link in article.promote_related
        for reason in link.reason
        for word in reason.split()
    }
