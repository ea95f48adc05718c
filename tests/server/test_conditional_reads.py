"""A read answers If-None-Match as RFC 9110 says, through a real server: 304 for its ETag (also
weak, also in a list) and for `*`, 200 with the body for any other tag."""

import httpx
import pytest

from tests.support.live_server import live_server


@pytest.mark.slow
def test_if_none_match_is_read_as_a_list_of_tags_or_a_star(tmp_path):
    database = f"sqlite:///{tmp_path / 'comments.sqlite3'}"
    with (
        live_server(database, tmp_path / "server.log") as server,
        httpx.Client(base_url=server.base, timeout=10) as client,
    ):
        path = "/api/threads/welcome/comments"
        etag = client.get(path).headers["etag"]
        statuses = {
            value: client.get(path, headers={"If-None-Match": value}).status_code
            for value in (etag, f"W/{etag}", f'"other", {etag}', "*", '"other"', etag[:-2] + '"')
        }
        stars = client.get("/api/threads/welcome/stars", headers={"If-None-Match": "*"})

    assert statuses == {
        etag: 304,
        f"W/{etag}": 304,
        f'"other", {etag}': 304,
        "*": 304,
        '"other"': 200,
        etag[:-2] + '"': 200,
    }
    assert stars.status_code == 304 and stars.content == b""
