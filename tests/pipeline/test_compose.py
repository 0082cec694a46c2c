"""docker-compose.yml and the Dockerfile, checked statically (no Docker engine needed)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
SETTING_VARS = {Settings.env_var(f.name) for f in dataclasses.fields(Settings)}


def compose() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return doc


def services() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = compose()["services"]
    return found


def environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):  # the KEY=value list form
        return dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(k): str(v) for k, v in env.items()}


def test_compose_parses_with_the_three_services() -> None:
    assert {"kafka", "poller", "worker"} <= set(services())


def test_every_newswire_variable_is_a_setting() -> None:
    """Anywhere in the file (keys, ${…} interpolations, comments): no invented names."""
    used = set(re.findall(r"NEWSWIRE_[A-Z0-9_]+", COMPOSE.read_text(encoding="utf-8")))
    assert used, "compose sets no NEWSWIRE_* variables"
    assert used <= SETTING_VARS, f"not settings: {sorted(used - SETTING_VARS)}"


@pytest.mark.parametrize("name", ["poller", "worker"])
def test_newswire_services_talk_to_the_compose_kafka(name: str) -> None:
    service = services()[name]
    env = environment(service)
    assert env["NEWSWIRE_BROKER"] == "kafka://kafka:9092"
    assert all(key.startswith("NEWSWIRE_") for key in env)
    assert service["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert "container_name" not in service


def test_kafka_is_kraft_with_a_healthcheck() -> None:
    kafka = services()["kafka"]
    assert re.fullmatch(r"apache/kafka:(3\.9|4\.\d+)\.\d+", kafka["image"])
    env = environment(kafka)
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
    # exactly_once needs the transaction log to be writable on a single node
    assert env["KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"] == "1"
    assert env["KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"] == "1"
    assert kafka["healthcheck"]["test"]


def test_commands_are_newswire_subcommands() -> None:
    cli = pytest.importorskip("agents.cli", reason="agents/cli.py not written yet")
    subcommands = getattr(cli, "SUBCOMMANDS", None)
    if subcommands is None:
        pytest.skip("agents.cli has no SUBCOMMANDS yet")
    for name, service in services().items():
        if name == "kafka":
            continue
        command = service["command"]
        first = command[0] if isinstance(command, list) else command.split()[0]
        assert first in subcommands, f"{name}: {first!r} is not a newswire subcommand"
    assert services()["poller"]["command"] == ["poll", "--feeds", "/config/feeds.toml"]
    assert services()["worker"]["command"] == ["worker"]


def _published_host_ip(port: Any) -> str:
    if isinstance(port, dict):  # long syntax
        return str(port.get("host_ip", "0.0.0.0"))
    parts = str(port).split(":")
    # "9092", "9092:9092" and "0.0.0.0:9092:9092" all listen on every interface
    return parts[0] if len(parts) == 3 else "0.0.0.0"


def test_nothing_is_published_beyond_loopback() -> None:
    for name, service in services().items():
        for port in service.get("ports") or []:
            assert _published_host_ip(port) == "127.0.0.1", f"{name} publishes {port!r}"


def test_workers_can_scale() -> None:
    worker = services()["worker"]
    assert not worker.get("ports"), "published ports collide when scaled"
    assert "container_name" not in worker and "hostname" not in worker


def test_dockerfile_builds_a_non_root_newswire_image() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.M)
    assert re.search(r"^RUN pip install \.", text, re.M)
    users = re.findall(r"^USER\s+(\S+)", text, re.M)
    assert users and users[-1] not in {"root", "0"}
    assert re.search(r'^ENTRYPOINT \["newswire"\]', text, re.M)
