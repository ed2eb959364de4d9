"""The live page: a local web page for the worker, fed by the session's bus.

    page = LivePage(session, bank, crisis_number="113", ptt=ptt)
    url = page.start()          # http://127.0.0.1:PORT/?token=...
    ...
    page.stop()

* Served on the loopback address only, with a random token in the address;
  a request without the right token (or with a foreign Host header) gets 403.
* No external assets: one HTML page, one script, one stylesheet from the
  package, a Content-Security-Policy that allows nothing else, so it works
  with no network and nothing about the call leaves the machine.
* Events reach the page as they happen through server-sent events (aiohttp,
  in a background thread with its own event loop). Every message is the
  whole view, so a page opened twice or a browser reconnecting (after a
  dropped stream or a restart of the page server) shows the same thing.
* The page never classifies anything: its controls become `Control` events,
  its searches `LookupRequest` events, submitted to the session (and logged);
  the core answers on the bus and the page shows the answer.
* Push-to-talk: the page calls /ptt/press and /ptt/release; `ptt` (an object
  with press() and release() -> text) recognises the words, which become a
  LookupRequest(via="voice"). Without `ptt` the page says, calmly, to type.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from typing import Any

from aiohttp import web

from voice_companion.errors import ComponentError, UserError
from voice_companion.events import ComponentWarning, Control, Event, LookupRequest, Partial
from voice_companion.labels import CRISES, INTERACTIONS
from voice_companion.live.state import DEFAULT_CRISIS_NUMBER, LiveState
from voice_companion.i18n import _

CONTROL_ACTIONS = ("mute", "unmute", "pause", "resume", "interaction", "mark", "choose", "dismiss",
                   "crisis_close", "crisis_false_alarm")
CRISIS_ACTIONS = ("crisis_close", "crisis_false_alarm")
COOKIE = "vc_page"
OPEN_LINK_SECONDS = 120.0  # a one-time link from --open is good this long
ENDED = "Het gesprek is beëindigd; er wordt niets meer vastgelegd. Start een nieuw gesprek in de terminal."
MAX_QUERY = 200
KEEPALIVE = 15.0
CLIENT_BACKLOG = 64
STATIC_TYPES = {".js": "text/javascript", ".css": "text/css", ".html": "text/html"}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
FORBIDDEN = ("Geen toegang. Open de pagina met het volledige adres (met token) "
             "dat voice-companion bij het starten toont.")


def socket_reason(exc: OSError) -> str:
    """Why a port cannot be served, in the reader's language (the OS's own text is English)."""
    import errno

    reasons = {errno.EADDRINUSE: _("the port is already in use"), errno.EACCES: _("no permission for that port"),
               errno.EADDRNOTAVAIL: _("that address is not on this machine")}
    return reasons.get(exc.errno, _("the system refused it (error {number})").format(number=exc.errno))


def _loopback_host(host: str) -> str:
    if host == "localhost":
        return "127.0.0.1"
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise UserError(_('the live page is served on this computer only; use --host 127.0.0.1, not {host!r}').format(host=host))


def _ptt_text(result: Any) -> str:
    """The query from a push-to-talk result.

    A string, a {'text': ...} dict, an object with .text, or speech.ptt's
    LookupResult (its vocabulary `match` when sure, else what was `heard`).
    """
    if result is None:
        return ""
    if isinstance(result, str):
        return result.strip()
    if isinstance(result, dict):
        return str(result.get("text") or "").strip()
    for name in ("match", "heard", "text"):
        value = getattr(result, name, None)
        if value:
            return str(value).strip()
    return ""


def _ptt_candidates(result: Any) -> list[str]:
    """Other phrases the recognizer was unsure between (LookupResult.candidates)."""
    if getattr(result, "status", "ok") == "ok":
        return []
    out = []
    for item in getattr(result, "candidates", ()) or ():
        phrase = item[0] if isinstance(item, (tuple, list)) and item else item
        if isinstance(phrase, str) and phrase:
            out.append(phrase)
    return out[:3]


class LivePage:
    def __init__(self, session: Any, bank: Any = None, *, host: str = "127.0.0.1", port: int = 0,
                 crisis_number: str = DEFAULT_CRISIS_NUMBER, ptt: Any = None,
                 ptt_keys: tuple[str, ...] = (" ",), max_utterances: int = 6):
        self.session = session
        self.bank = bank
        self.host = _loopback_host(host)
        self.port = int(port)
        self.ptt = ptt
        self.token = secrets.token_urlsafe(24)
        self.state = LiveState(bank, crisis_number=crisis_number, ptt_available=ptt is not None,
                               ptt_keys=ptt_keys, max_utterances=max_utterances)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._clients: set[asyncio.Queue[bytes | None]] = set()
        self._ptt_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="live-ptt")
        self._t0 = time.monotonic()
        self.sent: list[tuple[int, float]] = []  # (seq, server send time) for the bench, bounded
        self._assets = self._load_assets()
        self._open_codes: dict[str, float] = {}  # one-time codes of --open links -> expiry (monotonic)
        log = getattr(session, "log", None)
        self.state.log_name = getattr(getattr(log, "path", None), "name", None)
        session.bus.subscribe(self._on_event)

    # -- lifecycle --------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://{self._netloc()}/?token={self.token}"

    def open_link(self) -> str:
        """A one-time address for the browser's command line (--open): it carries no token.

        The browser exchanges it once, within OPEN_LINK_SECONDS, for a cookie holding
        the token (HttpOnly, SameSite=Strict), so the long-lived token never shows in
        a process list; a second use of the same link gets 403.
        """
        code = secrets.token_urlsafe(18)
        with self._lock:
            now = time.monotonic()
            self._open_codes = {c: e for c, e in self._open_codes.items() if e > now}
            self._open_codes[code] = now + OPEN_LINK_SECONDS
        return f"http://{self._netloc()}/open?code={code}"

    def set_whisper_device(self, available: bool, message: str) -> None:
        """Tell the page whether the whisper can be heard (thread-safe)."""
        with self._lock:
            self.state.set_whisper_device(available, message)

    def _netloc(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    def start(self) -> str:
        """Serve in a background thread; returns the page's address (with its token)."""
        if self._thread is not None:
            return self.url
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._startup())
            except BaseException as exc:  # port in use, ...
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._shutdown())
                loop.close()

        self._thread = threading.Thread(target=run, name="live-page", daemon=True)
        self._thread.start()
        ready.wait(timeout=15)
        if failure or not ready.is_set():
            self._thread = None
            self._loop = None
            why = failure[0] if failure else "timed out"
            if isinstance(failure[0] if failure else None, OSError):
                raise UserError(_('cannot serve the live page on {value}: {why}; choose another --port (or 0 for any free port)').format(value=self._netloc(), why=socket_reason(failure[0])))
            raise ComponentError(_('the live page could not start: {why}').format(why=why))
        return self.url

    def stop(self) -> None:
        """Stop serving (the state is kept: start() again serves it on the same address)."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(self._close_clients)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        self._loop = None
        self._thread = None

    def flush(self, timeout: float = 1.0) -> None:
        """Wait (briefly) until every open page has been sent what was published so far."""
        loop = self._loop
        if loop is None:
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = threading.Event()
            pending: list[int] = []

            def check() -> None:
                pending.append(sum(q.qsize() for q in self._clients))
                done.set()

            try:
                loop.call_soon_threadsafe(check)
            except RuntimeError:
                return
            if not done.wait(timeout=max(0.0, deadline - time.monotonic())) or not pending or pending[0] == 0:
                return
            time.sleep(0.01)

    def close(self) -> None:
        self.flush()
        self.stop()
        self._ptt_pool.shutdown(wait=False, cancel_futures=True)

    def drop_streams(self) -> None:
        """End every open event stream (browsers reconnect); for tests and the bench."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._close_clients)

    async def _startup(self) -> None:
        app = web.Application(middlewares=[self._guard], client_max_size=64 * 1024)
        app.on_response_prepare.append(self._headers)
        app.router.add_get("/", self._index)
        app.router.add_get("/open", self._open)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_get("/events", self._events)
        app.router.add_get("/state", self._state)
        app.router.add_post("/control", self._control)
        app.router.add_post("/lookup", self._lookup)
        app.router.add_post("/ptt/press", self._ptt_press)
        app.router.add_post("/ptt/release", self._ptt_release)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True)
        await site.start()
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = int(sockets[0].getsockname()[1])

    async def _shutdown(self) -> None:
        self._close_clients()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- from the bus (any thread) -------------------------------------------------
    def _on_event(self, event: Event) -> None:
        try:
            with self._lock:
                kind = self.state.apply(event)
                if kind is None:
                    return
                self.state.seq += 1
                seq = self.state.seq
                if kind == "partial":
                    payload = json.dumps({"seq": seq, "text": self.state.partial}, ensure_ascii=False)
                else:
                    payload = json.dumps(self.state.view(), ensure_ascii=False)
            message = f"event: {kind}\nid: {seq}\ndata: {payload}\n\n".encode("utf-8")
            loop = self._loop
            if loop is not None and not loop.is_closed():
                loop.call_soon_threadsafe(self._broadcast, message, seq)
        except Exception:  # the page must never cost the session its bus subscription
            pass

    def _broadcast(self, message: bytes, seq: int) -> None:
        self.sent.append((seq, time.time() * 1000.0))
        del self.sent[:-1000]
        for q in list(self._clients):
            if q.qsize() >= CLIENT_BACKLOG:  # a stuck page: old views are worthless
                try:
                    q.get_nowait()
                except asyncio.QueueEmpty:
                    pass
            q.put_nowait(message)

    def _close_clients(self) -> None:
        for q in list(self._clients):
            q.put_nowait(None)

    def _snapshot(self) -> bytes:
        with self._lock:
            payload = json.dumps(self.state.view(), ensure_ascii=False)
            seq = self.state.seq
        return f"retry: 1000\nevent: state\nid: {seq}\ndata: {payload}\n\n".encode("utf-8")

    # -- HTTP ----------------------------------------------------------------------
    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        allowed_hosts = {self._netloc(), f"localhost:{self.port}"}
        if request.host not in allowed_hosts:
            return web.Response(status=403, text=FORBIDDEN)
        if request.path == "/open" and request.method == "GET":
            return await handler(request)  # checks its own one-time code
        token = (request.query.get("token") or request.headers.get("X-Token")
                 or request.cookies.get(COOKIE) or "")
        if not hmac.compare_digest(token.encode("utf-8"), self.token.encode("utf-8")):
            return web.Response(status=403, text=FORBIDDEN)
        if request.method == "POST":
            origin = request.headers.get("Origin")
            if origin and origin not in {f"http://{h}" for h in allowed_hosts}:
                return web.Response(status=403, text=FORBIDDEN)
        return await handler(request)

    @staticmethod
    async def _headers(_request: web.Request, response: web.StreamResponse) -> None:
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)

    def _load_assets(self) -> dict[str, bytes]:
        assets = {}
        folder = resources.files("voice_companion.live") / "static"
        for name in ("index.html", "app.js", "style.css"):
            assets[name] = (folder / name).read_bytes()
        return assets

    async def _open(self, request: web.Request) -> web.Response:
        code = request.query.get("code") or ""
        with self._lock:
            expiry = self._open_codes.pop(code, None) if code else None
        if expiry is None or expiry < time.monotonic():
            return web.Response(status=403, text=(
                "Deze link is al gebruikt of verlopen. Open de pagina met het adres dat voice-companion "
                "in de terminal toont."))
        response = web.HTTPSeeOther(location="/")
        response.set_cookie(COOKIE, self.token, httponly=True, samesite="Strict", path="/")
        raise response

    async def _index(self, request: web.Request) -> web.Response:
        html = self._assets["index.html"].decode("utf-8").replace("__TOKEN__", self.token)
        return web.Response(text=html, content_type="text/html", charset="utf-8")

    async def _static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in ("app.js", "style.css"):
            raise web.HTTPNotFound()
        suffix = name[name.rfind("."):]
        return web.Response(body=self._assets[name], content_type=STATIC_TYPES[suffix], charset="utf-8")

    async def _state(self, request: web.Request) -> web.Response:
        with self._lock:
            view = self.state.view()
        return web.json_response(view)

    async def _events(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream; charset=utf-8",
                                               "X-Accel-Buffering": "no"})
        await response.prepare(request)
        q: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._clients.add(q)  # the loop thread only: no broadcast can slip in between
        try:
            await response.write(self._snapshot())
            while True:
                try:
                    message = await asyncio.wait_for(q.get(), timeout=KEEPALIVE)
                except asyncio.TimeoutError:
                    message = b": keepalive\n\n"
                if message is None:
                    break
                await response.write(message)
        except (ConnectionError, RuntimeError):
            pass  # the page went away; it reconnects by itself
        finally:
            self._clients.discard(q)
        return response

    async def _body(self, request: web.Request) -> dict[str, Any]:
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
            raise web.HTTPBadRequest(text="expected a JSON object")
        if not isinstance(body, dict):
            raise web.HTTPBadRequest(text="expected a JSON object")
        return body

    def _now(self) -> float:
        clock = getattr(self.session, "clock", None)
        if clock is not None:
            try:
                return float(clock())
            except Exception:
                pass
        return time.monotonic() - self._t0

    async def _control(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        action = body.get("action")
        value = body.get("value")
        if action not in CONTROL_ACTIONS:
            return web.json_response({"ok": False, "error": f"unknown action {action!r}"}, status=400)
        if self._ended():
            return web.json_response({"ok": False, "ended": True, "message": ENDED}, status=409)
        if action == "interaction":
            if value is not None and value not in INTERACTIONS:
                return web.json_response({"ok": False, "error": f"unknown interaction {value!r}"}, status=400)
        elif action == "mark":
            value = str(value)[:200] if value else None
        elif action in CRISIS_ACTIONS:  # the core answers (a warning when that crisis is not open)
            if not isinstance(value, str) or value not in CRISES:
                return web.json_response({"ok": False, "error": f"unknown crisis {value!r}"}, status=400)
        elif action == "dismiss":
            value = str(value)[:200] if isinstance(value, str) and value else None
        elif action == "choose":  # the worker picked an alternative: the supervisor sees which
            if not isinstance(value, str) or value not in (getattr(self.bank, "questions", None) or {}):
                return web.json_response({"ok": False, "error": f"unknown question {value!r}"}, status=400)
        else:
            value = None
        self.session.submit(Control(t=self._now(), action=action, value=value))
        return web.json_response({"ok": True})

    async def _lookup(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        query = str(body.get("query") or "").strip()[:MAX_QUERY]
        if not query:
            return web.json_response({"ok": False, "error": "empty query"}, status=400)
        if self._ended():
            return web.json_response({"ok": False, "ended": True, "message": ENDED}, status=409)
        self.session.submit(LookupRequest(t=self._now(), query=query, via="typed"))
        return web.json_response({"ok": True, "query": query})

    async def _ptt_press(self, request: web.Request) -> web.Response:
        if self._ended():
            return web.json_response({"ok": False, "ended": True, "message": ENDED}, status=409)
        if self.ptt is None:
            return web.json_response({"ok": False, "available": False, "message": (
                "Zoeken met je stem is niet beschikbaar. Typ wat je zoekt in het zoekvak.")})
        try:
            await asyncio.get_running_loop().run_in_executor(self._ptt_pool, self.ptt.press)
        except Exception as exc:
            self._warn(f"push-to-talk kon niet starten: {type(exc).__name__}: {exc}")
            return web.json_response({"ok": False, "available": True, "message": (
                "Luisteren lukte niet. Typ wat je zoekt in het zoekvak.")})
        return web.json_response({"ok": True, "available": True})

    async def _ptt_release(self, request: web.Request) -> web.Response:
        if self._ended():
            return web.json_response({"ok": False, "ended": True, "message": ENDED}, status=409)
        if self.ptt is None:
            return web.json_response({"ok": False, "available": False, "text": ""})
        try:
            result = await asyncio.get_running_loop().run_in_executor(self._ptt_pool, self.ptt.release)
        except Exception as exc:
            self._warn(f"push-to-talk herkende niets: {type(exc).__name__}: {exc}")
            return web.json_response({"ok": False, "available": True, "text": "", "message": (
                "Herkennen lukte niet. Typ wat je zoekt in het zoekvak.")})
        text = _ptt_text(result)[:MAX_QUERY]
        if not text:
            return web.json_response({"ok": False, "available": True, "text": "", "message": (
                "Niets verstaan. Houd de knop vast terwijl je praat, of typ in het zoekvak.")})
        self.session.submit(LookupRequest(t=self._now(), query=text, via="voice"))
        return web.json_response({"ok": True, "available": True, "text": text,
                                  "candidates": _ptt_candidates(result)})

    def _ended(self) -> bool:
        return bool(getattr(self.session, "ended", False) or self.state.ended)

    def _warn(self, message: str) -> None:
        try:
            self.session.submit(ComponentWarning(t=self._now(), component="live", message=message))
        except Exception:
            pass

    # -- convenience for the listen command ------------------------------------------
    def show_partial(self, text: str) -> None:
        """Show the recognizer's running guess (not logged); thread-safe."""
        self._on_event(Partial(t=self._now(), text=text))
