"""The error catalogue: coded messages."""
from __future__ import annotations

from extractor.errors import Errors


def test_errors_messages_lead_with_their_code():
    codes = [name for name in vars(Errors) if name[:1] == "E" and name[1:].isdigit()]
    assert codes and all(getattr(Errors, code).startswith(f"[{code}] ") for code in codes)
    assert Errors.E503.format(form="Treffen") == "[E503] contact_nouns.tsv: form 'Treffen' listed twice (give each form one row)"
