import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, open, uniqueEmail } from "./helpers";

test.describe("signing up", () => {
  test("explains every bad field, keeps what was typed, and signs the new fan in", async ({ page }) => {
    await open(page, "/sign-up");
    await expectAccessible(page);

    await page.getByLabel("Name").fill("   ");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();

    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Please fix these and try again");
    await expect(page.locator("#name-error")).toHaveText("Name must not be empty.");
    await expect(page.locator("#email-error")).toHaveText("Email must be an email address.");
    await expect(page.locator("#password-error")).toHaveText("Password must be at least 10 characters.");
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Password")).toHaveValue("short");
    await expectAccessible(page);

    const email = uniqueEmail();
    await page.getByLabel("Name").fill("Nova Ember");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("sparks-and-flames");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL("/");
    await expect(page.getByRole("status")).toContainText("Welcome to FireStream, Nova Ember!");
    await expect(page.getByRole("banner")).toContainText("Nova Ember");
    const session = (await page.context().cookies()).find((cookie) => cookie.name === "firestream_session");
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
  });

  test("refuses an email that already has an account", async ({ page }) => {
    await open(page, "/sign-up");
    await page.getByLabel("Name").fill("Copy Cat");
    await page.getByLabel("Email").fill(DEMO.viewer.email);
    await page.getByLabel("Password").fill("long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page.locator("#email-error")).toContainText("An account with this email already exists");
    await expect(page.getByLabel("Name")).toHaveValue("Copy Cat");
  });
});

test.describe("signing in and out", () => {
  test("a wrong password is refused and the email kept", async ({ page }) => {
    await open(page, "/sign-in");
    await page.getByLabel("Email").fill(DEMO.viewer.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page.getByRole("alert")).toContainText("That email and password do not match an account");
    await expect(page.getByLabel("Email")).toHaveValue(DEMO.viewer.email);
  });

  test("empty fields get their own messages", async ({ page }) => {
    await open(page, "/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#email-error")).toHaveText("Enter your email address.");
    await expect(page.locator("#password-error")).toHaveText("Enter your password.");
  });

  test("signing in returns to the page the visitor came from, signing out ends the session", async ({ page }) => {
    await open(page, "/?view=agenda");
    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=/);
    await page.getByLabel("Email").fill(DEMO.viewer.email);
    await page.getByLabel("Password").fill(DEMO.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL("/?view=agenda");
    await expect(page.getByRole("status")).toHaveText(`Welcome back, ${DEMO.viewer.name}!`);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My shows" })).toBeVisible();

    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("status")).toContainText("You are signed out");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    expect((await page.context().cookies()).some((cookie) => cookie.name === "firestream_session")).toBe(false);

    await page.goto("/me");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fme$/);
  });

  test("only paths on this site are followed after signing in", async ({ page }) => {
    await open(page, "/sign-in?redirectTo=//evil.example/steal");
    await page.getByLabel("Email").fill(DEMO.viewer.email);
    await page.getByLabel("Password").fill(DEMO.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/");
  });

  test("a tab between the slashes does not lead off the site, through the form or once signed in", async ({ page }) => {
    await open(page, "/sign-in?redirectTo=/%09/evil.example");
    await page.getByLabel("Email").fill(DEMO.viewer.email);
    await page.getByLabel("Password").fill(DEMO.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1, name: "Show calendar" })).toBeVisible();

    // Signed in now: the sign-in page sends the visitor straight on, to the site only.
    await page.goto("/sign-in?redirectTo=/%09/evil.example");
    await expect(page).toHaveURL("/");
    const tricks = [
      "/%09/evil.example",
      "/%0d%0a/evil.example",
      "/%5Cevil.example",
      "/%5C%5Cevil.example",
      "%2F%2Fevil.example",
      "/%252F%252Fevil.example",
      "https://evil.example/",
      "/me%0d%0aSet-Cookie:%20x=y",
      "/%E0%A4%A",
    ];
    for (const trick of tricks) {
      for (const path of ["/sign-in", "/sign-up"]) {
        const response = await page.request.get(`${path}?redirectTo=${trick}`, { maxRedirects: 0 });
        expect(response.status(), `${path}?redirectTo=${trick}`).toBe(303);
        const location = response.headers().location ?? "";
        expect(location.startsWith("/") && !location.startsWith("//") && !/[\\\s]/.test(location)).toBe(true);
        expect(response.headers()["set-cookie"] ?? "").not.toContain("x=y");
      }
    }
    // A path on the site is still followed.
    await page.goto("/sign-in?redirectTo=%2Fme");
    await expect(page).toHaveURL("/me");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signing in and out still work (form posts, the API's cookie forwarded)", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO.viewer.email);
    await page.getByLabel("Password").fill(DEMO.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("banner")).toContainText(DEMO.viewer.name);

    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  });
});
