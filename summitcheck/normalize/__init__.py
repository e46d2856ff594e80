"""Pure normalisers: text in, value out, never an exception.

They sit below every stage (ingest reads datelines with them, extract reads claims with
them) and import nothing from the rest of the package, so they can be tested on their own.
"""
