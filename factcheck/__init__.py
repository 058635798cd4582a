"""factcheck: cross-document fact consistency checking for Arabic news."""

__version__ = "0.1.0"

__all__ = ["__version__", "check_corpus"]


def __getattr__(name: str):  # lazy: importing the package must not load spaCy or camel-tools
    if name == "check_corpus":
        from factcheck.api import check_corpus

        return check_corpus
    raise AttributeError(name)
