// Drive StemSense over stdio with the official TypeScript SDK client; print one JSON line of results.
// usage: node client.mjs <python> <midi file>
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [python, source] = process.argv.slice(2);
const transport = new StdioClientTransport({ command: python, args: ["-m", "stemsense_mcp"], env: process.env, stderr: "ignore" });
const client = new Client({ name: "stemsense-ts-test", version: "1.0.0" });
await client.connect(transport);
const tools = (await client.listTools()).tools.map((t) => t.name).sort();
let status = (await client.callTool({ name: "load_track", arguments: { source } })).structuredContent;
for (let i = 0; i < 600 && (status.state === "queued" || status.state === "running"); i++) {
  await new Promise((r) => setTimeout(r, 200));
  status = (await client.callTool({ name: "track_status", arguments: { track_id: status.track_id } })).structuredContent;
}
const findings = await client.callTool({ name: "get_findings", arguments: {
  track_id: status.track_id, stems: ["drums", "bass"], start_s: 12, end_s: 24, question: "how is the groove?" } });
const bad = await client.callTool({ name: "analyze_window", arguments: {
  track_id: status.track_id, stems: ["drums"], start_s: 5, end_s: 500 } });
const wav = await client.readResource({ uri: `stemsense://tracks/${status.track_id}/stems/bass.wav?start_s=1&end_s=2` });
console.log(JSON.stringify({
  tools, state: status.state, frame: findings.structuredContent.frame.frame, summary: findings.content[0].text,
  badIsError: bad.isError === true, badText: bad.content[0].text, wavBytes: Buffer.from(wav.contents[0].blob, "base64").length,
  hasOutputSchema: (await client.listTools()).tools.every((t) => t.outputSchema),
}));
await client.close();
