"""A loopback HTTP server for files on disk: the demo's feeds, ``eval-pages``' pages."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web


async def serve_app(app: web.Application) -> tuple[web.AppRunner, int]:
    """Start ``app`` on 127.0.0.1 and a free port; the caller cleans up the runner."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, int(runner.addresses[0][1])


async def serve_folder(folder: Path) -> tuple[web.AppRunner, int]:
    """Serve ``folder``'s files read-only under ``/``."""
    app = web.Application()
    app.router.add_static("/", folder)
    return await serve_app(app)
