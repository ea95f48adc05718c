"""The thank_you plugin in real Pelican builds: the facts file, the author's templates, warnings."""

import json
import subprocess
import sys

import pytest

from reply_drafts import CommentFacts, draft_reply
from reply_drafts.site_facts import comment_facts, load_site_facts
from tests.support import ROOT
from tests.support.gratitude_blog import BODY, build, write_site

pytestmark = pytest.mark.slow


def test_the_build_writes_each_threads_title_url_and_related_posts(site_builder, tmp_path):
    write_site(tmp_path / "content")
    result, path = build(site_builder, tmp_path)
    assert result.warnings() == []
    facts = json.loads(path.read_text(encoding="utf-8"))
    assert facts["format"] == "goldstar-thank-you-facts" and facts["version"] == 2
    threads = facts["threads"]
    assert set(threads) == {"jar", "thank-you-notes", "neighbours", "slow-mornings", "about"}
    assert threads["jar"]["title"] == "The Gratitude Jar Experiment"
    assert threads["thank-you-notes"]["title"] == "Writing Thank-You Notes & Meaning Them"
    assert threads["jar"]["url"] == "http://127.0.0.1:8000/2025/gratitude-jar/"
    assert threads["about"]["url"] == "http://127.0.0.1:8000/about/"
    # promote_related (when on) links the gratitude posts to each other.
    related = threads["jar"]["related"]
    assert related, threads
    titles = {t["title"] for t in threads.values()}
    for item in related:
        assert item["title"] in titles and item["title"] != "The Gratitude Jar Experiment"
        assert item["url"].startswith("http://127.0.0.1:8000/2025/")
    # What invoke thanks and the inbox read back, and the draft it gives.
    site = load_site_facts(path)
    assert site.problem == ""
    jar = site.thread("jar")
    drafts = [
        draft_reply(
            CommentFacts(
                "Ana",
                jar.title,
                "We tried the jar at dinner.",
                n,
                "jar",
                "a",
                2,
                related=jar.related,
            )
        )
        for n in range(1, 30)
    ]
    assert any(f"]({related[0]['url']})" in d.text for d in drafts)


def test_each_build_joins_its_urls_to_its_own_site_url(site_builder, tmp_path):
    # The addresses are joined once a build: a second build in this process, on another
    # SITEURL, must not get the first one's.
    write_site(tmp_path / "content")
    for site in ("https://one.example", "https://two.example/blog"):
        result, path = build(site_builder, tmp_path, SITEURL=site)
        assert result.warnings() == []
        jar = json.loads(path.read_text(encoding="utf-8"))["threads"]["jar"]
        assert jar["url"] == f"{site}/2025/gratitude-jar/"
        assert jar["related"] and all(
            item["url"].startswith(f"{site}/2025/") for item in jar["related"]
        )


def test_a_support_post_is_marked_and_suggests_no_related_post(site_builder, tmp_path):
    write_site(tmp_path / "content")
    hard = tmp_path / "content" / "hard-day.md"
    hard.write_text(
        "Title: A Hard Day\nDate: 2025-06-06 10:00\nSlug: hard-day\nTags: gratitude\n"
        "Support: true\n\n" + BODY,
        encoding="utf-8",
    )
    result, path = build(site_builder, tmp_path)
    assert result.warnings() == []
    threads = json.loads(path.read_text(encoding="utf-8"))["threads"]
    assert threads["hard-day"]["support"] is True and threads["hard-day"]["related"] == []
    assert threads["jar"]["support"] is False
    site = load_site_facts(path)
    comment = {"id": 3, "thread": "hard-day", "author": "Jo", "markdown": "Thank you, lovely."}
    draft = draft_reply(comment_facts(comment | {"commenter_comments": 1}, site))
    assert draft.gold_stars == 0 and "!" not in draft.text and "A Hard Day" not in draft.text


def test_a_french_blog_gets_its_drafts_in_french(site_builder, tmp_path):
    write_site(tmp_path / "content")
    result, path = build(site_builder, tmp_path, DEFAULT_LANG="fr")
    assert result.warnings() == []
    site = load_site_facts(path)
    assert site.problem == "" and site.language == "fr"
    texts = []
    for number in range(1, 21):
        comment = {
            "id": number,
            "thread": "jar",
            "author": "Agnès",
            "markdown": "Quel beau billet !",
        }
        draft = draft_reply(comment_facts(comment | {"commenter_comments": 1}, site))
        own_words = draft.text.replace("Writing Thank-You Notes & Meaning Them", "")  # a title
        assert "Agnès" in draft.text and "Merci" in draft.text and "Thank" not in own_words
        texts.append(draft.text)
    assert any("«\u00a0The Gratitude Jar Experiment\u00a0»" in text for text in texts)


def test_a_post_in_another_language_gets_its_drafts_in_that_language(site_builder, tmp_path):
    write_site(tmp_path / "content")
    (tmp_path / "content" / "bonjour.md").write_text(
        "Title: Le bocal à mercis\nDate: 2025-07-07 10:00\nSlug: bonjour\nLang: fr\n"
        "Tags: gratitude\n\nChaque soir, un petit mot de remerciement dans le bocal.\n",
        encoding="utf-8",
    )
    (tmp_path / "content" / "hallo.md").write_text(
        "Title: Das Dankesglas\nDate: 2025-08-08 10:00\nSlug: hallo\nLang: de\n\nJeden Abend.\n",
        encoding="utf-8",
    )
    (tmp_path / "content" / "hoi.md").write_text(  # Dutch: no templates, the site's English
        "Title: De bedankpot\nDate: 2025-09-09 10:00\nSlug: hoi\nLang: nl\n\nElke avond.\n",
        encoding="utf-8",
    )
    result, path = build(site_builder, tmp_path)
    assert result.warnings() == []
    threads = json.loads(path.read_text(encoding="utf-8"))["threads"]
    assert threads["bonjour"]["language"] == "fr" and threads["hallo"]["language"] == "de"
    assert "language" not in threads["jar"] and "language" not in threads["hoi"]
    site = load_site_facts(path)
    comment = {
        "id": 5,
        "author": "Agnès",
        "markdown": "Quel beau billet !",
        "commenter_comments": 1,
    }
    french = draft_reply(comment_facts(comment | {"thread": "bonjour"}, site))
    english = draft_reply(comment_facts(comment | {"thread": "jar"}, site))
    german = draft_reply(comment_facts(comment | {"thread": "hallo"}, site))
    dutch = draft_reply(comment_facts(comment | {"thread": "hoi"}, site))
    assert "Merci" in french.text and "Thank" not in french.text
    assert "Merci" not in english.text and "Merci" not in german.text
    assert "Dank" in german.text and "Thank" not in german.text
    assert "Thank" in dutch.text or "thank" in dutch.text


def test_a_blog_in_a_language_without_templates_builds_quietly(site_builder, tmp_path):
    # A real Persian blog (DEFAULT_LANG = "fa") warned at every build that its drafts are in
    # English, so `--fatal warnings` stopped it, as it stopped every blog not in English or French.
    write_site(tmp_path / "content")
    result, path = build(site_builder, tmp_path, DEFAULT_LANG="fa")
    assert result.warnings() == []
    assert json.loads(path.read_text(encoding="utf-8"))["threads"]
    asked, _ = build(site_builder, tmp_path, DEFAULT_LANG="fa", THANK_YOU_LANGUAGE="nl")
    assert asked.warnings() == ["thank_you: language 'nl' has no templates; drafting in 'en'"]


def test_the_facts_file_is_rewritten_only_when_it_changes(site_builder, tmp_path):
    write_site(tmp_path / "content")
    _, path = build(site_builder, tmp_path)
    first = path.stat().st_mtime_ns
    build(site_builder, tmp_path)
    assert path.stat().st_mtime_ns == first
    assert json.loads(path.read_text())["threads"]


def test_without_promote_related_the_threads_have_no_related_posts(tmp_path):
    # Its own process: Pelican's signals keep every plugin an earlier build in this one connected.
    write_site(tmp_path / "content")
    facts = tmp_path / "facts.json"
    overrides = [
        f"PLUGINS={json.dumps(['thank_you'])}",
        f"THANK_YOU_FACTS={json.dumps(str(facts))}",
    ]
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(tmp_path / "content"),
            "-s",
            "pelicanconf.py",
            "-o",
            str(tmp_path / "out"),
            "--fatal",
            "warnings",
            "-e",
            *overrides,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr + built.stdout
    threads = json.loads(facts.read_text())["threads"]
    assert set(threads) == {"jar", "thank-you-notes", "neighbours", "slow-mornings", "about"}
    assert all(thread["related"] == [] for thread in threads.values())


def test_author_templates_are_recorded_and_builtins_turned_off(site_builder, tmp_path):
    write_site(tmp_path / "content")
    own = tmp_path / "content" / "thank_you"
    own.mkdir()
    (own / "mine.toml").write_text(
        '[[template]]\nid = "from-maya"\ntext = "Dear {name},\\n\\n{middle} {star}\\n\\nMaya"\n',
        encoding="utf-8",
    )
    result, path = build(
        site_builder, tmp_path, THANK_YOU_DISABLED=["template.classic", "star.great-big"]
    )
    assert result.warnings() == []
    site = load_site_facts(path)
    assert [name for name, _ in site.templates] == ["mine.toml"]  # carried in the facts file
    assert site.disabled == {"template.classic", "star.great-big"}
    drafts = [
        draft_reply(
            CommentFacts(
                "Ana",
                "On Slow Mornings",
                "Tea first, then the world.",
                n,
                "slow-mornings",
                "a",
                1,
                extra_templates=site.templates,
                disabled=site.disabled,
            )
        )
        for n in range(1, 60)
    ]
    templates = {d.template for d in drafts}
    assert "template.from-maya" in templates
    assert "template.classic" not in templates
    assert not any("star.great-big" in d.phrases for d in drafts)
    maya = next(d for d in drafts if d.template == "template.from-maya")
    assert maya.text.startswith("Dear Ana,") and maya.text.endswith("Maya")


def test_thank_you_path_names_the_folder_of_the_authors_templates(site_builder, tmp_path):
    # docs/thank-you.md, Settings: THANK_YOU_PATH, the folder under PATH of your own templates.
    write_site(tmp_path / "content")
    own = tmp_path / "content" / "replies"
    own.mkdir()
    (own / "mine.toml").write_text('[[signoff]]\nid = "maya"\ntext = "Maya"\n', encoding="utf-8")
    result, path = build(site_builder, tmp_path, THANK_YOU_PATH="replies")
    assert result.warnings() == []
    assert [name for name, _ in load_site_facts(path).templates] == ["mine.toml"]


def test_thank_you_related_caps_the_related_posts_of_each_thread(site_builder, tmp_path):
    # docs/thank-you.md, Settings: THANK_YOU_RELATED, related posts kept per post (3).
    write_site(tmp_path / "content")
    result, path = build(site_builder, tmp_path)
    threads = json.loads(path.read_text(encoding="utf-8"))["threads"]
    assert max(len(thread["related"]) for thread in threads.values()) >= 2
    result, path = build(site_builder, tmp_path, THANK_YOU_RELATED=1)
    assert result.warnings() == []
    threads = json.loads(path.read_text(encoding="utf-8"))["threads"]
    assert {len(thread["related"]) for thread in threads.values()} <= {0, 1}
    assert any(thread["related"] for thread in threads.values())


def test_a_bad_template_file_warns_naming_the_file_and_line_and_the_rest_builds(
    site_builder, tmp_path
):
    write_site(tmp_path / "content")
    own = tmp_path / "content" / "thank_you"
    own.mkdir()
    (own / "good.toml").write_text('[[signoff]]\nid = "bye"\ntext = "Bye for now!"\n')
    (own / "bad.toml").write_text(
        '# my lines\n\n[[star]]\nid = "shiny"\ntext = "A shiny {colour} star."\n'
    )
    (own / "broken.toml").write_text('[[star]]\nid = "x"\ntext = "never closed\n')
    result, path = build(site_builder, tmp_path, THANK_YOU_DISABLED=["star.no-such-line"])
    warnings = result.warnings()
    assert any(
        w.startswith(f"thank_you: {own / 'bad.toml'}:3: [[star]] shiny: unknown slot {{colour}}")
        for w in warnings
    ), warnings
    assert any(f"thank_you: {own / 'broken.toml'}: " in w and "line 3" in w for w in warnings)
    assert any("unknown id 'star.no-such-line'" in w for w in warnings)
    assert len(warnings) == 3, warnings
    assert (result.output / "2025" / "gratitude-jar" / "index.html").is_file()
    site = load_site_facts(path)
    draft = draft_reply(
        CommentFacts(
            "Ana",
            "On Slow Mornings",
            "Tea.",
            1,
            "t",
            "a",
            1,
            extra_templates=site.templates,
            disabled=frozenset(k for k in _builtin_signoffs()),
        )
    )
    assert draft.text.endswith("Bye for now!")


def _builtin_signoffs():
    from reply_drafts.library import load_library

    return {entry.key for entry in load_library("en").entries("signoff")}


def test_bad_settings_warn_name_the_setting_and_fall_back(site_builder, tmp_path):
    write_site(tmp_path / "content")
    result, path = build(
        site_builder, tmp_path, THANK_YOU_DISABLED="star.great-big", THANK_YOU_RELATED=-1
    )
    warnings = result.warnings()
    assert any("thank_you: setting THANK_YOU_DISABLED is 'star.great-big'" in w for w in warnings)
    assert any("thank_you: setting THANK_YOU_RELATED is -1" in w for w in warnings)
    assert len(warnings) == 2
    facts = json.loads(path.read_text())
    assert facts["disabled"] == []
    assert len(facts["threads"]["jar"]["related"]) <= 3
