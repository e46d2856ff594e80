"""Exit codes, as named constants (see product.md)."""

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT_ERROR = 2
