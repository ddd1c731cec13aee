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


class PipelineError(ExtractorError):
    """A component runs without the components it reads from (coded E5xx: see ``Errors``)."""


class ResourceError(ExtractorError):
    """A lexicon or pattern file under extractor/resources is malformed."""


class OutputError(ExtractorError):
    """The output cannot be written."""


class EngineError(ExtractorError):
    """The processing engine cannot start or run (missing Dask, unreachable scheduler, ...)."""


class _Coded(type):
    """Reading ``Errors.E501`` gives the message with its code in front: "[E501] ..."."""

    def __getattribute__(cls, name: str):
        value = super().__getattribute__(name)
        if name[:1] == "E" and name[1:].isdigit():
            return f"[{name}] {value}"
        return value


class Errors(metaclass=_Coded):
    """Coded messages: ``raise ResourceError(Errors.E501.format(...))``.  The code leads the message,
    so a report can be searched for and a test can name the error it expects.  Codes go by stage,
    a hundred each in pipeline order; E5xx: contact events and their trigger lexicon."""

    # contact events: the trigger lexicon (resources/de/contact_verbs.tsv, contact_nouns.tsv, event_cues.tsv)
    E501 = ("contact_verbs.tsv: {lemma}: unknown type {type!r} or frame {frame!r} "
            "(types: {types}; frames: {frames})")
    E502 = ("contact_nouns.tsv: {lemma}: unknown type {type!r} or mode {mode!r} "
            "(types: {types}; modes: {modes})")
    E503 = "contact_nouns.tsv: form {form!r} listed twice (give each form one row)"
    E504 = "event_cues.tsv: {cue}: unknown kind {kind!r} (kinds: {kinds})"

    # contact events: the pipeline
    E510 = ("contact_events reads what the components before it set, and {missing} is not set: add "
            "{components} before it (nlp.add_pipe(\"german_segmenter\"), nlp.add_pipe(\"german_actors\"), "
            "nlp.add_pipe(\"german_times\"), then nlp.add_pipe(\"contact_events\")), or put all of the "
            "project's components on the pipeline with extractor.pipeline.add_project_components(nlp)")
