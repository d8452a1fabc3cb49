import DataLoader from "dataloader";
import type { Loaders } from "./context";
import type { Database } from "./db/database";
import { findRegistrationsOfUser } from "./registrations/registrations.repository";

/** The loaders of one request (see Loaders). */
export function createLoaders(db: Database, callerId: string | undefined): Loaders {
  return {
    callerRegistration: new DataLoader(async (performanceIds) => {
      if (!callerId) return performanceIds.map(() => null);
      const rows = await findRegistrationsOfUser(db, callerId, performanceIds);
      const byPerformance = new Map(rows.map((row) => [row.performance_id, row]));
      return performanceIds.map((id) => byPerformance.get(id) ?? null);
    }),
  };
}
