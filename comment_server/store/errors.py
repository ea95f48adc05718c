"""What the store refuses, independent of HTTP: the app maps each to a status and a JSON error."""


class StoreError(Exception):
    """A request the store cannot carry out; *field* names the input at fault, if any, and *code*
    the refusal when its status's code says too little (comment_server/errors.py)."""

    def __init__(
        self,
        message: str,
        field: str | None = None,
        problem: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.problem = problem or message
        self.code = code


class NotFound(StoreError):
    """The comment (or thread) does not exist."""


class Forbidden(StoreError):
    """The request is understood but not allowed (blocked commenter, closed edit window...)."""


class Conflict(StoreError):
    """The request does not fit the state of what it names (joining a comment not kept apart)."""


class Invalid(StoreError):
    """A value refers to something that cannot be used (a parent in another thread...)."""


class ImportFailed(StoreError):
    """An import record cannot be stored; the message names the thread and the comment."""
