import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, open, signUpQuickly, uniqueEmail } from "./helpers";

/** The newest link to `path` that the dev outbox shows for `email` (the body is the email's text). */
async function outboxLink(page: Page, email: string, path: string): Promise<string> {
  const message = page.getByRole("listitem").filter({ hasText: email }).filter({ hasText: path }).first();
  let link = "";
  await expect(async () => {
    await open(page, "/dev/outbox");
    const text = await message.innerText({ timeout: 1_000 });
    link = text.match(/https?:\/\/\S+/)?.[0] ?? "";
    expect(link).toContain(path);
  }).toPass({ timeout: 20_000 });
  // The API's SITE_URL may name another origin than the test's: keep only the path and token.
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

test.describe("account recovery", () => {
  test("a fan who forgot the password resets it from the link in the dev outbox, and the link works once", async ({
    browser,
    page,
  }) => {
    test.slow();
    const account = await signUpQuickly(page, "Forgetful Fan");
    const fan = await (await browser.newContext()).newPage();

    await open(fan, "/sign-in");
    await fan.getByRole("link", { name: "Forgot password?" }).click();
    await expect(fan.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
    await expectAccessible(fan);
    await fan.getByRole("button", { name: "Email me a link" }).click();
    await expect(fan.getByRole("alert")).toContainText("Enter the email address of your account.");
    await expectAccessible(fan);
    await fan.getByLabel("Email").fill(account.email);
    await fan.getByRole("button", { name: "Email me a link" }).click();
    await expect(fan.getByRole("status")).toContainText(`If an account uses ${account.email}`);

    const link = await outboxLink(fan, account.email, "/reset-password");
    await open(fan, link);
    await expectAccessible(fan);
    await fan.getByRole("button", { name: "Set new password" }).click();
    const summary = fan.getByRole("alert");
    await expect(summary).toContainText("Enter a new password.");
    await expect(summary).toContainText("Enter the new password again.");
    await expectAccessible(fan);
    await fan.getByLabel("New password", { exact: true }).fill("short");
    await fan.getByLabel("New password again").fill("short");
    await fan.getByRole("button", { name: "Set new password" }).click();
    await expect(summary).toContainText("New password must be at least 10 characters.");
    await fan.getByLabel("New password", { exact: true }).fill("my brand new fire password");
    await fan.getByLabel("New password again").fill("my brand new fire password");
    await fan.getByRole("button", { name: "Set new password" }).click();
    await expect(fan).toHaveURL(/\/me$/);
    await expect(fan.getByText("Your new password is set")).toBeVisible();

    // The old session (the sign-up's) ended with the reset.
    await open(page, "/me");
    await expect(page).toHaveURL(/\/sign-in/);

    const other = await (await browser.newContext()).newPage();
    await open(other, link);
    await other.getByLabel("New password", { exact: true }).fill("another long password");
    await other.getByLabel("New password again").fill("another long password");
    await other.getByRole("button", { name: "Set new password" }).click();
    await expect(other.getByRole("alert")).toContainText("This link was used already");
  });

  test("asking for an address without an account answers the same and sends nothing", async ({ page }) => {
    const email = uniqueEmail();
    await open(page, "/forgot-password");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByRole("status")).toContainText(`If an account uses ${email}`);
    await open(page, "/dev/outbox");
    await expect(page.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);
  });

  test("a fan signs in with an emailed link instead of a password", async ({ browser, page }) => {
    const account = await signUpQuickly(page, "Linky Fan");
    const fan = await (await browser.newContext()).newPage();

    await open(fan, "/sign-in");
    await fan.getByRole("link", { name: "Email me a sign-in link instead" }).click();
    await expectAccessible(fan);
    await fan.getByLabel("Email").fill(account.email);
    await fan.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(fan.getByRole("status")).toContainText("sign-in link");

    const link = await outboxLink(fan, account.email, "/sign-in/link");
    await open(fan, link);
    await expectAccessible(fan);
    await fan.getByRole("button", { name: "Sign in" }).click();
    await expect(fan).toHaveURL(/\/me$/);
    await expect(fan.getByText("Welcome back, Linky Fan!")).toBeVisible();
  });
});
