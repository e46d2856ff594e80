"""The typer application: ``verify``, ``extract`` and the ``rules`` group."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from summitcheck import __version__
from summitcheck.cli.exits import EXIT_FINDINGS, EXIT_INPUT_ERROR, EXIT_OK
from summitcheck.cli.output import write_output
from summitcheck.cli.rules_cmd import rules_app
from summitcheck.errors import InputError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract checkable facts from news articles and compare them across sources.",
                  pretty_exceptions_enable=False)
app.add_typer(rules_app, name="rules")


class Format(str, Enum):
    text = "text"
    json = "json"


class FailOn(str, Enum):
    conflict = "conflict"
    warning = "warning"
    never = "never"


class ExtractFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


def fail(exc: InputError) -> None:
    typer.echo(f"summitcheck: {exc}", err=True)
    raise typer.Exit(EXIT_INPUT_ERROR)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"summitcheck {__version__}")
        raise typer.Exit()


@app.callback()
def root(version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """summitcheck: cross-source fact checking for news about one event."""


@app.command()
def verify(
    paths: list[str] = typer.Argument(..., help="Folders or files of articles (.txt, .md)."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="Report format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report here (atomically)."),
    fail_on: FailOn = typer.Option(FailOn.conflict, "--fail-on", help="Exit 1 on findings at or above this level."),
    rules: list[Path] = typer.Option([], "--rules", help="Rules folder (repeat to add folders)."),
    select: list[str] = typer.Option([], "--select", help="Only these rule ids."),
    ignore: list[str] = typer.Option([], "--ignore", help="Skip these rule ids."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to load."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Quote every claim of every finding."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Extraction processes (default: all cores)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the claim cache."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Claim cache folder (default: the user cache folder)."),
) -> None:
    """Compare the facts reported by several articles about one event."""
    from summitcheck.pipeline import verify as run_verify
    from summitcheck.report import FORMATS
    from summitcheck.rules.loader import default_rules_dir

    try:
        result = run_verify(paths, model=model, rule_dirs=_rule_dirs(rules, default_rules_dir()),
                            select=select or None, ignore=ignore or None, jobs=jobs,
                            cache_dir=cache_dir, use_cache=not no_cache)
        if not result.sources:
            raise InputError(" ".join(paths), "no readable .txt or .md articles found")
        color = fmt == Format.text and output is None and sys.stdout.isatty()
        text = FORMATS[fmt.value](result, color=color, verbose=verbose)
        write_output(text, output)
    except InputError as exc:
        fail(exc)
    raise typer.Exit(exit_code(result.findings, fail_on.value))


def _rule_dirs(given: list[Path], default: Path) -> list[Path]:
    """``--rules DIR`` replaces the shipped rules; ``--rules +DIR`` adds to them."""
    if not given:
        return [default]
    added = [Path(str(p)[1:]) for p in given if str(p).startswith("+")]
    plain = [p for p in given if not str(p).startswith("+")]
    return (plain or [default]) + added


def exit_code(findings, fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_OK
    if fail_on == "conflict":
        hit = any(f.status == "conflict" for f in findings)
    else:
        hit = any(f.status == "conflict" or f.severity in ("error", "warning") for f in findings)
    return EXIT_FINDINGS if hit else EXIT_OK


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Folders or files of articles."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.table, "--format", "-f"),
    output: Optional[Path] = typer.Option(None, "--output", "-o"),
    rules: list[Path] = typer.Option([], "--rules"),
    model: Optional[str] = typer.Option(None, "--model"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Extraction processes (default: all cores)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the claim cache."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Claim cache folder."),
) -> None:
    """Print the claims read from each article (jsonl: one claim per line)."""
    from summitcheck.cli.extract_cmd import render_claims
    from summitcheck.pipeline import run_extract
    from summitcheck.rules.loader import default_rules_dir, load_rules

    try:
        ruleset = load_rules(_rule_dirs(rules, default_rules_dir()))
        sources, skipped, claims, _, _ = run_extract(paths, model=model, rules=ruleset, jobs=jobs,
                                                     cache_dir=cache_dir, use_cache=not no_cache)
        if not sources:
            raise InputError(" ".join(paths), "no readable .txt or .md articles found")
        write_output(render_claims(sources, skipped, claims, fmt.value), output)
    except InputError as exc:
        fail(exc)
