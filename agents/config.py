"""Settings from the process environment (the only place newswire reads env vars)."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.settings import Settings


def load_settings(config_file: str | Path | None = None, **overrides: object) -> Settings:
    settings = Settings.load(os.environ, config_file)
    return settings.with_overrides(**overrides) if overrides else settings
