// Plays a window of several lanes in sync with Web Audio (no <audio> element, so no media-src is
// needed under the host's CSP). Each lane has its own gain: solo and mute change it while playing.

export interface Clip {
  lane: string;        // lane id: a stem name, or "part"
  load: () => Promise<ArrayBuffer>;  // the encoded audio (fetched through the host): a small Ogg
  fallback?: () => Promise<ArrayBuffer>;  // WAV, for a web view that cannot decode Ogg Vorbis
  key: string;         // cache key (the resource URI)
  at_s: number;        // track time where the clip starts
}

export class Player {
  private ctx: AudioContext | null = null;
  private cache = new Map<string, AudioBuffer>();
  private sources: AudioBufferSourceNode[] = [];
  private gains = new Map<string, GainNode>();
  private startedAt = 0;
  private range: [number, number] = [0, 0];
  playing = false;

  private context(): AudioContext {
    if (!this.ctx) this.ctx = new AudioContext();
    return this.ctx;
  }

  async decode(clip: Clip): Promise<AudioBuffer> {
    const hit = this.cache.get(clip.key);
    if (hit) return hit;
    let buffer: AudioBuffer;
    try {
      buffer = await this.context().decodeAudioData(await clip.load());
    } catch (e) {
      if (!clip.fallback) throw e;
      buffer = await this.context().decodeAudioData(await clip.fallback());
    }
    this.cache.set(clip.key, buffer);
    return buffer;
  }

  /** Start all clips together at track time `start_s`, stopping at `end_s`. */
  async play(clips: Clip[], start_s: number, end_s: number, gainOf: (lane: string) => number): Promise<void> {
    this.stop();
    const ctx = this.context();
    if (ctx.state === "suspended") await ctx.resume();
    const buffers = await Promise.all(clips.map((c) => this.decode(c)));
    const when = ctx.currentTime + 0.05;
    clips.forEach((clip, i) => {
      const offset = start_s - clip.at_s;  // where in this clip the window starts (negative: later)
      const gain = ctx.createGain();
      gain.gain.value = gainOf(clip.lane);
      gain.connect(ctx.destination);
      const src = ctx.createBufferSource();
      src.buffer = buffers[i];
      src.connect(gain);
      const delay = Math.max(0, -offset);
      const duration = end_s - start_s - delay;
      if (duration <= 0) return;
      src.start(when + delay, Math.max(0, offset), duration);
      this.sources.push(src);
      this.gains.set(clip.lane, gain);
    });
    this.startedAt = when;
    this.range = [start_s, end_s];
    this.playing = true;
  }

  setGain(lane: string, value: number): void {
    const g = this.gains.get(lane);
    if (g && this.ctx) g.gain.setValueAtTime(value, this.ctx.currentTime);
  }

  /** The track time being heard, or null when stopped. */
  position(): number | null {
    if (!this.playing || !this.ctx) return null;
    const t = this.range[0] + Math.max(0, this.ctx.currentTime - this.startedAt);
    if (t >= this.range[1]) {
      this.stop();
      return null;
    }
    return t;
  }

  stop(): void {
    for (const s of this.sources) {
      try { s.stop(); } catch { /* already stopped */ }
    }
    this.sources = [];
    this.gains.clear();
    this.playing = false;
  }
}
