// GraphiQL's page for `GET /graphql` in a browser. Its scripts and styles are served as static
// assets from /graphiql/ (copied from @graphql-yoga/graphiql by scripts/copy-graphiql.mjs), so it
// works offline and the Worker bundle stays small.
export function renderGraphiQL(options: { endpoint?: string; title?: string }): string {
  const settings = JSON.stringify({
    endpoint: options.endpoint ?? "/graphql",
    title: options.title ?? "FireStream GraphQL",
    query: DEFAULT_QUERY,
    credentials: "same-origin",
  }).replaceAll("<", "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FireStream GraphQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<div id="root">Loading GraphiQL...</div>
<script>
const workerUrls = {
  editorWorkerService: "/graphiql/monacoeditorwork/editor.worker.bundle.js",
  json: "/graphiql/monacoeditorwork/json.worker.bundle.js",
  graphql: "/graphiql/monacoeditorwork/graphql.worker..bundle.js",
};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => workerUrls[label] };
</script>
<script src="/graphiql/yoga-graphiql.umd.js"></script>
<script>YogaGraphiQL.renderYogaGraphiQL(root, ${settings});</script>
</body>
</html>`;
}

const DEFAULT_QUERY = `# Welcome to FireStream's GraphQL API. The Docs panel describes every type and field.
# Sign in first: GraphiQL keeps the session cookie. For example:
#   mutation {
#     signIn(input: { email: "you@example.com", password: "your password" }) {
#       __typename
#     }
#   }

query UpcomingShows {
  me {
    name
    role
  }
  performances(first: 10) {
    edges {
      node {
        id
        title
        scheduledTime
        durationMinutes
        status
        registrationCount
        viewerIsRegistered
      }
    }
  }
}
`;
