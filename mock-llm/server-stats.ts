import type { FaultKind } from "./faults";

export type Vendor = "openai" | "anthropic";

/** Counters since start or the last reset; the completion count numbers requests for faults. */
export interface ServerStats {
  completions: number;
  byVendor: Record<Vendor, number>;
  faults: Record<FaultKind, number>;
}

export function createServerStats(): ServerStats {
  return {
    completions: 0,
    byVendor: { openai: 0, anthropic: 0 },
    faults: {
      rate_limit: 0,
      server_error: 0,
      overloaded: 0,
      timeout: 0,
      truncate: 0,
      malformed: 0,
    },
  };
}

export function resetServerStats(stats: ServerStats): void {
  Object.assign(stats, createServerStats());
}

/** Counts one completion request and returns its 1-based sequence number. */
export function recordCompletion(stats: ServerStats, vendor: Vendor): number {
  stats.completions += 1;
  stats.byVendor[vendor] += 1;
  return stats.completions;
}
