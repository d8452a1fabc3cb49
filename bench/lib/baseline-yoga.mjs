// The baseline for the fan-out benchmark: plain graphql-yoga on Node with its in-memory
// pub/sub, the same subscription shape, and a webhook-like POST that publishes.
import { createServer } from "node:http";
import { createPubSub, createSchema, createYoga } from "graphql-yoga";
import { fork } from "node:child_process";
import { freePort, waitForUrl as waitFor } from "@firestream/dev-support";

/** Runs the baseline server (in its own process when started through startBaselineProcess). */
export async function startBaseline(port) {
  const pubSub = createPubSub();
  const yoga = createYoga({
    logging: false,
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query {
          ok: Boolean
        }
        type Performance {
          id: ID!
          status: String!
        }
        type PerformanceEvent {
          change: String!
          status: String!
          performance: Performance!
        }
        type Subscription {
          performanceStatus(id: ID!): PerformanceEvent!
        }
      `,
      resolvers: {
        Subscription: {
          performanceStatus: {
            subscribe: async function* (_root, { id }) {
              const events = pubSub.subscribe(`status:${id}`);
              yield { change: "CURRENT", status: "SCHEDULED", performance: { id, status: "SCHEDULED" } };
              yield* events;
            },
            resolve: (event) => event,
          },
        },
      },
    }),
  });
  const server = createServer((req, res) => {
    if (req.method === "POST" && req.url?.startsWith("/webhook/")) {
      const id = req.url.slice("/webhook/".length);
      pubSub.publish(`status:${id}`, { change: "STATUS", status: "LIVE", performance: { id, status: "LIVE" } });
      res.writeHead(200).end("ok");
      return;
    }
    yoga(req, res);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

/** The baseline in a child process, so it does not share a CPU thread with the load client. */
export async function startBaselineProcess() {
  const port = await freePort();
  const child = fork(import.meta.filename, [String(port)], { stdio: "ignore" });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/graphql?query=%7Bok%7D`, { headers: { accept: "application/json" } });
  return { origin, stop: () => child.kill() };
}

if (process.argv[1] === import.meta.filename) await startBaseline(Number(process.argv[2]));
