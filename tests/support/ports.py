"""Local TCP ports for tests that start a real server or point a client at nothing."""

import socket


def free_port() -> int:
    """A local TCP port nothing listens on (the OS just handed it out and it was closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
