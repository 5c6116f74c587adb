"""Kernel messages reach the page without waiting: TCP_NODELAY on the kernel's websocket.

jupyter_server never turns Nagle's algorithm off on the websocket between the server and the
browser. A playground's new picture is sent as several small writes (status, the picture's
message, the words beside it); with Nagle's algorithm the second write waits for the browser's
acknowledgement of the first, which Linux delays by up to 40 ms. Measured with
``benchmarks/browser_latency.py --breakdown``: the picture's message took ~45 ms from the kernel
to the page; with this connection, ~11 ms.

This module is loaded by the Jupyter server only (``ServerApp.kernel_websocket_connection_class``,
written by :mod:`eduia.launch` and the school server's recipe), never in a pupil's kernel.
"""

from __future__ import annotations

from jupyter_server.services.kernels.connection.channels import ZMQChannelsWebsocketConnection


class KernelConnectionWithoutDelay(ZMQChannelsWebsocketConnection):
    """jupyter_server's kernel websocket connection, with TCP_NODELAY set once it is open."""

    def connect(self):
        """Turn Nagle's algorithm off on the websocket, then connect as jupyter_server does."""
        self.websocket_handler.set_nodelay(True)
        return super().connect()
