// The timeline: rows for bars, sections and chords, one waveform lane per stem (wavesurfer.js from
// precomputed peaks; no audio is decoded to draw), a beat/bar grid, and a 2-D drag that selects a
// time range (snapped) over one or more lanes.
import WaveSurfer from "wavesurfer.js";
import RegionsPlugin from "wavesurfer.js/dist/plugins/regions.esm.js";
import type { PartLane, Selection, Timeline } from "./types";
import { clock, el, snap, snapTargets } from "./util";

const LABEL_W = 136;
const LANE_H = 46;
const SECTION_COLORS = ["#5b8def", "#e8a33d", "#53b07c", "#c8607a", "#8e6fd1", "#3fb0b8", "#b8a03f", "#7f8c8d"];

type SnapMode = "beat" | "bar" | "off";

interface Lane {
  id: string;          // stem name, or "part"
  row: HTMLElement;
  body: HTMLElement;
  ws: WaveSurfer | null;
  regions: ReturnType<typeof RegionsPlugin.create> | null;
}

export interface ViewEvents {
  onSelect(sel: Selection): void;
  onLaneToggle(stem: string): void;
  onSoloMute(lane: string, kind: "solo" | "mute"): void;
}

export class TimelineView {
  tl: Timeline;
  v0 = 0;
  v1 = 1;
  snapMode: SnapMode = "beat";
  selection: Selection | null = null;
  part: PartLane | null = null;
  solo = new Set<string>();
  mute = new Set<string>();
  private lanes: Lane[] = [];
  private peakScale = 1;
  private drag: { anchor: number; laneA: number; laneB: number; t: number; x0: number } | null = null;

  constructor(private root: HTMLElement, tl: Timeline, private events: ViewEvents) {
    this.tl = tl;
    this.v1 = tl.duration_s;
    root.style.setProperty("--label-w", `${LABEL_W}px`);
    // one scale for every lane, so a quiet stem looks quiet next to a loud one
    this.peakScale = 1 / Math.max(1e-3, ...tl.stems.flatMap((s) => s.peaks.length ? [Math.max(...s.peaks)] : []));
    let lastWidth = 0;
    new ResizeObserver(() => {  // re-lay out when the host resizes the frame (not on our own height changes)
      const w = this.rows().clientWidth;
      if (w !== lastWidth) { lastWidth = w; this.render(); }
    }).observe(root);
    window.addEventListener("pointermove", (e) => this.dragMove(e));
    window.addEventListener("pointerup", (e) => this.dragEnd(e));
  }

  get maxWindow(): number { return this.tl.max_window_s ?? 30; }

  private rows(): HTMLElement { return this.root.querySelector("#rows") as HTMLElement; }

  width(): number { return Math.max(50, this.rows().clientWidth - LABEL_W); }

  x(t: number): number { return ((t - this.v0) / (this.v1 - this.v0)) * this.width(); }

  time(clientX: number): number {
    const left = this.rows().getBoundingClientRect().left + LABEL_W;
    const t = this.v0 + ((clientX - left) / this.width()) * (this.v1 - this.v0);
    return Math.min(this.tl.duration_s, Math.max(0, t));
  }

  setView(v0: number, v1: number): void {
    const d = this.tl.duration_s;
    const span = Math.min(d, Math.max(2, v1 - v0));
    this.v0 = Math.min(Math.max(0, v0), d - span);
    this.v1 = this.v0 + span;
    this.render();
  }

  zoom(factor: number): void {
    const c = this.selection ? (this.selection.start_s + this.selection.end_s) / 2 : (this.v0 + this.v1) / 2;
    const span = (this.v1 - this.v0) * factor;
    this.setView(c - span / 2, c + span / 2);
  }

  // -- drawing ---------------------------------------------------------------------------
  render(): void {
    const rows = this.rows();
    this.root.dataset.v0 = String(this.v0);  // the visible range, for tests and assistive tech
    this.root.dataset.v1 = String(this.v1);
    for (const lane of this.lanes) lane.ws?.destroy();
    this.lanes = [];
    rows.replaceChildren(this.rulerRow(), this.spanRow("Sections", "sections", this.tl.sections, true),
                         this.spanRow("Chords", "chords", this.tl.chords, false));
    for (const stem of this.tl.stems) rows.append(this.stemLane(stem.stem, stem.empty, stem.peaks, stem.origin));
    if (this.part) rows.append(this.partLane(this.part));
    this.drawGrid();
    this.drawSelection();
  }

  private head(label: string, title: string): HTMLElement {
    const head = el("div", { class: "head", title });
    head.append(el("span", { class: "name" }, label));
    return head;
  }

  private rulerRow(): HTMLElement {
    const row = el("div", { class: "row ruler" });
    row.append(this.head(`${clock(this.v0)}–${clock(this.v1)}`, "the visible part of the track"));
    const body = el("div", { class: "body" });
    const g = this.tl.grid;
    const barW = g.beats_s.length > 1 && g.beats_per_bar
      ? this.x(this.v0 + (g.beats_s[g.beats_s.length - 1] - g.beats_s[0]) / (g.beats_s.length - 1) * g.beats_per_bar) : 40;
    const every = Math.max(1, Math.ceil(28 / Math.max(1, barW)));
    g.beats_s.forEach((t, i) => {
      if (g.beat_in_bar[i] !== 1 || t < this.v0 || t > this.v1 || (g.bar[i] - 1) % every !== 0) return;
      const mark = el("span", { class: "bar-number" }, String(g.bar[i]));
      mark.style.left = `${this.x(t)}px`;
      body.append(mark);
    });
    row.append(body);
    return row;
  }

  private spanRow(label: string, cls: string, spans: { start_s: number; end_s: number; label: string }[],
                  colored: boolean): HTMLElement {
    const row = el("div", { class: `row ${cls}` });
    row.append(this.head(label, `${label} (track-level analysis)`));
    const body = el("div", { class: "body" });
    const letters = [...new Set(spans.map((s) => s.label))];
    for (const s of spans) {
      if (s.end_s <= this.v0 || s.start_s >= this.v1) continue;
      const a = this.x(Math.max(s.start_s, this.v0));
      const b = this.x(Math.min(s.end_s, this.v1));
      const block = el("span", { class: "span", title: `${s.label}: ${clock(s.start_s)}–${clock(s.end_s)}` },
                       b - a > 22 ? s.label : "");
      block.style.left = `${a}px`;
      block.style.width = `${Math.max(1, b - a - 1)}px`;
      if (colored) block.style.background = SECTION_COLORS[letters.indexOf(s.label) % SECTION_COLORS.length];
      body.append(block);
    }
    row.append(body);
    return row;
  }

  private laneHead(id: string, label: string, title: string, selectable: boolean): HTMLElement {
    const head = this.head(label, title);
    if (selectable) {
      const pick = el("button", { class: "pick", title: "Add to / remove from the selection", "aria-label": `select ${label}` }, "◎");
      pick.addEventListener("click", () => this.events.onLaneToggle(id));
      head.prepend(pick);
    }
    for (const kind of ["solo", "mute"] as const) {
      const on = (kind === "solo" ? this.solo : this.mute).has(id);
      const b = el("button", { class: `${kind}${on ? " on" : ""}`, "aria-pressed": String(on), title: kind,
                               "data-lane": id }, kind === "solo" ? "S" : "M");
      b.addEventListener("click", () => this.events.onSoloMute(id, kind));
      head.append(b);
    }
    return head;
  }

  private stemLane(stem: string, empty: boolean, peaks: number[], origin: string): HTMLElement {
    const row = el("div", { class: `row lane${empty ? " empty" : ""}`, "data-stem": stem });
    row.append(this.laneHead(stem, stem + (empty ? " (silent)" : ""), `${stem}: ${origin}`, true));
    const body = el("div", { class: "body" });
    row.append(body);
    const n = peaks.length || this.tl.points;
    const i0 = Math.floor((this.v0 / this.tl.duration_s) * n);
    const i1 = Math.max(i0 + 1, Math.ceil((this.v1 / this.tl.duration_s) * n));
    const slice = empty || peaks.length === 0 ? new Array(i1 - i0).fill(0)
      : peaks.slice(i0, i1).map((p) => Math.min(1, p * this.peakScale));
    const regions = RegionsPlugin.create();
    // created after the row is in the document (wavesurfer measures its container)
    queueMicrotask(() => {
      const ws = WaveSurfer.create({
        container: body, height: LANE_H, peaks: [slice], duration: this.v1 - this.v0, interact: false,
        cursorWidth: 0, waveColor: empty ? "#9aa0a6" : "#4a7bd0", progressColor: empty ? "#9aa0a6" : "#4a7bd0",
        barWidth: 2, barGap: 1, normalize: false, hideScrollbar: true, plugins: [regions],
      });
      lane.ws = ws;
      ws.once("ready", () => this.drawRegion(lane));  // regions need the duration set
    });
    const lane: Lane = { id: stem, row, body, ws: null, regions };
    this.lanes.push(lane);
    body.addEventListener("pointerdown", (e) => this.dragStart(e, this.lanes.indexOf(lane)));
    return row;
  }

  private partLane(part: PartLane): HTMLElement {
    const opt = part.options[part.current];
    const row = el("div", { class: "row lane part", "data-lane": "part" });
    row.append(this.laneHead("part", `new ${part.stem}`, `option ${part.current + 1}: ${opt.label}`, false));
    const body = el("div", { class: "body" });
    const canvas = el("canvas", { class: "notes" });
    body.append(canvas);
    row.append(body);
    requestAnimationFrame(() => {
      const w = this.width();
      canvas.width = w * devicePixelRatio;
      canvas.height = LANE_H * devicePixelRatio;
      canvas.style.width = `${w}px`;
      canvas.style.height = `${LANE_H}px`;
      const g = canvas.getContext("2d")!;
      g.scale(devicePixelRatio, devicePixelRatio);
      g.fillStyle = "rgba(232,163,61,0.15)";
      g.fillRect(this.x(part.start_s), 0, this.x(part.end_s) - this.x(part.start_s), LANE_H);
      const pitches = opt.notes.map((n) => n.pitch);
      const lo = Math.min(...pitches) - 1;
      const hi = Math.max(...pitches) + 1;
      g.fillStyle = "#d98b1c";
      for (const n of opt.notes) {
        const y = LANE_H - ((n.pitch - lo) / Math.max(1, hi - lo)) * LANE_H;
        g.fillRect(this.x(n.time_s), y - 2, Math.max(2, this.x(n.time_s + n.duration_s) - this.x(n.time_s) - 1), 4);
      }
    });
    this.lanes.push({ id: "part", row, body, ws: null, regions: null });
    return row;
  }

  drawGrid(): void {
    const canvas = this.root.querySelector("#grid") as HTMLCanvasElement;
    const rows = this.rows();
    const w = this.width();
    const h = rows.clientHeight;
    canvas.style.left = `${LABEL_W}px`;
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
    canvas.width = w * devicePixelRatio;
    canvas.height = h * devicePixelRatio;
    const g = canvas.getContext("2d")!;
    g.scale(devicePixelRatio, devicePixelRatio);
    const grid = this.tl.grid;
    const beatPx = grid.beats_s.length > 1 ? this.x(this.v0 + (grid.beats_s[1] - grid.beats_s[0])) : 0;
    grid.beats_s.forEach((t, i) => {
      if (t < this.v0 || t > this.v1) return;
      const down = grid.beat_in_bar[i] === 1;
      if (!down && beatPx < 6) return;
      g.fillStyle = down ? "rgba(128,128,128,0.45)" : "rgba(128,128,128,0.16)";
      g.fillRect(Math.round(this.x(t)), 0, 1, h);
    });
  }

  // -- selection ----------------------------------------------------------------------------
  private laneIndexAt(clientY: number): number {
    const stems = this.lanes.filter((l) => l.id !== "part");
    let best = 0;
    stems.forEach((l, i) => {
      const r = l.row.getBoundingClientRect();
      if (clientY >= r.top) best = i;
    });
    return best;
  }

  private dragStart(e: PointerEvent, laneIndex: number): void {
    if (e.button !== 0) return;
    e.preventDefault();
    const t = this.time(e.clientX);
    this.drag = { anchor: t, laneA: laneIndex, laneB: laneIndex, t, x0: e.clientX };
    this.drawDrag();
  }

  private dragMove(e: PointerEvent): void {
    if (!this.drag) return;
    this.drag.t = this.time(e.clientX);
    this.drag.laneB = this.laneIndexAt(e.clientY);
    this.drawDrag();
  }

  /** The snapped [start, end) of the drag, never longer than the frame limit. */
  private dragRange(): [number, number] {
    const d = this.drag!;
    const targets = snapTargets(this.tl, this.snapMode);
    const a = snap(d.anchor, targets);
    let b = snap(d.t, targets);
    const max = this.maxWindow;
    if (Math.abs(b - a) > max) {
      const limit = a + Math.sign(b - a) * max;
      const inside = targets.filter((x) => (b > a ? x > a && x <= limit + 1e-6 : x < a && x >= limit - 1e-6));
      b = inside.length ? (b > a ? Math.max(...inside) : Math.min(...inside)) : limit;
    }
    return a <= b ? [a, b] : [b, a];
  }

  private dragEnd(e: PointerEvent): void {
    if (!this.drag) return;
    const d = this.drag;
    let [start, end] = this.dragRange();
    this.drag = null;
    (this.root.querySelector("#limit") as HTMLElement).hidden = true;
    if (Math.abs(e.clientX - d.x0) < 4 || end - start < 0.05) {
      // a click: the bar (or beat) under the pointer
      const targets = snapTargets(this.tl, this.snapMode === "off" ? "bar" : this.snapMode);
      const before = targets.filter((x) => x <= d.anchor + 1e-6);
      const after = targets.filter((x) => x > d.anchor + 1e-6);
      if (!before.length || !after.length) { this.drawSelection(); return; }
      [start, end] = [Math.max(...before), Math.min(...after)];
    }
    const stems = this.lanes.filter((l) => l.id !== "part").map((l) => l.id);
    const [i, j] = [Math.min(d.laneA, d.laneB), Math.max(d.laneA, d.laneB)];
    this.events.onSelect({ start_s: round(start), end_s: round(end), stems: stems.slice(i, j + 1) });
  }

  private drawDrag(): void {
    const box = this.root.querySelector("#selection") as HTMLElement;
    const limit = this.root.querySelector("#limit") as HTMLElement;
    const d = this.drag!;
    const [a, b] = this.dragRange();
    const stems = this.lanes.filter((l) => l.id !== "part");
    const top = stems[Math.min(d.laneA, d.laneB)].row;
    const bottom = stems[Math.max(d.laneA, d.laneB)].row;
    const base = this.root.getBoundingClientRect().top;
    box.hidden = false;
    box.classList.add("dragging");
    box.style.left = `${LABEL_W + this.x(a)}px`;
    box.style.width = `${Math.max(2, this.x(b) - this.x(a))}px`;
    box.style.top = `${top.getBoundingClientRect().top - base}px`;
    box.style.height = `${bottom.getBoundingClientRect().bottom - top.getBoundingClientRect().top}px`;
    box.textContent = `${(b - a).toFixed(1)} s`;
    // the frame limit, measured from the anchor in the drag's direction
    const edge = d.t >= d.anchor ? d.anchor + this.maxWindow : d.anchor - this.maxWindow;
    limit.hidden = edge < this.v0 || edge > this.v1;
    limit.style.left = `${LABEL_W + this.x(edge)}px`;
    limit.style.height = `${this.rows().clientHeight}px`;
  }

  drawSelection(): void {
    const box = this.root.querySelector("#selection") as HTMLElement;
    box.hidden = true;
    box.classList.remove("dragging");
    for (const lane of this.lanes) this.drawRegion(lane);
  }

  private drawRegion(lane: Lane): void {
    if (!lane.regions || !lane.ws) return;
    lane.regions.clearRegions();
    const sel = this.selection;
    lane.row.classList.toggle("selected", !!sel && sel.stems.includes(lane.id));
    if (!sel || !sel.stems.includes(lane.id) || sel.end_s <= this.v0 || sel.start_s >= this.v1) return;
    lane.regions.addRegion({
      start: Math.max(0, sel.start_s - this.v0), end: Math.min(this.v1, sel.end_s) - this.v0,
      color: "rgba(232,163,61,0.28)", drag: false, resize: false, id: `sel-${lane.id}`,
    });
  }

  setPlayhead(t: number | null): void {
    const ph = this.root.querySelector("#playhead") as HTMLElement;
    if (t === null || t < this.v0 || t > this.v1) { ph.hidden = true; return; }
    ph.hidden = false;
    ph.style.left = `${LABEL_W + this.x(t)}px`;
    ph.style.height = `${this.rows().clientHeight}px`;
  }

}

function round(t: number): number { return Math.round(t * 10000) / 10000; }
