"""extractor: contact events (calls, meetings, talks, letters) from German news."""
from .version import __version__

__all__ = ["Extractor", "__version__"]


def __getattr__(name):
    # Lazy, so that ``import extractor`` (and ``extract --version``) stay fast.
    if name == "Extractor":
        from .api import Extractor
        return Extractor
    raise AttributeError(name)
