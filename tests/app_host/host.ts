// A minimal MCP Apps host, as Claude Desktop or VS Code do it in essence: an MCP client to the server
// (streamable HTTP), the tool's `ui://` resource rendered in a sandboxed iframe (opaque origin, no
// network: the CSP is built from the resource's _meta.ui.csp the way the spec describes), and an
// AppBridge that forwards the app's tools/call and resources/read to the server. It runs the tool the
// model would have run (?tool=...&args=...) and hands the app its input and result. Everything the
// app asks of the host is recorded on window.__host for the test to read.
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { AppBridge, PostMessageTransport, getToolUiResourceUri } from "@modelcontextprotocol/ext-apps/app-bridge";

const record: Record<string, any> = {
  appToolCalls: [], appResourceReads: [], modelContext: [], downloads: [], messages: [], logs: [],
  resource: null, toolResult: null, initialized: false, error: null,
};
(window as any).__host = record;
const log = (text: string) => { (document.getElementById("log") as HTMLElement).textContent = text; };

function cspFor(csp: { connectDomains?: string[]; resourceDomains?: string[] }): string {
  const rd = (csp.resourceDomains ?? []).join(" ");
  const cd = (csp.connectDomains ?? []).join(" ");
  return [
    "default-src 'none'",
    `script-src 'self' 'unsafe-inline' ${rd}`,
    `style-src 'self' 'unsafe-inline' ${rd}`,
    `img-src 'self' data: ${rd}`,
    `font-src 'self' data: ${rd}`,
    `media-src 'self' data: ${rd}`,
    cd ? `connect-src ${cd}` : "connect-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const toolName = params.get("tool") ?? "show_timeline";
  const args = JSON.parse(params.get("args") ?? "{}");
  const client = new Client({ name: "stemsense-test-host", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL("/mcp", location.origin)));
  const { tools } = await client.listTools();
  const tool = tools.find((t) => t.name === toolName);
  if (!tool) throw new Error(`no tool ${toolName}`);
  const uri = getToolUiResourceUri(tool);
  if (!uri) throw new Error(`${toolName} has no _meta.ui.resourceUri`);
  const read = await client.readResource({ uri });
  const content = read.contents[0] as any;
  record.resource = { uri, mimeType: content.mimeType, meta: content._meta ?? null, bytes: content.text.length };
  const csp = cspFor(content._meta?.ui?.csp ?? {});
  const html = content.text.replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="${csp}">`);

  const iframe = document.getElementById("app") as HTMLIFrameElement;
  const bridge = new AppBridge(client, { name: "stemsense-test-host", version: "1.0.0" }, {
    serverTools: {}, serverResources: {}, openLinks: {}, logging: {}, downloadFile: {},
    updateModelContext: { text: {}, structuredContent: {} }, message: { text: {} },
  });
  bridge.onupdatemodelcontext = async (p) => { record.modelContext.push(p); return {}; };
  bridge.ondownloadfile = async (p) => { record.downloads.push(p); return {}; };
  bridge.onmessage = async (p) => { record.messages.push(p); return {}; };
  bridge.onloggingmessage = (p) => { record.logs.push(p); };
  bridge.onsizechange = (p) => { if (p.height) iframe.style.height = `${Math.min(2000, p.height)}px`; };
  bridge.oninitialized = async () => {
    record.initialized = true;
    log(`app initialised; calling ${toolName}`);
    const result = await client.callTool({ name: toolName, arguments: args });  // as the model would
    record.toolResult = result;
    await bridge.sendToolInput({ arguments: args });
    await bridge.sendToolResult(result as any);
    log(`${toolName} result sent to the app`);
  };
  await bridge.connect(new PostMessageTransport(iframe.contentWindow!, iframe.contentWindow!));
  // Forward as the bridge does, but record what the app asked for.
  bridge.oncalltool = async (p) => {
    record.appToolCalls.push({ name: p.name, arguments: p.arguments });
    const result = await client.callTool(p);
    record.appToolCalls[record.appToolCalls.length - 1].isError = !!result.isError;
    return result as any;
  };
  bridge.onreadresource = async (p) => {
    record.appResourceReads.push(p.uri);
    return (await client.readResource(p)) as any;
  };
  iframe.srcdoc = html;
  log("app loading");
}

main().catch((e) => { record.error = String(e?.stack ?? e); log(`host error: ${e}`); });
