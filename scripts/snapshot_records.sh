#!/usr/bin/env bash
# Records of every text the project scores on, for a byte-identical check across a restructuring:
#   bash scripts/snapshot_records.sh OUTDIR     (then: diff -r OUTDIR_before OUTDIR_after)
# Texts: corpus/articles, corpus/heldout/articles, corpus/real/articles (when present), and the
# shared real news (derStandard/APA) when ../shared is beside the checkout.
set -euo pipefail
out=${1:?usage: snapshot_records.sh OUTDIR}
mkdir -p "$out"
cd "$(dirname "$0")/.."
run() { python -m extractor "$2" -o "$out/$1.jsonl" --workers 1 --quiet; }   # this tree's code
run corpus corpus/articles
run heldout corpus/heldout/articles
[ -d corpus/real/articles ] && run real corpus/real/articles
[ -d ../shared/real-news/derstandard ] && run derstandard ../shared/real-news/derstandard
ls -l "$out"
