"""Settings from ``summitcheck.toml`` or ``[tool.summitcheck]`` in ``pyproject.toml``.

The search starts at the bundle folder (the first path given, or its folder for a file)
and walks up to the first folder holding a ``summitcheck.toml`` or a ``pyproject.toml``
with a ``[tool.summitcheck]`` table; in one folder ``summitcheck.toml`` wins. Rules
folders are relative to the config file. Command-line flags win over the file. A bad file
is reported as ``file: key: problem`` (exit 2).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, ValidationError, field_validator

from summitcheck.errors import InputError

CONFIG_NAME = "summitcheck.toml"


class Settings(BaseModel):
    """The keys a config file may set; unknown keys are errors, so typos are caught."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    rules: list[str] = Field(default_factory=list, title="rules folders; '+DIR' adds to the shipped rules")
    fail_on: Literal["conflict", "warning", "never"] | None = Field(None, alias="fail-on")
    format: str | None = None
    model: str | None = None
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    jobs: PositiveInt | None = None

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: str | None) -> str | None:
        from summitcheck.report import FORMATS

        if value is not None and value not in FORMATS:
            raise ValueError(f"unknown format {value!r}; valid: {', '.join(sorted(FORMATS))}")
        return value


class Config(BaseModel):
    """Settings and the file they came from (``None``: no file found, defaults only)."""

    path: Path | None = None
    settings: Settings = Field(default_factory=Settings)

    def rule_dirs(self) -> list[Path]:
        """Rules folders resolved against the config file's folder, keeping a leading '+'."""
        base = self.path.parent if self.path else Path(".")
        out = []
        for entry in self.settings.rules:
            add = entry.startswith("+")
            folder = Path(entry[1:] if add else entry)
            folder = folder if folder.is_absolute() else base / folder
            out.append(Path(("+" if add else "") + str(folder)))
        return out


def find_config(paths: list[str]) -> Path | None:
    """The config file that applies to a bundle, or None."""
    if not paths:
        return None
    start = Path(os.path.abspath(paths[0]))  # not resolve(): a symbolic-link loop must not raise here
    folder = start if start.is_dir() else start.parent
    for candidate in [folder, *folder.parents]:
        own = candidate / CONFIG_NAME
        if own.is_file():
            return own
        project = candidate / "pyproject.toml"
        # Only a pyproject.toml that mentions the table is parsed: a broken one that is not
        # ours must not stop the run.
        if project.is_file() and "tool.summitcheck" in project.read_text(encoding="utf-8", errors="replace") \
                and "summitcheck" in _read(project).get("tool", {}):
            return project
    return None


def load_config(path: Path) -> Config:
    data = _read(path)
    table = data.get("tool", {}).get("summitcheck", {}) if path.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise InputError(str(path), "tool.summitcheck: must be a table")
    try:
        return Config(path=path, settings=Settings.model_validate(table))
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(table)"
        msg = err["msg"].removeprefix("Value error, ")
        raise InputError(str(path), f"{key}: {msg}") from None


def config_for(paths: list[str], explicit: Path | None = None) -> Config:
    """The config named on the command line, else the one found from the bundle, else defaults."""
    if explicit is not None:
        if not Path(explicit).is_file():
            raise InputError(str(explicit), "config file does not exist")
        return load_config(Path(explicit))
    found = find_config(paths)
    return load_config(found) if found else Config()


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(path), f"not valid TOML: {exc}") from None
