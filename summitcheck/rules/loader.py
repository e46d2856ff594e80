"""Loading and validating rule folders.

A rules folder holds rule files (``*.yaml`` at its top), topic vocabularies
(``topics/*.yaml``) and event-scope markers (``events.yaml``). Several folders may be
given: later folders add rules and topics, and replace those with the same id. Every
problem is reported as ``file:line:col: field: problem``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from summitcheck.errors import InputError
from summitcheck.extract.vocab import Topic, Vocabulary
from summitcheck.model import KINDS
from summitcheck.rules.comparators import REGISTRY
from summitcheck.rules.schema import EventsFile, RuleFile, TopicFile

DEFAULT_RULES = Path(__file__).resolve().parent.parent.parent / "rules"


@dataclass
class RuleSet:
    rules: list[RuleFile]
    vocabulary: Vocabulary
    files: list[Path] = field(default_factory=list)

    def get(self, rule_id: str) -> RuleFile | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def default_rules_dir() -> Path:
    return DEFAULT_RULES


def load_rules(folders: list[Path] | None = None) -> RuleSet:
    folders = folders or [default_rules_dir()]
    rules: dict[str, RuleFile] = {}
    topics: dict[str, Topic] = {}
    events = EventsFile()
    files: list[Path] = []
    rule_paths: dict[str, Path] = {}
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            raise InputError(str(folder), "rules folder does not exist")
        seen_here: dict[str, Path] = {}
        for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
            files.append(path)
            if path.stem == "events":
                events = _validate(path, EventsFile)
                continue
            rule = load_rule_file(path)
            if rule.id in seen_here:
                raise _error(path, ["id"], f"duplicate rule id {rule.id!r} (also in {seen_here[rule.id].name})")
            seen_here[rule.id] = path
            rules[rule.id] = rule
            rule_paths[rule.id] = path
        topics_here: dict[str, Path] = {}
        for path in sorted((folder / "topics").glob("*.yaml")) if (folder / "topics").is_dir() else []:
            files.append(path)
            tf = _validate(path, TopicFile)
            if tf.topic in topics_here:
                raise _error(path, ["topic"], f"duplicate topic {tf.topic!r} (also in {topics_here[tf.topic].name})")
            topics_here[tf.topic] = path
            topics[tf.topic] = Topic(id=tf.topic, kinds=tuple(tf.kinds), triggers=tuple(t.lower() for t in tf.triggers),
                                     priority=tf.priority, description=tf.description, subject=tf.subject,
                                     exclude_modifiers=tuple(tf.exclude_modifiers),
                                     exclude_governors=tuple(tf.exclude_governors),
                                     neutral_words=None if tf.neutral_words is None else tuple(v.lower() for v in tf.neutral_words),
                                     synonyms=tuple(sorted((w.lower(), canon.lower()) for canon, words in tf.synonyms.items()
                                                           for w in [canon, *words])),
                                     attach=tf.attach, min_value=tf.min_value, settled=tf.settled)
    vocab = Vocabulary(list(topics.values()), tuple(m.lower() for m in events.earlier),
                       tuple(m.lower() for m in events.other),
                       window_days=(events.window_days.before, events.window_days.after),
                       previous_markers=tuple(m.lower() for m in events.previous))
    if topics:
        for rule in rules.values():
            _check_topics(rule_paths[rule.id], rule, topics)
    return RuleSet(sorted(rules.values(), key=lambda r: r.id), vocab, files)


def load_rule_file(path: Path) -> RuleFile:
    """One rule file, validated on its own: schema, comparator name, parameters."""
    rule = _validate(path, RuleFile)
    if rule.comparator not in REGISTRY:
        raise _error(path, ["comparator"], f"unknown comparator {rule.comparator!r}; "
                     f"valid: {', '.join(sorted(REGISTRY))}")
    _check_params(path, rule)
    return rule


def check_file(path: Path) -> str:
    """Validate one file without its folder (``rules check FILE``); say what kind it is.

    A file named ``events.yaml`` holds event markers, one in a ``topics`` folder a topic
    vocabulary, any other a rule. Checks that need the whole folder (duplicate ids, topic
    names) are left to a folder check."""
    if not path.is_file():
        raise InputError(str(path), "no such file or directory")
    if path.stem == "events":
        _validate(path, EventsFile)
        return "events file"
    if path.parent.name == "topics":
        _validate(path, TopicFile)
        return "topic file"
    load_rule_file(path)
    return "rule file"


def _check_topics(path: Path, rule: RuleFile, topics: dict[str, Topic]) -> None:
    """A topic name that no topic file defines is a typo, and the rule would never apply.

    Names with a wildcard, or of the ``kind:word`` form the extractor gives claims that no
    vocabulary claims, are patterns over topics that need no file."""
    for field_name in ("topics", "exclude_topics"):
        for i, name in enumerate(getattr(rule.applies_to, field_name)):
            if any(ch in name for ch in "*?[:") or name in KINDS or name in topics:
                continue
            raise _error(path, ["applies_to", field_name, str(i)],
                         f"unknown topic {name!r}; known: {', '.join(sorted(topics))}")


def _check_params(path: Path, rule: RuleFile) -> None:
    known = REGISTRY[rule.comparator].params
    for key, value in rule.params.items():
        if key not in known:
            raise _error(path, ["params", key], f"unknown parameter for {rule.comparator}; valid: {', '.join(sorted(known)) or 'none'}")
        expected = known[key][0]
        ok = isinstance(value, expected) or (expected is float and isinstance(value, int) and not isinstance(value, bool))
        if not ok or (expected is not bool and isinstance(value, bool)):
            raise _error(path, ["params", key], f"expected {expected.__name__}, got {value!r}")
        # Every numeric parameter is a tolerance, a slack or a threshold: none can be negative.
        if expected in (int, float) and value < 0:
            raise _error(path, ["params", key], f"must be 0 or more, got {value!r}")


def _validate(path: Path, model):
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}:1:1", f"cannot read: {exc}") from None
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else f"{path}:1:1"
        raise InputError(where, f"invalid YAML: {getattr(exc, 'problem', None) or exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}:1:1", "expected a mapping of keys to values")
    _no_duplicate_keys(path, node, [])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [str(p) for p in err["loc"]]
        line, col = _position(node, loc)
        msg = err["msg"].removeprefix("Value error, ") if err["type"] == "value_error" else err["msg"]
        raise InputError(f"{path}:{line}:{col}", f"{'.'.join(loc) or '(file)'}: {msg}") from None


def _no_duplicate_keys(path: Path, node, loc: list[str]) -> None:
    """PyYAML keeps the last of two equal keys without a word; a rule file says it once."""
    if isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _no_duplicate_keys(path, item, [*loc, str(i)])
    if not isinstance(node, yaml.MappingNode):
        return
    seen: set[str] = set()
    for key, value in node.value:
        name = str(key.value)
        if name in seen:
            mark = key.start_mark
            raise InputError(f"{path}:{mark.line + 1}:{mark.column + 1}", f"{'.'.join([*loc, name])}: duplicate key")
        seen.add(name)
        _no_duplicate_keys(path, value, [*loc, name])


def _error(path: Path, loc: list[str], problem: str) -> InputError:
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        node = None
    line, col = _position(node, loc)
    return InputError(f"{path}:{line}:{col}", f"{'.'.join(loc)}: {problem}")


def _position(node, loc: list[str]) -> tuple[int, int]:
    """Line and column of the YAML node at ``loc`` (or of its nearest parent)."""
    if node is None:
        return 1, 1
    best = node
    for part in loc:
        nxt = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    nxt = value if not isinstance(value, yaml.ScalarNode) else value
                    best = key if isinstance(value, (yaml.MappingNode, yaml.SequenceNode)) else value
                    break
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            nxt = node.value[int(part)]
            best = nxt
        if nxt is None:
            break
        node = nxt
    mark = best.start_mark
    return mark.line + 1, mark.column + 1
