// A GraphQL-over-SSE client in a few lines of node:http (no load tool here speaks SSE).
import { request } from "node:http";

export function subscribe(origin, query, variables, onEvent, headers = {}) {
  const url = new URL("/graphql", origin);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent: false,
        headers: {
          accept: "text/event-stream",
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          return reject(new Error(`subscription answered ${res.statusCode}`));
        }
        res.setEncoding("utf8");
        let buffer = "";
        res.on("data", (chunk) => {
          buffer += chunk;
          for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (/^event: next$/m.test(block) && data) onEvent(JSON.parse(data), performance.now());
          }
        });
        resolve({ close: () => req.destroy() });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
