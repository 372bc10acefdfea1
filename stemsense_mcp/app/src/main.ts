// The StemSense timeline, an MCP App. It talks to the server only through the host (ext-apps App):
// tools/call for data and questions, resources/read for audio and artefacts. It shows whatever tool
// result the host hands it: a track (load_track, show_timeline), a window's findings (get_findings) or
// generated parts (generate_part, evaluate_part).
import { App, applyDocumentTheme, applyHostFonts, applyHostStyleVariables } from "@modelcontextprotocol/ext-apps";
import type { McpUiHostContext } from "@modelcontextprotocol/ext-apps";
import { renderNotation } from "./notation";
import { Player, type Clip } from "./player";
import type { Findings, PartLane, PartOption, Selection, Timeline, TrackStatus } from "./types";
import { base64ToBytes, barsIn, clock, el } from "./util";
import { TimelineView } from "./view";

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const app = new App({ name: "StemSense timeline", version: "0.2.0" }, {}, { autoResize: true });
const player = new Player();

let trackId: string | null = null;
let view: TimelineView | null = null;
let toolArgs: Record<string, unknown> = {};
let pendingSelection: Selection | null = null;
let pendingFindings: Findings | null = null;
let pendingPart: PartLane | null = null;
let pollTimer: number | undefined;

function setStatus(text: string, state?: string): void {
  $("status").textContent = text;
  if (state) $("app").dataset.state = state;
}

// -- talking to the server through the host -------------------------------------------------
async function callTool<T>(name: string, args: Record<string, unknown>): Promise<T> {
  const res = await app.callServerTool({ name, arguments: args });
  if (res.isError) {
    const text = (res.content ?? []).map((c) => ("text" in c ? c.text : "")).join(" ").trim();
    throw new Error(text || `${name} failed`);
  }
  return res.structuredContent as T;
}

async function readBytes(uri: string): Promise<Uint8Array> {
  const res = await app.readServerResource({ uri });
  const item = res.contents[0] as { blob?: string; text?: string };
  if (item.blob !== undefined) return base64ToBytes(item.blob);
  return new TextEncoder().encode(item.text ?? "");
}

async function readText(uri: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(uri));
}

// -- what the host hands us ---------------------------------------------------------------------
app.ontoolinput = (params) => {
  toolArgs = (params.arguments ?? {}) as Record<string, unknown>;
};

app.ontoolresult = (result) => {
  if (result.isError) {
    const text = (result.content ?? []).map((c) => ("text" in c ? c.text : "")).join(" ");
    setStatus(text || "The tool call failed.", "error");
    return;
  }
  const sc = (result.structuredContent ?? {}) as Record<string, any>;
  if (sc.scope?.window && sc.frame) {                      // get_findings
    const w = sc.scope.window;
    pendingSelection = { start_s: w.start_s, end_s: w.end_s, stems: w.stems };
    pendingFindings = sc as Findings;
    openTrack(w.track_id);
  } else if (sc.directive && (sc.options || sc.option)) {   // generate_part / evaluate_part
    const d = sc.directive;
    const options: PartOption[] = sc.options ?? (sc.option ? [sc.option] : []);
    pendingSelection = { start_s: d.start_s, end_s: d.end_s, stems: [d.stem] };
    if (options.length) pendingPart = { stem: d.stem, start_s: d.start_s, end_s: d.end_s, options, current: 0, request: d.request };
    else setStatus(`The part broke the window's constraints: ${(sc.violations ?? []).join("; ")}`);
    openTrack(String(toolArgs.track_id ?? ""));
  } else if (sc.track_id && sc.state) {                    // load_track / show_timeline / track_status
    onStatus(sc as TrackStatus);
  }
};

app.onhostcontextchanged = (ctx) => applyHostContext(ctx);

function applyHostContext(ctx: McpUiHostContext | undefined): void {
  if (!ctx) return;
  if (ctx.theme) applyDocumentTheme(ctx.theme);
  if (ctx.styles?.variables) applyHostStyleVariables(ctx.styles.variables);
  if (ctx.styles?.css?.fonts) applyHostFonts(ctx.styles.css.fonts);
}

function openTrack(id: string): void {
  if (!/^[0-9a-f]{16}$/.test(id)) {
    setStatus("This result names no track the timeline can show.", "error");
    return;
  }
  callTool<TrackStatus>("track_status", { track_id: id }).then(onStatus, (e) => setStatus(String(e.message), "error"));
}

function onStatus(status: TrackStatus): void {
  window.clearTimeout(pollTimer);
  $("title").textContent = status.title;
  if (status.state === "ready") {
    if (trackId !== status.track_id || !view) loadTimeline(status.track_id);
    else applyPending();
  } else if (status.state === "failed") {
    setStatus(`The ingest failed: ${status.error ?? "unknown error"}`, "error");
  } else {
    setStatus(`${status.state === "queued" ? "Queued" : "Analysing"}: ${status.step ?? ""} ${Math.round(status.progress * 100)}%`, "loading");
    pollTimer = window.setTimeout(() => openTrack(status.track_id), 1000);
  }
}

async function loadTimeline(id: string): Promise<void> {
  setStatus("Loading the timeline…", "loading");
  try {
    const tl = await callTool<Timeline>("timeline_data", { track_id: id, points: 2400 });
    trackId = id;
    showTimeline(tl);
  } catch (e) {
    setStatus(String((e as Error).message), "error");
  }
}

// -- the timeline ---------------------------------------------------------------------------------
function showTimeline(tl: Timeline): void {
  $("title").textContent = tl.title;
  const facts = [tl.key && `key ${tl.key}`, tl.tempo_bpm && `${Math.round(tl.tempo_bpm)} BPM`, tl.meter,
                 `${clock(tl.duration_s)}`].filter(Boolean).join(" · ");
  $("facts").textContent = facts ? `Whole track: ${facts}` : "";
  $("max-window").textContent = String(tl.max_window_s ?? 30);
  $("limit").firstElementChild!.textContent = `${tl.max_window_s ?? 30} s limit`;
  $("toolbar").hidden = false;
  $("timeline").hidden = false;
  view = new TimelineView($("timeline"), tl, {
    onSelect: (sel) => select(sel),
    onLaneToggle: (stem) => toggleStem(stem),
    onSoloMute: (lane, kind) => soloMute(lane, kind),
  });
  const silent = tl.stems.filter((s) => s.empty).map((s) => s.stem);
  setStatus(`${tl.stems.length} stems${silent.length ? ` (silent: ${silent.join(", ")})` : ""}. Drag across lanes to select a window.`, "ready");
  view.render();
  applyPending();
}

function applyPending(): void {
  if (!view) return;
  if (pendingPart) {
    view.part = pendingPart;
    view.mute.add(pendingPart.stem);  // hear the new part in place of the old one
    pendingPart = null;
    showPart();
  }
  if (pendingSelection) {
    const sel = pendingSelection;
    pendingSelection = null;
    select(sel, pendingFindings);
    pendingFindings = null;
    zoomTo(sel);
  }
  view.render();
}

function zoomTo(sel: Selection): void {
  if (!view) return;
  const pad = Math.max(2, (sel.end_s - sel.start_s) * 0.5);
  view.setView(sel.start_s - pad, sel.end_s + pad);
}

function select(sel: Selection, findings: Findings | null = null): void {
  if (!view) return;
  view.selection = sel;
  view.drawSelection();
  const bars = barsIn(view.tl, sel.start_s, sel.end_s);
  const barText = bars.length ? (bars.length === 1 ? `bar ${bars[0]}` : `bars ${bars[0]}–${bars[bars.length - 1]}`) : "no full bar";
  const info = $("selection-info");
  info.dataset.startS = String(sel.start_s);
  info.dataset.endS = String(sel.end_s);
  info.dataset.stems = sel.stems.join(",");
  info.textContent = `${sel.stems.join(" + ") || "no stem"} · ${clock(sel.start_s)}–${clock(sel.end_s)} (${barText}, ${(sel.end_s - sel.start_s).toFixed(2)} s)`;
  $("panel").hidden = false;
  ($("ask") as HTMLButtonElement).disabled = sel.stems.length === 0;
  ($("to-chat") as HTMLButtonElement).disabled = sel.stems.length === 0 || !app.getHostCapabilities()?.message;
  ($("play") as HTMLButtonElement).disabled = false;
  ($("zoom-sel") as HTMLButtonElement).disabled = false;
  const stemSelect = $("write-stem") as HTMLSelectElement;
  stemSelect.replaceChildren(...view.tl.stems.map((s) => el("option", { value: s.stem }, s.stem)));
  stemSelect.value = sel.stems[0] ?? view.tl.stems[0]?.stem;
  ($("write") as HTMLButtonElement).disabled = false;
  if (findings) showFindings(findings);
  else clearFindings();
  offerToConversation(sel, barText);
}

function toggleStem(stem: string): void {
  if (!view) return;
  const sel = view.selection;
  if (!sel) return;
  const stems = sel.stems.includes(stem) ? sel.stems.filter((s) => s !== stem)
    : view.tl.stems.map((s) => s.stem).filter((s) => s === stem || sel.stems.includes(s));
  select({ ...sel, stems });
}

/** Tell the model what the user selected, so the conversation can be about exactly this window. */
function offerToConversation(sel: Selection, barText: string): void {
  if (!view || !app.getHostCapabilities()?.updateModelContext) return;
  const text = `In the StemSense timeline the user selected ${sel.stems.join(", ")} from ${sel.start_s.toFixed(3)} s to ` +
    `${sel.end_s.toFixed(3)} s (${barText}) of "${view.tl.title}" (track_id ${view.tl.track_id}). To talk about it, call ` +
    `get_findings with track_id="${view.tl.track_id}", stems=${JSON.stringify(sel.stems)}, start_s=${sel.start_s}, end_s=${sel.end_s}.`;
  app.updateModelContext({ content: [{ type: "text", text }],
                           structuredContent: { track_id: view.tl.track_id, ...sel } }).catch(() => undefined);
}

// -- asking -------------------------------------------------------------------------------------------
function clearFindings(): void {
  const box = $("findings");
  box.dataset.state = "none";
  box.replaceChildren();
}

async function ask(): Promise<void> {
  if (!view?.selection) return;
  const sel = view.selection;
  const question = ($("question") as HTMLInputElement).value.trim();
  const box = $("findings");
  box.dataset.state = "asking";
  box.textContent = "Listening to the window…";
  try {
    const f = await callTool<Findings>("get_findings", { track_id: view.tl.track_id, stems: sel.stems,
      start_s: sel.start_s, end_s: sel.end_s, ...(question ? { question } : {}) });
    if (view.selection !== sel) return;  // the user moved on
    showFindings(f);
  } catch (e) {
    box.dataset.state = "error";
    box.textContent = String((e as Error).message);
  }
}

function showFindings(f: Findings): void {
  const box = $("findings");
  const w = f.scope.window;
  box.dataset.state = "ready";
  box.dataset.startS = String(w.start_s);
  box.dataset.endS = String(w.end_s);
  box.dataset.stems = w.stems.join(",");
  box.dataset.frame = f.frame.frame;
  const frame = el("p", { class: "frame" });
  frame.append(el("strong", {}, f.frame.frame), document.createTextNode(
    ` frame · ${f.frame.confidence >= 0.66 ? "confident" : f.frame.confidence >= 0.33 ? "fairly sure" : "tentative"}` +
    (f.frame.secondary_frame ? ` (also ${f.frame.secondary_frame})` : "")));
  const lens = el("p", { class: "lens" }, f.frame.lens);
  const summary = el("p", { class: "summary" }, f.summary);
  const roles = el("ul", { class: "roles" });
  for (const r of f.roles) {
    const li = el("li", {});
    li.append(el("strong", {}, r.stem), document.createTextNode(` — ${r.role.replace(/_/g, " ")}${r.relation ? `; ${r.relation}` : ""}`));
    roles.append(li);
  }
  box.replaceChildren(summary, frame, lens, roles);
  const notes = [...f.frame.cautions.map((c) => c.replace(/^[a-z_]+: /, "")), ...f.uncertainties];
  if (notes.length) {
    const list = el("ul", { class: "cautions", "aria-label": "What to be careful about" });
    list.append(...notes.map((n) => el("li", {}, n)));
    box.append(list);
  }
}

async function sendToChat(): Promise<void> {
  if (!view?.selection) return;
  const sel = view.selection;
  const q = ($("question") as HTMLInputElement).value.trim() || "What is going on here?";
  const text = `${q}\n\n(Selection in the StemSense timeline: ${sel.stems.join(", ")}, ${sel.start_s.toFixed(3)}–${sel.end_s.toFixed(3)} s ` +
    `of track ${view.tl.track_id}.)`;
  await app.sendMessage({ role: "user", content: [{ type: "text", text }] }).catch(() => undefined);
}

// -- writing a part -----------------------------------------------------------------------------------
async function write(): Promise<void> {
  if (!view?.selection) return;
  const sel = view.selection;
  const stem = ($("write-stem") as HTMLSelectElement).value;
  const request = ($("write-request") as HTMLInputElement).value.trim() || "a new part that fits this window";
  ($("write") as HTMLButtonElement).disabled = true;
  $("part-head").textContent = `Writing ${stem} options…`;
  $("part-panel").hidden = false;
  try {
    // fitted against the other lanes the user selected; a selection of the part's own lane alone means
    // "rewrite this part": fitted against every stem (the tool's default)
    const context = sel.stems.filter((s) => s !== stem);
    const res = await callTool<{ options: PartOption[] }>("generate_part", { track_id: view.tl.track_id, stem,
      start_s: sel.start_s, end_s: sel.end_s, request, n_options: 3, ...(context.length ? { stems: context } : {}) });
    view.mute.delete(view.part?.stem ?? "");
    view.part = { stem, start_s: sel.start_s, end_s: sel.end_s, options: res.options, current: 0, request };
    view.mute.add(stem);
    view.render();
    await showPart();
  } catch (e) {
    $("part-head").textContent = String((e as Error).message);
  } finally {
    ($("write") as HTMLButtonElement).disabled = false;
  }
}

async function showPart(): Promise<void> {
  if (!view?.part) return;
  const part = view.part;
  const opt = part.options[part.current];
  const panel = $("part-panel");
  panel.hidden = false;
  panel.dataset.partId = opt.part_id;
  const head = $("part-head");
  head.replaceChildren(el("strong", {}, `New ${part.stem}`),
    document.createTextNode(` for ${clock(part.start_s)}–${clock(part.end_s)}: ${opt.label} (fit ${Math.round(opt.score.total * 100)}%) `));
  const play = el("button", { id: "play-part" }, "▶ Play in context");
  play.addEventListener("click", () => playRange(part.start_s, part.end_s));
  const dl = el("button", { id: "download-midi" }, "Download MIDI");
  dl.addEventListener("click", () => downloadMidi(opt, part.stem));
  head.append(play, dl);
  const tabs = $("part-options");
  tabs.replaceChildren(...part.options.map((o, i) => {
    const b = el("button", { role: "tab", "aria-selected": String(i === part.current) }, `${i + 1}. ${o.label}`);
    b.addEventListener("click", () => { part.current = i; view!.render(); showPart(); });
    return b;
  }));
  const notation = $("notation");
  notation.dataset.state = "loading";
  try {
    await renderNotation(notation, await readText(opt.resources["part.musicxml"]));
    notation.dataset.state = "ready";
  } catch (e) {
    notation.dataset.state = "error";
    notation.textContent = `The notation could not be drawn: ${(e as Error).message}`;
  }
}

async function downloadMidi(opt: PartOption, stem: string): Promise<void> {
  const bytes = await readBytes(opt.resources["part.mid"]);
  let bin = "";
  bytes.forEach((b) => { bin += String.fromCharCode(b); });
  const name = `stemsense-${stem}-${opt.part_id}.mid`;
  if (app.getHostCapabilities()?.downloadFile) {
    await app.downloadFile({ contents: [{ type: "resource", resource: { uri: `file:///${name}`, mimeType: "audio/midi", blob: btoa(bin) } }] });
  } else {
    const a = el("a", { href: URL.createObjectURL(new Blob([bytes as BlobPart], { type: "audio/midi" })), download: name });
    a.click();
  }
}

// -- listening ----------------------------------------------------------------------------------------
function gainOf(lane: string): number {
  if (!view) return 0;
  if (view.solo.size) return view.solo.has(lane) ? 1 : 0;
  return view.mute.has(lane) ? 0 : 1;
}

function soloMute(lane: string, kind: "solo" | "mute"): void {
  if (!view) return;
  const set = kind === "solo" ? view.solo : view.mute;
  if (set.has(lane)) set.delete(lane); else set.add(lane);
  for (const l of [...view.tl.stems.map((s) => s.stem), "part"]) player.setGain(l, gainOf(l));
  view.render();
}

async function playRange(start: number, end: number): Promise<void> {
  if (!view) return;
  const id = view.tl.track_id;
  const reader = (uri: string) => async () => (await readBytes(uri)).slice().buffer;
  const clips: Clip[] = view.tl.stems.filter((s) => !s.empty).map((s) => {
    const uri = `stemsense://tracks/${id}/stems/${s.stem}.ogg?start_s=${start}&end_s=${end}`;
    return { lane: s.stem, key: uri, at_s: start, load: reader(uri), fallback: reader(uri.replace(".ogg?", ".wav?")) };
  });
  const part = view.part;
  if (part && part.end_s > start && part.start_s < end) {
    const res = part.options[part.current].resources;
    clips.push({ lane: "part", key: res["part.ogg"], at_s: part.start_s, load: reader(res["part.ogg"]),
                 fallback: reader(res["part.wav"]) });
  }
  $("app").dataset.playing = "loading";
  try {
    await player.play(clips, start, end, gainOf);
  } catch (e) {
    $("app").dataset.playing = "error";
    setStatus(`Playback failed: ${(e as Error).message}`);
    return;
  }
  $("app").dataset.playing = "playing";
  ($("stop") as HTMLButtonElement).disabled = false;
  const tick = () => {
    const t = player.position();
    view?.setPlayhead(t);
    if (t === null) {
      $("app").dataset.playing = "stopped";
      ($("stop") as HTMLButtonElement).disabled = true;
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

// -- controls -------------------------------------------------------------------------------------------
$("zoom-fit").addEventListener("click", () => view?.setView(0, view.tl.duration_s));
$("zoom-in").addEventListener("click", () => view?.zoom(0.5));
$("zoom-out").addEventListener("click", () => view?.zoom(2));
$("zoom-sel").addEventListener("click", () => view?.selection && zoomTo(view.selection));
for (const radio of document.querySelectorAll<HTMLInputElement>("input[name=snap]")) {
  radio.addEventListener("change", () => { if (view) view.snapMode = radio.value as "beat" | "bar" | "off"; });
}
$("play").addEventListener("click", () => view?.selection && playRange(view.selection.start_s, view.selection.end_s));
$("stop").addEventListener("click", () => { player.stop(); view?.setPlayhead(null); });
// (no <form>: hosts sandbox the frame without allow-forms, so a submit would be blocked)
$("ask").addEventListener("click", () => ask());
$("question").addEventListener("keydown", (e) => { if (e.key === "Enter") ask(); });
$("to-chat").addEventListener("click", () => sendToChat());
$("write").addEventListener("click", () => write());
$("write-request").addEventListener("keydown", (e) => { if (e.key === "Enter") write(); });

// -- connect (handlers are set above, before the handshake, as the SDK asks) ----------------------------
const noHost = window.setTimeout(() => setStatus("This is an MCP App: open it from an MCP client that shows apps " +
  "(it talks to the StemSense server through the host).", "no-host"), 4000);
app.connect().then(() => {
  window.clearTimeout(noHost);
  applyHostContext(app.getHostContext());
  setStatus("Waiting for a track…", "waiting");
}, (e) => setStatus(`Could not connect to the host: ${(e as Error).message}`, "error"));
