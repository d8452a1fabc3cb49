import type { Database } from "../db/database";
import type { AccountLinkPurpose, AccountLinkRow } from "../db/tables";

export async function insertAccountLink(db: Database, link: AccountLinkRow): Promise<void> {
  await db.insertInto("account_links").values(link).execute();
}

/** How many links of this purpose the user was sent since `since`. */
export async function countLinksSince(
  db: Database,
  userId: string,
  purpose: AccountLinkPurpose,
  since: string,
): Promise<number> {
  const row = await db
    .selectFrom("account_links")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("purpose", "=", purpose)
    .where("created_at", ">", since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Marks a link used, in one statement: of two requests racing with the same link, exactly one
 * gets the row back; a used or expired link gives undefined.
 */
export function claimAccountLink(
  db: Database,
  link: { id: string; userId: string; purpose: AccountLinkPurpose; now: string },
): Promise<AccountLinkRow | undefined> {
  return db
    .updateTable("account_links")
    .set({ used_at: link.now })
    .where("id", "=", link.id)
    .where("user_id", "=", link.userId)
    .where("purpose", "=", link.purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", link.now)
    .returningAll()
    .executeTakeFirst();
}

export function findAccountLink(db: Database, id: string): Promise<AccountLinkRow | undefined> {
  return db.selectFrom("account_links").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The query that retires every unused link of these purposes (a password change makes old reset links void). */
export function retireLinksQuery(db: Database, userId: string, purposes: AccountLinkPurpose[], now: string) {
  return db
    .updateTable("account_links")
    .set({ used_at: now })
    .where("user_id", "=", userId)
    .where("purpose", "in", purposes)
    .where("used_at", "is", null);
}
