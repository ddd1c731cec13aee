"""Write ``extractor/resources/de/surnames_faker.txt``: surnames from the Faker package.

Faker (https://github.com/joke2k/faker, MIT licence, Copyright (c) 2012 Daniele
Faraglia) ships lists of surnames per locale.  This script reads those of the locales
``first_names_from_faker.py`` reads (Latin script, and Faker's Latin transliterations of
Russian and Ukrainian) and keeps a surname when it has a name's shape (a capital, then
letters; a hyphen or apostrophe inside) and three letters at least, and is no month,
weekday, role, state, city or organisation and not listed in ``non_names.txt``.

Unlike the given names, surnames that are also German words stay ("Müller", "Richter",
"Koch"): the list is read only where the sentence already shows a person's slot (a
bare word beside a verb of saying: "sagte Richter"), not to find names by the word alone.

Usage: ``python scripts/surnames_from_faker.py FAKER_DIR [OUT]`` where FAKER_DIR holds
the unpacked wheel (the folder with ``faker/``).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from first_names_from_faker import NAME_SHAPE, SURNAME_ATTRIBUTES, closed_words, faker_names  # noqa: E402

HEADER = """\
# Surnames from the Faker package, one a line. A bare capitalised word in a person's slot
# that German grammar marks (the subject beside a verb of saying: "sagte Richter",
# "Hoffmann erklärte") is a person's surname when this list has it, even where the word is
# also a German noun or looks like a compound ("Richter", "Hoffmann"); elsewhere the list
# finds nothing by itself.
#
# Source: Faker 40.63.0 (https://github.com/joke2k/faker), the person providers of
# its Latin-script locales (de_*, en*, fr_*, it_IT, es*, pt_*, nl_*, pl_PL, cs_CZ,
# sk_SK, hu_HU, hr_HR, sl_SI, tr_TR, ro_RO, sv_SE, no_NO, da_DK, fi_FI) and its Latin
# transliterations of ru_RU and uk_UA.
# Licence: MIT. Copyright (c) 2012 Daniele Faraglia. The licence text is in NOTICE.md
# beside this file.
#
# Written by scripts/surnames_from_faker.py, which keeps names of a name's shape, three
# letters at least, and leaves out months, weekdays, roles, states, cities, organisations
# and the words of non_names.txt. Do not edit by hand: edit the script and run it again.
# Examples: "Hoffmann", "Kowalski", "Rossi".
"""


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    folder = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "extractor" / "resources" / "de" / "surnames_faker.txt"
    names = faker_names(folder, SURNAME_ATTRIBUTES)
    closed = closed_words()
    kept = sorted(n for n in names if len(n) >= 3 and NAME_SHAPE.match(n) and n not in closed)
    out.write_text(HEADER + "".join(f"{n}\n" for n in kept), encoding="utf-8")
    print(f"{len(names)} Faker surnames, {len(kept)} written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
