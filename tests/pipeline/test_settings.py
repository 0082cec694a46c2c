"""Settings: env vars > TOML file > defaults; clear errors; secrets never printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.settings import Settings, SettingsError


def test_defaults_run_the_demo_with_nothing_set() -> None:
    s = Settings.load({})
    assert s.broker == "embedded"
    assert s.topic("articles.raw") == "newswire.articles.raw"
    assert s.processing_guarantee == "at_least_once"


def test_env_overrides_file_and_types_are_coerced(tmp_path: Path) -> None:
    cfg = tmp_path / "n.toml"
    cfg.write_text('[newswire]\npartitions = 8\ntopic_prefix = "filewire"\n')
    s = Settings.load({"NEWSWIRE_PARTITIONS": "2", "NEWSWIRE_ALLOW_PRIVATE_ADDRESSES": "yes",
                       "NEWSWIRE_CONFIG": str(cfg)})
    assert s.partitions == 2
    assert s.topic_prefix == "filewire"
    assert s.allow_private_addresses is True


def test_bad_value_names_the_variable() -> None:
    with pytest.raises(SettingsError, match="NEWSWIRE_PARTITIONS='many'"):
        Settings.load({"NEWSWIRE_PARTITIONS": "many"})


def test_unknown_key_in_file_is_an_error(tmp_path: Path) -> None:
    cfg = tmp_path / "n.toml"
    cfg.write_text("partitons = 3\n")
    with pytest.raises(SettingsError, match="partitons"):
        Settings.load({}, cfg)


def test_secrets_are_redacted_in_repr() -> None:
    s = Settings.load({"NEWSWIRE_SASL_PASSWORD": "hunter2"})
    assert s.sasl_password == "hunter2"
    assert "hunter2" not in repr(s)
    assert s.redacted()["sasl_password"] == "***"


def test_bootstrap_strips_scheme_for_plain_clients() -> None:
    s = Settings.load({"NEWSWIRE_BROKER": "kafka://a:9092,kafka://b:9092"})
    assert s.kafka_bootstrap == "a:9092,b:9092"


@pytest.mark.parametrize(("var", "value"), [
    ("NEWSWIRE_PROCESSING_GUARANTEE", "exactly-once-please"),
    ("NEWSWIRE_SECURITY_PROTOCOL", "TLS"),
    ("NEWSWIRE_PARTITIONS", "0"),
])
def test_values_outside_their_choices_are_refused_with_the_variable_named(var: str,
                                                                          value: str) -> None:
    with pytest.raises(SettingsError, match=var):
        Settings.load({var: value})
