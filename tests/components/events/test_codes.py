"""Step 9: CAMEO and PLOVER codes."""
from __future__ import annotations

import pytest

from extractor.components.events import event_codes


@pytest.mark.parametrize("etype,status,mode,frame,n,cameo,pmode", [
    ("call", "occurred", "phone", "symmetric", 2, "041", "phone"),
    ("meeting", "occurred", "none", "visit", 2, "042", "visit"),
    ("meeting", "occurred", "host", "host", 2, "043", "host"),
    ("meeting", "occurred", "summit", "symmetric", 3, "044", "multilateral"),
    ("talk", "occurred", "none", "symmetric", 2, "040", "unspecified"),
    ("meeting", "planned", "none", "symmetric", 2, "036", "third-party"),
    ("talk", "negated", "none", "symmetric", 2, "125", "unspecified"),
])
def test_events_cameo_and_plover_codes(etype, status, mode, frame, n, cameo, pmode):
    assert event_codes(etype, status, mode, frame, n) == (cameo, "CONSULT", pmode)
