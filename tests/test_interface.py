"""The interface a client's model reads: described parameters, enums, strict-schema conversion in a real
agent framework (openai-agents), a tools/list within its budget, completions, honest capabilities."""

from __future__ import annotations

import asyncio
import copy
import json

from fastmcp import Client
from mcp.types import PromptReference, ResourceTemplateReference

from analysis.config import PART_STEMS, STEM_NAMES
from stemsense_mcp.server import build_server
from tests.conftest import EXAMPLE_MIDI
from tests.mcp_helpers import poll_ready

TOOLS_LIST_BUDGET = 20_000  # bytes of tools/list (the filesystem reference server is ~13 KB)


def run(coro):
    return asyncio.run(coro)


def test_every_parameter_is_described_and_every_tool_converts_to_a_strict_schema(settings):
    from agents.strict_schema import ensure_strict_json_schema

    server = build_server(settings)

    async def go():
        async with Client(server) as client:
            return await client.list_tools()

    try:
        tools = run(go())
    finally:
        server.library.close()
    body = json.dumps({"tools": [t.model_dump(mode="json", exclude_none=True, by_alias=True) for t in tools]},
                      ensure_ascii=False).encode()
    assert len(body) <= TOOLS_LIST_BUDGET, len(body)
    for tool in tools:
        schema = tool.inputSchema
        for name, prop in schema.get("properties", {}).items():
            assert prop.get("description"), f"{tool.name}.{name} has no description"
        ensure_strict_json_schema(copy.deepcopy(schema))  # raises UserError where openai-agents would refuse the tool
        assert tool.outputSchema and "stemsense://schemas/" in tool.outputSchema["description"]
        for hint in ("readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"):
            assert getattr(tool.annotations, hint) is not None, (tool.name, hint)
    by_name = {t.name: t.inputSchema for t in tools}
    assert by_name["get_findings"]["properties"]["stems"]["items"]["enum"] == list(STEM_NAMES)
    assert by_name["generate_part"]["properties"]["stem"]["enum"] == list(PART_STEMS)  # a part is never "the mix"
    assert "htdemucs_6s" in by_name["load_track"]["properties"]["separation_model"]["enum"]


def test_argument_errors_read_as_words_not_a_validation_dump(settings):
    server = build_server(settings)

    async def go():
        async with Client(server) as client:
            bad_stem = await client.call_tool("get_findings", {"track_id": "0" * 16, "stems": ["kazoo"], "start_s": 0,
                                                                "end_s": 4}, raise_on_error=False)
            missing = await client.call_tool("get_findings", {"track_id": "0" * 16, "stems": ["bass"], "start_s": 0},
                                             raise_on_error=False)
            return bad_stem, missing

    try:
        bad_stem, missing = run(go())
    finally:
        server.library.close()
    assert bad_stem.is_error and "Unknown stem 'kazoo'" in bad_stem.content[0].text
    assert missing.is_error and "end_s is required" in missing.content[0].text
    for res in (bad_stem, missing):
        assert "errors.pydantic.dev" not in res.content[0].text and "validation error for" not in res.content[0].text


def test_completions_schemas_and_declared_capabilities(settings):
    server = build_server(settings)

    async def go():
        async with Client(server) as client:
            caps = client.server_capabilities
            tid = (await client.call_tool("load_track", {"source": str(EXAMPLE_MIDI)})).structured_content["track_id"]
            await poll_ready(client, tid)
            ids = await client.complete(PromptReference(type="ref/prompt", name="discuss_window"),
                                        {"name": "track_id", "value": tid[:3]})
            stems = await client.complete(ResourceTemplateReference(
                type="ref/resource", uri="stemsense://tracks/{track_id}/midi/{stem}.mid"),
                {"name": "stem", "value": "b"}, {"track_id": tid})
            full = await client.read_resource("stemsense://schemas/Findings.json")
            return caps, tid, ids, stems, full

    try:
        caps, tid, ids, stems, full = run(go())
    finally:
        server.library.close()
    assert tid in ids.values and stems.values == ["bass"]
    assert caps.completions is not None
    # nothing announces list changes it never sends
    for cap in (caps.tools, caps.resources, caps.prompts):
        assert not getattr(cap, "listChanged", None) and not getattr(cap, "list_changed", None)
    schema = json.loads(full[0].text)
    assert "claims" in schema["properties"] and schema["properties"]["summary"]["description"]
