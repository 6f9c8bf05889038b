"""A deliberately broken plugin for the host's tests: the article text picks the failure."""
import json
import os
import signal
import sys
import time

for line in sys.stdin:
    request = json.loads(line)
    method, rid = request.get("method"), request.get("id")
    if method == "initialize":
        result = {"protocol_version": 1, "name": "misbehaving", "version": "0.0.1", "capabilities": {}}
    elif method == "shutdown":
        print(json.dumps({"jsonrpc": "2.0", "id": rid, "result": None}), flush=True)
        break
    else:
        text = request["params"]["article"]["text"]
        sys.stderr.write(f"analyzing {len(text)} characters\n")
        sys.stderr.flush()
        if text == "crash":
            sys.stderr.write("about to crash\n")
            sys.stderr.flush()
            os.kill(os.getpid(), signal.SIGSEGV)
        elif text == "hang":
            time.sleep(3600)
        elif text == "garbage":
            print("this is not a protocol message", flush=True)
            continue
        elif text == "huge":
            chunk = "x" * (1 << 20)
            sys.stdout.write('{"jsonrpc": "2.0", "id": %d, "result": "' % rid)
            for _ in range(1024):  # 1 GB, never finished
                sys.stdout.write(chunk)
            sys.stdout.flush()
            continue
        elif text == "exit":
            sys.stdout.write('{"jsonrpc": "2.0", "id": ')
            sys.stdout.flush()
            sys.exit(3)
        elif text == "wrong id":
            print(json.dumps({"jsonrpc": "2.0", "id": rid + 1000, "result": {"length": 0}}), flush=True)
            continue
        elif text.startswith("span "):
            start, end = (int(n) for n in text.split()[1:3])
            result = {"found": [{"label": "fine", "start": 0, "end": 1}, {"label": "bad", "start": start, "end": end}]}
            print(json.dumps({"jsonrpc": "2.0", "id": rid, "result": result}), flush=True)
            continue
        elif text == "error":
            reply = {"jsonrpc": "2.0", "id": rid, "error": {"code": -32000, "message": "cannot read this one"}}
            print(json.dumps(reply), flush=True)
            continue
        result = {"length": len(text), "pid": os.getpid()}
    print(json.dumps({"jsonrpc": "2.0", "id": rid, "result": result}), flush=True)
