"""Settings from COMMENT_SERVER_* variables: defaults, parsing, errors that name the variable."""

import ipaddress

import pytest

from comment_server.credential import check_format, hash_password, verify_password
from comment_server.settings import (
    DEFAULT_DATABASE_URL,
    Rate,
    Settings,
    SettingsError,
    check_workers,
    unknown_variables,
)

SECRET = {"COMMENT_SERVER_SECRET": "s" * 40}


def test_defaults_need_only_the_secret():
    settings = Settings.from_env(SECRET)
    assert settings.database_url == DEFAULT_DATABASE_URL == "sqlite:///var/comments.sqlite3"
    assert settings.origins == () and settings.moderation and settings.rate_limits
    assert settings.edit_window == 900 and settings.min_submit_seconds == 3
    assert settings.rate_comments == Rate(5, 60)


def test_a_missing_secret_names_the_variable_and_how_to_make_one():
    with pytest.raises(SettingsError, match="COMMENT_SERVER_SECRET is not set") as error:
        Settings.from_env({})
    assert "secrets.token_hex" in str(error.value)


def test_values_are_parsed():
    settings = Settings.from_env(
        {
            **SECRET,
            "COMMENT_SERVER_DATABASE_URL": "postgresql://blog@db.example/comments",
            "COMMENT_SERVER_ORIGINS": "https://Blog.example, http://127.0.0.1:8000/",
            "COMMENT_SERVER_MODERATION": "off",
            "COMMENT_SERVER_RATE_COMMENTS": "3/120",
            "COMMENT_SERVER_BLOCK_WORDS": "Casino, cheap pills ,",
            "COMMENT_SERVER_BLOCK_ADDRESSES": "203.0.113.0/24, 2001:db8::1",
            "COMMENT_SERVER_BLOCK_WEBSITES": "https://spam.example/x, other.example",
            "COMMENT_SERVER_EDIT_WINDOW": "60",
            "COMMENT_SERVER_CACHE_SECONDS": "0.5",
        }
    )
    assert settings.database_url == "postgresql+psycopg://blog@db.example/comments"
    assert settings.origins == ("https://blog.example", "http://127.0.0.1:8000")
    assert settings.moderation is False and settings.rate_comments == Rate(3, 120)
    assert settings.block_words == ("casino", "cheap pills")
    assert ipaddress.ip_address("203.0.113.9") in settings.block_addresses[0]
    assert settings.block_websites == ("other.example", "spam.example")
    assert settings.edit_window == 60 and settings.cache_seconds == 0.5


@pytest.mark.parametrize(
    ("configured", "sent"),
    [
        ("https://bücher.example", "https://xn--bcher-kva.example"),  # once never matched
        ("https://blog.example:0443", "https://blog.example"),  # once kept its port
        ("https://Blog.Example:8443", "https://blog.example:8443"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_an_origin_is_kept_as_browsers_send_it(configured, sent):
    assert Settings.from_env({**SECRET, "COMMENT_SERVER_ORIGINS": configured}).origins == (sent,)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("SECRET", "short"),
        ("DATABASE_URL", "mysql://x"),
        ("ORIGINS", "blog.example"),
        ("ORIGINS", "https://blog.example/path"),
        ("ADMIN_CREDENTIAL", "hunter2"),
        ("MAX_BODY", "lots"),
        ("MAX_BODY", "10"),
        ("MODERATION", "maybe"),
        ("RATE_COMMENTS", "5 per minute"),
        ("RATE_STARS", "0/60"),
        ("BLOCK_ADDRESSES", "not-an-ip"),
        ("BLOCK_WEBSITES", "spam example"),
        ("TRUSTED_PROXIES", "everyone"),
        ("CACHE_SECONDS", "-1"),
        ("AUTHOR_NAME", "x" * 81),
    ],
)
def test_a_bad_value_names_its_variable(name, value):
    with pytest.raises(SettingsError, match=f"COMMENT_SERVER_{name}="):
        Settings.from_env({**SECRET, f"COMMENT_SERVER_{name}": value})


def test_unknown_variables_are_named_with_a_suggestion():
    env = {**SECRET, "COMMENT_SERVER_ORIGIN": "x", "COMMENT_SERVER_URL": "http://127.0.0.1:8001"}
    assert unknown_variables(env) == [
        "COMMENT_SERVER_ORIGIN is not a setting of the server and is ignored "
        "(did you mean COMMENT_SERVER_ORIGINS?)"
    ]


def test_the_credential_is_a_scrypt_hash_that_verifies():
    credential = hash_password("a long password", n=2**8)
    assert credential.startswith("scrypt:256:8:1:") and "$" not in credential
    check_format(credential)
    assert verify_password(credential, "a long password")
    assert not verify_password(credential, "a long passwore")
    assert hash_password("a long password", n=2**8) != credential  # salted
    with pytest.raises(ValueError, match="at least 8"):
        hash_password("short")
    settings = Settings.from_env({**SECRET, "COMMENT_SERVER_ADMIN_CREDENTIAL": credential})
    assert settings.admin_credential == credential


MAIL = {
    **SECRET,
    "COMMENT_SERVER_SMTP_HOST": "smtp.example.org",
    "COMMENT_SERVER_SMTP_FROM": "Blog <blog@example.org>",
    "COMMENT_SERVER_PUBLIC_URL": "https://comments.example.org/",
}


def test_mail_is_off_without_a_host_and_on_with_a_complete_set():
    assert not Settings.from_env(SECRET).mail
    settings = Settings.from_env(MAIL)
    assert settings.mail and settings.smtp_port == 587 and settings.smtp_security == "starttls"
    assert settings.public_url == "https://comments.example.org"


@pytest.mark.parametrize(
    ("missing", "named"),
    [
        ("COMMENT_SERVER_SMTP_FROM", "COMMENT_SERVER_SMTP_FROM"),
        ("COMMENT_SERVER_PUBLIC_URL", "COMMENT_SERVER_PUBLIC_URL"),
    ],
)
def test_incomplete_mail_settings_name_what_is_missing(missing, named):
    env = {key: value for key, value in MAIL.items() if key != missing}
    with pytest.raises(SettingsError, match=named):
        Settings.from_env(env)


def test_the_mail_sender_is_the_server_unless_separate():
    assert Settings.from_env(MAIL).mail_sender == "serve"
    separate = {**MAIL, "COMMENT_SERVER_MAIL_SENDER": "Separate"}
    assert Settings.from_env(separate).mail_sender == "separate"
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({**MAIL, "COMMENT_SERVER_MAIL_SENDER": "cron"})
    message = str(refused.value)
    assert message.startswith("COMMENT_SERVER_MAIL_SENDER='cron' is not usable: use serve")
    assert "\n" not in message and "separate" in message


def test_a_user_without_a_password_and_a_stray_smtp_setting_are_refused():
    with pytest.raises(SettingsError, match="COMMENT_SERVER_SMTP_PASSWORD"):
        Settings.from_env({**MAIL, "COMMENT_SERVER_SMTP_USER": "blog"})
    with pytest.raises(SettingsError, match="COMMENT_SERVER_SMTP_HOST is not"):
        Settings.from_env({**SECRET, "COMMENT_SERVER_SMTP_PORT": "465"})
    with pytest.raises(SettingsError, match="COMMENT_SERVER_SMTP_SECURITY"):
        Settings.from_env({**MAIL, "COMMENT_SERVER_SMTP_SECURITY": "ssl3"})
    with pytest.raises(SettingsError, match="COMMENT_SERVER_SMTP_FROM"):
        Settings.from_env({**MAIL, "COMMENT_SERVER_SMTP_FROM": "blog\r\nBcc: x@evil.example"})


def test_several_workers_need_postgresql():
    sqlite = Settings.from_env(SECRET)
    check_workers(sqlite, 1)
    with pytest.raises(SettingsError, match="--workers 3 needs PostgreSQL") as error:
        check_workers(sqlite, 3)
    assert "COMMENT_SERVER_DATABASE_URL=postgresql://" in str(error.value)
    postgres = Settings.from_env(
        {**SECRET, "COMMENT_SERVER_DATABASE_URL": "postgresql://blog@db.example/comments"}
    )
    check_workers(postgres, 3)
    with pytest.raises(SettingsError, match="use 1 or more"):
        check_workers(postgres, 0)
