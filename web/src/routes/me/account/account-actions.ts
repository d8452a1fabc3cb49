import { redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { setFlash } from "$lib/server/flash";
import { invalid, issuesToErrors, textOf } from "$lib/server/forms";
import { graphqlFor } from "$lib/server/graphql";

// The account part of My shows: password, email and calendar feed. They post here, not to /me,
// so their answers never reach the notification settings form; field ids are prefixed for the
// same reason, as both sit on one page.

const ChangePassword = graphql(`
  mutation MyChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const RequestEmailChange = graphql(`
  mutation MyRequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      __typename
      ... on RequestEmailChangePayload {
        email
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const RotateCalendarFeed = graphql(`
  mutation MyRotateCalendarFeed {
    rotateCalendarFeed {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const PASSWORD_FIELDS = {
  currentPassword: { id: "account-current-password", label: "Current password" },
  newPassword: { id: "account-new-password", label: "New password" },
};
const EMAIL_FIELDS = {
  newEmail: { id: "account-new-email", label: "New email" },
  currentPassword: { id: "account-email-password", label: "Password" },
};

function signedIn(event: RequestEvent): void {
  if (!event.locals.user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent("/me")}`);
}

export const accountActions = {
  password: async (event: RequestEvent) => {
    signedIn(event);
    const form = await event.request.formData();
    const currentPassword = textOf(form, "currentPassword", { trim: false });
    const newPassword = textOf(form, "newPassword", { trim: false });
    const confirmation = textOf(form, "confirmation", { trim: false });
    const errors: Record<string, string> = {};
    if (!currentPassword) errors["account-current-password"] = "Enter your current password.";
    if (!newPassword) errors["account-new-password"] = "Enter a new password.";
    if (!confirmation) errors["account-confirmation"] = "Enter the new password again.";
    else if (newPassword && confirmation !== newPassword)
      errors["account-confirmation"] = "The two new passwords are not the same.";
    if (Object.keys(errors).length > 0) return invalid({ form: "password" }, errors);

    const { changePassword: result } = await graphqlFor(event).mutate(ChangePassword, {
      input: { currentPassword, newPassword },
    });
    switch (result.__typename) {
      case "SignInPayload":
        setFlash(event.cookies, "Your password is changed. Other devices are signed out.");
        return redirect(303, "/me#account-heading");
      case "InvalidCredentialsError":
        return invalid({ form: "password" }, { "account-current-password": "Your current password is not right." });
      case "ValidationError": {
        const { errors, message } = issuesToErrors(result.issues, PASSWORD_FIELDS);
        return invalid({ form: "password" }, errors, message);
      }
      default:
        return invalid({ form: "password" }, {}, result.message);
    }
  },
  email: async (event: RequestEvent) => {
    signedIn(event);
    const form = await event.request.formData();
    const newEmail = textOf(form, "newEmail");
    const currentPassword = textOf(form, "currentPassword", { trim: false });
    const values = { form: "email", newEmail };
    const errors: Record<string, string> = {};
    if (!newEmail) errors["account-new-email"] = "Enter the new email address.";
    if (!currentPassword) errors["account-email-password"] = "Enter your password.";
    if (Object.keys(errors).length > 0) return invalid(values, errors);

    const { requestEmailChange: result } = await graphqlFor(event).mutate(RequestEmailChange, {
      input: { newEmail, currentPassword },
    });
    switch (result.__typename) {
      case "RequestEmailChangePayload":
        setFlash(event.cookies, `We sent a link to ${result.email}: open it to confirm your new email.`);
        return redirect(303, "/me#account-heading");
      case "InvalidCredentialsError":
        return invalid(values, { "account-email-password": "Your password is not right." });
      case "ValidationError": {
        const { errors, message } = issuesToErrors(result.issues, EMAIL_FIELDS);
        return invalid(values, errors, message);
      }
      default:
        return invalid(values, {}, result.message);
    }
  },
  calendarFeed: async (event: RequestEvent) => {
    signedIn(event);
    const { rotateCalendarFeed: result } = await graphqlFor(event).mutate(RotateCalendarFeed, {});
    if (result.__typename === "User") {
      setFlash(event.cookies, "Your calendar link is ready. Any earlier link no longer works.");
      return redirect(303, "/me#calendar-feed");
    }
    return invalid({ form: "calendarFeed" }, {}, result.message);
  },
};
