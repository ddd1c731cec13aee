"""Write ``extractor/resources/de/given_name_sex.tsv``: given names with the sex they tell.

Faker (https://github.com/joke2k/faker, MIT licence, Copyright (c) 2012 Daniele
Faraglia) ships, per locale, lists of male and of female given names.  This script reads
them for the locales ``first_names_from_faker.py`` reads (Latin script, and Faker's Latin
transliterations of Russian and Ukrainian) and keeps a name when every locale that lists
it lists it for one sex only: a name that one locale gives to men and another to women
("Andrea": Italian men, German women), or that a locale lists as given to both
(``first_names_nonbinary`` / ``first_names_unisex`` beyond its male and female lists:
"Dominique"), is left out.  A name must have a name's shape (a capital, then letters; a
hyphen or apostrophe inside).  The German-word filters of the given-name list do not apply:
the table is read only for the first word of a name already known to be a person's.

Usage: ``python scripts/given_name_sex_from_faker.py FAKER_DIR [OUT]`` where FAKER_DIR holds
the unpacked wheel (the folder with ``faker/``).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from first_names_from_faker import NAME_SHAPE, faker_names  # noqa: E402

UNISEX_ATTRIBUTES = ("first_names_nonbinary", "first_names_unisex")

HEADER = """\
# Given names with the sex they tell, one a row: sex m (a man's name) or f (a woman's).
# A person named without a role ("Werner Faymann", "Angela Merkel") is a man or a woman
# by the first word of the name when this table has it, so "er" and "sie" can find the
# person ("Faymann traf Merkel. Er sagte ..."); a role ("Kanzlerin") wins over the name,
# and a name not listed leaves the sex unknown.
#
# Source: Faker 40.63.0 (https://github.com/joke2k/faker), the first_names_male and
# first_names_female lists of the person providers of its Latin-script locales (de_*,
# en*, fr_*, it_IT, es*, pt_*, nl_*, pl_PL, cs_CZ, sk_SK, hu_HU, hr_HR, sl_SI, tr_TR,
# ro_RO, sv_SE, no_NO, da_DK, fi_FI) and its Latin transliterations of ru_RU and uk_UA.
# Licence: MIT. Copyright (c) 2012 Daniele Faraglia. The licence text is in NOTICE.md
# beside this file.
#
# Written by scripts/given_name_sex_from_faker.py, which keeps a name only when all the
# locales that list it agree on its sex ("Andrea", male in Italy and female in Germany,
# is left out, as are the names a locale lists as given to both). Do not edit by hand:
# edit the script and run it again.
# Example rows: "Werner<TAB>m", "Angela<TAB>f".
name	sex
"""


def sex_table(folder: Path) -> dict[str, str]:
    """name -> "m" or "f", for the names all listing locales give one sex."""
    male = faker_names(folder, ("first_names_male",))
    female = faker_names(folder, ("first_names_female",))
    # a locale's unisex list repeats its male and female names: only a name beyond them is both
    both = faker_names(folder, UNISEX_ATTRIBUTES)
    out = {}
    for name in set(male) | set(female):
        if not NAME_SHAPE.match(name) or name in male and name in female:
            continue
        if both.get(name, set()) - male.get(name, set()) - female.get(name, set()):
            continue
        out[name] = "m" if name in male else "f"
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    folder = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "extractor" / "resources" / "de" / "given_name_sex.tsv"
    table = sex_table(folder)
    out.write_text(HEADER + "".join(f"{n}\t{table[n]}\n" for n in sorted(table)), encoding="utf-8")
    from extractor.resources import DATA_DIR, load_lines
    listed = load_lines("first_names.txt", root=DATA_DIR)
    print(f"{len(table)} names written to {out} ({sum(1 for n in table if table[n] == 'f')} f); "
          f"first_names.txt: {len(listed & set(table))} of {len(listed)} covered")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
