"""Loaded into child processes by tests/test_no_network.py: refuse and record
every attempt to reach another machine (loopback and Unix sockets stay allowed)."""

import os
import socket

_LOG = os.environ.get("VC_NET_ATTEMPTS")
_LOCAL = ("127.", "::1", "localhost")


def _record(what, address):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as handle:
            handle.write(f"{what} {address!r}\n")


def _is_local(address):
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = str(address[0]) if address else ""
    return host.startswith(_LOCAL)


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_sendto = socket.socket.sendto
_getaddrinfo = socket.getaddrinfo


def connect(self, address):
    if not _is_local(address):
        _record("connect", address)
        raise OSError("network blocked by the test")
    return _connect(self, address)


def connect_ex(self, address):
    if not _is_local(address):
        _record("connect_ex", address)
        return 101
    return _connect_ex(self, address)


def sendto(self, data, *args):
    address = args[-1]
    if not _is_local(address):
        _record("sendto", address)
        raise OSError("network blocked by the test")
    return _sendto(self, data, *args)


def getaddrinfo(host, *args, **kwargs):
    if host and not str(host).startswith(_LOCAL) and host not in ("", None):
        _record("getaddrinfo", host)
        raise socket.gaierror("network blocked by the test")
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.socket.sendto = sendto
socket.getaddrinfo = getaddrinfo
