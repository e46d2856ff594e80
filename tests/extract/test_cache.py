"""The claim cache and parallel extraction give the same claims as a plain run."""

import json
import shutil

from summitcheck.pipeline import run_extract
from tests.conftest import SEEDS


def _claims(result):
    return {sid: [c.to_dict() for c in cl] for sid, cl in result[2].items()}


def test_cache_warm_run_returns_the_same_claims(tmp_path):
    cold = run_extract([str(SEEDS)], cache_dir=tmp_path, use_cache=True, jobs=1)
    entries = list(tmp_path.rglob("*.json"))
    assert len(entries) == len(cold[0])
    warm = run_extract([str(SEEDS)], cache_dir=tmp_path, use_cache=True, jobs=1)
    assert _claims(warm) == _claims(cold)


def test_cache_corrupt_entry_is_rebuilt_not_trusted(tmp_path):
    cold = run_extract([str(SEEDS)], cache_dir=tmp_path, use_cache=True, jobs=1)
    entry = sorted(tmp_path.rglob("*.json"))[0]
    data = json.loads(entry.read_text())
    data["claims"][0]["value"] = {"tampered": True}     # body no longer matches its digest
    entry.write_text(json.dumps(data))
    other = sorted(tmp_path.rglob("*.json"))[1]
    other.write_text("{not json")                        # truncated or garbled
    again = run_extract([str(SEEDS)], cache_dir=tmp_path, use_cache=True, jobs=1)
    assert _claims(again) == _claims(cold)
    assert json.loads(entry.read_text())["claims"][0]["value"] != {"tampered": True}


def test_cache_key_changes_with_content(tmp_path):
    bundle = tmp_path / "bundle"
    shutil.copytree(SEEDS, bundle)
    cache = tmp_path / "cache"
    run_extract([str(bundle)], cache_dir=cache, use_cache=True, jobs=1)
    target = sorted(bundle.iterdir())[3]
    target.write_text(target.read_text().replace("3 trillion yen", "2 trillion yen"))
    edited = run_extract([str(bundle)], cache_dir=cache, use_cache=True, jobs=1)
    money = [c for c in edited[2][target.name] if c.kind == "money"]
    assert money and money[0].value["amount"] == 2e12


def test_parallel_extraction_is_identical_to_one_process(tmp_path):
    for i in range(6):  # enough articles to use the process pool
        shutil.copytree(SEEDS, tmp_path / f"b{i}")
    one = run_extract([str(tmp_path)], jobs=1)
    two = run_extract([str(tmp_path)], jobs=2)
    assert len(one[0]) >= 24 and _claims(one) == _claims(two)


def test_cache_write_is_not_cut_by_ctrl_c(tmp_path, monkeypatch):
    """A Ctrl-C that lands while an entry is written is raised after the rename, so the
    entry is whole and no temp file is left, wherever in the write it lands."""
    import os
    import signal
    import tempfile

    from summitcheck.extract import cache as cache_module

    cold = run_extract([str(SEEDS)], cache_dir=tmp_path / "first", use_cache=True, jobs=1)
    source = cold[0][0]
    claims = cold[2][source.id]
    real_mkstemp = tempfile.mkstemp

    def mkstemp_then_ctrl_c(*args, **kwargs):
        made = real_mkstemp(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)     # lands after the file exists, before its name is kept
        return made

    monkeypatch.setattr(cache_module.tempfile, "mkstemp", mkstemp_then_ctrl_c)
    store = cache_module.ClaimCache(tmp_path / "second", "model", cold[4].vocabulary)
    try:
        store.put(source, claims)
    except KeyboardInterrupt:
        interrupted = True
    else:
        interrupted = False
    assert interrupted                           # the Ctrl-C is not swallowed, only held back
    files = [p for p in (tmp_path / "second").rglob("*") if p.is_file()]
    assert [p.suffix for p in files] == [".json"]
    assert [c.to_dict() for c in store.get(source)] == [c.to_dict() for c in claims]
