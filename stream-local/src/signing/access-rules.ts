/**
 * The `accessRules` claim of a playback token: up to five rules, the first that matches decides,
 * and a request no rule matches is allowed.
 */
import { BlockList, isIPv4, isIPv6 } from "node:net";
import { z } from "zod";

const Action = z.enum(["allow", "block"]);

export const AccessRulesSchema = z
  .array(
    z.discriminatedUnion("type", [
      z.object({ type: z.literal("any"), action: Action }),
      z.object({
        type: z.literal("ip.src"),
        action: Action,
        ip: z.array(z.string().refine(isAddressOrCidr, "must be an IP address or CIDR")).min(1),
      }),
      z.object({ type: z.literal("ip.geoip.country"), action: Action, country: z.array(z.string().length(2)).min(1) }),
    ]),
  )
  .max(5);

export type AccessRule = z.infer<typeof AccessRulesSchema>[number];

export interface Client {
  ip: string;
  /** ISO 3166-1 alpha-2, or null when unknown (then country rules never match) */
  country: string | null;
}

export function evaluateAccessRules(rules: AccessRule[], client: Client): "allow" | "block" {
  for (const rule of rules) {
    if (ruleMatches(rule, client)) return rule.action;
  }
  return "allow";
}

function ruleMatches(rule: AccessRule, client: Client): boolean {
  switch (rule.type) {
    case "any":
      return true;
    case "ip.src":
      return addressList(rule.ip).check(client.ip, isIPv6(client.ip) ? "ipv6" : "ipv4");
    case "ip.geoip.country":
      return client.country !== null && rule.country.some((code) => code.toUpperCase() === client.country);
  }
}

function addressList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIPv6(address) ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

function isAddressOrCidr(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  if (rest.length > 0) return false;
  const maxPrefix = isIPv4(address) ? 32 : isIPv6(address) ? 128 : -1;
  if (maxPrefix < 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= maxPrefix;
}
