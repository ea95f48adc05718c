"""The embed's writes are retry-safe (issue 14, item 7): when the server stored a comment or a star
but its answer never reached the page, the embed sends the same request again with the same
Idempotency-Key, and the server counts it once."""

from playwright.sync_api import Route, expect

from tests.support.browser import open_comments, watched_page


def lose_the_first_answer(page, url: str, method: str) -> list[str]:
    """Let the first *method* request to *url* reach the server, then drop its answer; return the
    Idempotency-Key of every such request sent."""
    keys: list[str] = []

    def handle(route: Route) -> None:
        if route.request.method != method:
            route.continue_()
            return
        keys.append(route.request.headers.get("idempotency-key", ""))
        if len(keys) == 1:
            route.fetch()  # the server commits and answers...
            route.abort("connectionreset")  # ...and the answer is lost on the way
        else:
            route.continue_()

    page.route(url, handle)
    return keys


def test_a_comment_whose_answer_was_lost_is_stored_once(site, stack, phone):
    site.write_post("lost-answer", "Lost answer")
    site.rebuild()
    page, watch = watched_page(phone)
    keys = lose_the_first_answer(page, f"{stack.api}/api/threads/lost-answer/comments", "POST")
    page.goto(site.url("lost-answer"))
    open_comments(page)
    page.get_by_role("textbox", name="Name").fill("Robin")
    page.get_by_role("textbox", name="Comment").fill("Said once, heard once.")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator(".comments-status")).to_contain_text("awaiting approval")
    assert len(keys) == 2 and keys[0] == keys[1] and len(keys[0]) >= 16
    pending = stack.admin("GET", "/api/admin/comments").json()["comments"]
    assert [c["markdown"] for c in pending if c["thread"] == "lost-answer"] == [
        "Said once, heard once."
    ]
    # The next comment is a new draft: a new key.
    page.get_by_role("textbox", name="Comment").fill("And a second thought.")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator(".comments-status")).to_contain_text("awaiting approval")
    assert len(keys) == 3 and keys[2] != keys[0]
    assert watch.errors == [] or all("lost-answer/comments" in e for e in watch.errors)


def test_a_star_whose_answer_was_lost_counts_once(site, stack, phone):
    site.write_post("lost-star", "Lost star")
    site.rebuild()
    page = phone.new_page()
    keys = lose_the_first_answer(page, f"{stack.api}/api/threads/lost-star/stars", "PUT")
    page.goto(site.url("lost-star"))
    open_comments(page)
    star = page.locator('[data-stars="post"] button')
    star.click()
    expect(star).to_have_attribute("aria-pressed", "true")
    expect(star.locator(".stars-count")).to_have_text("1")
    assert len(keys) == 2 and keys[0] == keys[1]
    stars = stack.client.get("/api/threads/lost-star/stars")
    assert stars.json()["post"]["count"] == 1


def test_a_gateways_error_page_reads_as_an_unreachable_server(site, stack, phone):
    site.write_post("gateway", "Gateway")
    site.rebuild()
    page = phone.new_page()

    def gateway(route: Route) -> None:
        """Answer the comment's POST as a reverse proxy does when the server is down."""
        if route.request.method != "POST":
            route.continue_()
            return
        cors = {"Access-Control-Allow-Origin": stack.site}
        route.fulfill(status=502, content_type="text/html", body="<h1>502</h1>", headers=cors)

    page.route(f"{stack.api}/api/threads/gateway/comments", gateway)
    page.goto(site.url("gateway"))
    open_comments(page)
    page.get_by_role("textbox", name="Name").fill("Robin")
    page.get_by_role("textbox", name="Comment").fill("Said to a proxy.")
    page.get_by_role("button", name="Post comment").click()
    status = page.locator(".comments-status")
    expect(status).to_have_text("Could not reach the comment server. Try again.")
    expect(page.get_by_role("textbox", name="Comment")).to_have_value("Said to a proxy.")
