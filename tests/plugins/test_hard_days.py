"""A post that tells of a hard time and says nothing of it is shown as a hard day (real builds)."""

from tests.support.posts import article_of, comment, page_of, write_export, write_text_post


def test_a_post_that_tells_of_a_loss_is_a_hard_day_with_a_warning(tmp_path, site_builder):
    content = tmp_path / "content"
    write_text_post(
        content, "for-dad", "My father passed away in March. This is his bread.", title="Dad"
    )
    write_export(content, "for-dad", [comment(1, stars=3)], stars=30)
    result = site_builder(content)
    (warning,) = result.warnings()
    assert "for-dad.md: reads as a hard day (“passed away”)" in warning
    assert "`Support: false` to celebrate it" in warning
    page = page_of(result, "for-dad")
    assert page.select_one("#comments")["data-support"] == "true"
    assert "I see you" in page.select_one('[data-stars="post"]').get_text()
    assert page.select(".badge--milestone") == [] and page.select(".badges") == []
    assert article_of(result, "for-dad").gold_stars.milestone is None


def test_the_author_s_own_support_false_wins_without_a_warning(tmp_path, site_builder):
    content = tmp_path / "content"
    text = "My father passed away in March. Today his bread won a prize, so let's celebrate!"
    write_text_post(content, "prize", text, support="false")
    write_export(content, "prize", [comment(1)], stars=30)
    result = site_builder(content)
    assert result.warnings() == []
    assert page_of(result, "prize").select_one("#comments")["data-support"] == "false"
    assert article_of(result, "prize").gold_stars.milestone == 25


def test_a_coder_s_end_of_life_or_a_mention_further_down_is_no_hard_day(tmp_path, site_builder):
    content = tmp_path / "content"
    write_text_post(
        content, "porting", "Python 2 reached end-of-life in 2020. Here is how to port."
    )
    opening = "Tomatoes like sun, water and patience. " * 20
    write_text_post(
        content, "tomatoes", opening + "My grandmother, who died in 2019, grew them too."
    )
    result = site_builder(content)
    assert result.warnings() == []
    for slug in ("porting", "tomatoes"):
        assert page_of(result, slug).select_one("#comments")["data-support"] == "false"


def test_a_pet_let_go_or_an_in_memoriam_is_a_hard_day_and_a_child_process_is_not(
    tmp_path, site_builder
):
    content = tmp_path / "content"
    write_text_post(
        content, "max", "Max was with us for fourteen years. Last Tuesday we had to let him go."
    )
    write_text_post(content, "jane", "Jane taught me to bake.", title="In memoriam: Jane Doe")
    zombie = "When a child process dies, its parent must reap it or it becomes a zombie."
    write_text_post(content, "zombies", zombie, title="Killing zombie processes")
    result = site_builder(content)
    assert sorted(w.split(": reads as")[0].rsplit("/", 1)[-1] for w in result.warnings()) == [
        "jane.md",
        "max.md",
    ]
    assert page_of(result, "max").select_one("#comments")["data-support"] == "true"
    assert page_of(result, "zombies").select_one("#comments")["data-support"] == "false"
