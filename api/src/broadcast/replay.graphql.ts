import { resolveCursorConnection, type ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import type { PerformanceRow } from "../db/tables";
import { PerformanceRef } from "../performances/performance.graphql";
import { isReplayOpen, replayAvailableUntil, replayWindowHours } from "../performances/replay-window";
import { builder } from "../schema/builder";
import { decodeCursor, encodeCursor } from "../schema/cursor";
import { listOpenReplays } from "./replays.repository";

type ReplayStatus = "PREPARING" | "READY" | "UNAVAILABLE" | "EXPIRED";

const ReplayStatusEnum = builder.enumType("ReplayStatus", {
  description: "Where an ended show's replay stands.",
  values: {
    PREPARING: { description: "The show has ended; Stream is finishing its recording (about a minute)" },
    READY: { description: "Playable through Performance.playback until replayAvailableUntil" },
    UNAVAILABLE: { description: "There is nothing to replay: the show was not recorded, or its recording failed" },
    EXPIRED: { description: "The replay window has closed" },
  } as const,
});

function replayStatusOf(
  performance: PerformanceRow,
  context: { deps: { config: Parameters<typeof isReplayOpen>[0]; clock: { now(): Date } } },
): ReplayStatus | null {
  if (performance.status !== "ENDED") return null;
  if (!isReplayOpen(context.deps.config, performance, context.deps.clock.now())) return "EXPIRED";
  if (!performance.replay_ready_at) return "PREPARING";
  return performance.recording_video_id ? "READY" : "UNAVAILABLE";
}

builder.objectFields(PerformanceRef, (t) => ({
  replayAvailableUntil: t.field({
    type: "DateTime",
    nullable: true,
    description:
      "When the replay closes (UTC): replayWindowHours after the show ended, or after its planned end until it has ended. Null for a cancelled show. Public",
    authScopes: { public: true },
    resolve: (performance, _args, context) => replayAvailableUntil(context.deps.config, performance),
  }),
  replayWindowHours: t.int({
    description:
      "Hours the replay stays open after the show ends (0: no replay): the show's own, or the site default. Public",
    authScopes: { public: true },
    resolve: (performance, _args, context) => replayWindowHours(context.deps.config, performance),
  }),
  replayStatus: t.field({
    type: ReplayStatusEnum,
    nullable: true,
    description: "Where the replay stands once the show has ended; null before. Public",
    authScopes: { public: true },
    resolve: (performance, _args, context) => replayStatusOf(performance, context),
  }),
}));

builder.queryFields((t) => ({
  replays: t.connection(
    {
      type: PerformanceRef,
      description:
        "Ended shows whose replay can be watched now (ready, and its window open), the latest first: for a shelf of replays. Public; playing one needs a registration (registerForPerformance works until the window closes). 12 a page by default, at most 50 (a larger first is cut to 50).",
      authScopes: { public: true },
      resolve: (_root, args, context) => {
        const { config } = context.deps;
        const now = context.deps.clock.now().toISOString();
        return resolveCursorConnection(
          { args, defaultSize: 12, maxSize: 50, toCursor: (row) => encodeCursor([row.ended_at ?? "", row.id]) },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            listOpenReplays(context.deps.db, {
              now,
              defaultWindowHours: config.replayWindowHours,
              after: after ? replayKey(after) : undefined,
              before: before ? replayKey(before) : undefined,
              inverted,
              limit,
            }),
        );
      },
    },
    { name: "ReplayConnection", description: "A page of replays still open, the latest first." },
    { name: "ReplayEdge", description: "One replay of a page, with its cursor." },
  ),
}));

function replayKey(cursor: string) {
  const [endedAt = "", id = ""] = decodeCursor(cursor, 2);
  return { endedAt, id };
}
