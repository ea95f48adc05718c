"""Signed tokens: the comment form's (issued when?), the edit token (which comment, until when),
the reader's token (issued by this server) and the inbox session (which stored session). All are
signed with COMMENT_SERVER_SECRET by itsdangerous (HMAC)."""

import hashlib
import secrets
import time
from dataclasses import dataclass

from itsdangerous import (
    BadSignature,
    SignatureExpired,
    Signer,
    TimestampSigner,
    URLSafeTimedSerializer,
)

FORM_MAX_AGE = 2 * 24 * 3600
SESSION_MAX_AGE = 7 * 24 * 3600
CONFIRM_MAX_AGE = 7 * 24 * 3600


class TokenError(ValueError):
    """A token is forged, expired or not for this use."""


class TokenExpired(TokenError):
    """A token this server signed, past its time (an edit token past the edit window)."""


@dataclass(frozen=True)
class MailGrant:
    """What a mail link names: the address (its id and digest) and, to stop, a thread or all."""

    address_id: int
    digest: str
    thread: str | None = None


@dataclass(frozen=True)
class EditGrant:
    """What a valid edit token names: the comment and the secret stored (hashed) beside it."""

    comment_id: int
    secret_hash: str


def new_secret() -> str:
    """Return a new random edit secret (its hash is stored, the secret goes into the token)."""
    return secrets.token_urlsafe(24)


def new_session_id() -> str:
    """Return a new random inbox session id (its hash is stored, the id goes into the cookie)."""
    return secrets.token_urlsafe(32)


def hash_secret(secret: str) -> str:
    """Return the stored form of an edit secret."""
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


class Tokens:
    """Issue and check the server's signed tokens."""

    def __init__(self, secret: str) -> None:
        self._form = TimestampSigner(secret, salt="goldstar-form")
        self._edit = URLSafeTimedSerializer(secret, salt="goldstar-edit")
        self._session = URLSafeTimedSerializer(secret, salt="goldstar-admin-session")
        self._reader = Signer(secret, salt="goldstar-reader", digest_method=hashlib.sha256)
        self._confirm = URLSafeTimedSerializer(secret, salt="goldstar-mail-confirm")
        self._stop = URLSafeTimedSerializer(secret, salt="goldstar-mail-stop")

    def form_token(self) -> str:
        """Return a new form token (it records when it was issued)."""
        return self._form.sign(secrets.token_urlsafe(12)).decode("ascii")

    def form_age(self, token: str) -> float:
        """Return the seconds since *token* was issued; raise TokenError if forged or too old."""
        try:
            _, issued = self._form.unsign(token, max_age=FORM_MAX_AGE, return_timestamp=True)
        except SignatureExpired:
            raise TokenError("has expired: reload the page to get a new form") from None
        except BadSignature:
            raise TokenError("is not a form token of this server: reload the page") from None
        return time.time() - issued.timestamp()

    def edit_token(self, comment_id: int, secret: str) -> str:
        """Return the edit token of *comment_id* (the comment stores hash_secret(secret))."""
        return self._edit.dumps([comment_id, secret])

    def edit_grant(self, token: str, max_age: int) -> EditGrant:
        """Return what an edit token grants; raise TokenError if forged or past *max_age*."""
        try:
            comment_id, secret = self._edit.loads(token, max_age=max_age)
            return EditGrant(int(comment_id), hash_secret(str(secret)))
        except SignatureExpired:
            raise TokenExpired(
                "has expired: a comment can be edited or deleted for a short while only"
            ) from None
        except (BadSignature, TypeError, ValueError, UnicodeEncodeError):
            raise TokenError("is not an edit token of this server") from None

    def reader_token(self, nonce: str | None = None) -> str:
        """Return a new reader token: a random *nonce* and its HMAC signature."""
        return self._reader.sign(nonce or secrets.token_urlsafe(16)).decode("ascii")

    def reader_valid(self, token: str) -> bool:
        """Return whether *token* is a reader token this server signed."""
        try:
            self._reader.unsign(token)
        except (BadSignature, UnicodeEncodeError):
            return False
        return True

    def session(self, tag: str, session_id: str) -> str:
        """Return an inbox session cookie naming *session_id*, bound to the credential's *tag*."""
        return self._session.dumps([tag, session_id])

    def session_id(self, value: str, tag: str) -> str | None:
        """Return the session id a cookie names, or None when forged, expired or for another
        credential (the store still says whether that session is live)."""
        try:
            found = self._session.loads(value, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        if isinstance(found, list) and len(found) == 2 and found[0] == tag:
            return str(found[1])
        return None

    def confirm_token(self, address_id: int, digest: str) -> str:
        """Return the token of a confirmation link (valid a week)."""
        return self._confirm.dumps([address_id, digest])

    def confirm_grant(self, token: str) -> MailGrant:
        """Return what a confirmation token names; raise TokenError if forged or expired."""
        try:
            address_id, digest = self._confirm.loads(token, max_age=CONFIRM_MAX_AGE)
            return MailGrant(int(address_id), str(digest))
        except SignatureExpired:
            raise TokenError("has expired: comment again with the box ticked") from None
        except (BadSignature, TypeError, ValueError, UnicodeEncodeError):
            raise TokenError("is not a confirmation link of this blog") from None

    def stop_token(self, address_id: int, digest: str, thread: str | None) -> str:
        """Return the token of an unsubscribe link (of *thread*, or of all mail when None)."""
        return self._stop.dumps([address_id, digest, thread])

    def stop_grant(self, token: str) -> MailGrant:
        """Return what an unsubscribe token names (it never expires); raise TokenError if forged."""
        try:
            address_id, digest, thread = self._stop.loads(token)
            return MailGrant(int(address_id), str(digest), None if thread is None else str(thread))
        except (BadSignature, TypeError, ValueError, UnicodeEncodeError):
            raise TokenError("is not an unsubscribe link of this blog") from None
