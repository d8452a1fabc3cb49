import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { CountingD1 } from "../../test/counting-d1";
import { db, insertPerformance } from "../../test/fixtures";
import { findWatching } from "../analytics/analytics.repository";
import { D1_MAX_PARAMETERS, Database } from "./database";

const ids = (count: number) => Array.from({ length: count }, () => crypto.randomUUID());

describe("the Database and D1's parameter limit", () => {
  it("splits a statement over many keys into the fewest parts that fit, fixed parameters included", () => {
    const database = db();
    const keys = ids(250);

    const plain = database.chunked(keys, (part) => database.selectFrom("users").selectAll().where("id", "in", part));
    const withFixed = database.chunked(keys, (part) =>
      database
        .selectFrom("performance_viewers")
        .selectAll()
        .where("user_id", "=", "u")
        .where("performance_id", "in", part),
    );

    expect(plain.map((query) => query.compile().parameters.length)).toEqual([100, 100, 50]);
    expect(withFixed.map((query) => query.compile().parameters.length)).toEqual([100, 100, 53]);
    expect(database.chunked([], (part) => database.selectFrom("users").where("id", "in", part))).toEqual([]);
  });

  it("splits inserts by the parameters each row binds", () => {
    const database = db();
    const rows = ids(30).map((id) => ({ id, email: `${id}@x.test`, name: "n", created_at: "t", updated_at: "t" }));
    const parts = database.chunked(rows, (part) => database.insertInto("users").values(part));
    expect(parts.map((query) => query.compile().parameters.length)).toEqual([100, 50]);
  });

  it("runs every part in one round trip and returns all their rows", async () => {
    const counting = new CountingD1(env.DB);
    const database = new Database(counting.asBinding());
    const shows = await Promise.all(Array.from({ length: 120 }, () => insertPerformance()));

    const rows = await database.executeChunked([...shows, ...ids(130)], (part) =>
      database.selectFrom("performances").select("id").where("id", "in", part),
    );

    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(shows));
    expect(counting.roundTrips).toBe(1);
  });

  it("refuses to send a statement over the limit rather than let D1 fail it", async () => {
    const database = db();
    const query = database
      .selectFrom("users")
      .selectAll()
      .where("id", "in", ids(D1_MAX_PARAMETERS + 1));
    await expect(database.batch([query])).rejects.toThrow(/Database.chunked/);
  });

  it("counts watch time once when parts of a lookup cross (two shows, many viewers)", async () => {
    const database = db();
    const [a, b] = [await insertPerformance(), await insertPerformance()];
    const users = ids(120);
    const now = new Date().toISOString();
    await database.batch(
      database.chunked(users, (part) =>
        database
          .insertInto("users")
          .values(part.map((id) => ({ id, email: `${id}@x.test`, name: "n", created_at: now, updated_at: now }))),
      ),
    );
    const sessions = users.flatMap((user) =>
      [a, b].map((performance) => ({
        id: crypto.randomUUID(),
        performance_id: performance,
        user_id: user,
        mode: "LIVE" as const,
        started_at: now,
        last_seen_at: now,
        watched_seconds: 10,
        max_position_seconds: 10,
      })),
    );
    await database.batch(database.chunked(sessions, (part) => database.insertInto("viewer_sessions").values(part)));
    // Show by show: a part that ends inside show a's viewers and goes on into b's asks for both
    // shows and for viewers of a that the part before already counted.
    const keys = [a, b].flatMap((performanceId) => users.map((userId) => ({ performanceId, userId })));

    const watching = await findWatching(database, keys);

    expect(watching.size).toBe(240);
    expect([...watching.values()].every((entry) => entry.liveSeconds === 10 && !entry.liveView)).toBe(true);
  });
});
