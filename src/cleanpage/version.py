"""The version of cleanpage, in a module of its own so that any module can name it
without importing the package's `__init__` (whose import runs up the module graph)."""

__version__ = "0.1.0"
