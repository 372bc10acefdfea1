// Small pure helpers: time formatting, snapping to the beat grid, base64.
import type { Timeline } from "./types";

export function clock(t: number): string {
  const m = Math.floor(t / 60);
  const s = t - m * 60;
  return `${m}:${s.toFixed(1).padStart(4, "0")}`;
}

/** The grid times a selection edge may snap to: beats, bar starts (downbeats), or none. */
export function snapTargets(tl: Timeline, mode: "beat" | "bar" | "off"): number[] {
  const g = tl.grid;
  if (mode === "off" || g.beats_s.length === 0) return [];
  const times = mode === "beat" ? g.beats_s.slice() : g.beats_s.filter((_, i) => g.beat_in_bar[i] === 1);
  // the track's ends are always valid edges
  return [0, ...times, tl.duration_s];
}

export function snap(t: number, targets: number[]): number {
  if (targets.length === 0) return Math.round(t * 100) / 100;
  let best = targets[0];
  for (const x of targets) if (Math.abs(x - t) < Math.abs(best - t)) best = x;
  return best;
}

/** Bars (numbers from 1) with a beat inside [start, end): the server's definition (WindowInfo.bars). */
export function barsIn(tl: Timeline, start: number, end: number): number[] {
  const g = tl.grid;
  const out = new Set<number>();
  g.beats_s.forEach((t, i) => {
    if (t >= start - 1e-6 && t < end - 1e-6 && g.bar[i] >= 1) out.add(g.bar[i]);
  });
  return [...out].sort((a, b) => a - b);
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {},
                                                          text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
