import { hashPassword } from "../accounts/password";
import { findUserById, insertUser } from "../accounts/accounts.repository";
import type { AppDeps } from "../deps";
import { createPerformance } from "../performances/scheduling.service";
import { addDays, instantAt, todayIn } from "../wall-clock";

/** Demo accounts for local development only; documented in the README. */
export const DEMO_ACCOUNTS = {
  organizer: {
    id: "demo-organizer",
    email: "organizer@firestream.test",
    password: "firestream-organizer",
    name: "Rosa Flame",
  },
  viewer: { id: "demo-viewer", email: "viewer@firestream.test", password: "firestream-viewer", name: "Sam Spark" },
} as const;

/**
 * Seeds the demo accounts and a few upcoming shows (one of them a weekly series). Idempotent:
 * once the demo organizer exists, nothing is written again.
 */
export async function seedDemoData(deps: AppDeps): Promise<"seeded" | "already seeded"> {
  const { db, config } = deps;
  const now = deps.clock.now();
  if (await findUserById(db, DEMO_ACCOUNTS.organizer.id)) return "already seeded";
  const stamp = now.toISOString();
  for (const [role, account] of [
    ["ORGANIZER", DEMO_ACCOUNTS.organizer],
    ["VIEWER", DEMO_ACCOUNTS.viewer],
  ] as const) {
    await insertUser(db, {
      id: account.id,
      email: account.email,
      name: account.name,
      role,
      password_hash: await hashPassword(account.password),
      created_at: stamp,
      updated_at: stamp,
    });
  }
  const zone = config.siteTimeZone;
  const today = todayIn(zone, now);
  const at = (days: number, time: string) => instantAt(addDays(today, days), time, zone);
  const shows = [
    {
      title: "Friday Night Fire",
      description: "Our weekly fire show: poi, staff, fans and the big finale. Every Friday at 8 pm.",
      scheduledTime: at(nextWeekday(today, 5), "20:00"),
      durationMinutes: 90,
      repeatWeekly: {},
    },
    {
      title: "Aerial Silks Showcase",
      description: "The aerial company's new piece, with live music.",
      scheduledTime: at(2, "19:30"),
      durationMinutes: 60,
    },
    {
      title: "Juggling Workshop (Live Q&A)",
      description: "Learn a three-ball cascade and ask the jugglers anything.",
      scheduledTime: at(9, "18:00"),
      durationMinutes: 45,
    },
  ];
  for (const show of shows) await createPerformance(deps, DEMO_ACCOUNTS.organizer.id, show);
  return "seeded";
}

/** Days from `today` to the next given ISO weekday (at least 1). */
function nextWeekday(today: string, weekday: number): number {
  const current = new Date(`${today}T12:00:00Z`).getUTCDay() || 7;
  return (weekday - current + 7) % 7 || 7;
}
