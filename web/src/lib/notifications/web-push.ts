import { graphqlInBrowser } from "$lib/graphql/client";
import { graphql } from "$lib/graphql/generated";

const PushKey = graphql(`
  query WebPushPublicKey {
    webPushPublicKey
  }
`);

const RegisterPush = graphql(`
  mutation RegisterThisBrowser($input: PushSubscriptionInput!) {
    registerPushSubscription(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replaceAll("-", "+").replaceAll("_", "/")), (char) => char.charCodeAt(0));

/** "Chrome on Linux": enough for a fan to tell their browsers apart in the list. */
export function browserLabel(userAgent: string): string {
  const browser =
    [
      ["Edge", /Edg\//],
      ["Opera", /OPR\//],
      ["Firefox", /Firefox\//],
      ["Chrome", /Chrome\//],
      ["Safari", /Safari\//],
    ].find(([, pattern]) => (pattern as RegExp).test(userAgent))?.[0] ?? "Browser";
  const system =
    [
      ["Android", /Android/],
      ["iOS", /iPhone|iPad/],
      ["Windows", /Windows/],
      ["macOS", /Mac OS X/],
      ["Linux", /Linux/],
    ].find(([, pattern]) => (pattern as RegExp).test(userAgent))?.[0] ?? "";
  return system ? `${browser} on ${system}` : String(browser);
}

/**
 * Subscribes this browser to the site's Web Push (after the fan allowed notifications) and
 * tells the API, so notifications reach it also when no FireStream tab is open. Returns why
 * not, or null when it worked.
 */
export async function subscribeThisBrowser(): Promise<string | null> {
  if (!("serviceWorker" in navigator) || !("PushManager" in window)) return "This browser cannot receive push.";
  const client = graphqlInBrowser();
  const { webPushPublicKey } = await client.query(PushKey, {});
  if (!webPushPublicKey) return "This site does not send browser notifications.";
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: fromBase64Url(webPushPublicKey),
    }));
  const { endpoint, keys } = subscription.toJSON();
  if (!endpoint || !keys?.p256dh || !keys.auth) return "The browser gave no usable subscription.";
  const { registerPushSubscription: result } = await client.mutate(RegisterPush, {
    input: { endpoint, p256dh: keys.p256dh, auth: keys.auth, label: browserLabel(navigator.userAgent) },
  });
  return result.__typename === "PushSubscription" ? null : "message" in result ? result.message : "Not saved.";
}

/** Whether this browser holds a Web Push subscription now (then pushes bring the fan's alerts here). */
export async function pushSubscribedHere(): Promise<boolean> {
  if (!("serviceWorker" in navigator) || !("PushManager" in window)) return false;
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  const subscription = await registration?.pushManager.getSubscription().catch(() => null);
  return Boolean(subscription);
}
