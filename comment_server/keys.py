"""Keyed hashes: how the server remembers commenters, readers and addresses without keeping them."""

import hashlib
import hmac


class Keys:
    """HMAC-SHA256 digests keyed by COMMENT_SERVER_SECRET, one purpose label each."""

    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")

    def _digest(self, purpose: str, value: str, length: int) -> str:
        message = f"{purpose}\0{value}".encode("utf-8", "surrogatepass")
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()[:length]

    def commenter_from_email(self, email: str) -> str:
        """Return the 16-hex commenter key of someone who gave *email*."""
        return self._digest("commenter-email", email.strip().casefold(), 16)

    def commenter_from_reader(self, reader: str) -> str:
        """Return the 16-hex commenter key of someone known only by their reader token."""
        return self._digest("commenter-reader", reader, 16)

    def commenter_from_email_and_reader(self, email: str, reader: str) -> str:
        """Return the 16-hex key of someone who typed a known *email* in a browser never seen
        with it (kept apart from the email's owner until proved: store/identity.py)."""
        return self._digest("commenter-email-reader", f"{email.strip().casefold()}\0{reader}", 16)

    def commenter_from_name(self, name: str, website: str | None) -> str:
        """Return the 16-hex key of an imported commenter known only by name and website."""
        return self._digest("commenter-name", f"{name.casefold()}\0{website or ''}", 16)

    def author(self) -> str:
        """Return the commenter key of the blog's author."""
        return self._digest("commenter-author", "", 16)

    def reader(self, token: str) -> str:
        """Return the stored form of a reader token (who starred what)."""
        return self._digest("reader", token, 32)

    def address(self, address: str) -> str:
        """Return the stored form of a remote address."""
        return self._digest("address", address, 32)

    def idempotency(self, endpoint: str, who: str, key: str) -> str:
        """Return where the answer of a write sent with Idempotency-Key *key* is kept: one
        place per endpoint and per reader (*who*), so no one else's retry can read it."""
        return self._digest("idempotency", f"{endpoint}\0{who}\0{key}", 64)

    def mail(self, email: str) -> str:
        """Return the stored digest of an email address (what stays once it is forgotten)."""
        return self._digest("mail", email.strip().casefold(), 32)

    def author_mail(self, email: str) -> str:
        """Return the digest of the author's address for new-comment mail (apart from a reader's
        digest of the same address: the two mails never share a batch)."""
        return self._digest("author-mail", email.strip().casefold(), 32)

    def session_tag(self, credential: str) -> str:
        """Return a tag of the admin credential: sessions die when the credential changes."""
        return self._digest("session", credential, 16)
