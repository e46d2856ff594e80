"""Allow ``python -m summitcheck``."""

from summitcheck.cli import main

main()
