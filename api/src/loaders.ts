import DataLoader from "dataloader";
import type { Database } from "./db/database";
import type { RegistrationRow } from "./db/tables";
import { findRegistrationsOfUser } from "./registrations/registrations.repository";

/** Request-scoped loaders that both resolvers and auth scopes use, so each costs one query per request. */
export interface Loaders {
  /** The signed-in caller's registration for a performance, or null */
  callerRegistration: DataLoader<string, RegistrationRow | null>;
}

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
