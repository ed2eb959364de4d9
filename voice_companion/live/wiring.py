"""Command-line options and start-up of the live page and the whisper, for `listen` and `demo`.

    from voice_companion.live.wiring import add_live_arguments, start_live

    add_live_arguments(parser)            # in register()
    ...
    live = start_live(session, bank, args, ptt=ptt, echo_guard=guard)   # after open_session
    try:
        ... run the call ...
    finally:
        live.stop_whisper()               # its last outcomes reach the log
        session.stop(reason)              # session_end reaches the page ...
        live.stop()                       # ... before the page server stops
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from typing import Any, Callable, TextIO

from voice_companion.commands._common import number_option
from voice_companion.errors import UserError
from voice_companion.defaults import CRISIS_NUMBER as DEFAULT_CRISIS_NUMBER
from voice_companion.defaults import WHISPER_RATE as DEFAULT_RATE
from voice_companion.i18n import _, _N


_volume = number_option("--whisper-volume", _N("a number from 0 to 1"), "0.3", low=0.0, high=1.0, hint=_N(" (0.3 is quiet)"))
_rate = number_option("--whisper-rate", _N("words per minute"), str(DEFAULT_RATE), kind=int, low=80, high=450,
                      hint=_N(" words per minute"))
_port = number_option("--port", _N("a port number"), _N("8765 (0: any free port)"), kind=int, low=0, high=65535)


def _crisis_number(value: str) -> str:
    """A phone number to show: digits with spaces, hyphens or a leading +, such as 113 or 0800-0113."""
    if not re.fullmatch(r"\+?\d[\d \-]{1,18}\d|\d{2,3}", value.strip()):
        raise argparse.ArgumentTypeError(
            _("--crisis-number takes a phone number of digits (spaces, hyphens, a leading + allowed), such as 113 or 0800-0113, not '{value}'").format(value=value))
    return value.strip()


def _seconds(name: str) -> Callable[[str], float]:
    return number_option(name, _N("seconds"), "1.5", low=0.0, hint=_N(" seconds"))


def add_live_arguments(parser: argparse.ArgumentParser, *, page_default: bool = True) -> None:
    group = parser.add_argument_group(_("live page and whisper"))
    group.add_argument("--page", dest="page", action=argparse.BooleanOptionalAction, default=page_default,
                       help=_("serve the live page on this computer (127.0.0.1, with a private link)"))
    group.add_argument("--port", type=_port, default=0, help=_("port of the live page (default: any free port)"))
    group.add_argument("--open", dest="open_page", action="store_true", help=_("open the live page in the browser"))
    group.add_argument("--ptt-key", dest="ptt_keys", action="append", default=None, metavar=_("KEY"),
                       help=_("key to hold for a spoken lookup on the page (a browser key name: ' ' for the "
                            "space bar, F9, MediaPlayPause for a headset button ...); may be repeated; default: space"))
    group.add_argument("--crisis-number", type=_crisis_number, default=None,
                       help=_("suicide-prevention number shown in the crisis banner (default 113: 113 Zelfmoordpreventie, "
                            "or 0800-0113)"))
    group.add_argument("--output-device", default=None, metavar=_("DEVICE"),
                       help=_("the worker's HEADSET for the whisper (index or part of the name, see "
                            "'voice-companion devices'); never the phone line or the room's speakers. "
                            "Without it nothing is whispered"))
    group.add_argument("--whisper-volume", type=_volume, default=None, metavar="0..1",
                       help=_("whisper loudness as a fraction of full scale (default 0.3)"))
    group.add_argument("--whisper-rate", type=_rate, default=None, metavar="WPM",
                       help=_('whisper speed in words per minute (default {DEFAULT_RATE}, a little faster than speech)').format(DEFAULT_RATE=DEFAULT_RATE))
    group.add_argument("--whisper-wait", type=_seconds("--whisper-wait"), default=None, metavar=_("SECONDS"),
                       help=_("silence of the worker before a whisper starts (default 1.5)"))
    group.add_argument("--whisper-interval", type=_seconds("--whisper-interval"), default=None, metavar=_("SECONDS"),
                       help=_("at most one whisper per this many seconds (default 20)"))


def check_page_port(args: argparse.Namespace) -> None:
    """Refuse a --port that is taken (a second companion on the same port) before any log exists.

    The page server binds its port only after the session (and its log) has started; a port
    found taken then would leave a log of a call that never was. Port 0 (any free port) is
    always fine.
    """
    port = int(getattr(args, "port", 0) or 0)
    if not getattr(args, "page", False) or not port:
        return
    import socket

    from voice_companion.live.server import socket_reason

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the page server binds
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            raise UserError(_('cannot serve the live page on {value}: {why}; choose another --port (or 0 for any free port)').format(
                value=f"127.0.0.1:{port}", why=socket_reason(exc))) from None


@dataclass
class LiveHandles:
    page: Any = None
    whisperer: Any = None
    url: str | None = None

    def stop_whisper(self) -> None:
        if self.whisperer is not None:
            self.whisperer.stop()
            self.whisperer = None

    def stop(self) -> None:
        self.stop_whisper()
        if self.page is not None:
            self.page.close()
            self.page = None


def _setting(args: argparse.Namespace, name: str, config: Any, config_name: str, default: Any) -> Any:
    """The command line wins, then the user's config file, then the built-in default."""
    value = getattr(args, name, None)
    if value is None and config is not None:
        value = getattr(config, config_name, None)
    return default if value is None else value


def start_live(session: Any, bank: Any, args: argparse.Namespace, *, ptt: Any = None, echo_guard: Any = None,
               whisper: bool = True, out: TextIO | None = None, config: Any = None) -> LiveHandles:
    """Start the page (if --page) and the whisperer; print the page's link once."""
    from voice_companion.live.server import LivePage
    from voice_companion.whisper.whisperer import Whisperer

    out = out or sys.stderr
    handles = LiveHandles()
    try:
        if whisper:
            handles.whisperer = Whisperer(
                session,
                output_device=_setting(args, "output_device", config, "output_device", None),
                volume=_setting(args, "whisper_volume", config, "whisper_volume", 0.3),
                rate=_setting(args, "whisper_rate", config, "whisper_rate", DEFAULT_RATE),
                silence_wait=_setting(args, "whisper_wait", config, "silence_wait", 1.5),
                min_interval=_setting(args, "whisper_interval", config, "whisper_min_interval", 20.0),
                echo_guard=echo_guard,
                bank=bank,
            ).start()
        if getattr(args, "page", True):
            handles.page = LivePage(session, bank, port=getattr(args, "port", 0),
                                    crisis_number=_setting(args, "crisis_number", config, "crisis_number",
                                                           DEFAULT_CRISIS_NUMBER),
                                    ptt=ptt, ptt_keys=tuple(getattr(args, "ptt_keys", None) or (" ",)))
            handles.url = handles.page.start()
            if handles.whisperer is not None:
                player = handles.whisperer.player
                handles.page.set_whisper_device(player.available, player.description)
            else:  # a recording (no headset on the command line): nothing is whispered, and the page says so
                from voice_companion.whisper.player import NO_HEADSET, NOT_FOR_RECORDINGS

                configured = _setting(args, "output_device", config, "output_device", None)
                handles.page.set_whisper_device(False, NOT_FOR_RECORDINGS if configured else NO_HEADSET)
            print(_("Live page (on this computer only): {url}").format(url=handles.url), file=out)
            if getattr(args, "open_page", False):
                # the browser's command line is visible to every local user (ps): give it a
                # one-time link that is exchanged for a cookie, never the token itself
                try:
                    import webbrowser  # only here: it costs every other command its start time

                    webbrowser.open(handles.page.open_link())
                except Exception:
                    print(_("The browser could not be opened; open the link above yourself."), file=out)
        if handles.whisperer is not None and not handles.whisperer.player.available:
            hint = "" if _setting(args, "output_device", config, "output_device", None) else \
                " (kies een koptelefoon met --output-device; zie 'voice-companion devices')"
            print(f"Fluisteren: {handles.whisperer.player.description}{hint}", file=out)
    except UserError:
        handles.stop()
        raise
    return handles
