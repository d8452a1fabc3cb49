import { describe, expect, it } from "vitest";
import { db } from "../../test/fixtures";
import { insertUser } from "../accounts/accounts.repository";
import {
  countRegistrations,
  findRegistrationsOfUser,
  listRegistrationsOfPerformance,
  upsertRegistration,
} from "./registrations.repository";

const NOW = "2026-06-01T12:00:00.000Z";

async function performance() {
  const id = crypto.randomUUID();
  await db()
    .insertInto("performances")
    .values({
      id,
      title: "Show",
      scheduled_time: "2026-07-01T00:00:00.000Z",
      duration_minutes: 60,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return id;
}

async function user() {
  const row = await insertUser(db(), {
    id: crypto.randomUUID(),
    email: `${crypto.randomUUID()}@example.org`,
    name: "Fan",
    password_hash: null,
    created_at: NOW,
    updated_at: NOW,
  });
  return row.id;
}

const prefs = { email: true, sms: false, browser: false };

describe("registrations", () => {
  it("are counted per performance in one grouped query, with unregistered shows absent", async () => {
    const [a, b, c] = [await performance(), await performance(), await performance()];
    const [u1, u2] = [await user(), await user()];
    for (const [performanceId, userId] of [
      [a, u1],
      [a, u2],
      [b, u1],
    ] as const) {
      await upsertRegistration(db(), { performanceId, userId, preferences: prefs, now: NOW });
    }

    const counts = await countRegistrations(db(), [a, b, c]);

    expect(Object.fromEntries(counts)).toEqual({ [a]: 2, [b]: 1 });
  });

  it("keep the first registration time when upserted again, replacing only the preferences", async () => {
    const [show, fan] = [await performance(), await user()];
    await upsertRegistration(db(), { performanceId: show, userId: fan, preferences: prefs, now: NOW });

    const again = await upsertRegistration(db(), {
      performanceId: show,
      userId: fan,
      preferences: { email: false, sms: true, browser: true },
      now: "2026-06-02T00:00:00.000Z",
    });

    expect(again.registered_at).toBe(NOW);
    expect(JSON.parse(again.notification_preferences)).toEqual({ email: false, sms: true, browser: true });
  });

  it("of one user are found among many performances at once", async () => {
    const [a, b] = [await performance(), await performance()];
    const fan = await user();
    await upsertRegistration(db(), { performanceId: b, userId: fan, preferences: prefs, now: NOW });

    const rows = await findRegistrationsOfUser(db(), fan, [a, b]);

    expect(rows.map((row) => row.performance_id)).toEqual([b]);
  });

  it("of a performance page by registration time without gaps or repeats", async () => {
    const show = await performance();
    const fans = [await user(), await user(), await user()];
    for (const [i, fan] of fans.entries()) {
      await upsertRegistration(db(), {
        performanceId: show,
        userId: fan,
        preferences: prefs,
        now: `2026-06-0${i + 1}T00:00:00.000Z`,
      });
    }

    const first = await listRegistrationsOfPerformance(db(), show, { limit: 2 });
    const last = first.at(-1);
    const rest = await listRegistrationsOfPerformance(db(), show, {
      limit: 2,
      after: last ? { registeredAt: last.registered_at, userId: last.user_id } : undefined,
    });

    expect([...first, ...rest].map((row) => row.user_id)).toEqual(fans);
  });
});
