"""The small gratitude blog the thank_you plugin's tests build: four posts, one with a comment
thread, and an About page."""

POSTS = {
    "gratitude-jar": ("The Gratitude Jar Experiment", "gratitude, family", "jar"),
    "thank-you-notes": ("Writing Thank-You Notes &amp; Meaning Them", "gratitude, writing", None),
    "neighbours": ("What My Neighbours Taught Me", "neighbours, gratitude", None),
    "slow-mornings": ("On Slow Mornings", "mornings, quiet", None),
}
BODY = (
    "Gratitude is a practice. Every evening we write one small thank-you on a slip of paper and "
    "drop it in the jar; at the end of the month we read them together at dinner.\n\n"
)
# What each post says besides: posts of one blog do not all say the same words (promote_related
# gives words every post carries no weight).
OWN_WORDS = {
    "gratitude-jar": "Grateful slips fold twice; the grateful habit of written thanks grows.",
    "thank-you-notes": "A grateful note by hand: written thanks that takes a little time.",
    "neighbours": "Grateful for neighbours who water the tomatoes: written thanks at the gate.",
    "slow-mornings": "Coffee on the balcony, the radio low, no screen before eight o'clock.",
}


def write_site(content, posts=POSTS):
    content.mkdir(parents=True, exist_ok=True)
    for number, (slug, (title, tags, comments_id)) in enumerate(posts.items(), 1):
        meta = f"Title: {title}\nDate: 2025-0{number}-0{number} 10:00\nSlug: {slug}\nTags: {tags}\n"
        if comments_id:
            meta += f"Comments_id: {comments_id}\n"
        body = BODY * 3 + OWN_WORDS.get(slug, "") + "\n"
        (content / f"{slug}.md").write_text(meta + "\n" + body, encoding="utf-8")
    pages = content / "pages"
    pages.mkdir(exist_ok=True)
    (pages / "about.md").write_text("Title: About\n\nAbout this blog.\n", encoding="utf-8")


def build(site_builder, tmp_path, **settings):
    facts = tmp_path / "cache" / "thank_you" / "facts.json"
    result = site_builder(tmp_path / "content", CACHE_PATH=str(tmp_path / "cache"), **settings)
    return result, facts
