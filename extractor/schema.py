"""The public contract: pydantic models of the output record and of gold files.

Keys here are relied on by external tools and scorers: add fields, rename none.
``schemas/*.json`` are generated from these models (``python -m extractor.schema``)
and a test fails when they drift.
"""
from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

PARTIAL_ISO = r"^(\d{4}|X{4})(-(\d{2}|XX)(-(\d{2}|XX))?)?$"
_PARTIAL_ISO_RE = re.compile(PARTIAL_ISO)

EventType = Literal["call", "meeting", "talk", "correspondence"]
Status = Literal["occurred", "planned", "proposed", "possible", "negated"]
ActorKind = Literal["person", "organization", "country", "city", "group"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
TimeMod = Literal["START", "MID", "END", "APPROX"]


def valid_partial_iso(value: Optional[str]) -> Optional[str]:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (``X`` for unknown digits) with a real month/day."""
    if value is None:
        return None
    if not _PARTIAL_ISO_RE.match(value):
        raise ValueError(f"{value!r} is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = value.split("-")
    if len(parts) > 1 and parts[1] != "XX" and not 1 <= int(parts[1]) <= 12:
        raise ValueError(f"{value!r} has no month {parts[1]}")
    if len(parts) > 2 and parts[2] != "XX" and not 1 <= int(parts[2]) <= 31:
        raise ValueError(f"{value!r} has no day {parts[2]}")
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the input: ``text == input[start:end]``."""
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class ActorRecord(_Model):
    id: str
    name: str
    kind: ActorKind
    roles: list[str] = []
    country: Optional[str] = Field(None, pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3")
    mentions: list[Span] = []


class EntityRecord(_Model):
    """A span of the statistical entity recognizer (``doc.ents``): the shipped one of the
    embedded pipeline or de_core_news_lg's."""
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str = Field(description="PER, ORG, LOC or MISC")
    text: str


class TimeRecord(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    type: TimeType
    value: str = Field(description="TIMEX3 value: 2022-10-21, 2022-10, 2022-W42, XXXX-10-21, P2W, PRESENT_REF, ...")
    mod: Optional[TimeMod] = None


class Participant(_Model):
    actor: str = Field(description="id of the actor in `actors`")
    name: str


class Codes(_Model):
    cameo: Optional[str] = Field(None, description="CAMEO event code, e.g. 041 (discuss by telephone)")
    plover: Optional[str] = Field(None, description="PLOVER event type, e.g. CONSULT")
    plover_mode: Optional[str] = Field(None, description="PLOVER mode: phone, visit, host, third-party, ...")


class EventRecord(_Model):
    id: str
    type: EventType
    participants: list[Participant] = Field(min_length=2)
    initiator: Optional[str] = None
    proposer: Optional[str] = None
    date: Optional[TimeRecord] = None
    status: Status
    evidence: list[Span] = Field(min_length=1)
    confidence: float = Field(ge=0.0, le=1.0)
    codes: Codes = Codes()


class PipelineRecord(_Model):
    name: str
    version: str
    embedded: bool


class ArticleRecord(_Model):
    """One processed article: the output unit of ``extract``."""
    article: str
    published: Optional[str] = None
    title: Optional[str] = None
    author: Optional[str] = None
    pipeline: PipelineRecord
    actors: list[ActorRecord] = []
    entities: list[EntityRecord] = []
    times: list[TimeRecord] = []
    events: list[EventRecord] = []
    warnings: list[str] = []

    _check_published = field_validator("published")(classmethod(lambda cls, v: valid_partial_iso(v)))


class ErrorRecord(_Model):
    """Written in place of an article that could not be processed."""
    article: str
    error: str


# --- gold files (annotation-guidelines.md) ---------------------------------

class GoldEvent(_Model):
    model_config = ConfigDict(extra="allow")  # annotators may keep notes

    type: EventType
    participants: list[str] = Field(min_length=2)
    initiator: Optional[str] = None
    date: Optional[str] = None
    date_mod: Optional[Literal["mid", "start", "end", "approx"]] = None
    status: Status
    proposer: Optional[str] = None
    evidence: str = ""

    _check_date = field_validator("date")(classmethod(lambda cls, v: valid_partial_iso(v)))

    @field_validator("participants")
    @classmethod
    def _names_not_empty(cls, names: list[str]) -> list[str]:
        if any(not n.strip() for n in names):
            raise ValueError("participant names must not be empty")
        return names


class GoldFile(_Model):
    model_config = ConfigDict(extra="allow")

    article: str
    published: Optional[str] = None
    events: list[GoldEvent]

    _check_published = field_validator("published")(classmethod(lambda cls, v: valid_partial_iso(v)))


def gold_date_value(timex: str) -> Optional[str]:
    """A TIMEX3 value as the gold format writes dates (partial ISO), or None.

    The gold format has no weeks or seasons (corpus/GUIDELINES.md): a week
    ("2022-W42", "2022-W42-WE") is the month holding its Thursday, a season or
    quarter ("2021-SP", "2022-Q3") its year.
    """
    week = re.match(r"^(\d{4})-W(\d\d)", timex)
    if week:
        try:
            thursday = datetime.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
        except ValueError:
            return week.group(1)
        return f"{thursday.year:04d}-{thursday.month:02d}"
    m = re.match(r"^((?:\d{4}|XXXX)(?:-\d\d(?:-\d\d)?)?)(?![\dX])", timex)
    return m.group(1) if m else None



# --- world events (extract events; docs/world.md) -------------------------------

class WorldReport(_Model):
    """One article's event that reports a world event."""
    article: str
    event_id: str = Field(description="id of the event in that article's record (E1, E2, ...)")
    published: Optional[str] = None
    type: EventType
    status: Status
    date: Optional[str] = Field(None, description="the report's own date of the act, partial ISO")
    date_mod: Optional[Literal["mid", "start", "end", "approx"]] = None
    initiator: Optional[str] = None
    evidence: str = ""


class StatusChange(_Model):
    status: Status
    published: Optional[str] = None
    article: str
    event_id: str


class WorldEvent(_Model):
    """One real-world contact act with every report of it (the output unit of ``extract events``)."""
    id: str = Field(description="stable id: a hash of the participant key, date and first report")
    type: EventType
    participants: list[str] = Field(min_length=2)
    participant_key: str = Field(description="the normalised names the reports were grouped by")
    initiator: Optional[str] = None
    date: Optional[str] = Field(None, description="the most precise date consistent with every report")
    date_mod: Optional[Literal["mid", "start", "end", "approx"]] = None
    status: Status
    status_history: list[StatusChange] = Field(min_length=1)
    reports: list[WorldReport] = Field(min_length=1)
    report_count: int = Field(ge=1)
    article_count: int = Field(ge=1)
    first_published: Optional[str] = None
    last_published: Optional[str] = None

    _check_dates = field_validator("date", "first_published", "last_published")(
        classmethod(lambda cls, v: valid_partial_iso(v)))


class WorldGoldReport(_Model):
    model_config = ConfigDict(extra="allow")

    article: str = Field(description="file name of the article")
    type: Optional[EventType] = Field(None, description="the report's type when it differs from the event's")
    status: Status = "occurred"
    date: Optional[str] = Field(None, description="the date this article gives the act, partial ISO")
    date_mod: Optional[Literal["mid", "start", "end", "approx"]] = None
    evidence: str = ""

    _check_date = field_validator("date")(classmethod(lambda cls, v: valid_partial_iso(v)))


class WorldGoldEvent(_Model):
    model_config = ConfigDict(extra="allow")  # annotators may keep notes

    id: str
    type: EventType
    participants: list[str] = Field(min_length=2)
    date: Optional[str] = None
    reports: list[WorldGoldReport] = Field(min_length=1)

    _check_date = field_validator("date")(classmethod(lambda cls, v: valid_partial_iso(v)))


class WorldGoldFile(_Model):
    """Gold clusters: which article events report the same act (corpus/world/gold.json)."""
    model_config = ConfigDict(extra="allow")

    articles: str = Field("articles", description="folder of the articles, relative to the gold file")
    events: list[WorldGoldEvent]


SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
SCHEMAS = {"record.schema.json": ArticleRecord, "error-record.schema.json": ErrorRecord,
           "gold.schema.json": GoldFile, "world-event.schema.json": WorldEvent,
           "world-gold.schema.json": WorldGoldFile}


def json_schemas() -> dict[str, dict]:
    """The JSON Schemas of the public formats, as generated from the models."""
    out = {}
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        out[name] = schema
    return out


def write_schemas(directory: Path = SCHEMA_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, schema in json_schemas().items():
        (directory / name).write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_schemas()
