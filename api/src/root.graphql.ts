import { builder } from "./schema/builder";
import "./schema/error-types.graphql";
import "./accounts/user.graphql";
import "./accounts/account-links.graphql";
import "./analytics/analytics.graphql";
import "./archive/archive.graphql";
import "./chat/chat.graphql";
import "./broadcast/broadcast.graphql";
import "./broadcast/stream-health.graphql";
import "./broadcast/replay.graphql";
import "./captions/captions.graphql";
import "./notifications/notification-settings.graphql";
import "./notifications/performance-notifications.graphql";
import "./performances/performance.graphql";
import "./performances/status.graphql";
import "./realtime/subscriptions.graphql";
import "./registrations/registration.graphql";
import "./registrations/series-registration.graphql";
import "./registrations/calendar-feed.graphql";

builder.queryType({
  description:
    "Read FireStream's schedule, shows and account. Public unless a field says who may read it; send `Authorization: Bearer <token>` (from signIn) to read as a user.",
});
builder.mutationType({
  description:
    "Every mutation returns a union named Mutation<Name>Result: its success type, or one of the typed errors implementing Error that it lists. The success type is the object the mutation made or changed (Performance, Registration...), or else a payload named after the mutation (SignInPayload, a new session, is also what signUp and changePassword return). A returned error means nothing was changed.",
});
builder.subscriptionType({
  description:
    "Live updates over Server-Sent Events (GraphQL over SSE): send the subscription to /graphql with Accept: text/event-stream.",
});

export const schema = builder.toSchema({ sortSchema: true });
