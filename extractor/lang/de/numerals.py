"""Numerals and quantifiers (lower case)."""
from __future__ import annotations

PLURAL_WORDS = frozenset({"beiden", "beide", "zwei", "drei", "vier", "fünf", "mehrere",
                          "alle", "allen", "einige", "einigen", "viele", "vielen", "zahlreiche", "zahlreichen",
                          "etliche", "etlichen", "sämtliche", "sämtlichen", "manche", "manchen"})
# Quantifiers of an unnamed plural: "traf viele Kollegen", "einige Fans" (counts like "die beiden" refer).
GENERIC_QUANTIFIERS = frozenset({"mehrere", "einige", "einigen", "viele", "vielen", "zahlreiche", "zahlreichen",
                                 "etliche", "etlichen", "manche", "manchen", "andere", "anderen", "weitere"})
# How many a plural word counts (actor stage): "die beiden Minister", "drei Gewerkschaften".
PAIR_WORDS = {"beiden": 2, "beide": 2, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5}
# "die beiden", "beide Seiten", "der drei Minister": how many actors a group word stands for
GROUP_WORDS = {"beide": 2, "beiden": 2, "beider": 2, "drei": 3, "vier": 4}
NUMERALS_AFTER_ARTICLE = ("drei", "vier")
TWICE = frozenset({"zweimal", "zwei-mal"})
# "seit einem Jahr", "seit zwei Monaten": how many units a counted span has
SPAN_COUNTS = {"einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
               "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}
