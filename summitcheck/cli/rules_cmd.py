"""``summitcheck rules list|show|check``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from summitcheck.cli.exits import EXIT_INPUT_ERROR
from summitcheck.errors import InputError

rules_app = typer.Typer(help="List, explain and validate rule files.", no_args_is_help=True)


def _load(folder: Optional[Path]):
    from summitcheck.rules.loader import default_rules_dir, load_rules

    try:
        return load_rules([folder or default_rules_dir()])
    except InputError as exc:
        typer.echo(f"{exc}", err=True)
        raise typer.Exit(EXIT_INPUT_ERROR)


@rules_app.command("list")
def list_rules(rules: Optional[Path] = typer.Option(None, "--rules", help="Rules folder.")) -> None:
    """Every rule: id, comparator, kinds and topics."""
    ruleset = _load(rules)
    for r in ruleset.rules:
        topics = ",".join(r.applies_to.topics) or "*"
        typer.echo(f"{r.id:22} {r.comparator:20} {','.join(r.applies_to.kinds):10} {topics}")
    typer.echo(f"topics: {', '.join(t.id for t in ruleset.vocabulary.topics)}")


@rules_app.command("show")
def show_rule(rule_id: str, rules: Optional[Path] = typer.Option(None, "--rules")) -> None:
    """What a rule checks, its parameters, and an example."""
    from summitcheck.rules.comparators import REGISTRY

    ruleset = _load(rules)
    rule = ruleset.get(rule_id)
    if rule is None:
        typer.echo(f"summitcheck: no rule {rule_id!r}; known: {', '.join(r.id for r in ruleset.rules)}", err=True)
        raise typer.Exit(EXIT_INPUT_ERROR)
    comp = REGISTRY[rule.comparator]
    typer.echo(f"{rule.id}\n\n{rule.description.strip()}\n")
    typer.echo(f"applies to: kinds {', '.join(rule.applies_to.kinds)}; topics {', '.join(rule.applies_to.topics) or 'all'}"
               + (f"; except {', '.join(rule.applies_to.exclude_topics)}" if rule.applies_to.exclude_topics else ""))
    typer.echo(f"comparator: {comp.name}: {comp.description}")
    typer.echo("parameters:")
    for key, (typ, default, meaning) in comp.params.items():
        value = rule.params.get(key, default)
        typer.echo(f"  {key} = {value!r}  ({typ.__name__}; {meaning})")
    typer.echo(f"severity: conflict={rule.severity.conflict}, agree={rule.severity.agree}, "
               f"single_source={rule.severity.single_source}")
    if rule.example:
        typer.echo(f"example: {rule.example}")


@rules_app.command("check")
def check_rules(path: Optional[Path] = typer.Argument(None, help="Rules folder (default: the shipped rules).")) -> None:
    """Validate every rule and topic file; exit 2 with file:line:col on the first problem."""
    ruleset = _load(path)
    typer.echo(f"ok: {len(ruleset.rules)} rules, {len(ruleset.vocabulary.topics)} topics in {len(ruleset.files)} files")
