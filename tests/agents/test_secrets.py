"""NEWSWIRE_SASL_PASSWORD never shows: not in logs of the worker's and poller's broker
code, not in ``repr(settings)``. (``newswire config``: tests/agents/test_cli.py.)"""

from __future__ import annotations

import logging

import pytest

from agents.app import create_app
from agents.kafka import client_kwargs, wait_for_broker
from agents.poller import Poller
from pipeline.feedlist import FeedSpec
from pipeline.settings import Settings
from tests.agents.test_poller import FakeProducer

SECRET = "pw-Zq81xK-never-log-me"
ENV = {"NEWSWIRE_BROKER": "kafka://127.0.0.1:1",  # closed loopback port: connects fail
       "NEWSWIRE_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "NEWSWIRE_SASL_USERNAME": "svc",
       "NEWSWIRE_SASL_PASSWORD": SECRET, "NEWSWIRE_PARTITIONS": "1"}
SETTINGS = Settings.load(ENV)


def _leaks(caplog: pytest.LogCaptureFixture) -> list[str]:
    texts = [caplog.text] + [r.getMessage() for r in caplog.records]
    return [t for t in texts if SECRET in t]


def test_settings_carry_the_secret_but_never_print_it() -> None:
    assert SETTINGS.sasl_password == SECRET  # control: the secret is really configured
    assert client_kwargs(SETTINGS)["sasl_plain_password"] == SECRET
    assert SECRET not in repr(SETTINGS) and SECRET not in str(SETTINGS)
    assert SECRET not in repr(SETTINGS.redacted())


async def test_worker_and_poller_broker_code_never_logs_the_secret(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    app, _ = create_app(SETTINGS)  # the worker's Faust app with SASL credentials
    assert app.conf.broker_credentials.password == SECRET
    logging.getLogger("test").info("worker settings: %r", SETTINGS)
    with pytest.raises(ConnectionError) as info:
        await wait_for_broker(SETTINGS, timeout=1.0, what="worker")
    assert SECRET not in str(info.value)

    async def no_state() -> list[tuple[bytes | None, bytes | None]]:
        return []

    poller = Poller(SETTINGS.with_overrides(allow_private_addresses=False),
                    [FeedSpec("http://127.0.0.1:9/feed")], producer=FakeProducer(),
                    state_reader=no_state)
    await poller.poll_once()  # refused (loopback): a failure line is logged
    await poller.close()
    assert any("is failing" in r.getMessage() for r in caplog.records)  # logs were captured
    assert any("not reachable" in r.getMessage() for r in caplog.records)
    assert _leaks(caplog) == []
