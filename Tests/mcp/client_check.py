"""lede mcp driven by the official Python MCP client: every tool on the bundled samples, a bad
argument, a missing file, a path outside the allowed folder and a result bigger than a page.

    python3 Tests/mcp/client_check.py path/to/lede      (run from the repository root)

Prints one line per check and the median call latency; exits 1 at the first failed check.
"""

import asyncio
import json
import os
import statistics
import sys
import time

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def check(condition, message):
    if not condition:
        print(f"FAIL: {message}")
        sys.exit(1)
    print(f"ok: {message}")


def records(result):
    """The structured answer of a successful call."""
    if result.is_error:
        check(False, f"no error: {result.content[0].text[:300] if result.content else ''}")
    data = result.structured_content
    text = json.loads(result.content[0].text)
    if data != text:
        check(False, "the structured content and the text content agree")
    return data


async def main(lede):
    server = StdioServerParameters(
        command=lede, args=["mcp", "--root", os.path.join(ROOT, "scripts")],
        env={**os.environ, "XDG_CONFIG_HOME": "/nonexistent-lede-config"})
    latencies = []

    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            info = await session.initialize()
            check(info.server_info.name == "lede", "initialize names the server lede")

            tools = {tool.name: tool for tool in (await session.list_tools()).tools}
            for name in ["load", "list", "search", "show", "entities", "quotes", "stance", "summary", "entity", "timeline",
                         "network", "index"]:
                check(name in tools, f"tool {name} is listed with a schema")
                check(tools[name].input_schema.get("type") == "object", f"{name}'s input schema is an object")
            check("readability" in tools, "a custom plugin's command is a tool too")

            async def call(name, arguments):
                started = time.perf_counter()
                result = await session.call_tool(name, arguments)
                latencies.append((time.perf_counter() - started) * 1000)
                return result

            loaded = records(await call("load", {"paths": ["samples"]}))
            check(loaded == {"articles": 10, "added": 10}, f"load adds the ten samples ({loaded})")
            again = records(await call("load", {"paths": ["samples/03-rotterdam-dock-strike.txt"]}))
            check(again["added"] == 0, "loading an article again adds nothing")

            listed = records(await call("list", {}))
            check(listed["total"] == 10 and len(listed["rows"]) == 10, "list gives ten records")
            check(set(listed["rows"][0]) >= {"id", "title", "date", "source", "words"}, "list records carry their fields")

            hits = records(await call("search", {"query": "strike"}))
            check(hits["rows"][0]["article"] == "3" and "[strike]" in hits["rows"][0]["snippet"], "search finds the dock strike")

            shown = records(await call("show", {"article": "2"}))
            check(shown["rows"][0]["title"].startswith("Caldera's president"), "show gives an article's text and fields")

            people = records(await call("entities", {"article": "2", "type": "PERSON"}))
            check(people["rows"][0]["entity"] == "Dragan Voss", "entities of one article, most mentioned first")

            merged = records(await call("entities", {"all": True, "top": 3}))
            check(len(merged["rows"]) == 3 and "articles" in merged["rows"][0], "entities across articles are merged rows")

            quotes = records(await call("quotes", {"article": "2", "speaker": "Elena Marchetti"}))
            check(quotes["total"] >= 5 and all(r["speaker"] == "Elena Marchetti" for r in quotes["rows"]), "quotes by one speaker")

            about = records(await call("quotes", {"about": "Voss"}))
            check(about["total"] == 3, "quotes about an entity, in every article")

            stance = records(await call("stance", {"article": "2", "target": "Dragan Voss"}))
            check(all(r["polarity"] == "negative" for r in stance["rows"]) and stance["rows"], "stance toward one actor")

            summary = records(await call("summary", {"article": "2", "sentences": 2}))
            check(len(summary["rows"]) == 2, "a two-sentence summary")

            profile = records(await call("entity", {"name": "Voss"}))
            fields = {r["field"]: r["value"] for r in profile["rows"]}
            check(fields["entity"] == "Dragan Voss", "entity profile by surname")

            timeline = records(await call("timeline", {"name": "Voss", "by": "month"}))
            check(timeline["rows"][0]["month"] == "2026-04", "timeline by month")

            ties = records(await call("network", {"min": 2}))
            check(any(r["relation"] == "quotes" and r["target"] == "Dragan Voss" for r in ties["rows"]), "network ties")

            indexed = records(await call("index", {"with": "summary"}))
            check(indexed["total"] == 1 and "articles" in indexed["rows"][0], "index reports what it computed")

            reading = records(await call("readability", {"all": True}))
            check(reading["total"] == 10, "a custom plugin's command over every article")

            # A result bigger than a page comes a page at a time.
            first = records(await call("quotes", {"all": True, "limit": 20}))
            check(first["total"] > 20 and len(first["rows"]) == 20 and first["next_offset"] == 20, "a page of 20 and where the next starts")
            second = records(await call("quotes", {"all": True, "limit": 20, "offset": 20}))
            check(second["rows"][0] != first["rows"][0], "the next page goes on")
            huge = await call("quotes", {"all": True, "limit": 100000})
            check(huge.is_error and "limit" in huge.content[0].text, "a limit past the maximum is a tool error")

            # Errors are tool errors, one line, as the shell gives them.
            bad = await call("entities", {"article": "2", "type": "PLANET"})
            check(bad.is_error and bad.content[0].text == "error: entities: --type is one of PERSON, ORG, LOC, MISC, got 'PLANET'", "a bad argument value")
            wrong = await call("summary", {"article": "2", "sentences": "two"})
            check(wrong.is_error and "whole number" in wrong.content[0].text, "a wrongly typed argument")
            unknown = await call("list", {"colour": "red"})
            check(unknown.is_error and "no argument 'colour'" in unknown.content[0].text, "an unknown argument")
            missing = await call("load", {"paths": ["samples/no-such-file.txt"]})
            check(missing.is_error and "no file or folder" in missing.content[0].text, "a missing file")
            outside = await call("load", {"paths": ["/etc/hostname"]})
            check(outside.is_error and "outside the allowed folder" in outside.content[0].text, "a path outside --root")
            escape = await call("load", {"paths": ["../README.md"]})
            check(escape.is_error and "outside the allowed folder" in escape.content[0].text, "a relative path that climbs out of --root")
            nothing = await call("show", {"article": "99"})
            check(nothing.is_error and "no article '99'" in nothing.content[0].text, "an article that is not there")

    print(f"calls: {len(latencies)}, median latency {statistics.median(latencies):.1f} ms, "
          f"max {max(latencies):.1f} ms")


if __name__ == "__main__":
    asyncio.run(main(os.path.abspath(sys.argv[1])))
