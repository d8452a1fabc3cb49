/**
 * The public calendar from Cloudflare's Cache API: anonymous GraphQL reads of `performances`
 * (the site's calendar and agenda, embeds, integrators without a token) are answered from the
 * data centre's cache, without Yoga, Pothos or D1.
 *
 * Entries are versioned rather than purged (the Cache API cannot list keys): the key holds the
 * schedule's version, derived from the shows themselves (how many, and the latest `updated_at`,
 * which every show change writes), so no write path can forget to bump it. The version is read
 * from D1 at most once per VERSION_MAX_AGE per data centre; the change pipeline forgets it
 * (`forgetScheduleVersion`), so a change shows up at once where it was made and within
 * VERSION_MAX_AGE elsewhere. Registration counts on a cached page may be PAGE_MAX_AGE old.
 *
 * In front of the Cache API, each isolate keeps the version for MEMORY_VERSION_MS and its most
 * recent pages (those of the current version) in memory, so a busy calendar page costs no I/O at
 * all; other isolates of the same data centre see a change within MEMORY_VERSION_MS.
 */
import { Kind, OperationTypeNode, parse, type DocumentNode } from "graphql";
import { SESSION_COOKIE } from "./accounts/session-cookie";
import type { Database } from "./db/database";
import { sql } from "kysely";

const CACHE_ORIGIN = "https://calendar-cache.firestream.internal";
const VERSION_KEY = `${CACHE_ORIGIN}/schedule-version`;
export const VERSION_MAX_AGE_SECONDS = 5;
export const PAGE_MAX_AGE_SECONDS = 60;
const MEMORY_VERSION_MS = 1000;
const MEMORY_PAGES = 64;
/** Bigger bodies are not calendar reads worth caching (and are not parsed here). */
const MAX_BODY_BYTES = 8 * 1024;
const CACHEABLE_ROOT_FIELDS = new Set(["performances", "__typename"]);

interface GraphQLRead {
  query: string;
  variables: unknown;
  operationName: string | null;
}

/** The request's GraphQL read when it is anonymous and only asks for calendar pages; else null. */
export async function publicCalendarRead(request: Request): Promise<GraphQLRead | null> {
  if (request.headers.has("authorization")) return null;
  if (hasSessionCookie(request.headers.get("cookie"))) return null;
  let read: GraphQLRead | null;
  if (request.method === "GET") read = readFromUrl(new URL(request.url));
  else if (request.method === "POST") read = await readFromBody(request);
  else return null;
  if (!read) return null;
  let document: DocumentNode;
  try {
    document = parse(read.query, { maxTokens: 2000 });
  } catch {
    return null; // Yoga answers it with the parse error
  }
  return onlyCalendarFields(document, read.operationName) ? read : null;
}

function hasSessionCookie(header: string | null): boolean {
  return header !== null && header.split(";").some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

function readFromUrl(url: URL): GraphQLRead | null {
  const query = url.searchParams.get("query");
  if (!query || query.length > MAX_BODY_BYTES) return null;
  let variables: unknown = null;
  const raw = url.searchParams.get("variables");
  if (raw) {
    try {
      variables = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  return { query, variables, operationName: url.searchParams.get("operationName") };
}

async function readFromBody(request: Request): Promise<GraphQLRead | null> {
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) return null;
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(length) && length > MAX_BODY_BYTES) return null;
  const text = await request.clone().text();
  if (text.length > MAX_BODY_BYTES) return null;
  try {
    const body = JSON.parse(text) as Partial<GraphQLRead>;
    if (typeof body.query !== "string") return null;
    return {
      query: body.query,
      variables: body.variables ?? null,
      operationName: typeof body.operationName === "string" ? body.operationName : null,
    };
  } catch {
    return null;
  }
}

/** One query operation (the one named, if several) whose root fields are all calendar fields. */
function onlyCalendarFields(document: DocumentNode, operationName: string | null): boolean {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operationName === null
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((o) => o.name?.value === operationName);
  if (!operation || operation.operation !== OperationTypeNode.QUERY) return false;
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const rootFieldsOnly = (selections: typeof operation.selectionSet.selections, seen: Set<string>): boolean =>
    selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return CACHEABLE_ROOT_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldsOnly(selection.selectionSet.selections, seen);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return false;
      return rootFieldsOnly(fragment.selectionSet.selections, new Set([...seen, fragment.name.value]));
    });
  return rootFieldsOnly(operation.selectionSet.selections, new Set());
}

/**
 * The data centre's cache (`caches.default`); typed by hand because a DOM declaration of
 * CacheStorage, pulled in with Yoga's fetch types, hides the Workers one.
 */
export const edgeCache = (): Cache => (caches as unknown as { default: Cache }).default;

interface StoredPage {
  body: string;
  headers: [string, string][];
}

interface RememberedPage extends StoredPage {
  until: number;
}

/** This isolate's first tier: the version it last read, and pages by cache key (oldest first). */
const memory: {
  version?: { value: string; until: number };
  pages: Map<string, RememberedPage>;
  /** Counts forgetScheduleVersion calls: a read that started before one must not keep what it read */
  generation: number;
} = { pages: new Map(), generation: 0 };

function rememberPage(key: string, page: StoredPage): void {
  memory.pages.delete(key);
  memory.pages.set(key, { ...page, until: Date.now() + PAGE_MAX_AGE_SECONDS * 1000 });
  for (const oldest of memory.pages.keys()) {
    if (memory.pages.size <= MEMORY_PAGES) break;
    memory.pages.delete(oldest);
  }
}

/** The schedule's version: changes whenever a show is created or any of its fields is written. */
export async function readScheduleVersion(db: Database, cache: Cache): Promise<string> {
  const now = Date.now();
  if (memory.version && memory.version.until > now) return memory.version.value;
  const generation = memory.generation;
  const version = await readSharedVersion(db, cache, generation);
  // A change was announced while this read was under way: what it read may be the old version.
  if (memory.generation !== generation) return readScheduleVersion(db, cache);
  if (memory.version?.value !== version) memory.pages.clear();
  memory.version = { value: version, until: now + MEMORY_VERSION_MS };
  return version;
}

async function readSharedVersion(db: Database, cache: Cache, generation: number): Promise<string> {
  const cached = await cache.match(VERSION_KEY);
  if (cached && memory.generation === generation) return cached.text();
  const row = await db
    .selectFrom("performances")
    .select([sql<number>`count(*)`.as("shows"), sql<string | null>`max(updated_at)`.as("latest")])
    .executeTakeFirstOrThrow();
  const version = `${row.shows}.${row.latest ?? "none"}`;
  if (memory.generation !== generation) return version;
  await cache.put(
    VERSION_KEY,
    new Response(version, { headers: { "cache-control": `max-age=${VERSION_MAX_AGE_SECONDS}` } }),
  );
  return version;
}

/** Called by the change pipeline: the next calendar read derives the version again. */
export async function forgetScheduleVersion(cache: Cache): Promise<void> {
  memory.generation++;
  memory.version = undefined;
  memory.pages.clear();
  await cache.delete(VERSION_KEY);
}

async function cacheKey(version: string, read: GraphQLRead, accept: string): Promise<string> {
  const material = JSON.stringify([version, accept, read.operationName, read.query, read.variables]);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(material));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${CACHE_ORIGIN}/page/${hex}`;
}

/**
 * Answers a public calendar read from the cache, or runs it (`execute`) and keeps a successful
 * answer; any other request goes straight to `execute`.
 */
export async function withCalendarCache(
  request: Request,
  options: { db: Database; cache: Cache; waitUntil(promise: Promise<unknown>): void },
  execute: (request: Request) => Promise<Response>,
): Promise<Response> {
  const read = await publicCalendarRead(request);
  if (!read) return execute(request);
  const version = await readScheduleVersion(options.db, options.cache);
  const key = await cacheKey(version, read, request.headers.get("accept") ?? "");
  const remembered = memory.pages.get(key);
  if (remembered && remembered.until > Date.now()) return reply(remembered, "hit");
  const hit = await options.cache.match(key);
  if (hit) {
    const page = { body: await hit.text(), headers: [...hit.headers].filter(([name]) => name !== "cache-control") };
    rememberPage(key, page);
    return reply(page, "hit");
  }
  const response = await execute(request);
  if (response.status !== 200 || response.headers.has("set-cookie")) return response;
  const page: StoredPage = { body: await response.text(), headers: [...response.headers] };
  if (!hasErrors(page.body)) {
    const stored = new Response(page.body, { headers: page.headers });
    stored.headers.set("cache-control", `public, max-age=${PAGE_MAX_AGE_SECONDS}`);
    options.waitUntil(options.cache.put(key, stored));
    rememberPage(key, page);
  }
  return reply(page, "miss");
}

function reply(page: StoredPage, cache: "hit" | "miss"): Response {
  const response = new Response(page.body, { status: 200, headers: page.headers });
  response.headers.set("x-firestream-cache", cache);
  return response;
}

function hasErrors(body: string): boolean {
  try {
    return (JSON.parse(body) as { errors?: unknown }).errors !== undefined;
  } catch {
    return true;
  }
}
