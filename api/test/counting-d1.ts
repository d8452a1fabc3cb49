/**
 * A D1 binding that counts round trips to the database: every statement run on its own and
 * every batch counts one. Used to prove pages cost a fixed number of queries.
 */
export class CountingD1 {
  roundTrips = 0;
  readonly #d1: D1Database;

  constructor(d1: D1Database) {
    this.#d1 = d1;
  }

  prepare(sql: string): D1PreparedStatement {
    return this.#statement(this.#d1.prepare(sql));
  }

  batch<T>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]> {
    this.roundTrips++;
    return this.#d1.batch<T>(statements.map((statement) => unwrapped.get(statement) ?? statement));
  }

  #statement(inner: D1PreparedStatement): D1PreparedStatement {
    const count = () => this.roundTrips++;
    const wrap = (statement: D1PreparedStatement) => this.#statement(statement);
    const outer = {
      bind: (...values: unknown[]) => wrap(inner.bind(...values)),
      first: (column?: string) => (count(), column ? inner.first(column) : inner.first()),
      all: () => (count(), inner.all()),
      run: () => (count(), inner.run()),
      raw: (options?: { columnNames?: boolean }) => (count(), inner.raw(options as { columnNames: true })),
    } as unknown as D1PreparedStatement;
    unwrapped.set(outer, inner);
    return outer;
  }

  /** This object typed as the binding it stands in for. */
  asBinding(): D1Database {
    return this as unknown as D1Database;
  }
}

const unwrapped = new WeakMap<D1PreparedStatement, D1PreparedStatement>();
