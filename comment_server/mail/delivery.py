"""Hand messages to the SMTP server (aiosmtplib) over one connection and say what became of each.

A `Postman` opens its connection at the first message of the sender's pass, keeps it for the
next ones (no connect, EHLO and QUIT per mail) and closes it when the pass is over; a connection
that broke while idle between two messages is opened again once.

A refusal of the recipient or of the message with a 5xx code is permanent (a bounce: trying again
would get the same answer). Everything else is temporary and tried again later: a 4xx code, a
server that does not answer or hangs up, a refused sign-in or From address (the operator's
settings, not the mail, are at fault: fixing them delivers what waited).
"""

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr

import aiosmtplib
from aiosmtplib.email import flatten_message

from comment_server.settings import Settings

# The connection broke (a server closes an idle one): worth one new connection at once.
_BROKEN = (aiosmtplib.SMTPServerDisconnected, ConnectionError)


@dataclass
class DeliveryError(Exception):
    """The server did not take the message; *reason* names why (never the address)."""

    reason: str
    permanent: bool


class Postman:
    """Deliver messages over one SMTP connection, opened when first needed."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.sender = parseaddr(settings.smtp_from)[1]
        self._smtp: aiosmtplib.SMTP | None = None

    async def deliver(self, message: EmailMessage, recipient: str) -> None:
        """Send *message* to *recipient*; raise DeliveryError when it is not taken."""
        try:
            await self._deliver_reconnecting(message, recipient)
        except aiosmtplib.SMTPResponseException as error:  # a refusal: the connection goes on
            raise _delivery_error(self.settings, error, recipient) from None
        except Exception as error:
            await self.close()
            raise _delivery_error(self.settings, error, recipient) from None
        except BaseException:  # cancelled: no time to say QUIT
            self.abandon()
            raise

    async def close(self) -> None:
        """Say QUIT and close the connection, if one is open (a failure to say it is ignored:
        the server has hung up already)."""
        smtp, self._smtp = self._smtp, None
        if smtp is None or not smtp.is_connected:
            return
        try:
            await smtp.quit()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            smtp.close()
        except BaseException:
            smtp.close()
            raise

    def abandon(self) -> None:
        """Close the connection without a word (when there is no time to say QUIT)."""
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()

    async def _deliver_reconnecting(self, message: EmailMessage, recipient: str) -> None:
        reused = self._smtp is not None and self._smtp.is_connected
        try:
            await self._send(message, recipient)
        except _BROKEN:
            if not reused:
                raise
            await self.close()
            await self._send(message, recipient)

    async def _send(self, message: EmailMessage, recipient: str) -> None:
        smtp = await self._connected()
        options, utf8 = _mail_options(smtp, self.sender, recipient)
        cte_type = "8bit" if smtp.supports_extension("8BITMIME") else "7bit"
        flat = flatten_message(message, utf8=utf8, cte_type=cte_type)
        await smtp.sendmail(self.sender, [recipient], flat, mail_options=options)

    async def _connected(self) -> aiosmtplib.SMTP:
        if self._smtp is None or not self._smtp.is_connected:
            settings = self.settings
            smtp = aiosmtplib.SMTP(
                hostname=settings.smtp_host,
                port=settings.smtp_port,
                username=settings.smtp_user or None,
                password=settings.smtp_password or None,
                use_tls=settings.smtp_security == "tls",
                start_tls=settings.smtp_security == "starttls",
                timeout=settings.smtp_timeout,
            )
            await smtp.connect()
            self._smtp = smtp
            if smtp.last_ehlo_response is None:  # not said already for STARTTLS or the sign-in
                await smtp.ehlo()
        return self._smtp


def _mail_options(smtp: aiosmtplib.SMTP, sender: str, recipient: str) -> tuple[list[str], bool]:
    """Return the MAIL FROM options and whether the message needs SMTPUTF8 (as aiosmtplib's
    send_message chooses them)."""
    utf8 = not (sender + recipient).isascii()
    if utf8 and not smtp.supports_extension("smtputf8"):
        raise aiosmtplib.SMTPNotSupported(
            "a non-ASCII address, but the server does not support SMTPUTF8"
        )
    options = ["SMTPUTF8"] if utf8 else []
    if smtp.supports_extension("8BITMIME"):
        options.append("BODY=8BITMIME")
    return options, utf8


def _delivery_error(settings: Settings, error: Exception, recipient: str) -> DeliveryError:
    """Return the DeliveryError saying why *error* kept the message from being taken."""
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        refusal = error.recipients[0]
        return _refused("the recipient was refused", refusal.code, refusal.message, recipient)
    if isinstance(error, aiosmtplib.SMTPDataError):
        return _refused("the message was refused", error.code, error.message, recipient)
    if isinstance(error, aiosmtplib.SMTPAuthenticationError):
        reason = f"sign-in refused ({error.code}): check COMMENT_SERVER_SMTP_USER and _PASSWORD"
        return DeliveryError(reason, permanent=False)
    if isinstance(error, aiosmtplib.SMTPSenderRefused):
        reason = f"From address refused ({error.code}): check COMMENT_SERVER_SMTP_FROM"
        return DeliveryError(reason, permanent=False)
    if isinstance(error, aiosmtplib.SMTPResponseException):
        return _refused("the server refused", error.code, error.message, recipient)
    if isinstance(error, (aiosmtplib.SMTPException, OSError, TimeoutError)):
        where = f"{settings.smtp_host}:{settings.smtp_port}"
        reason = f"no answer from the SMTP server {where} ({type(error).__name__}: {error})"
        return DeliveryError(_scrub(reason, recipient), permanent=False)
    raise error


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
