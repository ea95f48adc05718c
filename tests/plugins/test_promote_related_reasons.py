"""plugins/promote_related gives reasons a reader would give: subjects, not the words posts repeat.

A real build of a small blog whose posts, like people's, share verbs and filler ("runs",
"builds", "leaves") across subjects: a link's reason is its shared tags, then subjects the blog
names in its titles, tags or headings; no reason line when the two posts share no subject.
"""

from tests.support.feeds import Route, rss, serve_feeds
from tests.support.posts import article_of, write_text_post
from tests.support.topics import MAY, aside_of, reason_words_of

# What two posts on different subjects also say: a neighbour who runs and builds things.
HABITS = {
    "tomatoes-in-pots": "My neighbour Sam runs the seed swap and builds the stands for it.",
    "compost-heap": "Sam builds a heap of his own and runs it hot, as he runs everything.",
}
POSTS = {
    "tomatoes-in-pots": (
        "Tomatoes in pots",
        "garden",
        "Cherry tomatoes grow well in pots on a sunny balcony. The pots need drainage and a "
        "cane for each plant.\n\n## Compost\n\nA third of each pot is compost, topped up in "
        "June.\n\n## Watering\n\nTomatoes in pots dry out fast: water them every morning, "
        "deeply, and feed the tomatoes weekly once they flower.",
    ),
    "tomatoes-from-seed": (
        "Tomatoes from seed",
        "garden",
        "I sow tomatoes from seed in March, on the windowsill, in small trays of seed mix. The "
        "seedlings go into bigger pots when they have true leaves.\n\n## Watering\n\nSeedlings "
        "want little water: a damp tray, never wet, or the tomatoes rot at the stem.",
    ),
    "compost-heap": (
        "A compost heap",
        "",
        "The compost heap takes kitchen scraps, leaves and cardboard, turned every month. It "
        "feeds the pots and beds of the whole garden by spring.",
    ),
    "bicycle-commute": (
        "A bicycle commute",
        "",
        "I ride my bicycle to work along the canal. The chain needs oil every week and the tyres "
        "need air; in rain, mudguards and lights.",
    ),
    "bicycle-repairs": (
        "Bicycle repairs at home",
        "",
        "A puncture is the bicycle repair everyone learns first: levers, a patch, a pump. Then "
        "the chain: clean it, oil it, and check it for stretch every season.",
    ),
}
FILLER = {"runs", "builds", "running", "sam", "stands", "swap", "neighbour", "feeds", "leaves"}


def test_a_reason_names_shared_subjects_and_never_the_words_every_post_repeats(
    tmp_path, site_builder
):
    content = tmp_path / "content"
    for slug, (title, tags, body) in POSTS.items():
        meta = {"tags": tags} if tags else {}
        write_text_post(
            content, slug, f"{body}\n\n{HABITS.get(slug, '')}", MAY, title=title, **meta
        )
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    words = reason_words_of(result)
    assert words and not words & FILLER  # "compost, runs, builds" was a reason
    pots = {
        link.article.slug: link for link in article_of(result, "tomatoes-in-pots").promote_related
    }
    # the shared tag first, then subjects the titles and headings name
    assert pots["tomatoes-from-seed"].reason == ("garden", "tomatoes", "watering")
    # "compost": one post's title, another's heading
    assert pots["compost-heap"].reason == ("compost",)
    commute = article_of(result, "bicycle-commute")
    assert [(link.article.slug, link.reason) for link in commute.promote_related] == [
        ("bicycle-repairs", ("bicycle",))
    ]
    assert "Also about bicycle" in aside_of(result, commute).get_text()
    # "leaves" (of a compost heap, of a seedling) is no subject of the blog: no reason line
    heap = {link.article.slug: link for link in article_of(result, "compost-heap").promote_related}
    assert heap["tomatoes-from-seed"].reason == ()
    assert heap["tomatoes-in-pots"].reason == ("compost",)


def test_a_tag_says_each_of_its_words_once():
    from promote_related.results import reason_words

    # "Also about Node.js, js and express" said "js" twice
    assert reason_words(("Node.js",), ("js", "express", "node", "proxy")) == (
        "Node.js",
        "express",
        "proxy",
    )
    assert reason_words(("Mac OS X", "python"), ("os", "homebrew")) == (
        "Mac OS X",
        "python",
        "homebrew",
    )
    assert reason_words((), ("garden", "compost", "tomatoes", "pots")) == (
        "garden",
        "compost",
        "tomatoes",
    )


def test_a_subject_reads_the_same_whatever_order_the_posts_are_read_in():
    from promote_related.words import Doc, count_docs

    docs = [
        Doc("Editing the hosts file", (), "", "The hosts file maps names."),
        Doc("One host, two names", (), "", "A host has a name."),
    ]
    weights = {"title": 3.0, "body": 1.0}

    def words_of(counted):
        return {term: counted.readable["en"][i] for i, term in enumerate(counted.terms)}

    forward, backward = count_docs(docs, weights), count_docs(docs[::-1], weights)
    # "host" and "hosts" are written as often: the shorter one, both ways (it was the first read)
    assert words_of(forward)["host"] == words_of(backward)["host"] == "host"
    assert words_of(forward) == words_of(backward)


def test_a_tag_and_its_singular_are_said_once():
    from promote_related.results import reason_words

    # "Also about links, link and sentence"
    assert reason_words(("links",), ("link", "sentence")) == ("links", "sentence")
    assert reason_words((), ("link", "links", "class")) == ("link", "class")


def test_links_to_or_from_a_hard_day_give_only_the_authors_tags(tmp_path, site_builder):
    # "A Hard Day — Also about kindness, hard and notes": words pulled from someone's hard time.
    content = tmp_path / "content"
    notes = "I read old notes of kindness from readers, kept in a jar on the kitchen shelf."
    posts = {
        "a-hard-day": ("A hard day", "kindness", "true", f"A hard day. I sat down. {notes}"),
        "kind-notes": ("Kind notes in a jar", "kindness", "false", f"{notes} Notes help."),
        "bicycle": ("A bicycle commute", "bikes", "false", "I ride my bicycle along the canal."),
        "repairs": ("Bicycle repairs", "bikes", "false", "A bicycle puncture, a patch, a pump."),
        "tomatoes": ("Tomatoes in pots", "garden", "false", "Tomatoes grow well in pots."),
    }
    for slug, (title, tags, support, body) in posts.items():
        write_text_post(content, slug, body, MAY, title=title, tags=tags, support=support)
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    shown = 0
    for slug in ("a-hard-day", "kind-notes"):
        aside = aside_of(result, article_of(result, slug))
        for item in aside.select(".promote-related-item"):
            if slug == "a-hard-day" or "a-hard-day" in item.a["href"]:
                reason = item.select_one(".promote-related-reason")
                assert reason.get_text(" ", strip=True) == "Also about kindness"
                shown += 1
    assert shown == 2


def test_a_friend_s_post_beside_a_hard_day_gives_only_the_tags_they_share(tmp_path, site_builder):
    # "Grandad's funeral, by Ada — Also about family and funeral" under the author's father's
    # funeral: words pulled from the author's hard day, where the own posts gave only tags.
    content = tmp_path / "content"
    funeral = (
        "My father died on Tuesday. We held the funeral under his oak tree; the hospital nurses "
        "came, and his friends told stories of his garden."
    )
    write_text_post(content, "funeral", funeral, MAY, title="My father's funeral", tags="family")
    write_text_post(
        content, "tomatoes", "Tomatoes grow well in pots.", MAY, title="Tomatoes", tags="garden"
    )
    grandad = (
        "My grandfather died in the hospital last week. At his funeral we planted an oak tree "
        "by the garden."
    )
    with serve_feeds() as feeds:
        feeds.routes["/ada.rss"] = Route(
            rss("Ada", [("Grandad's funeral", "https://ada.example/grandad", "family", grandad)])
        )
        result = site_builder(
            content,
            CACHE_PATH=str(tmp_path / "cache"),
            PROMOTE_RELATED_FRIENDS=[{"name": "Ada", "url": feeds.url("/ada.rss")}],
        )
    assert [w for w in result.warnings() if "reads as a hard day" not in w] == []
    (link,) = [link for link in article_of(result, "funeral").promote_related if link.friend]
    assert link.shared_tags == ("family",) and len(link.reason) > 1  # words of the hard day
    aside = aside_of(result, article_of(result, "funeral"))
    reason = aside.select_one(".promote-related-friends .promote-related-reason")
    assert reason.get_text(" ", strip=True) == "Also about family"
