import { describe, expect, it } from "vitest";
import { designOf } from "./show-art";

describe("designOf", () => {
  it("draws the same poster for the same title, whatever its case or spacing", () => {
    expect(designOf("Friday Night Fire")).toEqual(designOf("  friday night fire "));
  });

  it("draws different posters for different shows", () => {
    const titles = ["Friday Night Fire", "Aerial Dreams", "Sunday Matinee", "Pyro Gala", "Juggling Jam", "Ember Waltz"];
    const designs = titles.map((title) => JSON.stringify({ ...designOf(title), initials: "" }));
    expect(new Set(designs).size).toBe(titles.length);
    expect(new Set(titles.map((title) => designOf(title).hue)).size).toBeGreaterThan(3);
  });

  it("takes its letters from the title's first words, skipping little ones", () => {
    expect(designOf("The Friday Night Fire").initials).toBe("FN");
    expect(designOf("Öl & Feuer").initials).toBe("ÖF");
    expect(designOf("!!!").initials).toBe("FS");
  });
});
