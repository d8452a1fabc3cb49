// The baseline of the calendar benchmark: a bare Worker that runs the calendar page's own D1
// query (the SQL Kysely compiles for listPerformances with from, to and a limit) and returns the
// rows as JSON. No GraphQL, no authentication, no registration counts: the floor of a month page.
interface Env {
  DB: D1Database;
}

const PAGE_SQL =
  'select * from "performances" where "scheduled_time" >= ? and "scheduled_time" < ? order by "scheduled_time" asc, "id" asc limit ?';

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const from = url.searchParams.get("from") ?? "";
    const to = url.searchParams.get("to") ?? "";
    const { results } = await env.DB.prepare(PAGE_SQL).bind(from, to, 51).all();
    return Response.json({ performances: results });
  },
};
