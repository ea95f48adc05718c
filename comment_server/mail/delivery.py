"""Hand one message to the SMTP server (aiosmtplib) and say what became of it.

A refusal of the recipient or of the message with a 5xx code is permanent (a bounce: trying again
would get the same answer). Everything else is temporary and tried again later: a 4xx code, a
server that does not answer or hangs up, a refused sign-in or From address (the operator's
settings, not the mail, are at fault: fixing them delivers what waited).
"""

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr

import aiosmtplib

from comment_server.settings import Settings


@dataclass
class DeliveryError(Exception):
    """The server did not take the message; *reason* names why (never the address)."""

    reason: str
    permanent: bool


async def deliver(settings: Settings, message: EmailMessage, recipient: str) -> None:
    """Send *message* to *recipient* over SMTP; raise DeliveryError when it is not taken."""
    try:
        await aiosmtplib.send(
            message,
            sender=parseaddr(settings.smtp_from)[1],
            recipients=[recipient],
            hostname=settings.smtp_host,
            port=settings.smtp_port,
            username=settings.smtp_user or None,
            password=settings.smtp_password or None,
            use_tls=settings.smtp_security == "tls",
            start_tls=settings.smtp_security == "starttls",
            timeout=settings.smtp_timeout,
        )
    except aiosmtplib.SMTPRecipientsRefused as error:
        refusal = error.recipients[0]
        raise _refused(
            "the recipient was refused", refusal.code, refusal.message, recipient
        ) from None
    except aiosmtplib.SMTPDataError as error:
        raise _refused("the message was refused", error.code, error.message, recipient) from None
    except aiosmtplib.SMTPAuthenticationError as error:
        reason = f"sign-in refused ({error.code}): check COMMENT_SERVER_SMTP_USER and _PASSWORD"
        raise DeliveryError(reason, permanent=False) from None
    except aiosmtplib.SMTPSenderRefused as error:
        reason = f"From address refused ({error.code}): check COMMENT_SERVER_SMTP_FROM"
        raise DeliveryError(reason, permanent=False) from None
    except aiosmtplib.SMTPResponseException as error:
        raise _refused("the server refused", error.code, error.message, recipient) from None
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as error:
        where = f"{settings.smtp_host}:{settings.smtp_port}"
        reason = f"no answer from the SMTP server {where} ({type(error).__name__}: {error})"
        raise DeliveryError(_scrub(reason, recipient), permanent=False) from None


def _refused(what: str, code: int, message: str, recipient: str) -> DeliveryError:
    reason = _scrub(f"{what}: {code} {message}", recipient)
    return DeliveryError(reason, permanent=500 <= code < 600)


def _scrub(text: str, recipient: str) -> str:
    """Return *text* without the address (servers quote it back; logs never show one)."""
    one_line = " ".join(text.split())
    start = one_line.lower().find(recipient.lower())
    while start >= 0:
        one_line = one_line[:start] + "<the address>" + one_line[start + len(recipient) :]
        start = one_line.lower().find(recipient.lower())
    return one_line[:300]
