"""The worker's web server: ``/metrics``, ``/healthz``, ``/readyz`` and the live page.

Our own small aiohttp application rather than Faust's web stack: Faust's exposes table
contents and debug views by default, while this serves exactly what an operator and a
reader need, on ``settings.web_host:web_port`` (loopback unless configured otherwise).

    /             the live page (map, timeline, table, filters), offline: no CDN, no tiles
    /live.js      its script;  /live.css its style
    /api/stream   Server-Sent Events: the recent backlog, then each new event as it lands
    /metrics      Prometheus text format (prometheus_client's default registry)
    /healthz      200 while the process is up
    /readyz       200 when ready (see agents/health.py), else 503 with the failing checks
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from dataclasses import dataclass
from importlib import resources
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from agents.health import Health
from agents.livefeed import LiveFeed
from agents.worldmap import HEIGHT, WIDTH, world
from pipeline.settings import Settings

log = logging.getLogger(__name__)

KEEPALIVE_SECONDS = 15.0  # an SSE comment this often keeps proxies from closing the stream
HEALTH_KEY: web.AppKey[Health] = web.AppKey("health", Health)
FEED_KEY: web.AppKey[LiveFeed] = web.AppKey("feed", LiveFeed)


def _asset(name: str) -> str:
    return resources.files("agents").joinpath(f"live/{name}").read_text("utf-8")


async def metrics(request: web.Request) -> web.Response:
    body = await asyncio.to_thread(generate_latest)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "up"})


async def readyz(request: web.Request) -> web.Response:
    ready, details = request.app[HEALTH_KEY].check()
    return web.json_response(details, status=200 if ready else 503)


async def page(request: web.Request) -> web.Response:
    paths, centres = world()
    html = (_asset("index.html")
            .replace("{{WIDTH}}", str(WIDTH)).replace("{{HEIGHT}}", str(HEIGHT))
            .replace("{{WORLD}}", paths)
            .replace("{{CENTRES}}", json.dumps(centres, separators=(",", ":"))))
    return web.Response(text=html, content_type="text/html", charset="utf-8")


async def script(request: web.Request) -> web.Response:
    return web.Response(text=_asset("live.js"), content_type="application/javascript",
                        charset="utf-8")


async def style(request: web.Request) -> web.Response:
    return web.Response(text=_asset("live.css"), content_type="text/css", charset="utf-8")


def _sse(kind: str, data: dict[str, Any]) -> bytes:
    return f"event: {kind}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


async def stream(request: web.Request) -> web.StreamResponse:
    feed = request.app[FEED_KEY]
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                       "Cache-Control": "no-cache"})
    await resp.prepare(request)
    queue, backlog = feed.subscribe()
    try:
        for ev in backlog:
            await resp.write(_sse("event", ev))
        await resp.write(_sse("ready", {"backlog": len(backlog)}))
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), KEEPALIVE_SECONDS)
            except TimeoutError:
                await resp.write(b": keep-alive\n\n")
                continue
            if item is None:  # the server is stopping
                break
            await resp.write(_sse(*item))
    except (ConnectionResetError, asyncio.CancelledError):
        pass  # the browser went away
    finally:
        feed.unsubscribe(queue)
    return resp


def make_app(health: Health, feed: LiveFeed) -> web.Application:
    app = web.Application()
    app[HEALTH_KEY] = health
    app[FEED_KEY] = feed
    app.router.add_get("/", page)
    app.router.add_get("/live.js", script)
    app.router.add_get("/live.css", style)
    app.router.add_get("/api/stream", stream)
    app.router.add_get("/metrics", metrics)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    return app


@dataclass
class WebServer:
    settings: Settings
    health: Health
    feed: LiveFeed
    runner: web.AppRunner | None = None
    tasks: tuple[asyncio.Task[None], ...] = ()
    port: int = 0

    @property
    def url(self) -> str:
        host = self.settings.web_host
        shown = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host
        return f"http://{shown}:{self.port}/"

    async def start(self) -> None:
        self.runner = web.AppRunner(make_app(self.health, self.feed), access_log=None,
                                    shutdown_timeout=2.0)
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.settings.web_host, self.settings.web_port)
        try:
            await site.start()
        except OSError as exc:
            await self.runner.cleanup()
            raise ValueError(f"web server cannot listen on {self.settings.web_host}:"
                             f"{self.settings.web_port} ({exc.strerror}); set "
                             "NEWSWIRE_WEB_PORT to a free port, or 0 to turn it off") from exc
        self.port = int(self.runner.addresses[0][1])
        self.tasks = (asyncio.create_task(self.health.run(), name="health"),
                      asyncio.create_task(self._run_feed(), name="live-feed"))
        log.info("web: live page %s · metrics %smetrics · readiness %sreadyz",
                 self.url, self.url, self.url)

    async def _run_feed(self) -> None:
        delay = 1.0
        while True:  # the page is a nicety: a broker hiccup must not take the worker down
            try:
                await self.feed.run()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("web: live feed stopped (%s); retrying in %.0fs", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)

    async def stop(self) -> None:
        self.feed.close_subscribers()
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self.runner is not None:
            await self.runner.cleanup()
