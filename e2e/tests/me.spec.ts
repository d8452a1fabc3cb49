import { expect, test } from "@playwright/test";
import { expectAccessible, open, signUpQuickly } from "./helpers";

test.describe("my page", () => {
  test("is for signed-in fans only", async ({ page }) => {
    await page.goto("/me");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fme$/);
  });

  test("starts empty, with a way to the calendar", async ({ page }) => {
    await signUpQuickly(page, "Fresh Fan");
    await open(page, "/me");
    await expect(page.getByRole("heading", { level: 1, name: "My shows" })).toBeVisible();
    await expect(page.getByText("No upcoming shows yet.")).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Upcoming" }).getByRole("link", { name: "Browse the calendar" }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test("notification settings explain bad input, keep it, and save good input", async ({ page }) => {
    await signUpQuickly(page, "Settings Tester");
    await open(page, "/me");
    const settings = page.getByRole("region", { name: "Notification settings" });

    const when = settings.getByRole("group", { name: "When to remind me" });
    await expect(when.getByLabel("1 day before")).toBeChecked();
    await expect(when.getByLabel("1 hour before")).toBeChecked();

    // Texts without a phone number
    await when.getByLabel("1 week before").check();
    await settings.getByLabel(/Text message/).check();
    await settings.getByRole("button", { name: "Save settings" }).click();
    await expect(settings.getByRole("alert")).toBeVisible();
    await expect(settings.locator("#phoneNumber-error")).toHaveText("SMS needs a phone number.");
    await expect(settings.getByLabel(/Text message/)).toBeChecked();
    await expect(when.getByLabel("1 week before")).toBeChecked();
    await expectAccessible(page);

    // A phone number that is not one
    await settings.getByLabel("Phone number", { exact: true }).fill("call me maybe");
    await settings.getByRole("button", { name: "Save settings" }).click();
    await expect(settings.locator("#phoneNumber-error")).toHaveText(
      "Phone number must be an E.164 number such as +15551234567.",
    );
    await expect(settings.getByLabel("Phone number", { exact: true })).toHaveValue("call me maybe");

    await settings.getByLabel("Phone number", { exact: true }).fill("+1 (555) 010-2030");
    await when.getByLabel("1 hour before").uncheck();
    await settings.getByLabel("Email", { exact: true }).uncheck();
    await settings.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Your notification settings are saved.");

    await page.reload();
    await expect(settings.getByLabel("Phone number", { exact: true })).toHaveValue("+15550102030");
    await expect(when.getByLabel("1 week before")).toBeChecked();
    await expect(when.getByLabel("1 day before")).toBeChecked();
    await expect(when.getByLabel("1 hour before")).not.toBeChecked();
    await expect(settings.getByLabel(/Text message/)).toBeChecked();
    await expect(settings.getByLabel("Email", { exact: true })).not.toBeChecked();
  });

  test("new registrations start from the saved settings", async ({ page }) => {
    await signUpQuickly(page, "Default Checker");
    await open(page, "/me");
    const settings = page.getByRole("region", { name: "Notification settings" });
    await settings.getByLabel("Phone number", { exact: true }).fill("+15550104040");
    await settings.getByLabel(/Text message/).check();
    await settings.getByLabel("Email", { exact: true }).uncheck();
    await settings.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Your notification settings are saved.");

    await open(page, "/?view=agenda");
    await page.getByRole("link", { name: "Juggling Workshop (Live Q&A)" }).click();
    const remind = page.getByRole("group", { name: "Remind me by" });
    await expect(remind.getByLabel(/Text message/)).toBeEnabled();
    await expect(remind.getByLabel(/Text message/)).toBeChecked();
    await expect(remind.getByLabel("Email", { exact: true })).not.toBeChecked();
  });

  test("has a sign-out button", async ({ page }) => {
    await signUpQuickly(page, "Leaving Soon");
    await open(page, "/me");
    await page.getByRole("region", { name: "Account" }).getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("status")).toContainText("You are signed out");
  });
});
