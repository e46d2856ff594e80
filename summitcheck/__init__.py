"""summitcheck: extract checkable facts from news articles and compare them across sources."""

__version__ = "0.1.0"
