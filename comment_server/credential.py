"""The admin credential: a scrypt hash of the author's password, as `admin-credential` prints it.

Format: `scrypt:N:r:p:SALT:HASH`, SALT and HASH in URL-safe base64 (no `$`: safe to paste into a
shell or a systemd unit).
"""

import base64
import hashlib
import hmac
import secrets

_N, _R, _P = 2**14, 8, 1
_LENGTH = 32


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=_LENGTH
    )


def hash_password(password: str, n: int = _N) -> str:
    """Return the credential string for *password* (*n* is scrypt's cost, a power of 2)."""
    if len(password) < 8:
        raise ValueError("the admin password needs at least 8 characters")
    salt = secrets.token_bytes(16)
    return f"scrypt:{n}:{_R}:{_P}:{_b64(salt)}:{_b64(_derive(password, salt, n, _R, _P))}"


def check_format(credential: str) -> None:
    """Raise ValueError unless *credential* looks like what hash_password returns."""
    parts = credential.split(":")
    try:
        if len(parts) != 6 or parts[0] != "scrypt":
            raise ValueError
        n, r, p = (int(part) for part in parts[1:4])
        if n < 2 or n & (n - 1) or not 1 <= r <= 64 or not 1 <= p <= 16:
            raise ValueError
        if len(_unb64(parts[5])) != _LENGTH or not _unb64(parts[4]):
            raise ValueError
    except ValueError:
        raise ValueError(
            "it is not an admin credential: run `python -m comment_server admin-credential` "
            "and paste the value it prints"
        ) from None


def verify_password(credential: str, password: str) -> bool:
    """Return whether *password* matches *credential*."""
    _, n, r, p, salt, expected = credential.split(":")
    actual = _derive(password, _unb64(salt), int(n), int(r), int(p))
    return hmac.compare_digest(actual, _unb64(expected))
