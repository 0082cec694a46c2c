"""The ``newswire`` command line, in-process."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from agents.cli import SUBCOMMANDS, build_parser, main

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "examples" / "seed-article.txt"


def test_every_contract_command_is_a_subcommand() -> None:
    for command in ("demo", "worker", "poll", "ingest", "extract", "tail"):
        assert command in SUBCOMMANDS
    parser = build_parser()
    for command in SUBCOMMANDS:
        assert parser.parse_args([command] + (["x"] if command in {"ingest", "extract", "eval",
                                                                    "eval-pages"}
                                              else [])).command == command


def test_broker_commands_refuse_the_embedded_default(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSWIRE_BROKER", raising=False)
    assert main(["worker"]) == 2
    assert "NEWSWIRE_BROKER" in capsys.readouterr().err


def test_bad_setting_is_reported_not_raised(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWIRE_PARTITIONS", "lots")
    assert main(["config"]) == 2
    assert "NEWSWIRE_PARTITIONS" in capsys.readouterr().err


def test_config_never_prints_secrets(capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWIRE_SASL_PASSWORD", "s3cret")
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "s3cret" not in out and "NEWSWIRE_SASL_PASSWORD=***" in out


@pytest.mark.skipif(not SEED.exists(), reason="../shared/examples is not present")
def test_extract_seed_article_finds_the_prisoner_swap_and_the_istanbul_talks(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED)]) == 0
    events = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(ev["type"] == "AGREE" and any(q["value"] == 1200 for q in ev["quantities"])
               for ev in events)
    assert any((ev["location"] or {}).get("country") == "TUR" for ev in events)


def test_extract_of_a_missing_file_fails_cleanly(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_extract_says_on_stderr_that_an_off_topic_article_was_screened(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from tests.pipeline.test_domains import MATCH_REPORT

    story = tmp_path / "match.txt"
    story.write_text(MATCH_REPORT, encoding="utf-8")
    assert main(["extract", str(story)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "screened as off_topic: sport" in captured.err
