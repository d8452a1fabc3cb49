/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// Shows the API's Web Push notifications, also when no FireStream tab is open, and takes a
// click to the show's watch page (an open tab of it is focused rather than opened twice).
// It caches nothing: pages and video always come from the network.
import { notificationFromPush, type PushNotification } from "$lib/notifications/push-payload";

const worker = self as unknown as ServiceWorkerGlobalScope;

worker.addEventListener("install", () => {
  void worker.skipWaiting();
});
worker.addEventListener("activate", (event) => {
  event.waitUntil(worker.clients.claim());
});

worker.addEventListener("push", (event) => {
  const notification = notificationFromPush(readPush(event.data));
  event.waitUntil(
    worker.registration.showNotification(notification.title, {
      body: notification.body,
      tag: notification.tag,
      data: { url: notification.url },
      icon: "/favicon.svg",
    }),
  );
});

function readPush(data: PushMessageData | null): unknown {
  try {
    return data?.json();
  } catch {
    return data?.text();
  }
}

worker.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL(
    (event.notification.data as Pick<PushNotification, "url"> | null)?.url ?? "/",
    worker.location.origin,
  );
  event.waitUntil(
    (async () => {
      const windows = await worker.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).pathname === target.pathname);
      if (open) await open.focus();
      else await worker.clients.openWindow(target.href);
    })(),
  );
});
