/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
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

/** A new show, in SCHEDULED status. Text is trimmed; each broken rule comes back in ValidationError.issues with the field's path. */
export type CreatePerformanceInput = {
  /** Plain text, up to 5000 characters */
  description?: string | null | undefined;
  /** Planned length in minutes, 1 to 720 */
  durationMinutes: number;
  /** Makes this the first show of a weekly series */
  repeatWeekly?: RepeatWeeklyInput | null | undefined;
  /** Start, with an offset; from 5 minutes ago to two years ahead */
  scheduledTime: string;
  /** JPEG, PNG, WebP or AVIF, up to 5 MB (send the mutation as a GraphQL multipart request) */
  thumbnail?: File | null | undefined;
  /** 1 to 120 characters */
  title: string;
};

/** Omitted fields take the viewer's notification settings. */
export type NotificationPreferencesInput = {
  /** Browser notifications while a FireStream tab is open */
  browser?: boolean | null | undefined;
  /** Email reminder and alerts */
  email?: boolean | null | undefined;
  /** Text messages; needs a phone number in the notification settings */
  sms?: boolean | null | undefined;
};

/** Only the fields given change. */
export type NotificationSettingsInput = {
  /** Browser notifications while a FireStream tab is open */
  browser?: boolean | null | undefined;
  /** Email reminders and alerts */
  email?: boolean | null | undefined;
  /** E.164, e.g. +15551234567; empty string removes it */
  phoneNumber?: string | null | undefined;
  /** 5 to 10080 (one week) */
  reminderMinutesBefore?: number | null | undefined;
  /** Text messages; needs a phone number */
  sms?: boolean | null | undefined;
};

/** What an organizer asked to do to a show's status. */
export type OrganizerAction =
  /** cancelPerformance: call the show off */
  | "CANCEL"
  /** endPerformance: end the show */
  | "END"
  /** startPerformance: go live */
  | "START"
  /** Old spelling of CANCEL */
  | "cancel"
  /** Old spelling of END */
  | "end"
  /** Old spelling of START */
  | "start";

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

/** Where a show is in its life: SCHEDULED, then LIVE (INTERRUPTED while the feed is lost), then ENDED; or CANCELLED. ENDED and CANCELLED are final. */
export type PerformanceStatus =
  /** Will not take place */
  | "CANCELLED"
  /** Over; the recording becomes the replay */
  | "ENDED"
  /** The feed dropped; the show resumes if it comes back in time */
  | "INTERRUPTED"
  /** Broadcasting now */
  | "LIVE"
  /** Announced; not started yet */
  | "SCHEDULED";

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

/** Repeat every week on the same weekday at the same local time (in the site's time zone). Give `until` or `occurrences`, or neither for a series that runs on. */
export type RepeatWeeklyInput = {
  /** Number of shows, 2 to 104, the first included */
  occurrences?: number | null | undefined;
  /** Date of the last show (inclusive), in the site's time zone; within two years */
  until?: string | null | undefined;
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
  /** Plain text, up to 5000 characters; empty string clears it */
  description?: string | null | undefined;
  /** 1 to 720 (scheduled shows only) */
  durationMinutes?: number | null | undefined;
  /** true removes the picture; not with thumbnail */
  removeThumbnail?: boolean | null | undefined;
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

export type HeartbeatGrantQueryVariables = Exact<{
  id: string | number;
}>;

export type HeartbeatGrantQuery = {
  performance: {
    playback:
      | { __typename: "ForbiddenError" }
      | { __typename: "NotAvailableError" }
      | { __typename: "Playback"; heartbeatToken: string }
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
      | { __typename: "Playback"; hlsUrl: string; expiresAt: string; live: boolean }
      | { __typename: "UnauthenticatedError"; message: string }
      | { __typename: "ValidationError"; message: string };
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
      }
      ... on Error {
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlaybackQuery, PlaybackQueryVariables>;
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
