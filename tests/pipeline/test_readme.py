"""README.md documents every setting, and its configuration table is up to date."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
REGENERATE = "run `python bench/gen_settings_table.py --write`"


def gen_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_settings_table",
                                                  ROOT / "bench" / "gen_settings_table.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_every_setting_is_in_the_readme() -> None:
    text = readme()
    missing = [Settings.env_var(f.name) for f in dataclasses.fields(Settings)
               if Settings.env_var(f.name) not in text]
    assert not missing, f"README.md does not mention {missing}; {REGENERATE}"


def test_no_unknown_setting_is_in_the_readme() -> None:
    known = {Settings.env_var(f.name) for f in dataclasses.fields(Settings)}
    known.add("NEWSWIRE_CONFIG")  # names the TOML file, read by the loader itself
    mentioned = set(re.findall(r"NEWSWIRE_[A-Z0-9_]+", readme()))
    assert mentioned <= known, f"README.md mentions unknown settings {mentioned - known}"


def test_settings_table_is_current() -> None:
    gen = gen_module()
    text = readme()
    assert gen.replace_block(text, gen.markdown_table()) == text, f"stale table; {REGENERATE}"


def test_readme_gives_the_two_commands() -> None:
    """The README's test command is exactly what CI runs; the demo command sets up too."""
    text = readme()
    ci = (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text(encoding="utf-8")
    test_command = [line for line in ci.splitlines() if "pytest" in line][-1].strip()
    assert test_command in text
    setup = test_command.split("&& .venv/bin/pytest")[0]
    assert f"{setup}&& .venv/bin/newswire demo" in text
