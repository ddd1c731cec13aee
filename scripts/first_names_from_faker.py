"""Write ``extractor/resources/de/first_names_faker.tsv``: given names from the Faker package.

Faker (https://github.com/joke2k/faker, MIT licence, Copyright (c) 2012 Daniele
Faraglia) ships lists of given names per locale.  This script reads those of the
Latin-script locales whose names German news meets (German, English, Romance,
Dutch, Scandinavian, Central European, Turkish) and the Latin transliterations
Faker gives for Russian and Ukrainian, and keeps a name only when it cannot be
read as a German word:

* not already in ``first_names.txt`` or ``family_names_first.txt`` (the hand-made lists
  keep their own decisions: "Kim" stays a family name);
* three letters at least, letters (hyphen, apostrophe) only, one word;
* its lower-case form is no German word form ("Will": will, "Urban": urban);
* it is no inflected form of another German word ("Tage", "Male") and no noun with
  inflected forms of its own ("Rose": Rosen, "Art": Arten, "Linde": Linden);
* it is no month, weekday, role, state, city or organisation, and not listed in
  ``non_names.txt``;
* where the German lemma table knows the capitalised word at all (a place such as
  "Kiel", a noun such as "Baby", a surname such as "Clinton" or a given name such
  as "Adolf"), only the names of Faker's German-language locales are kept;
* it is no common English word (Faker's English lorem list: "Chance", "Hope",
  "Line"), as English titles and company names stand capitalised in German text.

A name that Faker also lists as a surname (in any locale: "Walker", "Lula") is marked
``also_surname``: such a name starts a person's name but is no given name further
inside one ("Carmen Walker Späh", "Luiz Inácio Lula da Silva").

Usage: ``python scripts/first_names_from_faker.py FAKER_DIR [OUT]`` where FAKER_DIR
holds the unpacked wheel (the folder with ``faker/``).
"""
from __future__ import annotations

import importlib
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LOCALES = re.compile(r"^(de_|en|fr_|it_IT|es|pt_|nl_|pl_PL|cs_CZ|sk_SK|hu_HU|hr_HR|sl_SI|tr_TR|ro_RO|sv_SE|"
                     r"no_NO|da_DK|fi_FI|ru_RU|uk_UA)")
GERMAN_LOCALES = ("de_",)
NAME_SHAPE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ɏ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿĀ-ɏ]+)*$")
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female")
SURNAME_ATTRIBUTES = ("last_names", "last_names_male", "last_names_female", "last_names_unisex", "unisex_last_names",
                      "male_last_names", "last_names_common", "last_names_without_suffix")

HEADER = """\
# Given names from the Faker package, one a row, read together with first_names.txt. A
# capitalised token in this list followed by another capitalised token starts a person
# name ("Errol Joseph", "Bolko Hoffmann"). also_surname = yes: Faker lists the name as a
# surname too ("Walker"); it starts a name but is no given name further inside one
# ("Carmen Walker Späh": given name Carmen, surname Walker Späh).
#
# Source: Faker 40.63.0 (https://github.com/joke2k/faker), the person providers of
# its Latin-script locales (de_*, en*, fr_*, it_IT, es*, pt_*, nl_*, pl_PL, cs_CZ,
# sk_SK, hu_HU, hr_HR, sl_SI, tr_TR, ro_RO, sv_SE, no_NO, da_DK, fi_FI) and its Latin
# transliterations of ru_RU and uk_UA.
# Licence: MIT. Copyright (c) 2012 Daniele Faraglia. The licence text is in NOTICE.md
# beside this file.
#
# Written by scripts/first_names_from_faker.py, which leaves out the names already in
# first_names.txt or family_names_first.txt and every name that is also a German word
# (a lower-case word form, an inflected noun, a month, weekday, role, state, city or
# organisation), a word the German lemma table knows unless Faker lists it for a
# German-language locale, and common English words. Do not edit by hand: edit the
# script and run it again.
# Example rows: "Errol<TAB>no", "Walker<TAB>yes".
name	also_surname
"""


def faker_names(folder: Path, attributes: tuple[str, ...] = ATTRIBUTES) -> dict[str, set[str]]:
    """name -> the locales that list it (as a given name, or under ``attributes``)."""
    sys.path.insert(0, str(folder))
    import pkgutil

    import faker.providers.person as person
    names: dict[str, set[str]] = defaultdict(set)
    for info in pkgutil.iter_modules(person.__path__):
        if not LOCALES.match(info.name):
            continue
        module = importlib.import_module(f"faker.providers.person.{info.name}")
        translit = getattr(module, "translit", None)
        for attribute in attributes:
            value = getattr(module.Provider, attribute, ())
            if not isinstance(value, (tuple, list, dict)):
                continue  # a property computing names from the others
            for name in value:
                names[translit(name) if translit else name].add(info.name)
    return names


def english_words(folder: Path) -> frozenset[str]:
    module = importlib.import_module("faker.providers.lorem.en_US")
    return frozenset(w.lower() for w in module.Provider.word_list)


def german_words() -> tuple[dict[str, str], dict[str, set[str]]]:
    """The lemma table (form -> lemma) and its reverse (lemma -> forms)."""
    from extractor.resources import DATA_DIR, load_table
    from extractor.resources.lemma_store import read_spacy_table, spacy_table_path
    table = read_spacy_table(spacy_table_path())
    table.update((row["form"], row["lemma"]) for row in load_table("lemma_overrides.tsv", key="form", root=DATA_DIR))
    forms: dict[str, set[str]] = defaultdict(set)
    for form, lemma in table.items():
        forms[lemma].add(form)
    return table, forms


def closed_words() -> frozenset[str]:
    """Months, weekdays, roles' forms, states, cities, organisations and the non-names."""
    from extractor.components.actors.lexicon import lexicon
    from extractor.resources import DATA_DIR, load_table
    lex = lexicon()
    months = {row["form"].capitalize() for row in load_table(
        "times/normalization/normMonth.tsv", key="form", root=DATA_DIR)}
    phrases = {key[0] for key in lex.phrases}
    return frozenset(months | phrases | set(lex.role_forms) | set(lex.country_adj) | lex.non_names
                     | lex.family_first)


def keep(name: str, locales: set[str], table: dict[str, str], forms: dict[str, set[str]],
         closed: frozenset[str], english: frozenset[str], listed: frozenset[str]) -> bool:
    if name in listed or len(name) < 3 or not NAME_SHAPE.match(name) or name in closed:
        return False
    if name.lower() in table or name.lower() in forms or name.lower() in english:
        return False
    if table.get(name, name) != name:
        return False  # a form of another word
    if forms.get(name, set()) - {name, name + "s", name + "es", name + "'"}:
        return False  # a noun with plural or case forms: a name takes only the genitive -s
    known = name in table or name in forms
    return not known or any(loc.startswith(GERMAN_LOCALES) for loc in locales)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    folder = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "extractor" / "resources" / "de" / "first_names_faker.tsv"
    from extractor.resources import DATA_DIR, load_lines
    listed = load_lines("first_names.txt", root=DATA_DIR)
    names = faker_names(folder)
    surnames = faker_names(folder, SURNAME_ATTRIBUTES)
    table, forms = german_words()
    closed, english = closed_words(), english_words(folder)
    kept = sorted(n for n, locs in names.items() if keep(n, locs, table, forms, closed, english, listed))
    rows = "".join(f"{n}\t{'yes' if n in surnames else 'no'}\n" for n in kept)
    out.write_text(HEADER + rows, encoding="utf-8")
    print(f"{len(names)} Faker names, {len(kept)} written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
