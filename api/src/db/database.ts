import { type Compilable, Kysely } from "kysely";
import { D1Dialect } from "kysely-d1";
import type { Tables } from "./tables";

/** D1 binds at most 100 parameters per statement: `IN (...)` lists of ids stay under this. */
export const MAX_BATCH = 90;

/**
 * Kysely over one D1 binding. D1 has no interactive transactions (kysely-d1's
 * `transaction()` throws), so writes that must land together go through `batch()`,
 * which D1 runs atomically.
 */
export class Database extends Kysely<Tables> {
  readonly #d1: D1Database;

  constructor(d1: D1Database) {
    super({ dialect: new D1Dialect({ database: d1 }) });
    this.#d1 = d1;
  }

  async batch(queries: readonly Compilable[]): Promise<void> {
    if (queries.length === 0) return;
    const statements = queries.map((query) => {
      const { sql, parameters } = query.compile();
      return this.#d1.prepare(sql).bind(...parameters);
    });
    await this.#d1.batch(statements);
  }
}

export const now = (): string => new Date().toISOString();
