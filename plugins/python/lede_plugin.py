"""Write a lede plugin in Python: the protocol in one call.

    from lede_plugin import serve

    def analyze(article, inputs):
        return {"characters": len(article["text"])}

    serve(analyze, name="length", version="1.0.0")

`serve` answers lede's JSON-RPC messages on stdin/stdout (see plugins/PROTOCOL.md) until lede
sends `shutdown` or closes stdin. While it runs, `print` goes to stderr, which is the plugin's
log, so a stray print can never corrupt the protocol.

- `analyze(article, inputs)` gets the article (`id`, `title`, `text`, `metadata`, `target`) and
  the inputs listed in plugin.json (`sentences`, `entities`, ...) and returns any JSON value.
  Offsets are Unicode-scalar offsets into `text`: Python string indices, end exclusive.
  Raise `PluginError("message")` (or any exception) for an article it cannot analyse; lede shows
  the message and the plugin keeps running.
- `command(name, arguments, options, articles)` (optional) renders a command itself: `articles`
  is a list of `{id, title, result}`; return `table(columns, rows, footer=None)` or `{"text": ...}`.
  Without it, lede builds the table from the "rows"/"columns" of the command in plugin.json.

lede adds this folder to PYTHONPATH for every plugin it starts.
"""

import io
import json
import sys

PROTOCOL_VERSION = 1

__all__ = ["PROTOCOL_VERSION", "PluginError", "serve", "table", "handle"]


class PluginError(Exception):
    """An article this plugin cannot analyse; the message is shown to the user."""


def table(columns, rows, footer=None):
    """A command answer: column names (or {name, align, wraps}) and rows of cells."""
    return {"columns": list(columns), "rows": [list(row) for row in rows], "footer": footer}


def _response(message_id, result=None, error=None):
    message = {"jsonrpc": "2.0", "id": message_id}
    if error is not None:
        message["error"] = error
    else:
        message["result"] = result
    return message


def handle(message, analyze, name, version, command=None):
    """The response to one decoded request (a dict), or None for a notification."""
    message_id = message.get("id")
    method = message.get("method")
    params = message.get("params") or {}
    if message_id is None:
        return None
    try:
        if method == "initialize":
            offered = params.get("protocol_version", PROTOCOL_VERSION)
            if offered != PROTOCOL_VERSION:
                raise PluginError(f"{name} speaks protocol {PROTOCOL_VERSION}, lede offered {offered}")
            result = {
                "protocol_version": PROTOCOL_VERSION,
                "name": name,
                "version": version,
                "capabilities": {"command": command is not None},
            }
        elif method == "analyze":
            result = analyze(params["article"], params.get("inputs") or {})
        elif method == "command" and command is not None:
            result = command(
                params.get("command"), params.get("arguments") or [], params.get("options") or {},
                params.get("articles") or [])
        elif method == "shutdown":
            result = None
        else:
            return _response(message_id, error={"code": -32601, "message": f"no method '{method}'"})
    except PluginError as error:
        return _response(message_id, error={"code": -32000, "message": str(error)})
    except Exception as error:  # a bug in the plugin: report it, keep serving
        return _response(message_id, error={"code": -32000, "message": f"{type(error).__name__}: {error}"})
    return _response(message_id, result)


def serve(analyze, name, version="0.0.0", command=None, stdin=None, stdout=None):
    """Answers lede's requests until shutdown or end of input."""
    stdin = stdin or io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    stdout = stdout or io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", write_through=True)
    sys.stdout = sys.stderr  # print() in a plugin goes to the log
    for line in stdin:
        if not line.strip():
            continue
        message = None
        try:
            message = json.loads(line)
        except ValueError as error:
            reply = _response(0, error={"code": -32700, "message": f"not JSON: {error}"})
        else:
            reply = handle(message, analyze, name, version, command) if isinstance(message, dict) else None
        if reply is not None:
            stdout.write(json.dumps(reply, ensure_ascii=False, separators=(",", ":")) + "\n")
            stdout.flush()
        if isinstance(message, dict) and message.get("method") == "shutdown":
            return
