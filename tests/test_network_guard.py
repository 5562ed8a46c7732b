"""The suite's own network guard works: code that opens a network socket fails its test."""

from __future__ import annotations

import socket

import pytest


@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_network_sockets_are_refused(family: int, network_attempts: list[str]) -> None:
    with pytest.raises(PermissionError):
        socket.socket(family, socket.SOCK_STREAM)
    assert network_attempts, "the attempt was not recorded"
    network_attempts.clear()  # recorded, as it must be; clear it so this test itself passes


def test_name_lookups_are_refused(network_attempts: list[str]) -> None:
    with pytest.raises(PermissionError):
        socket.getaddrinfo("localhost", 80)
    assert network_attempts
    network_attempts.clear()


def test_local_sockets_still_work() -> None:
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"x")
        assert right.recv(1) == b"x"
