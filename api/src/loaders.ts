import DataLoader from "dataloader";
import type { Database } from "./db/database";
import type { RegistrationRow } from "./db/tables";
import { findRegistrationsOfUser } from "./registrations/registrations.repository";

/** Request-scoped loaders that both resolvers and auth scopes use, so each costs one query per request. */
export interface Loaders {
  /** The signed-in viewer's registration for a performance, or null */
  viewerRegistration: DataLoader<string, RegistrationRow | null>;
}

export function createLoaders(db: Database, viewerId: string | undefined): Loaders {
  return {
    viewerRegistration: new DataLoader(async (performanceIds) => {
      if (!viewerId) return performanceIds.map(() => null);
      const rows = await findRegistrationsOfUser(db, viewerId, performanceIds);
      const byPerformance = new Map(rows.map((row) => [row.performance_id, row]));
      return performanceIds.map((id) => byPerformance.get(id) ?? null);
    }),
  };
}
