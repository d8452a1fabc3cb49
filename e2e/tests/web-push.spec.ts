import { expect, test } from "@playwright/test";
import { open, signUpQuickly } from "./helpers";

// Real push services are not reachable from here, so the push is handed to the service worker
// the way the browser would after receiving it: through the DevTools protocol.
test("the service worker shows a pushed notification, with the API's title, body and watch link", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ permissions: ["notifications"] });
  const page = await context.newPage();
  await signUpQuickly(page);
  await open(page, "/me");
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${new URL(baseURL ?? "").origin}/`);

  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((registration) => registration.scopeURL === scope && !registration.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  const payload = {
    title: "Live now: Pushed Flames",
    body: "Pushed Flames is live now.",
    url: `${baseURL}/shows/pushed-flames/watch`,
    tag: "delivery-e2e-1",
  };
  await cdp.send("ServiceWorker.deliverPushMessage", {
    origin: new URL(scope).origin,
    registrationId: await registrationId,
    data: JSON.stringify(payload),
  });

  const shown = () =>
    page.evaluate(async () =>
      (await (await navigator.serviceWorker.ready).getNotifications()).map((notification) => ({
        title: notification.title,
        body: notification.body,
        tag: notification.tag,
        url: (notification.data as { url: string }).url,
      })),
    );
  await expect
    .poll(shown, { timeout: 15_000 })
    .toEqual([{ title: payload.title, body: payload.body, tag: payload.tag, url: "/shows/pushed-flames/watch" }]);
  await context.close();
});
