"""Write the GermEval 2014 sentence set `corpus/real/germeval/` (one sentence per article).

GermEval 2014 (../shared/ner/) holds 6,000 single sentences from German news sites
and Wikipedia, each with its source and crawl date. Real sentences nobody here
wrote, from many outlets: a second yardstick beside the derStandard articles,
for sentence-level contact events and for false alarms on isolated sentences.

Selection (fixed before any rule was studied against it):

- *with contact vocabulary*: every sentence matching CONTACT_WORDS of
  ``select_real_news.py`` or TALK_WORDS below (talking verbs with a partner that
  the article vocabulary left out);
- *without*: every 40th of the other sentences, by their number (the test for
  false alarms).

Each sentence is numbered in file order (dev file first, then the test part);
``germeval-NNNN.txt`` holds the sentence, detokenised, under a header line
`` date YYYY-MM-DD`` with the crawl date as ``published``.
Split: number divisible by 3 -> ``frozen``, else ``dev``.

Usage: ``python scripts/select_germeval.py ../shared/ner corpus/real/germeval``
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from select_real_news import CONTACT_WORDS, split_of  # noqa: E402

TALK_WORDS = re.compile(
    r"\b(sprach|sprachen|gesprochen|redete|redeten|geredet|beriet|berieten|beraten)\b"
    r"|[Kk]onferier|[Kk]ontakt|E-Mail|\bMail\b|\bschrieb\w*\b.*\ban\b|[Ee]inladung|eingeladen|lud\b"
    r"|zusammen(ge)?(kommen|troffen|setzen)|[Uu]nterhielt|[Dd]ialog|[Aa]ustausch"
)
FILES = ("germeval2014-dev.tsv", "germeval2014-test-part.tsv")
EVERY_NTH_WITHOUT = 40
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "%"}
NO_SPACE_AFTER = {"(", "[", "„"}


def sentences(folder: Path):
    """(source, date, tokens) for every sentence of the GermEval files, in file order."""
    for name in FILES:
        source = date = None
        tokens: list[str] = []
        for line in (folder / name).open(encoding="utf-8"):
            if line.startswith("#"):
                fields = line.rstrip("\n").split("\t")
                source, date = fields[1], fields[2].strip("[]")
                tokens = []
            elif not line.strip():
                if tokens:
                    yield source, date, tokens
                tokens = []
            else:
                tokens.append(line.split("\t")[1])


def detokenise(tokens: list[str]) -> str:
    """Join tokens as printed text; straight quotes alternate between opening and closing."""
    out: list[str] = []
    quote_open = False
    glue = True
    for token in tokens:
        if token == '"':
            if quote_open:
                out.append(token)
                glue = False
            else:
                if not glue:
                    out.append(" ")
                out.append(token)
                glue = True
            quote_open = not quote_open
            continue
        if not glue and token not in NO_SPACE_BEFORE:
            out.append(" ")
        out.append(token)
        glue = token in NO_SPACE_AFTER
    return "".join(out)


def main(folder: Path, target: Path) -> None:
    rows = ["file\tnumber\tsource\tpublished\tvocabulary\tsplit"]
    without_seen = 0
    for number, (source, date, tokens) in enumerate(sentences(folder), start=1):
        text = detokenise(tokens)
        has_words = bool(CONTACT_WORDS.search(text) or TALK_WORDS.search(text))
        if not has_words:
            without_seen += 1
            if without_seen % EVERY_NTH_WITHOUT:
                continue
        name = f"germeval-{number:04d}.txt"
        split = split_of(number)
        articles = target / split / "articles"
        articles.mkdir(parents=True, exist_ok=True)
        (articles / name).write_text(f" date {date}\n\n{text}\n", encoding="utf-8")
        rows.append(f"{name}\t{number}\t{source}\t{date}\t{'yes' if has_words else 'no'}\t{split}")
    (target / "SELECTION.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
