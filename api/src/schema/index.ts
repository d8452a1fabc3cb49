import { builder } from "./builder";
import "./errors";
import "../accounts/user";
import "../analytics/analytics";
import "../broadcast/broadcast";
import "../notifications/notification-settings";
import "../performances/performance";
import "../realtime/subscriptions";
import "../registrations/registration";

builder.queryType({ description: "Read FireStream's schedule, shows and account." });
builder.mutationType({ description: "Every mutation returns its result or a typed error implementing Error." });
builder.subscriptionType({
  description:
    "Live updates over Server-Sent Events (GraphQL over SSE): send the subscription to /graphql with Accept: text/event-stream.",
});

export const schema = builder.toSchema({ sortSchema: true });
