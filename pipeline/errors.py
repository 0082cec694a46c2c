"""The error tree: each class says what the agent should do with the record.

    PipelineError                 base; carries stage and article id
    ├── SkipRecord                expected, not an error: write a ``filtered`` ArticleRecord
    ├── DeadLetterError           this record can never be processed: dead-letter it
    │   ├── BadInput              malformed payload (not JSON, wrong types, missing text)
    │   └── LimitExceeded         a configured limit was hit (size, entities, events)
    └── RetryLater                transient (model not loaded, dependency down): retry

Anything that is not a PipelineError is a bug: the agent dead-letters it with its
traceback, logs it loudly and counts it, and the worker keeps going.
"""

from __future__ import annotations


class PipelineError(Exception):
    def __init__(self, message: str, *, stage: str = "", article_id: str | None = None):
        super().__init__(message)
        self.stage = stage
        self.article_id = article_id


class SkipRecord(PipelineError):
    """Not an error: the record is deliberately not processed further (reason given)."""


class DeadLetterError(PipelineError):
    """The record cannot be processed; send it to the dead-letter topic."""


class BadInput(DeadLetterError):
    """The payload is malformed."""


class LimitExceeded(DeadLetterError):
    """A configured resource limit was exceeded."""


class RetryLater(PipelineError):
    """A transient failure; the same record may succeed later."""
