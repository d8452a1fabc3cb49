import { describe, expect, it } from "vitest";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { renderEmail, renderShortMessage } from "../notifications/message-templates";

const CancelWithMessage = graphql(`
  mutation CancelWithMessage($id: ID!, $message: String, $scope: SeriesScope) {
    cancelPerformance(id: $id, message: $message, scope: $scope) {
      __typename
      ... on Performance {
        status
        cancellationMessage
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

const ShowMessage = graphql(`
  query ShowCancellationMessage($id: ID!) {
    performance(id: $id) {
      status
      cancellationMessage
    }
  }
`);

describe("cancelling with a message to the fans", () => {
  it("keeps the message on the show, for everyone to read on its page", async () => {
    const id = await insertPerformance();
    const { token } = await organizer();

    const data = await executeOk(
      CancelWithMessage,
      { id, message: "  The big top tore in the storm.\nSee you next Friday!  " },
      { token },
    );

    expect(expectTypename(data.cancelPerformance, "Performance")).toEqual({
      __typename: "Performance",
      status: "CANCELLED",
      cancellationMessage: "The big top tore in the storm.\nSee you next Friday!",
    });
    expect((await executeOk(ShowMessage, { id })).performance?.cancellationMessage).toBe(
      "The big top tore in the storm.\nSee you next Friday!",
    );
  });

  it("is optional: without one, or with only spaces, the show has none", async () => {
    const { token } = await organizer();
    for (const message of [undefined, "   "]) {
      const id = await insertPerformance();
      const data = await executeOk(CancelWithMessage, { id, message }, { token });
      expect(expectTypename(data.cancelPerformance, "Performance").cancellationMessage).toBeNull();
    }
  });

  it("goes with every show a series cancellation cancels", async () => {
    const series = crypto.randomUUID();
    await db()
      .insertInto("performance_series")
      .values({
        id: series,
        title: "Weekly",
        duration_minutes: 60,
        time_zone: "America/Chicago",
        weekday: 5,
        local_time: "20:00",
        starts_on: "2030-01-04",
        materialized_until: "2030-01-11",
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      })
      .execute();
    const first = await insertPerformance({
      series_id: series,
      occurrence_date: "2030-01-04",
      scheduled_time: "2030-01-05T02:00:00.000Z",
    });
    const second = await insertPerformance({
      series_id: series,
      occurrence_date: "2030-01-11",
      scheduled_time: "2030-01-12T02:00:00.000Z",
    });
    const { token } = await organizer();

    await executeOk(
      CancelWithMessage,
      { id: first, message: "The season ends early.", scope: "THIS_AND_FOLLOWING" },
      { token },
    );

    expect((await executeOk(ShowMessage, { id: second })).performance?.cancellationMessage).toBe(
      "The season ends early.",
    );
  });

  it("refuses a message over 500 characters or with control characters, and cancels nothing", async () => {
    const id = await insertPerformance();
    const { token } = await organizer();
    for (const message of ["x".repeat(501), "sorry\u0000", "right\u202eto left"]) {
      const data = await executeOk(CancelWithMessage, { id, message }, { token });
      expect(expectTypename(data.cancelPerformance, "ValidationError").issues[0]?.path).toEqual(["message"]);
    }
    expect((await executeOk(ShowMessage, { id })).performance?.status).toBe("SCHEDULED");
  });

  it("keeps the first message when a cancelled show is cancelled again", async () => {
    const id = await insertPerformance();
    const { token } = await organizer();
    await executeOk(CancelWithMessage, { id, message: "First words." }, { token });

    const again = await executeOk(CancelWithMessage, { id, message: "Second words." }, { token });

    expect(expectTypename(again.cancelPerformance, "Performance").cancellationMessage).toBe("First words.");
  });

  it("is for organizers only", async () => {
    const id = await insertPerformance();
    const fan = await viewer();
    expect((await execute(CancelWithMessage, { id, message: "hi" })).data?.cancelPerformance.__typename).toBe(
      "UnauthenticatedError",
    );
    const forbidden = await executeOk(CancelWithMessage, { id, message: "hi" }, { token: fan.token });
    expect(forbidden.cancelPerformance.__typename).toBe("ForbiddenError");
    expect((await executeOk(ShowMessage, { id })).performance).toEqual({
      status: "SCHEDULED",
      cancellationMessage: null,
    });
  });
});

describe("the CANCELLED notice", () => {
  const facts = {
    kind: "CANCELLED" as const,
    recipientName: "Robin",
    title: "Friday Night Fire",
    scheduledTime: "2030-01-05T02:00:00.000Z",
    leadMinutes: 0,
    watchUrl: "https://firestream.example.com/shows/1/watch",
    manageUrl: "https://firestream.example.com/me#reminders",
    unsubscribeUrl: "https://firestream.example.com/unsubscribe?token=t",
    thumbnailUrl: null,
    siteTimeZone: "America/Chicago",
    fanTimeZone: null,
  };

  it("carries the circus's message by email (text and HTML) and SMS", () => {
    const message = "The big top tore.";
    const email = renderEmail({ ...facts, channel: "EMAIL", cancellationMessage: message });
    const sms = renderShortMessage({ ...facts, channel: "SMS", cancellationMessage: message });
    for (const body of [email.text, email.html, sms.text]) {
      expect(body).toContain("is cancelled");
      expect(body).toContain("From the circus: The big top tore.");
    }
  });

  it("says only that the show is cancelled when there is no message", () => {
    expect(renderEmail({ ...facts, channel: "EMAIL", cancellationMessage: null }).text).not.toContain(
      "From the circus",
    );
  });
});
