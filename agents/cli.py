"""The ``newswire`` command line (see the README for each subcommand)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

from agents.config import load_settings
from pipeline.settings import Settings, SettingsError

SUBCOMMANDS: tuple[str, ...] = ("demo", "worker", "poll", "ingest", "extract", "eval", "tail",
                                "config", "bench", "eval-pages", "export")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newswire", description="Live news → structured events.")
    p.add_argument("--config", help="TOML settings file (env vars NEWSWIRE_* override it)")
    p.add_argument("--log-level", help="debug, info, warning, error")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    d = sub.add_parser("demo", help="embedded broker + bundled feeds + all agents; prints "
                       "events")
    d.add_argument("--duration", type=float, help="stop after S seconds")
    d.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
    d.add_argument("--serve", action="store_true", help="keep serving the live page after "
                   "the run (until --duration or Ctrl-C)")
    d.add_argument("--open", action="store_true", help="open the live page in a browser "
                   "(implies --serve)")

    sub.add_parser("worker", help="the Faust worker with every agent (NEWSWIRE_BROKER)")

    pl = sub.add_parser("poll", help="poll feeds into the raw topic")
    pl.add_argument("--feeds", help="feed list: plain text, TOML or OPML")
    pl.add_argument("--once", action="store_true", help="poll every feed once and exit")

    i = sub.add_parser("ingest", help="push article files (.txt/.json/.jsonl) to the raw topic")
    i.add_argument("paths", nargs="+")

    e = sub.add_parser("extract", help="offline, no broker: Event JSON Lines on stdout")
    e.add_argument("paths", nargs="+")

    ev = sub.add_parser("eval", help="score extraction against a gold directory")
    ev.add_argument("gold_dir")

    ep = sub.add_parser("eval-pages", help="score page-body extraction on DIR/*.html "
                        "against DIR/truth.jsonl (served locally)")
    ep.add_argument("pages_dir")

    t = sub.add_parser("tail", help="read a topic and pretty-print it")
    t.add_argument("--topic", help="topic name (default: <prefix>.events)")
    t.add_argument("--json", action="store_true")
    t.add_argument("--type", dest="type_", help="only events of this PLOVER type")
    t.add_argument("--country", help="only events with this alpha-3 country")
    t.add_argument("--no-follow", action="store_true", help="exit at the end of the topic")

    sub.add_parser("config", help="print the effective settings (secrets redacted)")

    x = sub.add_parser("export", help="write a topic's events as GDELT 2.0 Event TSV on stdout")
    x.add_argument("format", nargs="?", default="gdelt", choices=["gdelt"],
                   help="output format (only gdelt: GDELT 2.0 Event table)")
    x.add_argument("--topic", help="events topic (default: <prefix>.events)")

    b = sub.add_parser("bench", help="pipeline on embedded Tansu vs its in-process limit")
    b.add_argument("--quick", action="store_true", help="32 articles, under 2 minutes")
    b.add_argument("--articles", type=int, help="articles per measurement (default 200; "
                   "32 with --quick)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
        if args.log_level:
            settings = settings.with_overrides(log_level=args.log_level)
    except SettingsError as exc:
        print(f"newswire: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    if args.command not in ("worker", "poll"):
        # Faust/aiokafka chatter drowns the output of interactive commands.
        for noisy in ("faust", "aiokafka", "mode", "httpx"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return run(args, settings)
    except KeyboardInterrupt:
        return 130
    except (ConnectionError, ValueError) as exc:
        print(f"newswire {args.command}: {exc}", file=sys.stderr)
        return 1


def run(args: argparse.Namespace, settings: Settings) -> int:
    cmd = args.command
    if cmd == "demo":
        from agents.demo import run_demo

        return run_demo(settings, duration=args.duration, as_json=args.json,
                        serve=args.serve, open_browser=args.open)
    if cmd == "extract":
        from agents.offline import extract_files

        return extract_files(args.paths, settings)
    if cmd == "eval":
        from agents.offline import evaluate_dir

        return evaluate_dir(args.gold_dir, settings)
    if cmd == "eval-pages":
        from agents.eval_pages import evaluate_pages

        return evaluate_pages(args.pages_dir, settings)
    if cmd == "bench":
        from bench.harness import run_bench

        run_bench(settings, quick=args.quick, articles=args.articles)
        return 0
    if cmd == "config":
        for key, value in settings.redacted().items():
            print(f"{Settings.env_var(key)}={value}")
        return 0
    if settings.broker == "embedded":
        print(f"newswire {cmd}: set NEWSWIRE_BROKER=kafka://host:9092 (only `newswire demo` "
              "starts an embedded broker)", file=sys.stderr)
        return 2
    if cmd == "worker":
        from agents.worker import serve_forever

        return asyncio.run(serve_forever(settings))
    if cmd == "ingest":
        from agents.ingest import ingest_files

        return asyncio.run(ingest_files(args.paths, settings))
    if cmd == "export":
        from agents.export import export_gdelt

        return asyncio.run(export_gdelt(settings, topic=args.topic or settings.topic("events")))
    if cmd == "tail":
        from agents.tail import tail

        return asyncio.run(tail(settings, topic=args.topic or settings.topic("events"),
                                as_json=args.json, follow=not args.no_follow,
                                type_=args.type_, country=args.country))
    if cmd == "poll":
        from agents.poll_cmd import poll

        return asyncio.run(poll(settings, feeds_file=args.feeds, once=args.once))
    raise AssertionError(cmd)


if __name__ == "__main__":
    sys.exit(main())
