/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
/** A way the show is made accessible. */
export type AccessFeature =
  /** Audio description of what happens on stage */
  | "AUDIO_DESCRIBED"
  /** Captions of speech and sound */
  | "CAPTIONED"
  /** Sign language interpretation */
  | "SIGN_LANGUAGE";

/** How far the copy of a recording into FireStream's own storage (R2) is. */
export type ArchiveStatus =
  /** R2 holds the whole MP4: sizeBytes, checksumSha256 and downloadUrl are set */
  | "ARCHIVED"
  /** Copying the MP4 into R2 (progressPercent of the bytes) */
  | "ARCHIVING"
  /** Given up after repeated failures (failureReason); the recording is still in Stream */
  | "FAILED"
  /** Waiting for Stream to prepare the MP4 (progressPercent is Stream's) */
  | "PENDING"
  /** The last attempt failed (failureReason); nothing half-written is kept; it will be tried again */
  | "RETRYING";

/** The current password, to prove it is the account's owner, and the new one. */
export type ChangePasswordInput = {
  /** The password in use now */
  currentPassword: string;
  /** 10 to 200 characters */
  newPassword: string;
};

/** Who wrote a chat message. */
export type ChatAuthorRole =
  /** A registered fan */
  | "FAN"
  /** A fan the organizers made a moderator of this show's chat */
  | "MODERATOR"
  /** An organizer of the company; their links are clickable */
  | "ORGANIZER";

/** What a ChatEvent reports. */
export type ChatEventKind =
  /** The chat as the subscription starts (always the first event); read history with chatMessages */
  | "CURRENT"
  /** A new message (message) */
  | "MESSAGE_POSTED"
  /** A moderator removed a message (removedMessageId): take it off the screen */
  | "MESSAGE_REMOVED"
  /** A fan became a moderator (viewerId); told to them and to moderators */
  | "MODERATOR_ADDED"
  /** A fan is no longer a moderator (viewerId); told to them and to moderators */
  | "MODERATOR_REMOVED"
  /** The reactions of the last second, summed (reactions); about one a second at most */
  | "REACTIONS"
  /** Slow mode changed, or the chat was closed or opened (chat) */
  | "SETTINGS_CHANGED"
  /** The show went live, lost its signal or ended (chat.status) */
  | "STATUS_CHANGED"
  /** A viewer was banned from chat (viewerId); told to them and to moderators */
  | "VIEWER_BANNED"
  /** A viewer was muted (viewerId); told to them and to moderators */
  | "VIEWER_MUTED"
  /** A ban was lifted (viewerId); told to them and to moderators */
  | "VIEWER_UNBANNED"
  /** A viewer may write again (viewerId); told to them and to moderators */
  | "VIEWER_UNMUTED";

/** Why a chat does not take a message now. */
export type ChatUnavailableReason =
  /** An organizer banned this viewer from every chat */
  | "BANNED"
  /** The organizers or moderators closed the chat */
  | "CLOSED"
  /** A moderator muted this viewer in this show's chat */
  | "MUTED"
  /** The show is not on: chat is written while it is live, read on the replay */
  | "NOT_LIVE";

/** Why the viewer cannot write in a chat now (null on Chat.viewerWriteBlock when they can). */
export type ChatWriteBlock =
  /** The viewer is banned from chat */
  | "BANNED"
  /** The chat is closed */
  | "CLOSED"
  /** The viewer is muted in this show's chat */
  | "MUTED"
  /** The show is not on */
  | "NOT_LIVE"
  /** Register for the show to write */
  | "NOT_REGISTERED"
  /** Sign in to write */
  | "SIGNED_OUT";

/** Something in the show a fan may want to know about before it starts. */
export type ContentNote =
  /** Performers invite the audience to take part */
  | "AUDIENCE_PARTICIPATION"
  /** Open flame on stage */
  | "FIRE"
  /** Flashing or strobe lights */
  | "FLASHING_LIGHTS"
  /** Sudden loud noises: bangs, pyrotechnics */
  | "LOUD_BANGS"
  /** Smoke or haze */
  | "SMOKE";

/** A new show, in SCHEDULED status. Text is trimmed; each broken rule comes back in ValidationError.issues with the field's path. */
export type CreatePerformanceInput = {
  /** Access features, each at most once; omitted: none */
  accessFeatures?: Array<AccessFeature> | null | undefined;
  /** Content notes, each at most once; omitted: none */
  contentNotes?: Array<ContentNote> | null | undefined;
  /** Plain text, up to 5000 characters */
  description?: string | null | undefined;
  /** Planned length in minutes, 1 to 720; 60 when left out */
  durationMinutes?: number;
  /** Makes this the first show of a weekly series */
  repeatWeekly?: RepeatWeeklyInput | null | undefined;
  /** Hours the replay stays open after the show ends, 0 (no replay) to 8784; omitted or null: the site default */
  replayWindowHours?: number | null | undefined;
  /** Start, with an offset; from 5 minutes ago to two years ahead */
  scheduledTime: string;
  /** JPEG, PNG, WebP or AVIF, up to 5 MB (send the mutation as a GraphQL multipart request) */
  thumbnail?: File | null | undefined;
  /** 1 to 120 characters */
  title: string;
};

/** Why an emailed link did not work. */
export type InvalidLinkReason =
  /** Its time ran out: ask for a new link */
  | "EXPIRED"
  /** It is incomplete, altered, or no longer matches the account */
  | "INVALID"
  /** It worked once already: each link works once */
  | "USED";

/** How a notification reaches the fan. */
export type NotificationChannel =
  /** Email, HTML with a plain-text part */
  | "EMAIL"
  /** Browser notification (Web Push) */
  | "PUSH"
  /** Text message */
  | "SMS";

/** What a notification is about. */
export type NotificationKind =
  /** The show was cancelled */
  | "CANCELLED"
  /** The show went live */
  | "LIVE"
  /** The show is coming up (at one of the fan's lead times) */
  | "REMINDER"
  /** The replay is ready (sent to fans who did not watch live) */
  | "REPLAY_READY"
  /** The show moved to another time */
  | "RESCHEDULED"
  /** The show had not started 10 minutes after its time */
  | "RUNNING_LATE";

/** Omitted fields take the viewer's notification settings. */
export type NotificationPreferencesInput = {
  /** Browser notifications (Web Push) */
  browser?: boolean | null | undefined;
  /** Email reminder and alerts */
  email?: boolean | null | undefined;
  /** When this show's reminders go out; empty: none; omitted: the viewer's settings */
  reminderLeadTimes?: Array<ReminderLeadTime> | null | undefined;
  /** Text messages; needs a phone number in the notification settings */
  sms?: boolean | null | undefined;
};

/** Only the fields given change. */
export type NotificationSettingsInput = {
  /** Browser notifications (Web Push) */
  browser?: boolean | null | undefined;
  /** Email reminders and alerts; true also undoes an unsubscribe */
  email?: boolean | null | undefined;
  /** E.164, e.g. +15551234567; empty string removes it */
  phoneNumber?: string | null | undefined;
  /** When reminders go out, any of the 5 lead times; empty: no reminders */
  reminderLeadTimes?: Array<ReminderLeadTime> | null | undefined;
  /**
   * 5 to 10080 (one week): one reminder this long before
   * @deprecated Use reminderLeadTimes
   */
  reminderMinutesBefore?: number | null | undefined;
  /** A notice when a show runs late */
  runningLate?: boolean | null | undefined;
  /** Text messages; needs a phone number */
  sms?: boolean | null | undefined;
  /** IANA zone such as Europe/Berlin for the times in messages; empty string: the circus's only */
  timeZone?: string | null | undefined;
};

/** Where a notification is on its way. */
export type NotificationStatus =
  /** Given up (see lastError) */
  | "FAILED"
  /** Waiting for its time (reminders) */
  | "PLANNED"
  /** On the queue, or waiting to be retried */
  | "QUEUED"
  /** Being sent */
  | "SENDING"
  /** Handed to the provider */
  | "SENT"
  /** Not sent: the show started first, or the fan opted out of the channel */
  | "SKIPPED";

/** What an organizer asked to do to a show's status. */
export type OrganizerAction =
  /** cancelPerformance: call the show off */
  | "CANCEL"
  /** endPerformance: end the show */
  | "END"
  /** startPerformance: go live */
  | "START"
  /** undoStartPerformance: take a go-live with no feed back to SCHEDULED */
  | "UNDO_START"
  /** Old spelling of CANCEL */
  | "cancel"
  /** Old spelling of END */
  | "end"
  /** Old spelling of START */
  | "start";

/** Why the organizers were alerted about a show's feed */
export type OrganizerAlertKind =
  /** The feed dropped during the show */
  | "FEED_DROPPED"
  /** The show went live but no feed connected by 30 minutes after its slot ended: it was marked not held (CANCELLED) */
  | "NOT_HELD"
  /** No feed had connected five minutes after the scheduled time */
  | "NO_FEED";

/** What a PerformanceEvent reports. */
export type PerformanceChange =
  /** The show was cancelled */
  | "CANCELLED"
  /** A new show (for a weekly series, its first show) */
  | "CREATED"
  /** The state when the subscription started (always the first event) */
  | "CURRENT"
  /** The time changed */
  | "RESCHEDULED"
  /** The status changed: live, signal lost, ended... */
  | "STATUS"
  /** Title, description, duration or thumbnail changed */
  | "UPDATED";

/** Where a show is in its life: SCHEDULED, GOING_LIVE once the organizer went live before the feed, then LIVE (INTERRUPTED while the feed is lost), then ENDED; or CANCELLED. ENDED and CANCELLED are final. */
export type PerformanceStatus =
  /** Will not take place */
  | "CANCELLED"
  /** Over; the recording becomes the replay */
  | "ENDED"
  /** The organizer went live but no feed has connected yet: fans see that the performers are getting ready, and the live alert goes out when the feed connects */
  | "GOING_LIVE"
  /** The feed dropped; the show resumes if it comes back in time */
  | "INTERRUPTED"
  /** Broadcasting now */
  | "LIVE"
  /** Announced; not started yet */
  | "SCHEDULED";

/** A browser's PushSubscription (its toJSON()), and a name for it. */
export type PushSubscriptionInput = {
  /** keys.auth: 16 bytes, base64url */
  auth: string;
  /** The push service URL (https) */
  endpoint: string;
  /** What the fan sees in the list, e.g. Chrome on Linux (1 to 80 characters) */
  label: string;
  /** keys.p256dh: the browser's P-256 public key, base64url */
  p256dh: string;
};

/** What a fan can send over the video. */
export type ReactionKind =
  /** Clapping */
  | "APPLAUSE"
  /** Fire */
  | "FIRE"
  /** A heart */
  | "HEART"
  /** Amazement */
  | "WOW";

/** Which of a user's registrations to list. */
export type RegistrationWhen =
  /** Shows that have ended, latest first */
  | "PAST"
  /** Shows that have not ended, soonest first */
  | "UPCOMING";

/** How long before a show a reminder goes out. */
export type ReminderLeadTime =
  /** 15 minutes before */
  | "FIFTEEN_MINUTES"
  /** 24 hours before */
  | "ONE_DAY"
  /** 1 hour before */
  | "ONE_HOUR"
  /** A week before */
  | "ONE_WEEK"
  /** 3 hours before */
  | "THREE_HOURS";

/** Repeat every week on the same weekday at the same local time (in the site's time zone). Give `until` or `occurrences`, or neither for a series that runs on. */
export type RepeatWeeklyInput = {
  /** Number of shows, 2 to 104, the first included */
  occurrences?: number | null | undefined;
  /** Date of the last show (inclusive), in the site's time zone; within two years */
  until?: string | null | undefined;
};

/** Where an ended show's replay stands. */
export type ReplayStatus =
  /** The replay window has closed */
  | "EXPIRED"
  /** The show has ended; Stream is finishing its recording (about a minute) */
  | "PREPARING"
  /** Playable through Performance.playback until replayAvailableUntil */
  | "READY"
  /** There is nothing to replay: the show was not recorded, or its recording failed */
  | "UNAVAILABLE";

/** The new address, and the current password to prove it is the account's owner asking. */
export type RequestEmailChangeInput = {
  /** The password in use now */
  currentPassword: string;
  /** Up to 254 characters */
  newEmail: string;
};

/** What an account may do. New accounts are viewers; organizers are made by the company. */
export type Role =
  /** Schedules shows, broadcasts them and sees who watched */
  | "ORGANIZER"
  /** A fan: registers for shows and watches them */
  | "VIEWER";

/** Which shows of a weekly series an edit or cancellation applies to. */
export type SeriesScope =
  /** This show and every later show of its series */
  | "THIS_AND_FOLLOWING"
  /** Only this show */
  | "THIS_PERFORMANCE";

/** The credentials of a built-in account. */
export type SignInInput = {
  /** The account's email */
  email: string;
  /** The account's password */
  password: string;
};

/** A new viewer account. */
export type SignUpInput = {
  /** Up to 254 characters; one account per email */
  email: string;
  /** 1 to 100 characters; shown to organizers */
  name: string;
  /** At least 10 characters (at most 200), and not one of the most common passwords */
  password: string;
};

/** Only the fields given change; the rules are those of CreatePerformanceInput. A show that is live or over keeps its time and duration. */
export type UpdatePerformanceInput = {
  /** The whole new list of access features (empty list: none) */
  accessFeatures?: Array<AccessFeature> | null | undefined;
  /** The whole new list of content notes (empty list: none) */
  contentNotes?: Array<ContentNote> | null | undefined;
  /** Plain text, up to 5000 characters; empty string clears it */
  description?: string | null | undefined;
  /** 1 to 720 (scheduled shows only) */
  durationMinutes?: number | null | undefined;
  /** true removes the picture; not with thumbnail */
  removeThumbnail?: boolean | null | undefined;
  /** Hours the replay stays open after the show ends, 0 (no replay) to 8784; null: back to the site default. Also for a show that has ended */
  replayWindowHours?: number | null | undefined;
  /** New start (scheduled shows only); from 5 minutes ago to two years ahead. Viewers are told it moved. */
  scheduledTime?: string | null | undefined;
  /** A new picture: JPEG, PNG, WebP or AVIF, up to 5 MB (GraphQL multipart request) */
  thumbnail?: File | null | undefined;
  /** 1 to 120 characters */
  title?: string | null | undefined;
};

/** A day of the week, in the series' time zone. */
export type Weekday =
  /** Friday */
  | "FRIDAY"
  /** Monday */
  | "MONDAY"
  /** Saturday */
  | "SATURDAY"
  /** Sunday */
  | "SUNDAY"
  /** Thursday */
  | "THURSDAY"
  /** Tuesday */
  | "TUESDAY"
  /** Wednesday */
  | "WEDNESDAY";

export type LinksRequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type LinksRequestPasswordResetMutation = {
  requestPasswordReset:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "RateLimitedError"; retryAfterSeconds: number; message: string }
    | { __typename: "RequestPasswordResetPayload"; email: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type LinksResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;

export type LinksResetPasswordMutation = {
  resetPassword:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidLinkError"; reason: InvalidLinkReason; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "SignInPayload"; token: string; user: { id: string } }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type LinksRequestSignInLinkMutationVariables = Exact<{
  email: string;
}>;

export type LinksRequestSignInLinkMutation = {
  requestSignInLink:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "RequestSignInLinkPayload"; email: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type LinksSignInWithLinkMutationVariables = Exact<{
  token: string;
}>;

export type LinksSignInWithLinkMutation = {
  signInWithLink:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidLinkError"; reason: InvalidLinkReason; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "SignInPayload"; token: string; user: { id: string } }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type LinksRequestEmailChangeMutationVariables = Exact<{
  input: RequestEmailChangeInput;
}>;

export type LinksRequestEmailChangeMutation = {
  requestEmailChange:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidCredentialsError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "RequestEmailChangePayload"; email: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type LinksConfirmEmailChangeMutationVariables = Exact<{
  token: string;
}>;

export type LinksConfirmEmailChangeMutation = {
  confirmEmailChange:
    | { __typename: "ConfirmEmailChangePayload"; email: string }
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidLinkError"; reason: InvalidLinkReason; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type LinksSignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type LinksSignInMutation = {
  signIn:
    | { __typename: "ForbiddenError" }
    | { __typename: "InvalidCredentialsError" }
    | { __typename: "RateLimitedError" }
    | { __typename: "SignInPayload" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type LinksChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type LinksChangePasswordMutation = {
  changePassword:
    | { __typename: "ForbiddenError" }
    | { __typename: "InvalidCredentialsError" }
    | { __typename: "RateLimitedError" }
    | { __typename: "SignInPayload" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type LinksMeQueryVariables = Exact<{ [key: string]: never }>;

export type LinksMeQuery = { me: { id: string; email: string } | null };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = {
  signUp:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | {
        __typename: "SignInPayload";
        token: string;
        expiresAt: string;
        user: { id: string; email: string; name: string; role: Role };
      }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidCredentialsError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "SignInPayload"; token: string; user: { id: string } }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type SignOutMutationVariables = Exact<{
  everywhere?: boolean | null | undefined;
}>;

export type SignOutMutation = {
  signOut:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "SignOutPayload"; signedOut: boolean }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = {
  changePassword:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidCredentialsError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "SignInPayload"; token: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = { me: { id: string; email: string; name: string; role: Role } | null };

export type MeFromIdentityProviderQueryVariables = Exact<{ [key: string]: never }>;

export type MeFromIdentityProviderQuery = { me: { id: string; email: string; name: string; role: Role } | null };

export type PrivacySetUpMutationVariables = Exact<{
  seriesId: string | number;
  email: string;
}>;

export type PrivacySetUpMutation = {
  registerForSeries:
    | { __typename: "ConflictError" }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "RateLimitedError" }
    | { __typename: "SeriesRegistration" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
  rotateCalendarFeed:
    | { __typename: "ForbiddenError" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "User"; calendarFeedUrl: string | null }
    | { __typename: "ValidationError" };
  requestPasswordReset:
    | { __typename: "ForbiddenError" }
    | { __typename: "RateLimitedError" }
    | { __typename: "RequestPasswordResetPayload" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type PrivacyExportQueryVariables = Exact<{ [key: string]: never }>;

export type PrivacyExportQuery = { exportMyData: string };

export type PrivacyDeleteMutationVariables = Exact<{
  password?: string | null | undefined;
}>;

export type PrivacyDeleteMutation = {
  deleteAccount:
    | { __typename: "ConflictError" }
    | { __typename: "DeleteAccountPayload" }
    | { __typename: "ForbiddenError" }
    | { __typename: "InvalidCredentialsError" }
    | { __typename: "RateLimitedError" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type PrivacyFeedQueryVariables = Exact<{
  token: string;
}>;

export type PrivacyFeedQuery = { calendarFeed: { reminderMinutesBefore: number } | null };

export type PlayerHeartbeatsGrantQueryVariables = Exact<{
  id: string | number;
}>;

export type PlayerHeartbeatsGrantQuery = {
  performance: {
    playback:
      | { __typename: "ForbiddenError" }
      | { __typename: "NotAvailableError" }
      | { __typename: "Playback"; heartbeatToken: string }
      | { __typename: "ReplayExpiredError" }
      | { __typename: "UnauthenticatedError" }
      | { __typename: "ValidationError" };
  } | null;
};

export type PlayerHeartbeatsEndMutationVariables = Exact<{
  id: string | number;
}>;

export type PlayerHeartbeatsEndMutation = {
  endPerformance:
    | { __typename: "ForbiddenError" }
    | { __typename: "IllegalTransitionError" }
    | { __typename: "NotFoundError" }
    | { __typename: "Performance" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type PlayerHeartbeatsFiguresQueryVariables = Exact<{
  id: string | number;
}>;

export type PlayerHeartbeatsFiguresQuery = {
  performance: {
    analytics: {
      peakConcurrentViewers: number;
      totalViews: number;
      uniqueViewers: number;
      totalWatchSeconds: number;
      funnel: { registered: number; watchedLive: number; noShow: number };
    } | null;
    registrations: { edges: Array<{ node: { watching: { watchedLive: boolean; liveSeconds: number } } }> } | null;
  } | null;
};

export type HeartbeatGrantQueryVariables = Exact<{
  id: string | number;
}>;

export type HeartbeatGrantQuery = {
  performance: {
    playback:
      | { __typename: "ForbiddenError" }
      | { __typename: "NotAvailableError" }
      | { __typename: "Playback"; heartbeatToken: string }
      | { __typename: "ReplayExpiredError" }
      | { __typename: "UnauthenticatedError" }
      | { __typename: "ValidationError" };
  } | null;
};

export type EndShowForAnalyticsMutationVariables = Exact<{
  id: string | number;
}>;

export type EndShowForAnalyticsMutation = {
  endPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "IllegalTransitionError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; status: PerformanceStatus }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type ShowAnalyticsQueryVariables = Exact<{
  id: string | number;
}>;

export type ShowAnalyticsQuery = {
  performance: {
    analytics: {
      peakConcurrentViewers: number;
      totalViews: number;
      uniqueViewers: number;
      averageWatchSeconds: number;
      countries: Array<{ country: string | null; viewers: number }>;
      funnel: { registered: number; watchedLive: number; watchedReplay: number; noShow: number };
      viewersOverTime: Array<{ viewers: number }>;
    } | null;
  } | null;
};

export type AnalyticsRangeQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type AnalyticsRangeQuery = {
  performanceAnalytics: Array<{
    peakConcurrentViewers: number;
    uniqueViewers: number;
    performance: { id: string };
    funnel: { registered: number; noShow: number };
  }>;
  analyticsReport: { shows: number; registered: number; noShow: number };
};

export type RefreshAnalyticsMutationVariables = Exact<{
  id: string | number;
}>;

export type RefreshAnalyticsMutation = {
  refreshPerformanceAnalytics:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "PerformanceAnalytics"; uniqueViewers: number }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type ScriptedAudienceGrantQueryVariables = Exact<{
  id: string | number;
}>;

export type ScriptedAudienceGrantQuery = {
  performance: {
    playback:
      | { __typename: "ForbiddenError" }
      | { __typename: "NotAvailableError" }
      | { __typename: "Playback"; heartbeatToken: string }
      | { __typename: "ReplayExpiredError" }
      | { __typename: "UnauthenticatedError" }
      | { __typename: "ValidationError" };
  } | null;
};

export type ScriptedAudienceEndMutationVariables = Exact<{
  id: string | number;
}>;

export type ScriptedAudienceEndMutation = {
  endPerformance:
    | { __typename: "ForbiddenError" }
    | { __typename: "IllegalTransitionError" }
    | { __typename: "NotFoundError" }
    | { __typename: "Performance" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type ScriptedAudienceFiguresQueryVariables = Exact<{
  id: string | number;
}>;

export type ScriptedAudienceFiguresQuery = {
  performance: {
    analytics: {
      peakConcurrentViewers: number;
      totalViews: number;
      uniqueViewers: number;
      totalWatchSeconds: number;
      averageWatchSeconds: number;
      countries: Array<{ country: string | null; viewers: number }>;
      funnel: { registered: number; watchedLive: number; watchedReplay: number; noShow: number };
      viewersOverTime: Array<{ at: string; viewers: number }>;
      retention: Array<{ offsetSeconds: number; live: number; replay: number; viewers: number }>;
    } | null;
    registrations: {
      edges: Array<{
        node: {
          viewer: { name: string };
          watching: { watchedLive: boolean; watchedReplay: boolean; liveSeconds: number; replaySeconds: number };
        };
      }>;
    } | null;
  } | null;
};

export type RecordingArchiveQueryVariables = Exact<{
  id: string | number;
}>;

export type RecordingArchiveQuery = {
  performance: {
    recording: {
      durationSeconds: number;
      archive: {
        status: ArchiveStatus;
        progressPercent: number;
        sizeBytes: number | null;
        checksumSha256: string | null;
        archivedAt: string | null;
        downloadUrl: string | null;
        downloadUrlExpiresAt: string | null;
        failureReason: string | null;
      } | null;
    } | null;
  } | null;
};

export type IngestQueryVariables = Exact<{
  id: string | number;
}>;

export type IngestQuery = {
  performance: { id: string; ingest: { rtmpsUrl: string; streamKey: string } | null } | null;
};

export type RotateKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type RotateKeyMutation = {
  rotateStreamKey:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "Ingest"; rtmpsUrl: string; streamKey: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "StreamUnavailableError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type CancelWithInputMutationVariables = Exact<{
  id: string | number;
}>;

export type CancelWithInputMutation = {
  cancelPerformance:
    | { __typename: "ForbiddenError" }
    | { __typename: "IllegalTransitionError" }
    | { __typename: "NotFoundError" }
    | { __typename: "Performance" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type StartMutationVariables = Exact<{
  id: string | number;
}>;

export type StartMutation = {
  startPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | {
        __typename: "IllegalTransitionError";
        status: PerformanceStatus;
        attemptedAction: OrganizerAction;
        action: OrganizerAction;
        message: string;
      }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; status: PerformanceStatus }
    | { __typename: "StreamUnavailableError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type EndMutationVariables = Exact<{
  id: string | number;
}>;

export type EndMutation = {
  endPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | {
        __typename: "IllegalTransitionError";
        status: PerformanceStatus;
        attemptedAction: OrganizerAction;
        action: OrganizerAction;
        message: string;
      }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; status: PerformanceStatus }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type GoLiveMutationVariables = Exact<{
  id: string | number;
}>;

export type GoLiveMutation = {
  startPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | {
        __typename: "IllegalTransitionError";
        status: PerformanceStatus;
        attemptedAction: OrganizerAction;
        message: string;
      }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; status: PerformanceStatus }
    | { __typename: "StreamUnavailableError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type UndoGoLiveMutationVariables = Exact<{
  id: string | number;
}>;

export type UndoGoLiveMutation = {
  undoStartPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | {
        __typename: "IllegalTransitionError";
        status: PerformanceStatus;
        attemptedAction: OrganizerAction;
        action: OrganizerAction;
        message: string;
      }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; status: PerformanceStatus }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type EndGoingLiveMutationVariables = Exact<{
  id: string | number;
}>;

export type EndGoingLiveMutation = {
  endPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | {
        __typename: "IllegalTransitionError";
        status: PerformanceStatus;
        attemptedAction: OrganizerAction;
        message: string;
      }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance" }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type FanPlaybackQueryVariables = Exact<{
  id: string | number;
}>;

export type FanPlaybackQuery = {
  performance: {
    status: PerformanceStatus;
    playback:
      | { __typename: "ForbiddenError"; message: string }
      | { __typename: "NotAvailableError"; message: string }
      | { __typename: "Playback" }
      | { __typename: "ReplayExpiredError"; message: string }
      | { __typename: "UnauthenticatedError"; message: string }
      | { __typename: "ValidationError"; message: string };
  } | null;
};

export type AlertAudienceQueryVariables = Exact<{
  id: string | number;
}>;

export type AlertAudienceQuery = { performance: { liveAlertRecipientCount: number } | null };

export type NotHeldPanelAlertsQueryVariables = Exact<{
  id: string | number;
}>;

export type NotHeldPanelAlertsQuery = {
  performance: {
    status: PerformanceStatus;
    cancellationMessage: string | null;
    streamHealth: { alerts: Array<{ kind: OrganizerAlertKind; message: string }> } | null;
  } | null;
};

export type NotHeldFanViewQueryVariables = Exact<{
  id: string | number;
}>;

export type NotHeldFanViewQuery = {
  performance: { status: PerformanceStatus; cancellationMessage: string | null } | null;
};

export type PanelAlertsQueryVariables = Exact<{
  id: string | number;
}>;

export type PanelAlertsQuery = {
  performance: {
    streamHealth: { alerts: Array<{ kind: OrganizerAlertKind; at: string; message: string }> } | null;
  } | null;
};

export type PlaybackQueryVariables = Exact<{
  id: string | number;
}>;

export type PlaybackQuery = {
  performance: {
    status: PerformanceStatus;
    recording: { durationSeconds: number } | null;
    playback:
      | { __typename: "ForbiddenError"; message: string }
      | { __typename: "NotAvailableError"; message: string }
      | {
          __typename: "Playback";
          hlsUrl: string;
          expiresAt: string;
          live: boolean;
          parts: Array<{ hlsUrl: string; durationSeconds: number; startedAt: string }>;
        }
      | { __typename: "ReplayExpiredError"; availableUntil: string; message: string }
      | { __typename: "UnauthenticatedError"; message: string }
      | { __typename: "ValidationError"; message: string };
  } | null;
};

export type ReplayFactsQueryVariables = Exact<{
  id: string | number;
}>;

export type ReplayFactsQuery = {
  performance: {
    replayAvailableUntil: string | null;
    replayWindowHours: number;
    replayStatus: ReplayStatus | null;
    recording: { durationSeconds: number; renditions: Array<string> } | null;
  } | null;
};

export type CreateWithWindowMutationVariables = Exact<{
  input: CreatePerformanceInput;
}>;

export type CreateWithWindowMutation = {
  createPerformance:
    | { __typename: "ForbiddenError" }
    | {
        __typename: "Performance";
        id: string;
        replayWindowHours: number;
        replayAvailableUntil: string | null;
        endTime: string;
      }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError"; issues: Array<{ path: Array<string>; message: string }> };
};

export type UpdateWindowMutationVariables = Exact<{
  id: string | number;
  input: UpdatePerformanceInput;
}>;

export type UpdateWindowMutation = {
  updatePerformance:
    | { __typename: "ConflictError" }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "Performance"; replayWindowHours: number; replayAvailableUntil: string | null }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError"; issues: Array<{ path: Array<string> }> };
};

export type ReplaysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ReplaysQuery = {
  replays: {
    edges: Array<{ cursor: string; node: { id: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type HealthQueryVariables = Exact<{
  id: string | number;
}>;

export type HealthQuery = {
  performance: {
    streamHealth: {
      reachable: boolean;
      connected: boolean;
      connectedSince: string | null;
      onAirSeconds: number | null;
      ingest: {
        width: number | null;
        height: number | null;
        frameRate: number | null;
        bitrateKbps: number | null;
        keyframeIntervalSeconds: number | null;
      } | null;
      renditions: Array<{ height: number }>;
      lastError: { code: string; message: string; at: string; advice: string } | null;
      alerts: Array<{ kind: OrganizerAlertKind; message: string }>;
    } | null;
  } | null;
};

export type UploadCaptionsMutationVariables = Exact<{
  performanceId: string | number;
  language: string;
  file: File;
}>;

export type UploadCaptionsMutation = {
  uploadCaptions:
    | { __typename: "CaptionTrack"; language: string; label: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotAvailableError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "StreamUnavailableError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type ShowCaptionsQueryVariables = Exact<{
  id: string | number;
}>;

export type ShowCaptionsQuery = {
  performance: {
    captions: Array<{ language: string; label: string }>;
    playback:
      | { __typename: "ForbiddenError" }
      | { __typename: "NotAvailableError" }
      | { __typename: "Playback"; hlsUrl: string }
      | { __typename: "ReplayExpiredError" }
      | { __typename: "UnauthenticatedError" }
      | { __typename: "ValidationError" };
  } | null;
};

export type ChatSendMutationVariables = Exact<{
  performanceId: string | number;
  body: string;
}>;

export type ChatSendMutation = {
  sendChatMessage:
    | {
        __typename: "ChatMessage";
        id: string;
        authorId: string;
        authorName: string;
        authorRole: ChatAuthorRole;
        body: string;
        linksClickable: boolean;
        offsetSeconds: number;
      }
    | { __typename: "ChatUnavailableError"; reason: ChatUnavailableReason; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "RateLimitedError"; retryAfterSeconds: number; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type ChatHistoryQueryVariables = Exact<{
  performanceId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ChatHistoryQuery = {
  chatMessages: {
    edges: Array<{ node: { id: string; body: string; authorName: string; offsetSeconds: number } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ChatEventsOfShowSubscriptionVariables = Exact<{
  performanceId: string | number;
}>;

export type ChatEventsOfShowSubscription = {
  chatEvents: {
    kind: ChatEventKind;
    removedMessageId: string | null;
    viewerId: string | null;
    message: { id: string; body: string; authorName: string } | null;
    reactions: { applause: number; heart: number; total: number } | null;
    chat: {
      viewerCanWrite: boolean;
      viewerWriteBlock: ChatWriteBlock | null;
      viewerCanModerate: boolean;
      viewerMuted: boolean;
      slowModeSeconds: number;
      closed: boolean;
    };
  };
};

export type ChatRemoveMutationVariables = Exact<{
  performanceId: string | number;
  messageId: string | number;
}>;

export type ChatRemoveMutation = {
  removeChatMessage:
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "RemoveChatMessagePayload"; messageId: string }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type ChatMuteMutationVariables = Exact<{
  performanceId: string | number;
  viewerId: string | number;
  muted?: boolean | null | undefined;
}>;

export type ChatMuteMutation = {
  muteChatViewer:
    | { __typename: "ChatParticipant"; muted: boolean }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type ChatBanViewerMutationVariables = Exact<{
  viewerId: string | number;
  banned?: boolean | null | undefined;
}>;

export type ChatBanViewerMutation = {
  banChatViewer:
    | { __typename: "ChatBan"; banned: boolean }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type ChatMakeModeratorMutationVariables = Exact<{
  performanceId: string | number;
  viewerId: string | number;
  moderator?: boolean | null | undefined;
}>;

export type ChatMakeModeratorMutation = {
  setChatModerator:
    | { __typename: "ChatParticipant"; moderator: boolean }
    | { __typename: "ConflictError" }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type ChatSlowModeMutationVariables = Exact<{
  performanceId: string | number;
  seconds: number;
}>;

export type ChatSlowModeMutation = {
  setChatSlowMode:
    | { __typename: "Chat"; slowModeSeconds: number }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError"; issues: Array<{ path: Array<string> }> };
};

export type ChatCloseMutationVariables = Exact<{
  performanceId: string | number;
  closed: boolean;
}>;

export type ChatCloseMutation = {
  setChatClosed:
    | { __typename: "Chat"; closed: boolean; viewerCanWrite: boolean }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type ChatReactMutationVariables = Exact<{
  performanceId: string | number;
  kind: ReactionKind;
}>;

export type ChatReactMutation = {
  sendReaction:
    | { __typename: "ChatUnavailableError"; reason: ChatUnavailableReason }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "RateLimitedError" }
    | { __typename: "SendReactionPayload"; kind: ReactionKind }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type ReactionTimelineOfShowQueryVariables = Exact<{
  id: string | number;
}>;

export type ReactionTimelineOfShowQuery = {
  performance: {
    reactionTimeline: Array<{ offsetSeconds: number; applause: number; heart: number; total: number }> | null;
    chat: { viewerCanModerate: boolean } | null;
  } | null;
};

export type CancelShowForAlertsMutationVariables = Exact<{
  id: string | number;
}>;

export type CancelShowForAlertsMutation = {
  cancelPerformance:
    | { __typename: "ForbiddenError" }
    | { __typename: "IllegalTransitionError" }
    | { __typename: "NotFoundError" }
    | { __typename: "Performance" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type MoveShowForAlertsMutationVariables = Exact<{
  id: string | number;
  input: UpdatePerformanceInput;
}>;

export type MoveShowForAlertsMutation = {
  updatePerformance:
    | { __typename: "ConflictError" }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "Performance" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type RegisterWithLeadTimesMutationVariables = Exact<{
  id: string | number;
  prefs?: NotificationPreferencesInput | null | undefined;
}>;

export type RegisterWithLeadTimesMutation = {
  registerForPerformance:
    | { __typename: "ConflictError" }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "RateLimitedError" }
    | {
        __typename: "Registration";
        notificationPreferences: { email: boolean; reminderLeadTimes: Array<ReminderLeadTime> };
      }
    | { __typename: "ReplayExpiredError" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type ShowNotificationsQueryVariables = Exact<{
  id: string | number;
}>;

export type ShowNotificationsQuery = {
  performance: {
    runningLate: boolean;
    notifications: {
      countsByStatus: Array<{ status: NotificationStatus; count: number }>;
      edges: Array<{
        node: {
          kind: NotificationKind;
          channel: NotificationChannel;
          leadTime: ReminderLeadTime | null;
          plannedFor: string;
          status: NotificationStatus;
          recipient: string;
        };
      }>;
    } | null;
  } | null;
};

export type RegisterPushMutationVariables = Exact<{
  input: PushSubscriptionInput;
}>;

export type RegisterPushMutation = {
  registerPushSubscription:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError" }
    | { __typename: "PushSubscription"; id: string; label: string }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError"; issues: Array<{ path: Array<string>; message: string }> };
};

export type RemovePushMutationVariables = Exact<{
  id: string | number;
}>;

export type RemovePushMutation = {
  removePushSubscription:
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "RemovePushSubscriptionPayload"; id: string }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type MyBrowsersQueryVariables = Exact<{ [key: string]: never }>;

export type MyBrowsersQuery = {
  webPushPublicKey: string | null;
  me: { notificationSettings: { pushSubscriptions: Array<{ id: string; label: string }> } | null } | null;
};

export type CreateAccessibleShowMutationVariables = Exact<{
  input: CreatePerformanceInput;
}>;

export type CreateAccessibleShowMutation = {
  createPerformance:
    | { __typename: "ForbiddenError" }
    | { __typename: "Performance"; id: string; contentNotes: Array<ContentNote>; accessFeatures: Array<AccessFeature> }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError"; issues: Array<{ path: Array<string>; message: string }> };
};

export type UpdateAccessibleShowMutationVariables = Exact<{
  id: string | number;
  input: UpdatePerformanceInput;
  scope?: SeriesScope | null | undefined;
}>;

export type UpdateAccessibleShowMutation = {
  updatePerformance:
    | { __typename: "ConflictError" }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "Performance"; id: string; contentNotes: Array<ContentNote>; accessFeatures: Array<AccessFeature> }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError"; issues: Array<{ path: Array<string>; message: string }> };
};

export type ShowNotesQueryVariables = Exact<{
  id: string | number;
}>;

export type ShowNotesQuery = {
  performance: { contentNotes: Array<ContentNote>; accessFeatures: Array<AccessFeature> } | null;
};

export type FilteredCalendarQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  withAccessFeatures?: Array<AccessFeature> | AccessFeature | null | undefined;
  withoutContentNotes?: Array<ContentNote> | ContentNote | null | undefined;
}>;

export type FilteredCalendarQuery = { performances: { edges: Array<{ node: { id: string } }> } };

export type SeriesShowsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type SeriesShowsQuery = {
  performances: {
    edges: Array<{
      node: {
        id: string;
        scheduledTime: string;
        contentNotes: Array<ContentNote>;
        accessFeatures: Array<AccessFeature>;
        series: { id: string } | null;
      };
    }>;
  };
};

export type CancelWithMessageMutationVariables = Exact<{
  id: string | number;
  message?: string | null | undefined;
  scope?: SeriesScope | null | undefined;
}>;

export type CancelWithMessageMutation = {
  cancelPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "IllegalTransitionError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; status: PerformanceStatus; cancellationMessage: string | null }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type ShowCancellationMessageQueryVariables = Exact<{
  id: string | number;
}>;

export type ShowCancellationMessageQuery = {
  performance: { status: PerformanceStatus; cancellationMessage: string | null } | null;
};

export type CreatePerformanceMutationVariables = Exact<{
  input: CreatePerformanceInput;
}>;

export type CreatePerformanceMutation = {
  createPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | {
        __typename: "Performance";
        id: string;
        title: string;
        description: string;
        scheduledTime: string;
        endTime: string;
        durationMinutes: number;
        status: PerformanceStatus;
        thumbnailUrl: string | null;
        series: { id: string; weekday: Weekday; localTime: string; timeZone: string; endsOn: string | null } | null;
      }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type UpdatePerformanceMutationVariables = Exact<{
  id: string | number;
  input: UpdatePerformanceInput;
  scope?: SeriesScope | null | undefined;
}>;

export type UpdatePerformanceMutation = {
  updatePerformance:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | {
        __typename: "Performance";
        id: string;
        title: string;
        scheduledTime: string;
        durationMinutes: number;
        thumbnailUrl: string | null;
        series: { id: string } | null;
      }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type CancelPerformanceMutationVariables = Exact<{
  id: string | number;
  scope?: SeriesScope | null | undefined;
}>;

export type CancelPerformanceMutation = {
  cancelPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | {
        __typename: "IllegalTransitionError";
        attemptedAction: OrganizerAction;
        action: OrganizerAction;
        message: string;
      }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; id: string; status: PerformanceStatus; cancelledAt: string | null }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type PerformancesQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Array<PerformanceStatus> | PerformanceStatus | null | undefined;
}>;

export type PerformancesQuery = {
  performances: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        title: string;
        scheduledTime: string;
        status: PerformanceStatus;
        registrationCount: number;
        viewerIsRegistered: boolean;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type RegisterForCountMutationVariables = Exact<{
  performanceId: string | number;
}>;

export type RegisterForCountMutation = {
  registerForPerformance:
    | { __typename: "ConflictError" }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "RateLimitedError" }
    | { __typename: "Registration" }
    | { __typename: "ReplayExpiredError" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type PerformanceStatusUpdatesSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type PerformanceStatusUpdatesSubscription = {
  performanceStatus: {
    change: PerformanceChange;
    status: PerformanceStatus;
    performance: { id: string; title: string; scheduledTime: string };
  };
};

export type LateShowUpdatesSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type LateShowUpdatesSubscription = {
  performanceStatus: {
    change: PerformanceChange;
    status: PerformanceStatus;
    performance: { id: string; runningLate: boolean };
  };
};

export type ViewerCountUpdatesSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type ViewerCountUpdatesSubscription = { liveViewerCount: { viewers: number; peak: number } };

export type ScheduleUpdatesSubscriptionVariables = Exact<{ [key: string]: never }>;

export type ScheduleUpdatesSubscription = {
  scheduleChanged: { change: PerformanceChange; performance: { id: string; title: string } };
};

export type RescheduleForSubscriptionMutationVariables = Exact<{
  id: string | number;
  input: UpdatePerformanceInput;
}>;

export type RescheduleForSubscriptionMutation = {
  updatePerformance:
    | { __typename: "ConflictError" }
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "Performance" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type CreateForScheduleMutationVariables = Exact<{
  input: CreatePerformanceInput;
}>;

export type CreateForScheduleMutation = {
  createPerformance:
    | { __typename: "ForbiddenError" }
    | { __typename: "Performance"; id: string }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type FeedUrlQueryVariables = Exact<{ [key: string]: never }>;

export type FeedUrlQuery = { me: { calendarFeedUrl: string | null } | null };

export type FeedRotateMutationVariables = Exact<{ [key: string]: never }>;

export type FeedRotateMutation = {
  rotateCalendarFeed:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "User"; calendarFeedUrl: string | null }
    | { __typename: "ValidationError"; message: string };
};

export type FeedRevokeMutationVariables = Exact<{ [key: string]: never }>;

export type FeedRevokeMutation = {
  revokeCalendarFeed:
    | { __typename: "ForbiddenError" }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "User"; calendarFeedUrl: string | null }
    | { __typename: "ValidationError" };
};

export type FeedQueryVariables = Exact<{
  token: string;
}>;

export type FeedQuery = {
  calendarFeed: {
    reminderMinutesBefore: number;
    performances: Array<{ id: string; status: PerformanceStatus }>;
  } | null;
};

export type FeedOfRegistrantQueryVariables = Exact<{
  id: string | number;
}>;

export type FeedOfRegistrantQuery = {
  performance: {
    registrations: { edges: Array<{ node: { viewer: { calendarFeedUrl: string | null } } }> } | null;
  } | null;
};

export type CreateShowForRegistrationMutationVariables = Exact<{
  input: CreatePerformanceInput;
}>;

export type CreateShowForRegistrationMutation = {
  createPerformance:
    | { __typename: "ForbiddenError" }
    | { __typename: "Performance"; id: string }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type RegisterMutationVariables = Exact<{
  performanceId: string | number;
  notificationPreferences?: NotificationPreferencesInput | null | undefined;
}>;

export type RegisterMutation = {
  registerForPerformance:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | {
        __typename: "Registration";
        registeredAt: string;
        notificationPreferences: { email: boolean; sms: boolean; browser: boolean };
        performance: { id: string; registrationCount: number; viewerIsRegistered: boolean } | null;
        viewer: { id: string };
      }
    | { __typename: "ReplayExpiredError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type UnregisterMutationVariables = Exact<{
  performanceId: string | number;
}>;

export type UnregisterMutation = {
  unregisterFromPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; id: string; registrationCount: number; viewerIsRegistered: boolean }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type MyRegistrationsQueryVariables = Exact<{
  when?: RegistrationWhen | null | undefined;
}>;

export type MyRegistrationsQuery = {
  me: { registrations: Array<{ performance: { id: string; title: string } | null }> | null } | null;
};

export type ShowRegistrationsQueryVariables = Exact<{
  id: string | number;
}>;

export type ShowRegistrationsQuery = {
  performance: {
    id: string;
    registrationCount: number;
    registrations: {
      edges: Array<{ node: { viewer: { name: string; email: string }; notificationPreferences: { email: boolean } } }>;
    } | null;
  } | null;
};

export type ViewerRegistrationQueryVariables = Exact<{
  id: string | number;
}>;

export type ViewerRegistrationQuery = {
  performance: {
    viewerRegistration: { notificationPreferences: { email: boolean; sms: boolean; browser: boolean } } | null;
  } | null;
};

export type UpdateSettingsMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;

export type UpdateSettingsMutation = {
  updateNotificationSettings:
    | { __typename: "ForbiddenError"; message: string }
    | {
        __typename: "NotificationSettings";
        email: boolean;
        sms: boolean;
        browser: boolean;
        phoneNumber: string | null;
        reminderMinutesBefore: number;
      }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type WhoWatchedQueryVariables = Exact<{
  id: string | number;
}>;

export type WhoWatchedQuery = {
  performance: {
    registrations: {
      edges: Array<{
        node: {
          viewer: { email: string };
          watching: { watchedLive: boolean; watchedReplay: boolean; liveSeconds: number; replaySeconds: number };
        };
      }>;
    } | null;
  } | null;
};

export type MyWatchingQueryVariables = Exact<{ [key: string]: never }>;

export type MyWatchingQuery = {
  me: {
    registrations: Array<{
      performance: { id: string } | null;
      watching: { watchedLive: boolean; liveSeconds: number };
    }> | null;
  } | null;
};

export type SeriesRegisterMutationVariables = Exact<{
  seriesId: string | number;
  preferences?: NotificationPreferencesInput | null | undefined;
}>;

export type SeriesRegisterMutation = {
  registerForSeries:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | {
        __typename: "SeriesRegistration";
        registeredAt: string;
        series: {
          id: string;
          title: string;
          viewerRegistration: { notificationPreferences: { email: boolean; sms: boolean } } | null;
        };
        notificationPreferences: { email: boolean; sms: boolean; browser: boolean };
      }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type SeriesUnregisterMutationVariables = Exact<{
  seriesId: string | number;
}>;

export type SeriesUnregisterMutation = {
  unregisterFromSeries:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "PerformanceSeries"; id: string; viewerRegistration: { registeredAt: string } | null }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type RetainedFiguresQueryVariables = Exact<{
  id: string | number;
}>;

export type RetainedFiguresQuery = {
  performance: {
    analytics: {
      totalViews: number;
      uniqueViewers: number;
      averageWatchSeconds: number;
      funnel: { watchedLive: number };
    } | null;
  } | null;
};

export type RefreshRetainedFiguresMutationVariables = Exact<{
  id: string | number;
}>;

export type RefreshRetainedFiguresMutation = {
  refreshPerformanceAnalytics:
    | { __typename: "ForbiddenError" }
    | { __typename: "NotFoundError" }
    | { __typename: "PerformanceAnalytics"; totalViews: number; uniqueViewers: number; averageWatchSeconds: number }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type AttackIngestQueryVariables = Exact<{
  id: string | number;
}>;

export type AttackIngestQuery = { performance: { ingest: { streamKey: string } | null } | null };

export type AttackStartMutationVariables = Exact<{
  id: string | number;
}>;

export type AttackStartMutation = {
  startPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "IllegalTransitionError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; status: PerformanceStatus }
    | { __typename: "StreamUnavailableError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type AttackRotateMutationVariables = Exact<{
  id: string | number;
}>;

export type AttackRotateMutation = {
  rotateStreamKey:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "Ingest"; streamKey: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "StreamUnavailableError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type AttackHeartbeatGrantQueryVariables = Exact<{
  id: string | number;
}>;

export type AttackHeartbeatGrantQuery = {
  performance: {
    playback:
      | { __typename: "ForbiddenError" }
      | { __typename: "NotAvailableError" }
      | { __typename: "Playback"; heartbeatToken: string }
      | { __typename: "ReplayExpiredError" }
      | { __typename: "UnauthenticatedError" }
      | { __typename: "ValidationError" };
  } | null;
};

export type AttackSignOutMutationVariables = Exact<{ [key: string]: never }>;

export type AttackSignOutMutation = {
  signOut:
    | { __typename: "ForbiddenError" }
    | { __typename: "SignOutPayload"; signedOut: boolean }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type AttackEndMutationVariables = Exact<{
  id: string | number;
}>;

export type AttackEndMutation = {
  endPerformance:
    | { __typename: "ForbiddenError" }
    | { __typename: "IllegalTransitionError" }
    | { __typename: "NotFoundError" }
    | { __typename: "Performance"; status: PerformanceStatus }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export type AttackRegistrationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AttackRegistrationsQuery = {
  performance: {
    registrationCount: number;
    registrations: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: { viewer: { name: string }; watching: { liveSeconds: number } } }>;
    } | null;
  } | null;
};

export type AttackManyShowsQueryVariables = Exact<{
  from?: string | null | undefined;
  middle?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type AttackManyShowsQuery = {
  early: {
    edges: Array<{
      node: { id: string; registrationCount: number; viewerIsRegistered: boolean; series: { id: string } | null };
    }>;
  };
  late: {
    edges: Array<{
      node: { id: string; registrationCount: number; viewerIsRegistered: boolean; series: { id: string } | null };
    }>;
  };
};

export type FixtureSignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type FixtureSignInMutation = {
  signIn:
    | { __typename: "ForbiddenError" }
    | { __typename: "InvalidCredentialsError" }
    | { __typename: "RateLimitedError" }
    | { __typename: "SignInPayload"; token: string }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>["__apiType"]>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LinksRequestPasswordResetDocument = new TypedDocumentString(`
    mutation LinksRequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email) {
    __typename
    ... on RequestPasswordResetPayload {
      email
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LinksRequestPasswordResetMutation, LinksRequestPasswordResetMutationVariables>;
export const LinksResetPasswordDocument = new TypedDocumentString(`
    mutation LinksResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password) {
    __typename
    ... on SignInPayload {
      token
      user {
        id
      }
    }
    ... on InvalidLinkError {
      reason
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
    `) as unknown as TypedDocumentString<LinksResetPasswordMutation, LinksResetPasswordMutationVariables>;
export const LinksRequestSignInLinkDocument = new TypedDocumentString(`
    mutation LinksRequestSignInLink($email: String!) {
  requestSignInLink(email: $email) {
    __typename
    ... on RequestSignInLinkPayload {
      email
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LinksRequestSignInLinkMutation, LinksRequestSignInLinkMutationVariables>;
export const LinksSignInWithLinkDocument = new TypedDocumentString(`
    mutation LinksSignInWithLink($token: String!) {
  signInWithLink(token: $token) {
    __typename
    ... on SignInPayload {
      token
      user {
        id
      }
    }
    ... on InvalidLinkError {
      reason
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
    `) as unknown as TypedDocumentString<LinksSignInWithLinkMutation, LinksSignInWithLinkMutationVariables>;
export const LinksRequestEmailChangeDocument = new TypedDocumentString(`
    mutation LinksRequestEmailChange($input: RequestEmailChangeInput!) {
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
    `) as unknown as TypedDocumentString<LinksRequestEmailChangeMutation, LinksRequestEmailChangeMutationVariables>;
export const LinksConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation LinksConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    __typename
    ... on ConfirmEmailChangePayload {
      email
    }
    ... on InvalidLinkError {
      reason
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LinksConfirmEmailChangeMutation, LinksConfirmEmailChangeMutationVariables>;
export const LinksSignInDocument = new TypedDocumentString(`
    mutation LinksSignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LinksSignInMutation, LinksSignInMutationVariables>;
export const LinksChangePasswordDocument = new TypedDocumentString(`
    mutation LinksChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LinksChangePasswordMutation, LinksChangePasswordMutationVariables>;
export const LinksMeDocument = new TypedDocumentString(`
    query LinksMe {
  me {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<LinksMeQuery, LinksMeQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    __typename
    ... on SignInPayload {
      token
      expiresAt
      user {
        id
        email
        name
        role
      }
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
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on SignInPayload {
      token
      user {
        id
      }
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
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut($everywhere: Boolean) {
  signOut(everywhere: $everywhere) {
    __typename
    ... on SignOutPayload {
      signedOut
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    __typename
    ... on SignInPayload {
      token
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
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MeFromIdentityProviderDocument = new TypedDocumentString(`
    query MeFromIdentityProvider {
  me {
    id
    email
    name
    role
  }
}
    `) as unknown as TypedDocumentString<MeFromIdentityProviderQuery, MeFromIdentityProviderQueryVariables>;
export const PrivacySetUpDocument = new TypedDocumentString(`
    mutation PrivacySetUp($seriesId: ID!, $email: String!) {
  registerForSeries(seriesId: $seriesId) {
    __typename
  }
  rotateCalendarFeed {
    __typename
    ... on User {
      calendarFeedUrl
    }
  }
  requestPasswordReset(email: $email) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<PrivacySetUpMutation, PrivacySetUpMutationVariables>;
export const PrivacyExportDocument = new TypedDocumentString(`
    query PrivacyExport {
  exportMyData
}
    `) as unknown as TypedDocumentString<PrivacyExportQuery, PrivacyExportQueryVariables>;
export const PrivacyDeleteDocument = new TypedDocumentString(`
    mutation PrivacyDelete($password: String) {
  deleteAccount(input: { password: $password }) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<PrivacyDeleteMutation, PrivacyDeleteMutationVariables>;
export const PrivacyFeedDocument = new TypedDocumentString(`
    query PrivacyFeed($token: String!) {
  calendarFeed(token: $token) {
    reminderMinutesBefore
  }
}
    `) as unknown as TypedDocumentString<PrivacyFeedQuery, PrivacyFeedQueryVariables>;
export const PlayerHeartbeatsGrantDocument = new TypedDocumentString(`
    query PlayerHeartbeatsGrant($id: ID!) {
  performance(id: $id) {
    playback {
      __typename
      ... on Playback {
        heartbeatToken
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlayerHeartbeatsGrantQuery, PlayerHeartbeatsGrantQueryVariables>;
export const PlayerHeartbeatsEndDocument = new TypedDocumentString(`
    mutation PlayerHeartbeatsEnd($id: ID!) {
  endPerformance(id: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<PlayerHeartbeatsEndMutation, PlayerHeartbeatsEndMutationVariables>;
export const PlayerHeartbeatsFiguresDocument = new TypedDocumentString(`
    query PlayerHeartbeatsFigures($id: ID!) {
  performance(id: $id) {
    analytics {
      peakConcurrentViewers
      totalViews
      uniqueViewers
      totalWatchSeconds
      funnel {
        registered
        watchedLive
        noShow
      }
    }
    registrations(first: 5) {
      edges {
        node {
          watching {
            watchedLive
            liveSeconds
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlayerHeartbeatsFiguresQuery, PlayerHeartbeatsFiguresQueryVariables>;
export const HeartbeatGrantDocument = new TypedDocumentString(`
    query HeartbeatGrant($id: ID!) {
  performance(id: $id) {
    playback {
      __typename
      ... on Playback {
        heartbeatToken
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HeartbeatGrantQuery, HeartbeatGrantQueryVariables>;
export const EndShowForAnalyticsDocument = new TypedDocumentString(`
    mutation EndShowForAnalytics($id: ID!) {
  endPerformance(id: $id) {
    __typename
    ... on Performance {
      status
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EndShowForAnalyticsMutation, EndShowForAnalyticsMutationVariables>;
export const ShowAnalyticsDocument = new TypedDocumentString(`
    query ShowAnalytics($id: ID!) {
  performance(id: $id) {
    analytics {
      peakConcurrentViewers
      totalViews
      uniqueViewers
      averageWatchSeconds
      countries {
        country
        viewers
      }
      funnel {
        registered
        watchedLive
        watchedReplay
        noShow
      }
      viewersOverTime {
        viewers
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShowAnalyticsQuery, ShowAnalyticsQueryVariables>;
export const AnalyticsRangeDocument = new TypedDocumentString(`
    query AnalyticsRange($from: DateTime, $to: DateTime) {
  performanceAnalytics(from: $from, to: $to) {
    performance {
      id
    }
    peakConcurrentViewers
    uniqueViewers
    funnel {
      registered
      noShow
    }
  }
  analyticsReport(from: $from, to: $to) {
    shows
    registered
    noShow
  }
}
    `) as unknown as TypedDocumentString<AnalyticsRangeQuery, AnalyticsRangeQueryVariables>;
export const RefreshAnalyticsDocument = new TypedDocumentString(`
    mutation RefreshAnalytics($id: ID!) {
  refreshPerformanceAnalytics(performanceId: $id) {
    __typename
    ... on PerformanceAnalytics {
      uniqueViewers
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshAnalyticsMutation, RefreshAnalyticsMutationVariables>;
export const ScriptedAudienceGrantDocument = new TypedDocumentString(`
    query ScriptedAudienceGrant($id: ID!) {
  performance(id: $id) {
    playback {
      __typename
      ... on Playback {
        heartbeatToken
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScriptedAudienceGrantQuery, ScriptedAudienceGrantQueryVariables>;
export const ScriptedAudienceEndDocument = new TypedDocumentString(`
    mutation ScriptedAudienceEnd($id: ID!) {
  endPerformance(id: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ScriptedAudienceEndMutation, ScriptedAudienceEndMutationVariables>;
export const ScriptedAudienceFiguresDocument = new TypedDocumentString(`
    query ScriptedAudienceFigures($id: ID!) {
  performance(id: $id) {
    analytics {
      peakConcurrentViewers
      totalViews
      uniqueViewers
      totalWatchSeconds
      averageWatchSeconds
      countries {
        country
        viewers
      }
      funnel {
        registered
        watchedLive
        watchedReplay
        noShow
      }
      viewersOverTime {
        at
        viewers
      }
      retention {
        offsetSeconds
        live
        replay
        viewers
      }
    }
    registrations(first: 10) {
      edges {
        node {
          viewer {
            name
          }
          watching {
            watchedLive
            watchedReplay
            liveSeconds
            replaySeconds
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScriptedAudienceFiguresQuery, ScriptedAudienceFiguresQueryVariables>;
export const RecordingArchiveDocument = new TypedDocumentString(`
    query RecordingArchive($id: ID!) {
  performance(id: $id) {
    recording {
      durationSeconds
      archive {
        status
        progressPercent
        sizeBytes
        checksumSha256
        archivedAt
        downloadUrl
        downloadUrlExpiresAt
        failureReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordingArchiveQuery, RecordingArchiveQueryVariables>;
export const IngestDocument = new TypedDocumentString(`
    query Ingest($id: ID!) {
  performance(id: $id) {
    id
    ingest {
      rtmpsUrl
      streamKey
    }
  }
}
    `) as unknown as TypedDocumentString<IngestQuery, IngestQueryVariables>;
export const RotateKeyDocument = new TypedDocumentString(`
    mutation RotateKey($id: ID!) {
  rotateStreamKey(performanceId: $id) {
    __typename
    ... on Ingest {
      rtmpsUrl
      streamKey
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RotateKeyMutation, RotateKeyMutationVariables>;
export const CancelWithInputDocument = new TypedDocumentString(`
    mutation CancelWithInput($id: ID!) {
  cancelPerformance(id: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<CancelWithInputMutation, CancelWithInputMutationVariables>;
export const StartDocument = new TypedDocumentString(`
    mutation Start($id: ID!) {
  startPerformance(id: $id) {
    __typename
    ... on Performance {
      status
    }
    ... on IllegalTransitionError {
      status
      attemptedAction
      action
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StartMutation, StartMutationVariables>;
export const EndDocument = new TypedDocumentString(`
    mutation End($id: ID!) {
  endPerformance(id: $id) {
    __typename
    ... on Performance {
      status
    }
    ... on IllegalTransitionError {
      status
      attemptedAction
      action
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EndMutation, EndMutationVariables>;
export const GoLiveDocument = new TypedDocumentString(`
    mutation GoLive($id: ID!) {
  startPerformance(id: $id) {
    __typename
    ... on Performance {
      status
    }
    ... on IllegalTransitionError {
      status
      attemptedAction
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GoLiveMutation, GoLiveMutationVariables>;
export const UndoGoLiveDocument = new TypedDocumentString(`
    mutation UndoGoLive($id: ID!) {
  undoStartPerformance(id: $id) {
    __typename
    ... on Performance {
      status
    }
    ... on IllegalTransitionError {
      status
      attemptedAction
      action
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UndoGoLiveMutation, UndoGoLiveMutationVariables>;
export const EndGoingLiveDocument = new TypedDocumentString(`
    mutation EndGoingLive($id: ID!) {
  endPerformance(id: $id) {
    __typename
    ... on IllegalTransitionError {
      status
      attemptedAction
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EndGoingLiveMutation, EndGoingLiveMutationVariables>;
export const FanPlaybackDocument = new TypedDocumentString(`
    query FanPlayback($id: ID!) {
  performance(id: $id) {
    status
    playback {
      __typename
      ... on Error {
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FanPlaybackQuery, FanPlaybackQueryVariables>;
export const AlertAudienceDocument = new TypedDocumentString(`
    query AlertAudience($id: ID!) {
  performance(id: $id) {
    liveAlertRecipientCount
  }
}
    `) as unknown as TypedDocumentString<AlertAudienceQuery, AlertAudienceQueryVariables>;
export const NotHeldPanelAlertsDocument = new TypedDocumentString(`
    query NotHeldPanelAlerts($id: ID!) {
  performance(id: $id) {
    status
    cancellationMessage
    streamHealth {
      alerts {
        kind
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotHeldPanelAlertsQuery, NotHeldPanelAlertsQueryVariables>;
export const NotHeldFanViewDocument = new TypedDocumentString(`
    query NotHeldFanView($id: ID!) {
  performance(id: $id) {
    status
    cancellationMessage
  }
}
    `) as unknown as TypedDocumentString<NotHeldFanViewQuery, NotHeldFanViewQueryVariables>;
export const PanelAlertsDocument = new TypedDocumentString(`
    query PanelAlerts($id: ID!) {
  performance(id: $id) {
    streamHealth {
      alerts {
        kind
        at
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PanelAlertsQuery, PanelAlertsQueryVariables>;
export const PlaybackDocument = new TypedDocumentString(`
    query Playback($id: ID!) {
  performance(id: $id) {
    status
    recording {
      durationSeconds
    }
    playback {
      __typename
      ... on Playback {
        hlsUrl
        expiresAt
        live
        parts {
          hlsUrl
          durationSeconds
          startedAt
        }
      }
      ... on ReplayExpiredError {
        availableUntil
      }
      ... on Error {
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlaybackQuery, PlaybackQueryVariables>;
export const ReplayFactsDocument = new TypedDocumentString(`
    query ReplayFacts($id: ID!) {
  performance(id: $id) {
    replayAvailableUntil
    replayWindowHours
    replayStatus
    recording {
      durationSeconds
      renditions
    }
  }
}
    `) as unknown as TypedDocumentString<ReplayFactsQuery, ReplayFactsQueryVariables>;
export const CreateWithWindowDocument = new TypedDocumentString(`
    mutation CreateWithWindow($input: CreatePerformanceInput!) {
  createPerformance(input: $input) {
    __typename
    ... on Performance {
      id
      replayWindowHours
      replayAvailableUntil
      endTime
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWithWindowMutation, CreateWithWindowMutationVariables>;
export const UpdateWindowDocument = new TypedDocumentString(`
    mutation UpdateWindow($id: ID!, $input: UpdatePerformanceInput!) {
  updatePerformance(id: $id, input: $input) {
    __typename
    ... on Performance {
      replayWindowHours
      replayAvailableUntil
    }
    ... on ValidationError {
      issues {
        path
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateWindowMutation, UpdateWindowMutationVariables>;
export const ReplaysDocument = new TypedDocumentString(`
    query Replays($first: Int, $after: String) {
  replays(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ReplaysQuery, ReplaysQueryVariables>;
export const HealthDocument = new TypedDocumentString(`
    query Health($id: ID!) {
  performance(id: $id) {
    streamHealth {
      reachable
      connected
      connectedSince
      onAirSeconds
      ingest {
        width
        height
        frameRate
        bitrateKbps
        keyframeIntervalSeconds
      }
      renditions {
        height
      }
      lastError {
        code
        message
        at
        advice
      }
      alerts {
        kind
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
export const UploadCaptionsDocument = new TypedDocumentString(`
    mutation UploadCaptions($performanceId: ID!, $language: String!, $file: File!) {
  uploadCaptions(performanceId: $performanceId, language: $language, file: $file) {
    __typename
    ... on CaptionTrack {
      language
      label
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
    `) as unknown as TypedDocumentString<UploadCaptionsMutation, UploadCaptionsMutationVariables>;
export const ShowCaptionsDocument = new TypedDocumentString(`
    query ShowCaptions($id: ID!) {
  performance(id: $id) {
    captions {
      language
      label
    }
    playback {
      __typename
      ... on Playback {
        hlsUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShowCaptionsQuery, ShowCaptionsQueryVariables>;
export const ChatSendDocument = new TypedDocumentString(`
    mutation ChatSend($performanceId: ID!, $body: String!) {
  sendChatMessage(performanceId: $performanceId, body: $body) {
    __typename
    ... on ChatMessage {
      id
      authorId
      authorName
      authorRole
      body
      linksClickable
      offsetSeconds
    }
    ... on ChatUnavailableError {
      reason
      message
    }
    ... on RateLimitedError {
      retryAfterSeconds
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
    `) as unknown as TypedDocumentString<ChatSendMutation, ChatSendMutationVariables>;
export const ChatHistoryDocument = new TypedDocumentString(`
    query ChatHistory($performanceId: ID!, $first: Int, $after: String) {
  chatMessages(performanceId: $performanceId, first: $first, after: $after) {
    edges {
      node {
        id
        body
        authorName
        offsetSeconds
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ChatHistoryQuery, ChatHistoryQueryVariables>;
export const ChatEventsOfShowDocument = new TypedDocumentString(`
    subscription ChatEventsOfShow($performanceId: ID!) {
  chatEvents(performanceId: $performanceId) {
    kind
    message {
      id
      body
      authorName
    }
    removedMessageId
    viewerId
    reactions {
      applause
      heart
      total
    }
    chat {
      viewerCanWrite
      viewerWriteBlock
      viewerCanModerate
      viewerMuted
      slowModeSeconds
      closed
    }
  }
}
    `) as unknown as TypedDocumentString<ChatEventsOfShowSubscription, ChatEventsOfShowSubscriptionVariables>;
export const ChatRemoveDocument = new TypedDocumentString(`
    mutation ChatRemove($performanceId: ID!, $messageId: ID!) {
  removeChatMessage(performanceId: $performanceId, messageId: $messageId) {
    __typename
    ... on RemoveChatMessagePayload {
      messageId
    }
  }
}
    `) as unknown as TypedDocumentString<ChatRemoveMutation, ChatRemoveMutationVariables>;
export const ChatMuteDocument = new TypedDocumentString(`
    mutation ChatMute($performanceId: ID!, $viewerId: ID!, $muted: Boolean) {
  muteChatViewer(
    performanceId: $performanceId
    viewerId: $viewerId
    muted: $muted
  ) {
    __typename
    ... on ChatParticipant {
      muted
    }
  }
}
    `) as unknown as TypedDocumentString<ChatMuteMutation, ChatMuteMutationVariables>;
export const ChatBanViewerDocument = new TypedDocumentString(`
    mutation ChatBanViewer($viewerId: ID!, $banned: Boolean) {
  banChatViewer(viewerId: $viewerId, banned: $banned) {
    __typename
    ... on ChatBan {
      banned
    }
  }
}
    `) as unknown as TypedDocumentString<ChatBanViewerMutation, ChatBanViewerMutationVariables>;
export const ChatMakeModeratorDocument = new TypedDocumentString(`
    mutation ChatMakeModerator($performanceId: ID!, $viewerId: ID!, $moderator: Boolean) {
  setChatModerator(
    performanceId: $performanceId
    viewerId: $viewerId
    moderator: $moderator
  ) {
    __typename
    ... on ChatParticipant {
      moderator
    }
  }
}
    `) as unknown as TypedDocumentString<ChatMakeModeratorMutation, ChatMakeModeratorMutationVariables>;
export const ChatSlowModeDocument = new TypedDocumentString(`
    mutation ChatSlowMode($performanceId: ID!, $seconds: Int!) {
  setChatSlowMode(performanceId: $performanceId, seconds: $seconds) {
    __typename
    ... on Chat {
      slowModeSeconds
    }
    ... on ValidationError {
      issues {
        path
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChatSlowModeMutation, ChatSlowModeMutationVariables>;
export const ChatCloseDocument = new TypedDocumentString(`
    mutation ChatClose($performanceId: ID!, $closed: Boolean!) {
  setChatClosed(performanceId: $performanceId, closed: $closed) {
    __typename
    ... on Chat {
      closed
      viewerCanWrite
    }
  }
}
    `) as unknown as TypedDocumentString<ChatCloseMutation, ChatCloseMutationVariables>;
export const ChatReactDocument = new TypedDocumentString(`
    mutation ChatReact($performanceId: ID!, $kind: ReactionKind!) {
  sendReaction(performanceId: $performanceId, kind: $kind) {
    __typename
    ... on SendReactionPayload {
      kind
    }
    ... on ChatUnavailableError {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ChatReactMutation, ChatReactMutationVariables>;
export const ReactionTimelineOfShowDocument = new TypedDocumentString(`
    query ReactionTimelineOfShow($id: ID!) {
  performance(id: $id) {
    reactionTimeline(bucketSeconds: 3600) {
      offsetSeconds
      applause
      heart
      total
    }
    chat {
      viewerCanModerate
    }
  }
}
    `) as unknown as TypedDocumentString<ReactionTimelineOfShowQuery, ReactionTimelineOfShowQueryVariables>;
export const CancelShowForAlertsDocument = new TypedDocumentString(`
    mutation CancelShowForAlerts($id: ID!) {
  cancelPerformance(id: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<CancelShowForAlertsMutation, CancelShowForAlertsMutationVariables>;
export const MoveShowForAlertsDocument = new TypedDocumentString(`
    mutation MoveShowForAlerts($id: ID!, $input: UpdatePerformanceInput!) {
  updatePerformance(id: $id, input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<MoveShowForAlertsMutation, MoveShowForAlertsMutationVariables>;
export const RegisterWithLeadTimesDocument = new TypedDocumentString(`
    mutation RegisterWithLeadTimes($id: ID!, $prefs: NotificationPreferencesInput) {
  registerForPerformance(performanceId: $id, notificationPreferences: $prefs) {
    __typename
    ... on Registration {
      notificationPreferences {
        email
        reminderLeadTimes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterWithLeadTimesMutation, RegisterWithLeadTimesMutationVariables>;
export const ShowNotificationsDocument = new TypedDocumentString(`
    query ShowNotifications($id: ID!) {
  performance(id: $id) {
    runningLate
    notifications(first: 50) {
      countsByStatus {
        status
        count
      }
      edges {
        node {
          kind
          channel
          leadTime
          plannedFor
          status
          recipient
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShowNotificationsQuery, ShowNotificationsQueryVariables>;
export const RegisterPushDocument = new TypedDocumentString(`
    mutation RegisterPush($input: PushSubscriptionInput!) {
  registerPushSubscription(input: $input) {
    __typename
    ... on PushSubscription {
      id
      label
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on ConflictError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterPushMutation, RegisterPushMutationVariables>;
export const RemovePushDocument = new TypedDocumentString(`
    mutation RemovePush($id: ID!) {
  removePushSubscription(id: $id) {
    __typename
    ... on RemovePushSubscriptionPayload {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RemovePushMutation, RemovePushMutationVariables>;
export const MyBrowsersDocument = new TypedDocumentString(`
    query MyBrowsers {
  webPushPublicKey
  me {
    notificationSettings {
      pushSubscriptions {
        id
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyBrowsersQuery, MyBrowsersQueryVariables>;
export const CreateAccessibleShowDocument = new TypedDocumentString(`
    mutation CreateAccessibleShow($input: CreatePerformanceInput!) {
  createPerformance(input: $input) {
    __typename
    ... on Performance {
      id
      contentNotes
      accessFeatures
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAccessibleShowMutation, CreateAccessibleShowMutationVariables>;
export const UpdateAccessibleShowDocument = new TypedDocumentString(`
    mutation UpdateAccessibleShow($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) {
  updatePerformance(id: $id, input: $input, scope: $scope) {
    __typename
    ... on Performance {
      id
      contentNotes
      accessFeatures
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccessibleShowMutation, UpdateAccessibleShowMutationVariables>;
export const ShowNotesDocument = new TypedDocumentString(`
    query ShowNotes($id: ID!) {
  performance(id: $id) {
    contentNotes
    accessFeatures
  }
}
    `) as unknown as TypedDocumentString<ShowNotesQuery, ShowNotesQueryVariables>;
export const FilteredCalendarDocument = new TypedDocumentString(`
    query FilteredCalendar($from: DateTime, $to: DateTime, $withAccessFeatures: [AccessFeature!], $withoutContentNotes: [ContentNote!]) {
  performances(
    from: $from
    to: $to
    first: 100
    withAccessFeatures: $withAccessFeatures
    withoutContentNotes: $withoutContentNotes
  ) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilteredCalendarQuery, FilteredCalendarQueryVariables>;
export const SeriesShowsDocument = new TypedDocumentString(`
    query SeriesShows($from: DateTime, $to: DateTime) {
  performances(from: $from, to: $to, first: 100) {
    edges {
      node {
        id
        scheduledTime
        contentNotes
        accessFeatures
        series {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesShowsQuery, SeriesShowsQueryVariables>;
export const CancelWithMessageDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CancelWithMessageMutation, CancelWithMessageMutationVariables>;
export const ShowCancellationMessageDocument = new TypedDocumentString(`
    query ShowCancellationMessage($id: ID!) {
  performance(id: $id) {
    status
    cancellationMessage
  }
}
    `) as unknown as TypedDocumentString<ShowCancellationMessageQuery, ShowCancellationMessageQueryVariables>;
export const CreatePerformanceDocument = new TypedDocumentString(`
    mutation CreatePerformance($input: CreatePerformanceInput!) {
  createPerformance(input: $input) {
    __typename
    ... on Performance {
      id
      title
      description
      scheduledTime
      endTime
      durationMinutes
      status
      thumbnailUrl
      series {
        id
        weekday
        localTime
        timeZone
        endsOn
      }
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
    `) as unknown as TypedDocumentString<CreatePerformanceMutation, CreatePerformanceMutationVariables>;
export const UpdatePerformanceDocument = new TypedDocumentString(`
    mutation UpdatePerformance($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) {
  updatePerformance(id: $id, input: $input, scope: $scope) {
    __typename
    ... on Performance {
      id
      title
      scheduledTime
      durationMinutes
      thumbnailUrl
      series {
        id
      }
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
    `) as unknown as TypedDocumentString<UpdatePerformanceMutation, UpdatePerformanceMutationVariables>;
export const CancelPerformanceDocument = new TypedDocumentString(`
    mutation CancelPerformance($id: ID!, $scope: SeriesScope) {
  cancelPerformance(id: $id, scope: $scope) {
    __typename
    ... on Performance {
      id
      status
      cancelledAt
    }
    ... on IllegalTransitionError {
      attemptedAction
      action
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CancelPerformanceMutation, CancelPerformanceMutationVariables>;
export const PerformancesDocument = new TypedDocumentString(`
    query Performances($from: DateTime, $to: DateTime, $first: Int, $after: String, $status: [PerformanceStatus!]) {
  performances(
    from: $from
    to: $to
    first: $first
    after: $after
    status: $status
  ) {
    edges {
      cursor
      node {
        id
        title
        scheduledTime
        status
        registrationCount
        viewerIsRegistered
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PerformancesQuery, PerformancesQueryVariables>;
export const RegisterForCountDocument = new TypedDocumentString(`
    mutation RegisterForCount($performanceId: ID!) {
  registerForPerformance(performanceId: $performanceId) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RegisterForCountMutation, RegisterForCountMutationVariables>;
export const PerformanceStatusUpdatesDocument = new TypedDocumentString(`
    subscription PerformanceStatusUpdates($id: ID!) {
  performanceStatus(id: $id) {
    change
    status
    performance {
      id
      title
      scheduledTime
    }
  }
}
    `) as unknown as TypedDocumentString<
  PerformanceStatusUpdatesSubscription,
  PerformanceStatusUpdatesSubscriptionVariables
>;
export const LateShowUpdatesDocument = new TypedDocumentString(`
    subscription LateShowUpdates($id: ID!) {
  performanceStatus(id: $id) {
    change
    status
    performance {
      id
      runningLate
    }
  }
}
    `) as unknown as TypedDocumentString<LateShowUpdatesSubscription, LateShowUpdatesSubscriptionVariables>;
export const ViewerCountUpdatesDocument = new TypedDocumentString(`
    subscription ViewerCountUpdates($id: ID!) {
  liveViewerCount(id: $id) {
    viewers
    peak
  }
}
    `) as unknown as TypedDocumentString<ViewerCountUpdatesSubscription, ViewerCountUpdatesSubscriptionVariables>;
export const ScheduleUpdatesDocument = new TypedDocumentString(`
    subscription ScheduleUpdates {
  scheduleChanged {
    change
    performance {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleUpdatesSubscription, ScheduleUpdatesSubscriptionVariables>;
export const RescheduleForSubscriptionDocument = new TypedDocumentString(`
    mutation RescheduleForSubscription($id: ID!, $input: UpdatePerformanceInput!) {
  updatePerformance(id: $id, input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RescheduleForSubscriptionMutation, RescheduleForSubscriptionMutationVariables>;
export const CreateForScheduleDocument = new TypedDocumentString(`
    mutation CreateForSchedule($input: CreatePerformanceInput!) {
  createPerformance(input: $input) {
    __typename
    ... on Performance {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateForScheduleMutation, CreateForScheduleMutationVariables>;
export const FeedUrlDocument = new TypedDocumentString(`
    query FeedUrl {
  me {
    calendarFeedUrl
  }
}
    `) as unknown as TypedDocumentString<FeedUrlQuery, FeedUrlQueryVariables>;
export const FeedRotateDocument = new TypedDocumentString(`
    mutation FeedRotate {
  rotateCalendarFeed {
    __typename
    ... on User {
      calendarFeedUrl
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FeedRotateMutation, FeedRotateMutationVariables>;
export const FeedRevokeDocument = new TypedDocumentString(`
    mutation FeedRevoke {
  revokeCalendarFeed {
    __typename
    ... on User {
      calendarFeedUrl
    }
  }
}
    `) as unknown as TypedDocumentString<FeedRevokeMutation, FeedRevokeMutationVariables>;
export const FeedDocument = new TypedDocumentString(`
    query Feed($token: String!) {
  calendarFeed(token: $token) {
    reminderMinutesBefore
    performances {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<FeedQuery, FeedQueryVariables>;
export const FeedOfRegistrantDocument = new TypedDocumentString(`
    query FeedOfRegistrant($id: ID!) {
  performance(id: $id) {
    registrations {
      edges {
        node {
          viewer {
            calendarFeedUrl
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FeedOfRegistrantQuery, FeedOfRegistrantQueryVariables>;
export const CreateShowForRegistrationDocument = new TypedDocumentString(`
    mutation CreateShowForRegistration($input: CreatePerformanceInput!) {
  createPerformance(input: $input) {
    __typename
    ... on Performance {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateShowForRegistrationMutation, CreateShowForRegistrationMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($performanceId: ID!, $notificationPreferences: NotificationPreferencesInput) {
  registerForPerformance(
    performanceId: $performanceId
    notificationPreferences: $notificationPreferences
  ) {
    __typename
    ... on Registration {
      registeredAt
      notificationPreferences {
        email
        sms
        browser
      }
      performance {
        id
        registrationCount
        viewerIsRegistered
      }
      viewer {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const UnregisterDocument = new TypedDocumentString(`
    mutation Unregister($performanceId: ID!) {
  unregisterFromPerformance(performanceId: $performanceId) {
    __typename
    ... on Performance {
      id
      registrationCount
      viewerIsRegistered
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UnregisterMutation, UnregisterMutationVariables>;
export const MyRegistrationsDocument = new TypedDocumentString(`
    query MyRegistrations($when: RegistrationWhen) {
  me {
    registrations(when: $when) {
      performance {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyRegistrationsQuery, MyRegistrationsQueryVariables>;
export const ShowRegistrationsDocument = new TypedDocumentString(`
    query ShowRegistrations($id: ID!) {
  performance(id: $id) {
    id
    registrationCount
    registrations(first: 10) {
      edges {
        node {
          viewer {
            name
            email
          }
          notificationPreferences {
            email
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShowRegistrationsQuery, ShowRegistrationsQueryVariables>;
export const ViewerRegistrationDocument = new TypedDocumentString(`
    query ViewerRegistration($id: ID!) {
  performance(id: $id) {
    viewerRegistration {
      notificationPreferences {
        email
        sms
        browser
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerRegistrationQuery, ViewerRegistrationQueryVariables>;
export const UpdateSettingsDocument = new TypedDocumentString(`
    mutation UpdateSettings($input: NotificationSettingsInput!) {
  updateNotificationSettings(input: $input) {
    __typename
    ... on NotificationSettings {
      email
      sms
      browser
      phoneNumber
      reminderMinutesBefore
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
    `) as unknown as TypedDocumentString<UpdateSettingsMutation, UpdateSettingsMutationVariables>;
export const WhoWatchedDocument = new TypedDocumentString(`
    query WhoWatched($id: ID!) {
  performance(id: $id) {
    registrations(first: 10) {
      edges {
        node {
          viewer {
            email
          }
          watching {
            watchedLive
            watchedReplay
            liveSeconds
            replaySeconds
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WhoWatchedQuery, WhoWatchedQueryVariables>;
export const MyWatchingDocument = new TypedDocumentString(`
    query MyWatching {
  me {
    registrations(when: UPCOMING) {
      performance {
        id
      }
      watching {
        watchedLive
        liveSeconds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyWatchingQuery, MyWatchingQueryVariables>;
export const SeriesRegisterDocument = new TypedDocumentString(`
    mutation SeriesRegister($seriesId: ID!, $preferences: NotificationPreferencesInput) {
  registerForSeries(seriesId: $seriesId, notificationPreferences: $preferences) {
    __typename
    ... on SeriesRegistration {
      registeredAt
      series {
        id
        title
        viewerRegistration {
          notificationPreferences {
            email
            sms
          }
        }
      }
      notificationPreferences {
        email
        sms
        browser
      }
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
    `) as unknown as TypedDocumentString<SeriesRegisterMutation, SeriesRegisterMutationVariables>;
export const SeriesUnregisterDocument = new TypedDocumentString(`
    mutation SeriesUnregister($seriesId: ID!) {
  unregisterFromSeries(seriesId: $seriesId) {
    __typename
    ... on PerformanceSeries {
      id
      viewerRegistration {
        registeredAt
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesUnregisterMutation, SeriesUnregisterMutationVariables>;
export const RetainedFiguresDocument = new TypedDocumentString(`
    query RetainedFigures($id: ID!) {
  performance(id: $id) {
    analytics {
      totalViews
      uniqueViewers
      averageWatchSeconds
      funnel {
        watchedLive
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetainedFiguresQuery, RetainedFiguresQueryVariables>;
export const RefreshRetainedFiguresDocument = new TypedDocumentString(`
    mutation RefreshRetainedFigures($id: ID!) {
  refreshPerformanceAnalytics(performanceId: $id) {
    __typename
    ... on PerformanceAnalytics {
      totalViews
      uniqueViewers
      averageWatchSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshRetainedFiguresMutation, RefreshRetainedFiguresMutationVariables>;
export const AttackIngestDocument = new TypedDocumentString(`
    query AttackIngest($id: ID!) {
  performance(id: $id) {
    ingest {
      streamKey
    }
  }
}
    `) as unknown as TypedDocumentString<AttackIngestQuery, AttackIngestQueryVariables>;
export const AttackStartDocument = new TypedDocumentString(`
    mutation AttackStart($id: ID!) {
  startPerformance(id: $id) {
    __typename
    ... on Performance {
      status
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AttackStartMutation, AttackStartMutationVariables>;
export const AttackRotateDocument = new TypedDocumentString(`
    mutation AttackRotate($id: ID!) {
  rotateStreamKey(performanceId: $id) {
    __typename
    ... on Ingest {
      streamKey
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AttackRotateMutation, AttackRotateMutationVariables>;
export const AttackHeartbeatGrantDocument = new TypedDocumentString(`
    query AttackHeartbeatGrant($id: ID!) {
  performance(id: $id) {
    playback {
      __typename
      ... on Playback {
        heartbeatToken
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttackHeartbeatGrantQuery, AttackHeartbeatGrantQueryVariables>;
export const AttackSignOutDocument = new TypedDocumentString(`
    mutation AttackSignOut {
  signOut {
    __typename
    ... on SignOutPayload {
      signedOut
    }
  }
}
    `) as unknown as TypedDocumentString<AttackSignOutMutation, AttackSignOutMutationVariables>;
export const AttackEndDocument = new TypedDocumentString(`
    mutation AttackEnd($id: ID!) {
  endPerformance(id: $id) {
    __typename
    ... on Performance {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AttackEndMutation, AttackEndMutationVariables>;
export const AttackRegistrationsDocument = new TypedDocumentString(`
    query AttackRegistrations($id: ID!, $first: Int, $after: String) {
  performance(id: $id) {
    registrationCount
    registrations(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          viewer {
            name
          }
          watching {
            liveSeconds
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttackRegistrationsQuery, AttackRegistrationsQueryVariables>;
export const AttackManyShowsDocument = new TypedDocumentString(`
    query AttackManyShows($from: DateTime, $middle: DateTime, $to: DateTime) {
  early: performances(from: $from, to: $middle, first: 100) {
    edges {
      node {
        id
        registrationCount
        viewerIsRegistered
        series {
          id
        }
      }
    }
  }
  late: performances(from: $middle, to: $to, first: 100) {
    edges {
      node {
        id
        registrationCount
        viewerIsRegistered
        series {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttackManyShowsQuery, AttackManyShowsQueryVariables>;
export const FixtureSignInDocument = new TypedDocumentString(`
    mutation FixtureSignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on SignInPayload {
      token
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureSignInMutation, FixtureSignInMutationVariables>;
