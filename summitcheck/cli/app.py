"""The typer application: ``verify``, ``extract`` and the ``rules`` group."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from summitcheck import __version__
from summitcheck.cli.exits import EXIT_FINDINGS, EXIT_INPUT_ERROR, EXIT_OK
from summitcheck.cli.output import atomic_write, write_output
from summitcheck.cli.explain_cmd import explain
from summitcheck.cli.rules_cmd import rules_app
from summitcheck.errors import InputError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract checkable facts from news articles and compare them across sources.",
                  pretty_exceptions_enable=False)
app.add_typer(rules_app, name="rules")
app.command("explain")(explain)


class Format(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    html = "html"


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
    fmt: Optional[Format] = typer.Option(None, "--format", "-f", help="Report format [default: text]."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report here (atomically)."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 on findings at or above this level [default: conflict]."),
    rules: list[Path] = typer.Option([], "--rules", help="Rules folder (repeat to add folders)."),
    select: list[str] = typer.Option([], "--select", help="Only these rule ids."),
    ignore: list[str] = typer.Option([], "--ignore", help="Skip these rule ids."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to load."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Quote every claim of every finding."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Extraction processes (default: all cores)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the claim cache."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Claim cache folder (default: the user cache folder)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Text: only the summary line; nothing on stderr."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Hide the findings recorded in this baseline file."),
    write_baseline: Optional[Path] = typer.Option(None, "--write-baseline", help="Record the current findings in this file."),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (default: found from the bundle)."),
) -> None:
    """Compare the facts reported by several articles about one event."""
    from summitcheck.cli.config import config_for
    from summitcheck.pipeline import verify as run_verify
    from summitcheck.report import FORMATS
    from summitcheck.report.baseline import apply_baseline, baseline_json, load_baseline, stale_lines
    from summitcheck.report.progress import progress_bar
    from summitcheck.rules.loader import default_rules_dir

    try:
        cfg = config_for(paths, config)
        s = cfg.settings
        fmt_name = fmt.value if fmt else (s.format or "text")
        fail_level = fail_on.value if fail_on else (s.fail_on or "conflict")
        known = load_baseline(baseline) if baseline else None
        with progress_bar(quiet=quiet) as progress:
            result = run_verify(paths, model=model or s.model,
                                rule_dirs=_rule_dirs(rules or cfg.rule_dirs(), default_rules_dir()),
                                select=select or s.select or None, ignore=ignore or s.ignore or None,
                                jobs=jobs or s.jobs, cache_dir=cache_dir, use_cache=not no_cache,
                                progress=progress)
        if not result.sources:
            raise InputError(" ".join(paths), "no readable .txt or .md articles found")
        if write_baseline:
            atomic_write(write_baseline, baseline_json(result))
        if known is not None:
            result = apply_baseline(result, known, str(baseline))
            if not quiet:
                for line in stale_lines(result.baseline):
                    typer.echo(f"summitcheck: {line}", err=True)
        color = fmt_name == "text" and output is None and sys.stdout.isatty()
        text = FORMATS[fmt_name](result, color=color, verbose=verbose)
        if quiet and fmt_name == "text":
            text = text.splitlines(keepends=True)[0]
        write_output(text, output)
    except InputError as exc:
        fail(exc)
    raise typer.Exit(exit_code(result.findings, fail_level))


def _rule_dirs(given: list[Path], default: Path) -> list[Path]:
    """``--rules DIR`` replaces the shipped rules; ``--rules +DIR`` adds to them."""
    if not given:
        return [default]
    added = [Path(str(p)[1:]) for p in given if str(p).startswith("+")]
    plain = [p for p in given if not str(p).startswith("+")]
    return (plain or [default]) + added


def exit_code(findings, fail_on: str) -> int:
    from summitcheck.report.sarif import reported

    if fail_on == "never":
        return EXIT_OK
    if fail_on == "conflict":
        hit = any(f.status == "conflict" for f in findings)
    else:
        hit = any(reported(f) for f in findings)  # what SARIF, github and baselines report
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

    from summitcheck.cli.config import config_for

    try:
        cfg = config_for(paths)
        ruleset = load_rules(_rule_dirs(rules or cfg.rule_dirs(), default_rules_dir()))
        sources, skipped, claims, _, _ = run_extract(paths, model=model or cfg.settings.model, rules=ruleset,
                                                     jobs=jobs or cfg.settings.jobs,
                                                     cache_dir=cache_dir, use_cache=not no_cache)
        if not sources:
            raise InputError(" ".join(paths), "no readable .txt or .md articles found")
        write_output(render_claims(sources, skipped, claims, fmt.value), output)
    except InputError as exc:
        fail(exc)
