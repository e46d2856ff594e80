"""What real folders contain, through the real command line.

Each case ends in a report (the odd file listed as skipped, with why, in every format) or in
exit 2 with one line naming the path and the problem. Never a traceback.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from summitcheck.ingest.reader import MAX_BYTES, MAX_CHARS
from summitcheck.report import FORMATS
from tests.robustness.conftest import (
    ARTICLE,
    assert_clean_run,
    assert_input_error,
    assert_skipped_in_every_format,
    flat,
    invoke,
    run_subprocess,
    write_bundle,
)


# --- Paths that give no articles: exit 2 ---------------------------------------------------

def test_robust_empty_folder_is_exit_2(in_tmp):
    write_bundle(in_tmp, {})
    assert_input_error(in_tmp, ["verify", "bundle"], "bundle", "no readable .txt or .md articles found")


def test_robust_folder_without_articles_is_exit_2(in_tmp):
    write_bundle(in_tmp, {"notes.csv": "a,b\n1,2\n", "photo.jpg": b"\xff\xd8\xff\xe0", "readme.rst": "Text."})
    assert_input_error(in_tmp, ["verify", "bundle"], "bundle", "no readable .txt or .md articles found")


def test_robust_missing_path_is_exit_2(in_tmp):
    assert_input_error(in_tmp, ["verify", "no-such-folder"], "no-such-folder", "no such file or directory")


def test_robust_folder_of_only_odd_files_is_exit_2(in_tmp):
    write_bundle(in_tmp, {"empty.txt": "", "binary.txt": b"\x00\x01\x02"})
    assert_input_error(in_tmp, ["verify", "bundle"], "bundle", "no readable .txt or .md articles found")


# --- Odd files beside good ones: a report that lists them as skipped -----------------------

def test_robust_single_file_instead_of_a_folder_is_accepted(in_tmp):
    write_bundle(in_tmp, {"vilnius.txt": ARTICLE})
    for name in FORMATS:
        result = invoke(["verify", "bundle/vilnius.txt", "--format", name, "--jobs", "1"])
        assert_clean_run(result)
        assert result.stdout.strip()
    data = json.loads(invoke(["verify", "bundle/vilnius.txt", "--format", "json"]).stdout)
    assert [s["id"] for s in data["sources"]] == ["vilnius.txt"]
    assert data["summary"]["claims"] > 0


def test_robust_binary_file_with_a_txt_name_is_skipped(in_tmp):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    write_bundle(in_tmp, {"a.txt": ARTICLE, "image.txt": png})
    assert_skipped_in_every_format(["bundle"], "bundle/image.txt", "binary file (contains NUL bytes)")


def test_robust_empty_file_is_skipped(in_tmp):
    write_bundle(in_tmp, {"a.txt": ARTICLE, "empty.txt": "", "blank.md": "  \n\n\t\n"})
    assert_skipped_in_every_format(["bundle"], "bundle/empty.txt", "empty file")
    assert_skipped_in_every_format(["bundle"], "bundle/blank.md", "empty file")


@pytest.mark.parametrize("codec", ["latin-1", "cp1252", "utf-16", "utf-8-sig"])
def test_robust_legacy_encodings_are_read(in_tmp, codec):
    # Public facts: COP28 opened in Dubai on 30 November 2023; the loss-and-damage fund was agreed.
    text = ("date 2023-12-01 Delegates from Côte d’Ivoire, São Tomé and Curaçao arrived in Dubai, "
            "where the COP28 climate summit opened on November 30, 2023.\n")
    if codec == "latin-1":
        text = text.replace("’", "'")  # Latin-1 has no curly quote
    write_bundle(in_tmp, {"a.txt": ARTICLE, "legacy.txt": text.encode(codec)})
    result = invoke(["verify", "bundle", "--format", "json", "--fail-on", "never", "--jobs", "1"])
    assert_clean_run(result)
    data = json.loads(result.stdout)
    source = next(s for s in data["sources"] if s["id"] == "legacy.txt")
    expected = {"latin-1": "cp1252", "cp1252": "cp1252", "utf-16": "utf-16", "utf-8-sig": "utf-8-sig"}[codec]
    assert source["encoding"] == expected and not data["skipped"]
    sentences = [c["sentence"] for f in data["findings"] for c in f["claims"] if c["source"] == "legacy.txt"]
    assert any("Côte" in s and "São Tomé" in s for s in sentences), sentences


def test_robust_50_mb_file_is_skipped_as_too_large_without_reading_it(in_tmp, monkeypatch):
    """Behaviour chosen: a file over MAX_BYTES (4 bytes per character of spaCy's 1,000,000-
    character limit) is skipped by its size before it is read, with the limit in the reason."""
    folder = write_bundle(in_tmp, {"a.txt": ARTICLE})
    paragraph = ("The summit communique ran to many pages and repeated itself. " * 16 + "\n").encode()
    size = 50 * 1024 * 1024
    with open(folder / "dump.txt", "wb") as fh:
        for _ in range(size // len(paragraph) + 1):
            fh.write(paragraph)
    assert (folder / "dump.txt").stat().st_size > MAX_BYTES
    reads: list[str] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self.name) or original(self))
    assert_skipped_in_every_format(["bundle"], "bundle/dump.txt",
                                   f"too large for one article: 52.4 MB (limit {MAX_BYTES / 1e6:,.0f} MB)",
                                   extra=["--no-cache"])
    assert "dump.txt" not in reads


def test_robust_1_mb_line_without_newline_is_skipped_as_too_long(in_tmp):
    """A 1 MiB line is under the byte limit but over the parser's 1,000,000 characters."""
    line = ("Leaders met in Vilnius and agreed on 31 points " * 30000)[: 1024 * 1024]
    write_bundle(in_tmp, {"a.txt": ARTICLE, "oneline.txt": line})
    assert len(line) > MAX_CHARS and "\n" not in line
    assert_skipped_in_every_format(["bundle"], "bundle/oneline.txt",
                                   f"too long for one article: {len(line):,} characters (limit {MAX_CHARS:,})")


def test_robust_unreadable_file_really_chmod_000(in_tmp):
    folder = write_bundle(in_tmp, {"a.txt": ARTICLE, "locked.txt": ARTICLE})
    locked = folder / "locked.txt"
    locked.chmod(0)
    try:
        try:
            locked.read_bytes()
        except PermissionError:
            pass
        else:
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not stop reads; "
                        "test_robust_unreadable_file_simulated covers the same path")
        assert_skipped_in_every_format(["bundle"], "bundle/locked.txt", "Permission denied", extra=["--no-cache"])
    finally:
        locked.chmod(0o644)


def test_robust_unreadable_file_simulated(in_tmp, monkeypatch):
    """The read fails as it does for a file without read permission."""
    write_bundle(in_tmp, {"a.txt": ARTICLE, "locked.txt": ARTICLE})
    original = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert_skipped_in_every_format(["bundle"], "bundle/locked.txt", "Permission denied", extra=["--no-cache"])


def test_robust_unreadable_subfolder_is_listed_as_skipped(in_tmp, monkeypatch):
    """A folder that cannot be listed (no read permission) is reported, not silently dropped."""
    write_bundle(in_tmp, {"a.txt": ARTICLE, "private/b.txt": ARTICLE})
    original = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path)) == "private":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return original(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert_skipped_in_every_format(["bundle"], "bundle/private", "cannot list folder: Permission denied")


def test_robust_symbolic_link_loop_folder(in_tmp):
    folder = write_bundle(in_tmp, {"a.txt": ARTICLE, "sub/b.txt": ARTICLE.replace("31 allies", "31 members")})
    (folder / "sub" / "back").symlink_to(folder, target_is_directory=True)
    assert_skipped_in_every_format(["bundle"], "bundle/sub/back", "symbolic-link loop: folder already read")
    data = json.loads(invoke(["verify", "bundle", "--format", "json", "--fail-on", "never"]).stdout)
    assert [s["id"] for s in data["sources"]] == ["a.txt", "sub/b.txt"]  # each article once


def test_robust_symbolic_link_loop_file(in_tmp):
    folder = write_bundle(in_tmp, {"a.txt": ARTICLE})
    (folder / "self.txt").symlink_to("self.txt")
    assert_skipped_in_every_format(["bundle"], "bundle/self.txt", "Too many levels of symbolic links")


_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff]")


def test_robust_mixed_language_text(in_tmp):
    # Public facts: the 15th BRICS summit was held in Johannesburg on 22-24 August 2023.
    text = ("date 2023-08-24 The 15th BRICS summit was held in Johannesburg on August 22-24, 2023.\n\n"
            "金砖国家领导人第十五次会晤于2023年8月22日至24日在约翰内斯堡举行。\n\n"
            "Саммит БРИКС прошёл в Йоханнесбурге 22–24 августа 2023 года.\n\n"
            "عُقدت قمة بريكس الخامسة عشرة في جوهانسبرغ في الفترة من 22 إلى 24 أغسطس 2023.\n\n"
            "Six countries were invited to join the bloc.\n")
    write_bundle(in_tmp, {"mixed.txt": text, "a.txt": ARTICLE})
    for name in FORMATS:
        assert_clean_run(invoke(["verify", "bundle", "--format", name, "--jobs", "1"]))
    data = json.loads(invoke(["verify", "bundle", "--format", "json", "--fail-on", "never"]).stdout)
    assert not data["skipped"]
    claims = [c for f in data["findings"] for c in f["claims"] if c["source"] == "mixed.txt"]
    assert claims, "the English paragraphs give claims"
    assert not any(_OTHER_SCRIPT.search(c["text"]) for c in claims)
    body = (in_tmp / "bundle" / "mixed.txt").read_text(encoding="utf-8")
    assert all(body[c["start"]:c["end"]] == c["text"] for c in claims)


def _tiny_files(n: int) -> dict[str, str]:
    files = {f"wire/{i:04d}.txt": f"date 2023-05-{19 + i % 3} Leaders of {7 + i % 2} countries met in Hiroshima.\n"
             for i in range(n)}
    files["wire/zz-empty.txt"] = ""
    return files


def test_robust_thousands_of_tiny_files(in_tmp):
    """2000 one-sentence articles and one odd file: about 10 s on two shared cores. Most of
    it is the rules comparing every source with every other within a group (quadratic), so
    the every-format check below runs on fewer files."""
    write_bundle(in_tmp, _tiny_files(2000))
    result = invoke(["verify", "bundle", "--format", "json", "--fail-on", "never", "--jobs", "1", "--no-cache"])
    assert_clean_run(result)
    data = json.loads(result.stdout)
    assert data["summary"]["sources"] == 2000 and data["summary"]["claims"] >= 2000
    assert data["skipped"] == [{"path": "bundle/wire/zz-empty.txt", "reason": "empty file"}]


def test_robust_hundreds_of_tiny_files_in_every_format(in_tmp):
    write_bundle(in_tmp, _tiny_files(300))
    assert_skipped_in_every_format(["bundle"], "bundle/wire/zz-empty.txt", "empty file",
                                   extra=["--cache-dir", str(in_tmp / "cache")])


# --- As a user runs it: no traceback on stderr ---------------------------------------------

def test_robust_subprocess_odd_files_give_a_report_not_a_traceback(tmp_path):
    line = "Leaders met in Vilnius. " * 45000
    write_bundle(tmp_path, {"a.txt": ARTICLE, "b.txt": b"\x00\x01", "c.txt": "", "d.txt": line,
                            "e.txt": "Саммит прошёл в Вильнюсе.\n" + ARTICLE})
    proc = run_subprocess(["verify", "bundle", "--format", "json", "--fail-on", "never", "--no-cache"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    skipped = {s["path"]: s["reason"] for s in json.loads(proc.stdout)["skipped"]}
    assert set(skipped) == {"bundle/b.txt", "bundle/c.txt", "bundle/d.txt"}


def test_robust_subprocess_bad_path_is_one_line(tmp_path):
    (tmp_path / "bundle").mkdir()
    existing = tmp_path / "report.json"
    existing.write_text("earlier\n")
    for args in (["verify", "missing"], ["verify", "bundle", "-o", "report.json"], ["extract", "missing"]):
        proc = run_subprocess(args, cwd=tmp_path)
        assert proc.returncode == 2
        assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert re.match(r"summitcheck: (missing|bundle): ", proc.stderr)
    assert existing.read_text() == "earlier\n"
    assert flat(proc.stderr) == "summitcheck: missing: no such file or directory"


def test_robust_output_path_that_cannot_be_written_is_one_line(in_tmp):
    write_bundle(in_tmp, {"a.txt": ARTICLE})
    (in_tmp / "taken").mkdir()
    for target, problem in (("missing/report.json", "output folder does not exist"),
                            ("taken", "cannot write the report: Is a directory")):
        result = invoke(["verify", "bundle", "--format", "json", "--output", target])
        assert result.exit_code == 2, (result.exception, result.stderr)
        assert result.stderr == f"summitcheck: {target}: {problem}\n"
    assert sorted(p.name for p in in_tmp.iterdir()) == ["bundle", "taken"] and not list((in_tmp / "taken").iterdir())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_robust_named_pipe_with_a_txt_name_is_skipped_not_waited_on(in_tmp):
    folder = write_bundle(in_tmp, {"a.txt": ARTICLE})
    os.mkfifo(folder / "pipe.txt")
    assert_skipped_in_every_format(["bundle"], "bundle/pipe.txt", "not a regular file")
