import { RateLimitedError } from "../errors";

/**
 * The Workers Rate Limiting bindings of wrangler.jsonc. The binding only answers yes or no, so
 * each limiter's period (10 or 60 s, as in wrangler.jsonc) is repeated here: a refused client
 * is told to wait one whole period, after which its window has certainly passed.
 */
export const LIMITERS = {
  signInPerAccount: { binding: "SIGN_IN_ACCOUNT_LIMITER", periodSeconds: 60 },
  signInPerAddress: { binding: "SIGN_IN_ADDRESS_LIMITER", periodSeconds: 60 },
  signUpPerAddress: { binding: "SIGN_UP_ADDRESS_LIMITER", periodSeconds: 60 },
  passwordChange: { binding: "PASSWORD_CHANGE_LIMITER", periodSeconds: 60 },
  registration: { binding: "REGISTRATION_LIMITER", periodSeconds: 60 },
  heartbeat: { binding: "HEARTBEAT_LIMITER", periodSeconds: 10 },
} as const satisfies Record<string, { binding: keyof Env; periodSeconds: 10 | 60 }>;

export type LimiterName = keyof typeof LIMITERS;

export interface LimitCheck {
  limiter: LimiterName;
  key: string;
}

/**
 * Counts one attempt against every check (all of them, so no bucket can be skipped by failing
 * another) and throws a RateLimitedError if any of them is over its limit.
 */
export async function enforceRateLimits(env: Env, checks: LimitCheck[]): Promise<void> {
  const refused = await refusedLimiters(env, checks);
  if (refused.length > 0) throw new RateLimitedError(Math.max(...refused.map((name) => LIMITERS[name].periodSeconds)));
}

/** For plain HTTP handlers: a 429 with Retry-After, or null when the attempt may go ahead. */
export async function rateLimitedResponse(env: Env, checks: LimitCheck[]): Promise<Response | null> {
  try {
    await enforceRateLimits(env, checks);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    return Response.json(
      { error: { type: "RateLimitedError", message: error.message, retryAfterSeconds: error.retryAfterSeconds } },
      { status: 429, headers: { "retry-after": String(error.retryAfterSeconds) } },
    );
  }
}

async function refusedLimiters(env: Env, checks: LimitCheck[]): Promise<LimiterName[]> {
  const outcomes = await Promise.all(
    checks.map(async ({ limiter, key }) => {
      const { success } = await env[LIMITERS[limiter].binding].limit({ key: `${limiter}:${key}` });
      return success ? null : limiter;
    }),
  );
  return outcomes.filter((name) => name !== null);
}

/**
 * The client's address as Cloudflare's edge saw it. IPv6 clients usually hold a whole /64, so
 * they are counted by that prefix. Without the header (a local request) every caller is one client.
 */
export function clientAddress(request: Request): string {
  const address = request.headers.get("cf-connecting-ip")?.trim().toLowerCase();
  if (!address) return "unknown";
  return address.includes(":") ? ipv6Prefix(address) : address;
}

function ipv6Prefix(address: string): string {
  const [head = "", tail = ""] = address.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = address.includes("::") ? [...headGroups, ...Array(missing).fill("0"), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
