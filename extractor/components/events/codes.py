"""Step 9, codes: the CAMEO code and the PLOVER type and mode of an event."""
from __future__ import annotations


def event_codes(etype: str, status: str, mode: str, frame: str, n: int) -> tuple[str, str, str]:
    """CAMEO code, PLOVER type and PLOVER mode of an event.

    CAMEO: 041 discuss by telephone, 042 make a visit, 043 host a visit, 044 meet at a
    third location, 040 consult (unspecified), 036 express intent to meet or
    negotiate (planned, proposed, possible), 125 reject a proposal to meet (negated).
    """
    if status in ("planned", "proposed", "possible"):
        cameo = "036"
    elif status == "negated":
        cameo = "125"
    elif etype == "call":
        cameo = "041"
    elif etype == "meeting":
        cameo = {"visit": "042", "host": "043"}.get(frame if frame in ("visit", "host") else mode, "044")
    else:
        cameo = "040"
    if etype == "call":
        pmode = "phone"
    elif etype == "meeting":
        pmode = ("visit" if "visit" in (frame, mode) else "host" if "host" in (frame, mode)
                 else "multilateral" if n > 2 or mode == "summit" else "third-party")
    elif etype == "correspondence":
        pmode = "correspondence"
    else:
        pmode = "unspecified"
    return cameo, "CONSULT", pmode
