// The baseline of the Worker-size benchmark: GraphQL Yoga and a Pothos schema of one query,
// nothing else. What FireStream's Worker weighs and takes to start beyond this is its own code
// and the libraries it chose.
import SchemaBuilder from "@pothos/core";
import { createYoga } from "graphql-yoga";

const builder = new SchemaBuilder({});
builder.queryType({
  fields: (t) => ({ hello: t.string({ resolve: () => "world" }) }),
});
const yoga = createYoga({ schema: builder.toSchema(), graphqlEndpoint: "/graphql" });

export default { fetch: (request: Request) => yoga.fetch(request) };
