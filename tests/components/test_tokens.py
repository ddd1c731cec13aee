"""The per-Doc token table: the same answers as spaCy's Token and Doc attributes."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractor.components import tokens
from extractor.components.tokens import TokenTable, token_table

TEXT = ("Bundeskanzler Olaf Scholz hat am Montag  mit Macron telefoniert.\n\n"
        "„Wir sprachen über 3,5 Mrd. Euro“, sagte er. Ende März 2023 folgt ein Treffen.  ")


def test_token_table_matches_token_attributes(nlp):
    doc = nlp(TEXT)
    table = TokenTable(doc)
    assert table.n == len(doc)
    assert table.text == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.idx == [t.idx for t in doc]
    assert table.end == [t.idx + len(t.text) for t in doc]
    assert table.is_punct == [t.is_punct for t in doc]
    assert table.is_space == [t.is_space for t in doc]
    assert table.is_alpha == [t.is_alpha for t in doc]
    assert table.ws == [t.whitespace_ for t in doc]
    assert table.doc_text == doc.text == TEXT
    assert table.lemma == [t.lemma_ for t in doc]


def test_token_table_sentences_match_doc_sents(nlp):
    doc = nlp(TEXT)
    table = token_table(doc)
    assert table.has_sents
    assert table.sents == [(s.start, s.end) for s in doc.sents]
    assert table.is_sent_start == [bool(t.is_sent_start) for t in doc]
    assert all(s <= i < e for i, (s, e) in ((i, table.sents[k]) for i, k in enumerate(table.sent_of)))
    first = doc[table.sents[1][0]: table.sents[1][1]]
    assert table.sent_chars(*table.sents[1]) == (first.start_char, first.end_char)


def test_token_table_without_sentences_and_empty_doc():
    vocab = spacy.blank("de").vocab
    doc = Doc(vocab, words=["Scholz", "telefonierte", "."], spaces=[True, False, False])
    table = TokenTable(doc)
    assert not table.has_sents  # only the first token is a known sentence start
    assert table.is_sent_start == [bool(t.is_sent_start) for t in doc] == [True, False, False]
    empty_doc = Doc(vocab, words=[])
    empty = TokenTable(empty_doc)
    assert empty.n == 0 and empty.text == [] and empty.idx == [] and empty.doc_text == ""


def test_token_table_is_rebuilt_after_new_sentence_starts():
    vocab = spacy.blank("de").vocab
    doc = Doc(vocab, words=["Er", "kam", ".", "Sie", "ging", "."], sent_starts=[True, False, False, False, False, False])
    first = token_table(doc)
    assert token_table(doc) is first and first.sents == [(0, 6)]
    doc[3].is_sent_start = True
    again = token_table(doc)
    assert again is not first and again.sents == [(0, 3), (3, 6)]


def test_token_table_char_offsets_to_tokens(nlp):
    doc = nlp("Scholz traf Macron.")
    table = token_table(doc)
    assert table.token_by_char(0) == 0 and table.token_by_char(6) == 0  # the space after "Scholz"
    assert table.token_by_char(100) == -1 and table.token_by_char(-1) == -1
    span = doc.char_span(7, 18, alignment_mode="expand")
    assert table.char_span_expand(7, 18) == (span.start, span.end)


def test_token_table_lexeme_memo_is_bounded(monkeypatch, nlp):
    monkeypatch.setattr(tokens, "_LEXEME_MEMO_LIMIT", 3)
    monkeypatch.setattr(tokens, "_LEXEME_MEMO", {})
    table = TokenTable(nlp.make_doc("Eins zwei drei vier fünf sechs sieben acht"))
    assert table.text == "Eins zwei drei vier fünf sechs sieben acht".split()
    TokenTable(nlp.make_doc("neun zehn elf zwölf"))
    assert len(tokens._LEXEME_MEMO["de"]) <= 3 + 8  # cleared once it had grown past the limit


def test_token_table_memo_is_kept_per_language():
    german = TokenTable(spacy.blank("de").make_doc("Das ist gut."))
    english = TokenTable(spacy.blank("en").make_doc("That is good."))
    assert german.text == ["Das", "ist", "gut", "."] and english.text == ["That", "is", "good", "."]
    assert {"de", "en"} <= set(tokens._LEXEME_MEMO)


def test_word_table_leaves_out_blank_tokens(nlp):
    from extractor.components.tokens import WordTable, word_table
    text = "Gestern trat Helmut  Kukacka vor die   Presse.\nDann ging er."
    doc = nlp(text)
    words = word_table(doc)
    assert isinstance(words, WordTable)
    assert " " not in words.text and "  " not in words.text and "\n" in words.text  # a line break stays
    k = words.text.index("Kukacka")
    assert words.text[k - 1] == "Helmut" and words.ws[k - 1] == " "
    assert (words.idx[k], words.end[k]) == (text.index("Kukacka"), text.index("Kukacka") + 7)
    assert [doc[words.doc_index[j]].text for j in range(words.n)] == words.text
    assert words.word_of(words.doc_index[k]) == k
    assert words.doc_text == text
    assert words.sents[-1][1] == words.n


def test_word_table_is_the_token_table_without_blanks(nlp):
    from extractor.components.tokens import word_table
    doc = nlp("Olaf Scholz traf Emmanuel Macron.\nDann reiste er ab.")
    assert word_table(doc) is token_table(doc)
