"""The error catalogue: every message names the offending thing and says what to do."""
from __future__ import annotations


class ExtractorError(Exception):
    """Base of the errors a user can act on (shown without a traceback)."""


class InputError(ExtractorError):
    """An input file or record cannot be read as an article."""

    def __init__(self, source: str, problem: str, hint: str = ""):
        self.source, self.problem, self.hint = source, problem, hint
        msg = f"{source}: {problem}"
        if hint:
            msg += f" ({hint})"
        super().__init__(msg)


class GoldError(ExtractorError):
    """A gold file does not follow the annotation guidelines."""

    def __init__(self, source: str, field: str, problem: str):
        self.source, self.field, self.problem = source, field, problem
        super().__init__(f"{source}: field {field!r}: {problem}")


class ModelError(ExtractorError):
    """The requested spaCy pipeline cannot be loaded."""


class ResourceError(ExtractorError):
    """A lexicon or pattern file under extractor/resources is malformed."""


class OutputError(ExtractorError):
    """The output cannot be written."""


class EngineError(ExtractorError):
    """The processing engine cannot start or run (missing Dask, unreachable scheduler, ...)."""
