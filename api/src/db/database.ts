import { type Compilable, Kysely } from "kysely";
import { D1Dialect } from "kysely-d1";
import type { Tables } from "./tables";

/** D1 binds at most this many parameters per statement ("too many SQL variables" beyond). */
export const D1_MAX_PARAMETERS = 100;

/**
 * Kysely over one D1 binding. D1 has no interactive transactions (kysely-d1's
 * `transaction()` throws), so writes that must land together go through `batch()`,
 * which D1 runs atomically.
 *
 * D1's parameter limit is handled here and nowhere else: a statement over many keys or rows is
 * built through `chunked()` (or run through `executeChunked()`), which splits the keys into the
 * fewest parts whose statements stay within the limit; callers hand it any number of them.
 */
export class Database extends Kysely<Tables> {
  readonly #d1: D1Database;

  constructor(d1: D1Database) {
    super({ dialect: new D1Dialect({ database: d1 }) });
    this.#d1 = d1;
  }

  /** Runs the statements in one round trip, atomically; each must fit D1's parameter limit. */
  async batch(queries: readonly Compilable[]): Promise<void> {
    await this.#batch(queries);
  }

  /**
   * `build` for parts of `items`, each part as large as D1's parameter limit allows (counted by
   * compiling, so fixed parameters and per-item ones are both accounted for). No items, no statements.
   */
  chunked<T, Q extends Compilable>(items: readonly T[], build: (part: T[]) => Q): Q[] {
    const queries: Q[] = [];
    let size = items.length;
    for (let start = 0; start < items.length;) {
      let part = items.slice(start, start + size);
      let query = build(part);
      let count = query.compile().parameters.length;
      while (count > D1_MAX_PARAMETERS && part.length > 1) {
        size = Math.max(1, Math.min(part.length - 1, Math.floor((part.length * D1_MAX_PARAMETERS) / count)));
        part = items.slice(start, start + size);
        query = build(part);
        count = query.compile().parameters.length;
      }
      if (count > D1_MAX_PARAMETERS) {
        throw new Error(`one item alone binds ${count} parameters; D1 allows ${D1_MAX_PARAMETERS}`);
      }
      queries.push(query);
      start += part.length;
    }
    return queries;
  }

  /**
   * Runs `build` over any number of items: one statement per part (see `chunked`), all in one
   * round trip, and returns every part's rows in order. For reads and for writes with RETURNING.
   */
  async executeChunked<T, R>(items: readonly T[], build: (part: T[]) => Compilable<R>): Promise<R[]> {
    const results = await this.#batch(this.chunked(items, build));
    return results.flatMap((result) => result.results as R[]);
  }

  async #batch(queries: readonly Compilable[]): Promise<D1Result[]> {
    if (queries.length === 0) return [];
    const statements = queries.map((query) => {
      const { sql, parameters } = query.compile();
      if (parameters.length > D1_MAX_PARAMETERS) {
        throw new Error(`a statement binds ${parameters.length} parameters; build it with Database.chunked()`);
      }
      return this.#d1.prepare(sql).bind(...parameters);
    });
    return this.#d1.batch(statements);
  }
}
