"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnparsableResponse(Exception):
    """Raised when a successful response's body does not match the schema at all (for example not JSON).

    The server has already done the work: ``status_code`` and ``content`` keep what it answered.
    """

    def __init__(self, status_code: int, content: bytes, reason: str):
        self.status_code = status_code
        self.content = content
        self.reason = reason
        super().__init__(f"Could not parse the {status_code} response: {reason}")


__all__ = ["UnexpectedStatus", "UnparsableResponse"]
