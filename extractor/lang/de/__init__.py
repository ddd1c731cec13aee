"""German closed word classes, one module a class; the stages import them by name.

- ``determiners``: articles, determiners, pronouns
- ``numerals``: numerals and quantifiers
- ``conjunctions``: coordinating and subordinating conjunctions, list glue
- ``prepositions``: prepositions by what they mark
- ``verbs``: auxiliaries, modals, subjunctive forms, verb forms, particles, verb morphology
- ``nouns``: speaker, representative, group and source nouns, nouns of federalism, time nouns
- ``adverbs``: adverbs and particles, fixed phrases
- ``endings``: endings of nouns, adjectives and names
- ``names``: particles inside names
- ``punctuation``: quote marks, clause and sentence punctuation

Open classes (names, roles, states, organisations, contact verbs and nouns, status cues) are
data under ``resources/de``.  A set that is part of a larger one is written as that part and
the larger one as their union, so that no word list is written twice (tests/test_vocabulary.py).
"""
