"""``summitcheck rules list|show|check``.

A folder given as ``+DIR`` is read on top of the shipped rules, as ``verify --rules +DIR``
does, so an add-on folder that names shipped topics can be checked as it will be used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from summitcheck.cli.exits import EXIT_INPUT_ERROR
from summitcheck.errors import InputError

rules_app = typer.Typer(help="List, explain and validate rule files.", no_args_is_help=True)

DOCS = "docs/rules.md"


def _folders(given: Optional[Path]) -> list[Path]:
    from summitcheck.rules.loader import default_rules_dir

    if given is None:
        return [default_rules_dir()]
    if str(given).startswith("+"):
        return [default_rules_dir(), Path(str(given)[1:])]
    return [given]


def _load(folder: Optional[Path]):
    from summitcheck.rules.loader import load_rules

    try:
        return load_rules(_folders(folder))
    except InputError as exc:
        typer.echo(f"{exc}", err=True)
        raise typer.Exit(EXIT_INPUT_ERROR)


@rules_app.command("list")
def list_rules(rules: Optional[Path] = typer.Option(None, "--rules", help="Rules folder (+DIR: added to the shipped rules).")) -> None:
    """Every rule: id, comparator, kinds and topics."""
    ruleset = _load(rules)
    for r in ruleset.rules:
        topics = ",".join(r.applies_to.topics) or "*"
        typer.echo(f"{r.id:22} {r.comparator:20} {','.join(r.applies_to.kinds):10} {topics}")
    typer.echo(f"topics: {', '.join(t.id for t in ruleset.vocabulary.topics)}")


@rules_app.command("show")
def show_rule(rule_id: str, rules: Optional[Path] = typer.Option(None, "--rules", help="Rules folder (+DIR: added to the shipped rules).")) -> None:
    """What a rule checks, its parameters, and an example."""
    from summitcheck.rules.comparators import REGISTRY

    ruleset = _load(rules)
    rule = ruleset.get(rule_id)
    if rule is None:
        typer.echo(f"summitcheck: no rule {rule_id!r}; known: {', '.join(r.id for r in ruleset.rules)}", err=True)
        raise typer.Exit(EXIT_INPUT_ERROR)
    comp = REGISTRY[rule.comparator]
    at = rule.applies_to
    typer.echo(f"{rule.id}\n\n{rule.description.strip()}\n")
    typer.echo(f"applies to: kinds {', '.join(at.kinds)}; topics {', '.join(at.topics) or 'all'}"
               + (f"; except {', '.join(at.exclude_topics)}" if at.exclude_topics else ""))
    typer.echo(f"comparator: {comp.name}: {comp.description}")
    typer.echo("parameters:")
    for key, (typ, default, meaning) in comp.params.items():
        value = rule.params.get(key, default)
        origin = "set by the rule" if key in rule.params else "default"
        typer.echo(f"  {key} = {value!r}  ({typ.__name__}, {origin}; {meaning})")
    if not comp.params:
        typer.echo("  (none)")
    typer.echo(f"severity: conflict={rule.severity.conflict}, agree={rule.severity.agree}, "
               f"single_source={rule.severity.single_source}")
    typer.echo("messages:")
    for status in ("agree", "conflict", "single_source"):
        typer.echo(f"  {status}: {getattr(rule.message, status)}")
    typer.echo(f"example: {rule.example.strip() if rule.example else f'see {DOCS}, section {rule.id}'}")


@rules_app.command("check")
def check_rules(path: Optional[Path] = typer.Argument(
        None, help="Rules folder or one file (default: the shipped rules; +DIR: added to them).")) -> None:
    """Validate every rule and topic file; exit 2 with file:line:col on the first problem."""
    if path is not None and path.is_file():
        from summitcheck.rules.loader import check_file

        try:
            what = check_file(path)
        except InputError as exc:
            typer.echo(f"{exc}", err=True)
            raise typer.Exit(EXIT_INPUT_ERROR)
        typer.echo(f"ok: {path} ({what})")
        return
    ruleset = _load(path)
    typer.echo(f"ok: {len(ruleset.rules)} rules, {len(ruleset.vocabulary.topics)} topics in {len(ruleset.files)} files")
