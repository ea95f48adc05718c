"""A small client for the comment server's admin API (docs/api.md): what `invoke thanks` calls."""

import httpx

DEFAULT_URL = "http://127.0.0.1:8001"


class AdminError(Exception):
    """The server could not be reached or refused a call; the message is one line saying what to do.

    *fatal* is true when no later call can succeed either (server down, password refused).
    """

    def __init__(self, message: str, fatal: bool = False) -> None:
        super().__init__(message)
        self.fatal = fatal


class AdminClient:
    """Talk to the comment server as its author, with the admin password as a bearer token."""

    def __init__(self, base_url: str, password: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {password}", "Accept": "application/json"},
            timeout=timeout,
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> "AdminClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(self, method: str, path: str, body: dict | None = None) -> dict:
        try:
            answer = self._http.request(method, path, json=body)
        except httpx.TimeoutException as error:
            raise AdminError(
                f"the comment server at {self.base_url} did not answer in time", fatal=True
            ) from error
        except httpx.HTTPError as error:
            raise AdminError(
                f"cannot reach the comment server at {self.base_url} ({error}); start it with "
                "`python -m comment_server serve` or set COMMENT_SERVER_URL",
                fatal=True,
            ) from error
        if answer.status_code == 401:
            raise AdminError(
                f"the comment server at {self.base_url} refused the admin password (401); "
                "check COMMENT_SERVER_ADMIN_PASSWORD",
                fatal=True,
            )
        if answer.status_code >= 400:
            raise AdminError(f"{method} {path} failed ({answer.status_code}): {_reason(answer)}")
        if answer.status_code == 204 or not answer.content:
            return {}
        try:
            return answer.json()
        except ValueError as error:
            raise AdminError(
                f"{method} {path} answered {answer.status_code} with something that is not JSON; "
                f"is {self.base_url} the comment server?"
            ) from error

    def unanswered(self) -> list[dict]:
        """Return the approved comments the author has not replied to, newest first, each with
        the server's draft."""
        return self._comments("/api/admin/comments?status=approved&unanswered=1")

    def pending(self) -> list[dict]:
        """Return the comments waiting for the author's approval, a reader who may be at risk
        first, each with the server's draft: the queue holds approved comments only."""
        return self._comments("/api/admin/comments?status=pending")

    def _comments(self, path: str) -> list[dict]:
        comments = self._call("GET", path).get("comments")
        if not isinstance(comments, list):
            raise AdminError(
                f"{self.base_url} answered without a list of comments; is it Goldstar's server?",
                fatal=True,
            )
        return [comment for comment in comments if isinstance(comment, dict)]

    def reply(self, comment_id: int, text: str, template: str = "") -> dict:
        """Post *text* as the author's reply to comment *comment_id*; return the reply.

        *template* names the draft's template when its text is sent unchanged, so the server's
        later drafts (the inbox's) vary too.
        """
        body = {"text": text, "template": template} if template else {"text": text}
        return self._call("POST", f"/api/admin/comments/{comment_id}/reply", body)

    def send_site_facts(self, document: dict) -> dict:
        """Send the build facts (the thank_you plugin's facts file) the drafts are made from."""
        return self._call("PUT", "/api/admin/site-facts", document)

    def gold_stars(self, comment_id: int, count: int = 1) -> dict:
        """Award *count* gold stars (1-5) to comment *comment_id*; return the comment."""
        return self._call("POST", f"/api/admin/comments/{comment_id}/gold-stars", {"count": count})


def _reason(answer: httpx.Response) -> str:
    try:
        body = answer.json()
    except ValueError:
        return answer.reason_phrase or "no reason given"
    if isinstance(body, dict) and body.get("error"):
        fields = body.get("fields") or {}
        detail = "; ".join(f"{key}: {value}" for key, value in fields.items())
        return f"{body['error']}" + (f" ({detail})" if detail else "")
    return answer.reason_phrase or "no reason given"
