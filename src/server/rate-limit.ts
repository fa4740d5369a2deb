import type { RateLimit } from "../config.js";
import { rateLimitRefusals } from "../observability/metrics.js";

interface Bucket {
  tokens: number;
  at: number;
}

// Buckets idle this long are full again and can be forgotten.
const FORGET_AFTER_MS = 60_000;

/** A token bucket per client: `burst` requests at once, refilled at `perSecond`. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = Date.now();

  constructor(private readonly limit: RateLimit) {}

  /** Takes one request for `client`; when none is left, how many seconds until one is. */
  take(client: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    this.sweep(now);
    const bucket = this.buckets.get(client) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    rateLimitRefusals.inc();
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond)) };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < FORGET_AFTER_MS) return;
    this.lastSweep = now;
    for (const [client, bucket] of this.buckets) if (now - bucket.at > FORGET_AFTER_MS) this.buckets.delete(client);
  }
}
