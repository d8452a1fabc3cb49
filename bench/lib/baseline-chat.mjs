// The baseline for the chat benchmark: plain graphql-yoga on Node with its in-memory pub/sub,
// the same operation shapes (sendChatMessage publishes, chatEvents delivers), no auth, no storage.
import { createServer } from "node:http";
import { fork } from "node:child_process";
import { createPubSub, createSchema, createYoga } from "graphql-yoga";
import { freePort, waitForUrl as waitFor } from "@firestream/dev-support";

export async function startChatBaseline(port) {
  const pubSub = createPubSub();
  let seq = 0;
  const yoga = createYoga({
    logging: false,
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query {
          ok: Boolean
        }
        type ChatMessage {
          id: ID!
          body: String!
        }
        type ChatEvent {
          kind: String!
          message: ChatMessage
        }
        type Mutation {
          sendChatMessage(performanceId: ID!, body: String!): ChatMessage!
        }
        type Subscription {
          chatEvents(performanceId: ID!): ChatEvent!
        }
      `,
      resolvers: {
        Mutation: {
          sendChatMessage: (_root, { performanceId, body }) => {
            const message = { id: String(++seq), body };
            pubSub.publish(`chat:${performanceId}`, { kind: "MESSAGE_POSTED", message });
            return message;
          },
        },
        Subscription: {
          chatEvents: {
            subscribe: async function* (_root, { performanceId }) {
              const events = pubSub.subscribe(`chat:${performanceId}`);
              yield { kind: "CURRENT", message: null };
              yield* events;
            },
            resolve: (event) => event,
          },
        },
      },
    }),
  });
  const server = createServer(yoga);
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

/** In its own process, so it does not share a CPU thread with the load client. */
export async function startChatBaselineProcess() {
  const port = await freePort();
  const child = fork(import.meta.filename, [String(port)], { stdio: "ignore" });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/graphql?query=%7Bok%7D`, { headers: { accept: "application/json" } });
  return { origin, stop: () => child.kill() };
}

if (process.argv[1] === import.meta.filename) await startChatBaseline(Number(process.argv[2]));
