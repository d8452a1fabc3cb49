import { env } from "cloudflare:workers";
import { hashPassword } from "../src/accounts/password";
import { insertUser } from "../src/accounts/accounts.repository";
import { createAppDeps } from "../src/app-deps";
import { saveRecording } from "../src/broadcast/replays.repository";
import type { Config } from "../src/config";
import { Database } from "../src/db/database";
import type { NewPerformanceRow, Role, UserRow } from "../src/db/tables";
import type { AppDeps } from "../src/deps";
import { graphql } from "./graphql";
import { executeOk, expectTypename } from "./graphql-client";

export const db = () => new Database(env.DB);

/**
 * The dependency object a test hands to services: the test's bindings (or those given), the real clock or the
 * instant given, the configuration or the one given. Background work (waitUntil) runs on unawaited.
 */
export function appDeps(options: { now?: Date | string; config?: Config; env?: Env } = {}): AppDeps {
  const now = options.now === undefined ? undefined : new Date(options.now);
  return createAppDeps(options.env ?? env, {
    waitUntil: () => {},
    clock: now && { now: () => now },
    config: options.config,
  });
}

const SignIn = graphql(`
  mutation FixtureSignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInPayload {
        token
      }
    }
  }
`);

export interface TestAccount {
  user: UserRow;
  password: string;
  token: string;
}

let counter = 0;

/** A user of the given role, signed in through the signIn mutation. */
export async function signedIn(role: Role, name = `${role.toLowerCase()} ${++counter}`): Promise<TestAccount> {
  const password = `password-${crypto.randomUUID()}`;
  const now = new Date().toISOString();
  const user = await insertUser(db(), {
    id: crypto.randomUUID(),
    email: `${crypto.randomUUID()}@firestream.test`,
    name,
    role,
    password_hash: await hashPassword(password),
    created_at: now,
    updated_at: now,
  });
  const data = await executeOk(SignIn, { input: { email: user.email, password } });
  return { user, password, token: expectTypename(data.signIn, "SignInPayload").token };
}

export const organizer = () => signedIn("ORGANIZER");
export const viewer = () => signedIn("VIEWER");

/** An ISO instant `days` from now, at a whole minute. */
export function daysFromNow(days: number, hours = 0): string {
  const date = new Date(Date.now() + days * 86_400_000 + hours * 3_600_000);
  date.setUTCSeconds(0, 0);
  return date.toISOString();
}

/**
 * A show written straight to D1, in whatever state a test needs (the API would refuse to make a
 * show LIVE or ENDED without its feed): tomorrow, one hour, scheduled, unless told otherwise.
 */
export async function insertPerformance(values: Partial<NewPerformanceRow> = {}): Promise<string> {
  const now = new Date().toISOString();
  const row = {
    id: crypto.randomUUID(),
    title: "Test Show",
    scheduled_time: daysFromNow(1),
    duration_minutes: 60,
    created_at: now,
    updated_at: now,
    ...values,
  };
  await db().insertInto("performances").values(row).execute();
  return row.id;
}

/**
 * Gives an ended show a complete replay of one ready recording, as the video webhook and
 * completeReplay leave it (performance_recordings, recording_video_id, replay_ready_at).
 */
export async function attachReplay(
  performanceId: string,
  recording: { videoId: string; durationSeconds: number; renditionHeights?: number[] },
): Promise<void> {
  const now = new Date().toISOString();
  await saveRecording(db(), {
    videoId: recording.videoId,
    performanceId,
    state: "READY",
    recordedAt: now,
    durationSeconds: recording.durationSeconds,
    renditionHeights: recording.renditionHeights ?? [360],
    errorCode: null,
    reportedAt: now,
  });
  await db()
    .updateTable("performances")
    .set({
      recording_video_id: recording.videoId,
      recording_duration_seconds: recording.durationSeconds,
      recording_ready_at: now,
      replay_ready_at: now,
    })
    .where("id", "=", performanceId)
    .execute();
}
