"""newslint's version, in a module of its own so anything can read it without loading the package's
public API (the pack-term memo names its cache file by it)."""

__version__ = "0.1.0"
