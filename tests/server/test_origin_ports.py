"""An origin configured with its scheme's default port (`https://blog.example:443`) is the origin
browsers send without it: the preflight and the write are allowed, through a real server."""

import httpx
import pytest

from tests.support.live_server import live_server

SENT = "https://blog.example"  # what a browser sends as Origin: never the default port


@pytest.mark.slow
def test_an_origin_with_its_default_port_allows_the_browsers_origin(tmp_path):
    database = f"sqlite:///{tmp_path / 'comments.sqlite3'}"
    origins = "https://blog.example:443, http://other.example:80"
    with (
        live_server(database, tmp_path / "server.log", origins=origins) as server,
        httpx.Client(base_url=server.base, timeout=10) as client,
    ):
        preflight = client.options(
            "/api/readers",
            headers={"Origin": SENT, "Access-Control-Request-Method": "POST"},
        )
        write = client.post("/api/readers", json={}, headers={"Origin": SENT})
        other = client.post("/api/readers", json={}, headers={"Origin": "http://other.example"})

    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == SENT
    assert write.status_code == 201 and write.headers["access-control-allow-origin"] == SENT
    assert other.status_code == 201
