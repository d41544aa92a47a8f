"""Minutebook: a static site generator for a public body's meeting documents.

The pipeline runs one way: read -> clean -> split -> parse -> resolve -> render -> site.
Each stage is a module (or package) of its own and knows nothing of the stages after it.
"""

__version__ = "0.1.0"
