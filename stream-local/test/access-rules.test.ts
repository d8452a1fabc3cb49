import { describe, expect, it } from "vitest";
import { AccessRulesSchema, evaluateAccessRules } from "../src/signing/access-rules";

const home = { ip: "203.0.113.7", country: "US" };

describe("accessRules", () => {
  it("allows when no rule matches", () => {
    expect(evaluateAccessRules([], home)).toBe("allow");
    expect(evaluateAccessRules([{ type: "ip.src", action: "block", ip: ["198.51.100.0/24"] }], home)).toBe("allow");
  });

  it("lets the first matching rule decide", () => {
    expect(
      evaluateAccessRules(
        [
          { type: "ip.geoip.country", action: "allow", country: ["US"] },
          { type: "any", action: "block" },
        ],
        home,
      ),
    ).toBe("allow");
    expect(
      evaluateAccessRules(
        [
          { type: "ip.geoip.country", action: "allow", country: ["CA"] },
          { type: "any", action: "block" },
        ],
        home,
      ),
    ).toBe("block");
  });

  it("matches IPv4 and IPv6 CIDRs and single addresses", () => {
    const rules = [
      { type: "ip.src" as const, action: "block" as const, ip: ["203.0.113.0/24", "2001:db8::/32", "192.0.2.1"] },
    ];
    expect(evaluateAccessRules(rules, home)).toBe("block");
    expect(evaluateAccessRules(rules, { ip: "2001:db8:1::5", country: null })).toBe("block");
    expect(evaluateAccessRules(rules, { ip: "192.0.2.1", country: null })).toBe("block");
    expect(evaluateAccessRules(rules, { ip: "192.0.2.2", country: null })).toBe("allow");
  });

  it("never matches a country rule when the country is unknown", () => {
    expect(
      evaluateAccessRules([{ type: "ip.geoip.country", action: "block", country: ["US"] }], {
        ip: "203.0.113.7",
        country: null,
      }),
    ).toBe("allow");
  });

  it("accepts at most five well-formed rules", () => {
    expect(
      AccessRulesSchema.safeParse(Array.from({ length: 5 }, () => ({ type: "any", action: "allow" }))).success,
    ).toBe(true);
    expect(
      AccessRulesSchema.safeParse(Array.from({ length: 6 }, () => ({ type: "any", action: "allow" }))).success,
    ).toBe(false);
    expect(AccessRulesSchema.safeParse([{ type: "ip.src", action: "block", ip: ["not-an-ip"] }]).success).toBe(false);
    expect(AccessRulesSchema.safeParse([{ type: "ip.src", action: "block", ip: ["10.0.0.0/33"] }]).success).toBe(false);
    expect(AccessRulesSchema.safeParse([{ type: "asn", action: "block" }]).success).toBe(false);
  });
});
