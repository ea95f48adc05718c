"""Reply notifications: the mail templates, the SMTP delivery, the outbox's sender and the pages
its links open (docs/comment-server.md, Reply notifications)."""
