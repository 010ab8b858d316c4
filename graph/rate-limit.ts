/**
 * A fixed-window counter per key. Small and in-process: each app process limits its own clients,
 * which is what a single process needs; behind a load balancer, put the limit at the balancer too.
 */
export interface RateLimiter {
  /** Calls allowed per key and window. */
  readonly limit: number;
  /** True when the call is allowed; false when the key has used up its window. */
  take(key: string): boolean;
  /** True when the key has used up its window; unlike take, asking counts nothing. */
  exhausted(key: string): boolean;
  /** Seconds until the key's window resets. */
  retryAfter(key: string): number;
}

export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const current = (key: string) => {
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.start >= windowMs) {
      w = { start: t, count: 0 };
      windows.set(key, w);
      if (windows.size > 10_000) {
        for (const [k, v] of windows) if (t - v.start >= windowMs) windows.delete(k);
      }
    }
    return w;
  };
  return {
    limit,
    take(key) {
      const w = current(key);
      if (w.count >= limit) return false;
      w.count++;
      return true;
    },
    exhausted(key) {
      return current(key).count >= limit;
    },
    retryAfter(key) {
      const w = current(key);
      return Math.max(0, Math.ceil((w.start + windowMs - now()) / 1000));
    },
  };
}
