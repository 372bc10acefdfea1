// The shapes the server sends (see analysis/models.py, frames/models.py, generation/models.py).

export interface Span { start_s: number; end_s: number; label: string }

export interface TimelineStem { stem: string; empty: boolean; origin: string; note_count: number; peaks: number[] }

export interface Timeline {
  scope: "track-level";
  track_id: string;
  title: string;
  duration_s: number;
  points: number;
  tempo_bpm: number | null;
  meter: string | null;
  key: string | null;
  grid: { beats_s: number[]; bar: number[]; beat_in_bar: number[]; beats_per_bar: number | null };
  sections: Span[];
  chords: Span[];
  stems: TimelineStem[];
  max_window_s: number | null;
}

export interface TrackStatus {
  track_id: string; title: string; state: "queued" | "running" | "ready" | "failed";
  progress: number; step: string | null; error: string | null; message: string;
}

export interface Selection { start_s: number; end_s: number; stems: string[] }

export interface StemRole { stem: string; role: string; reasons: string[]; relation: string | null }

export interface Findings {
  summary: string;
  frame: { frame: string; secondary_frame: string | null; lens: string; cautions: string[]; confidence: number };
  routing: { intent: string };
  roles: StemRole[];
  scope: { window: { track_id: string; stems: string[]; start_s: number; end_s: number; bars: number[] }; excluded: string };
  uncertainties: string[];
}

export interface PartNote { time_s: number; duration_s: number; pitch: number; velocity: number }

export interface PartOption {
  part_id: string; rank: number; label: string; notes: PartNote[];
  score: { total: number; key_fit: number; rhythmic_lock: number | null };
  resources: Record<string, string>;
}

export interface PartLane { stem: string; start_s: number; end_s: number; options: PartOption[]; current: number; request: string }
