"""The shipped packs' parsed data kept in the cache folder (``packs.loader.cached_pack_data``)
is the plain YAML parse, and a run on it finds exactly what a run on the YAML finds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newslint import usercache
from newslint.packs import loader


def folders() -> list[Path]:
    return loader._pack_folders(loader.builtin_rules_dir())


def test_cached_data_is_the_plain_parse(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    built = loader.cached_pack_data(folders())  # parsed now, and stored
    stored = loader.cached_pack_data(folders())  # read back from the cache folder
    files = loader._pack_files(folders())
    assert len(files) > 10 and set(built) == {str(p) for p in files}
    for path in files:
        plain, _node = loader._load_yaml(path)
        assert built[str(path)] == plain
        assert stored[str(path)] == plain


def test_rules_from_the_cache_are_the_rules_from_the_yaml(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    parsed = loader.cached_pack_data(folders())
    from_cache = [r for f in folders() for r in loader.load_pack(f, lazy=True, parsed=parsed)]
    from_yaml = [r for f in folders() for r in loader.load_pack(f, lazy=True)]
    keys = ("code", "name", "summary", "default_severity", "default_enabled", "check_quotes",
            "safe_fix_in_quotes", "origin", "__doc__")
    assert [[getattr(r, k) for k in keys] for r in from_cache] == [[getattr(r, k) for k in keys] for r in from_yaml]
    assert [r.spec.data for r in from_cache] == [r.spec.data for r in from_yaml]


def test_a_changed_pack_file_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    loader.cached_pack_data(folders())
    name = next(p.name for p in tmp_path.iterdir() if p.name.startswith("packs-"))
    stored = usercache.read(name)
    first = next(iter(stored["texts"]))
    stored["texts"][first] += "\n# edited\n"
    stored["data"][first] = {"code": "stale"}
    usercache.write(name, stored, "packs-*.marshal")
    assert loader.cached_pack_data(folders())[first] != {"code": "stale"}


def test_a_run_on_cached_packs_never_imports_yaml(tmp_path):
    code = ("import sys, newslint; newslint.lint_text('Headline\\n\\nThe the council met.\\n'); "
            "print('yaml' in sys.modules)")
    env = {"NEWSLINT_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert first.stdout.strip() == "True"  # nothing cached yet: parsed from the YAML
    assert second.stdout.strip() == "False"
