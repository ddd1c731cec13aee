"""The package version, read by the pipeline metadata and `extract --version` (a module of its own, so
that they need not import the package facade, which imports them)."""
__version__ = "0.1.0"
