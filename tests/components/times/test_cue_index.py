"""The tense cues' regex tries at each word only the cues its first character can start
(``rules.indexed_alternatives``); it must find what the plain alternation finds."""
import re

from extractor.components.times.grammar import TENSES, TIMES_DIR, with_initial_capital
from extractor.components.times.rules import _sre_parser, cue_class, first_chars, load_cues, read_table

SENTENCES = [
    "Die Ministerin hatte am Montag mit ihrem Amtskollegen telefoniert, bevor sie nach Rom flog.",
    "Das Treffen soll im März stattfinden, wurde aber bis Mai verschoben.",
    "Ab Dienstag gilt die neue Regel; bis dahin wird verhandelt.",
    "Ein für Freitag geplantes Gespräch wurde abgesagt, hieß es aus dem Ministerium.",
    "Er ist am Sonntag gestorben und wird am Mittwoch beigesetzt werden.",
    "Geplant ist ein Besuch im Herbst, die Gespräche könnten im Winter weitergehen.",
]


def plain_cues() -> re.Pattern:
    by_tense: dict[str, list[str]] = {t: [] for t in TENSES}
    for row in read_table(TIMES_DIR / "tense.tsv", "cue"):
        by_tense[row["tense"]].append(with_initial_capital(row["cue"]))
    body = "|".join(f"(?P<{t}>{'|'.join(sorted(by_tense[t], key=len, reverse=True))})"
                    for t in TENSES if by_tense[t])
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def test_indexed_cues_find_what_the_plain_alternation_finds():
    plain, indexed = plain_cues(), load_cues(TIMES_DIR)
    text = " ".join(SENTENCES)
    for start, end in [(0, len(text)), (10, 80), (35, len(text) - 20)]:
        want = [(m.span(), m.lastgroup) for m in plain.finditer(text, start, end)]
        got = [(m.span(), cue_class(m)) for m in indexed.finditer(text, start, end)]
        assert got == want
    assert [cue_class(m) for m in indexed.finditer("Sie telefonierte gestern.")] == ["PAST"]


def test_first_chars_of_patterns():
    parse = _sre_parser.parse
    assert first_chars(parse("[kK]önnte")) == frozenset("kK")
    assert first_chars(parse("(?<!\\d\\s)(?:bis|Bis)")) == frozenset("bB")
    assert first_chars(parse("(?:ab|zu)ge[a-z]+t")) == frozenset("az")
    assert first_chars(parse("\\w+te")) is None  # a category: not known
    assert first_chars(parse("(?:ge)?macht")) is None  # the first item may be absent
