"""The claim cache and parallel extraction give the same claims as a plain run."""

import json
import shutil

import pytest

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


def _cache_and_claims(tmp_path):
    from summitcheck.extract import cache as cache_module

    cold = run_extract([str(SEEDS)], cache_dir=tmp_path / "first", use_cache=True, jobs=1)
    source = cold[0][0]
    store = cache_module.ClaimCache(tmp_path / "second", "model", cold[4].vocabulary)
    return cache_module, store, source, cold[2][source.id]


def test_cache_write_is_not_cut_by_ctrl_c(tmp_path, monkeypatch):
    """A Ctrl-C that reaches this thread while an entry is written is held back and raised
    after the rename, so the entry is whole and no temp file is left."""
    import os
    import signal

    cache_module, store, source, claims = _cache_and_claims(tmp_path)
    real_create = cache_module._create

    def create_then_ctrl_c(path):
        made = real_create(path)
        os.kill(os.getpid(), signal.SIGINT)     # lands after the file exists
        return made

    monkeypatch.setattr(cache_module, "_create", create_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):      # the Ctrl-C is not swallowed, only held back
        store.put(source, claims)
    files = [p for p in (tmp_path / "second").rglob("*") if p.is_file()]
    assert [p.suffix for p in files] == [".json"]
    assert [c.to_dict() for c in store.get(source)] == [c.to_dict() for c in claims]


def test_cache_write_cut_by_a_ctrl_c_another_thread_took_leaves_no_temp_file(tmp_path, monkeypatch):
    """With worker threads running (a process pool), the kernel may hand the Ctrl-C to a
    thread that does not hold it back; Python then raises it in this thread at once, right
    after the temp file is made. Nothing may be left behind."""
    cache_module, store, source, claims = _cache_and_claims(tmp_path)
    real_create = cache_module._create

    def create_then_interrupted(path):
        real_create(path)
        raise KeyboardInterrupt                 # the handler ran here, mask or not

    monkeypatch.setattr(cache_module, "_create", create_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.put(source, claims)
    assert [p for p in (tmp_path / "second").rglob("*") if p.is_file()] == []
    assert store.get(source) is None
