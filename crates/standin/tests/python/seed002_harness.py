"""Runs the seed 002 Flask receiver (imported unchanged) on a chosen port, printing what
each delivery carried so the Rust test can check the signature:

    DELIVERY <method> <X-VoIPBIN-Signature or -> <base64 of the raw body>

Usage: python seed002_harness.py PORT
"""
import base64
import builtins
import io
import sys
import threading

import seed002_receiver


# Flask serves deliveries on several threads, and the receiver prints too: every stdout line
# goes out under one lock, or lines from two requests interleave.
PRINT_LOCK = threading.Lock()
_print = builtins.print


def _locked_print(*args, **kwargs):
    with PRINT_LOCK:
        _print(*args, **kwargs)


builtins.print = _locked_print


def log_deliveries(wsgi_app):
    def wrapped(environ, start_response):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        signature = environ.get("HTTP_X_VOIPBIN_SIGNATURE", "-")
        line = " ".join(["DELIVERY", environ["REQUEST_METHOD"], signature, base64.b64encode(body).decode()])
        print(line, flush=True)
        # Hand the body back to Flask untouched.
        environ["wsgi.input"] = io.BytesIO(body)
        return wsgi_app(environ, start_response)
    return wrapped


if __name__ == "__main__":
    port = int(sys.argv[1])
    app = seed002_receiver.app
    app.wsgi_app = log_deliveries(app.wsgi_app)
    print("LISTENING", port, flush=True)
    app.run(host="127.0.0.1", port=port)
