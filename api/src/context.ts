import type DataLoader from "dataloader";
import type { RegistrationRow, UserRow } from "./db/tables";
import type { AppDeps } from "./deps";

/** Who is making the request, once their token has been verified. */
export interface Caller {
  user: UserRow;
  /** FireStream session behind the token; undefined for an external identity provider's token */
  sessionId: string | undefined;
}

/** Request-scoped loaders that both resolvers and auth scopes use, so each costs one query per request. */
export interface Loaders {
  /** The signed-in caller's registration for a performance, or null */
  callerRegistration: DataLoader<string, RegistrationRow | null>;
}

export interface Context {
  request: Request;
  /** What services take */
  deps: AppDeps;
  caller: Caller | null;
  /** Request-scoped batching loaders shared by fields and auth scopes */
  loaders: Loaders;
  /** Queues a Set-Cookie header for the response (see yoga.ts) */
  setCookie(cookie: string): void;
}

export type SignedInContext = Context & { caller: Caller };
