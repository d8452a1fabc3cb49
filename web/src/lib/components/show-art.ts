/** The drawn poster of a show without a picture: the same title always draws the same poster. */
export interface ArtDesign {
  hue: number;
  accentHue: number;
  pattern: "rings" | "rays" | "waves" | "stars";
  /** Up to two letters from the title's words */
  initials: string;
  /** 0..1 values placing the pattern's pieces */
  offsets: number[];
}

/** FNV-1a over the title's UTF-16 code units: small, stable and well spread. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const PATTERNS = ["rings", "rays", "waves", "stars"] as const;

export function designOf(title: string): ArtDesign {
  const seed = hashOf(title.trim().toLowerCase());
  let state = seed || 1;
  const next = () => {
    // xorshift32: a repeatable sequence from the title's hash.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  const words = title.match(/[\p{L}\p{N}]+/gu) ?? [];
  const initials = words
    .filter((word) => !/^(the|a|an|of|and|de|la|le)$/i.test(word))
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
  const hue = seed % 360;
  return {
    hue,
    accentHue: (hue + 40 + Math.floor(next() * 140)) % 360,
    pattern: PATTERNS[Math.floor(next() * PATTERNS.length)] ?? "rings",
    initials: initials || "FS",
    offsets: Array.from({ length: 8 }, next),
  };
}
