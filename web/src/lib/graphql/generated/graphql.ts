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

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = { me: { id: string; name: string; email: string; role: Role } | null };

export type SendChatMutationVariables = Exact<{
  performanceId: string | number;
  body: string;
}>;

export type SendChatMutation = {
  sendChatMessage:
    | { __typename: "ChatMessage" }
    | { __typename: "ChatUnavailableError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type SendChatReactionMutationVariables = Exact<{
  performanceId: string | number;
  kind: ReactionKind;
}>;

export type SendChatReactionMutation = {
  sendReaction:
    | { __typename: "ChatUnavailableError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "SendReactionPayload" }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type RemoveChatLineMutationVariables = Exact<{
  performanceId: string | number;
  messageId: string | number;
}>;

export type RemoveChatLineMutation = {
  removeChatMessage:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "RemoveChatMessagePayload" }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type MuteChatAuthorMutationVariables = Exact<{
  performanceId: string | number;
  viewerId: string | number;
}>;

export type MuteChatAuthorMutation = {
  muteChatViewer:
    | { __typename: "ChatParticipant" }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type BanChatAuthorMutationVariables = Exact<{
  viewerId: string | number;
}>;

export type BanChatAuthorMutation = {
  banChatViewer:
    | { __typename: "ChatBan" }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type ChangeSlowModeMutationVariables = Exact<{
  performanceId: string | number;
  seconds: number;
}>;

export type ChangeSlowModeMutation = {
  setChatSlowMode:
    | { __typename: "Chat" }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type CloseOrOpenChatMutationVariables = Exact<{
  performanceId: string | number;
  closed: boolean;
}>;

export type CloseOrOpenChatMutation = {
  setChatClosed:
    | { __typename: "Chat" }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type ChatFeedSubscriptionVariables = Exact<{
  performanceId: string | number;
}>;

export type ChatFeedSubscription = {
  chatEvents: {
    kind: ChatEventKind;
    removedMessageId: string | null;
    message: {
      id: string;
      authorId: string;
      authorName: string;
      authorRole: ChatAuthorRole;
      body: string;
      linksClickable: boolean;
      postedAt: string;
      offsetSeconds: number;
    } | null;
    reactions: { applause: number; fire: number; heart: number; wow: number } | null;
    chat: {
      status: PerformanceStatus;
      closed: boolean;
      slowModeSeconds: number;
      viewerCanWrite: boolean;
      viewerWriteBlock: ChatWriteBlock | null;
      viewerCanModerate: boolean;
      viewerMuted: boolean;
      viewerBanned: boolean;
    };
  };
};

export type ChatLineFragment = {
  id: string;
  authorId: string;
  authorName: string;
  authorRole: ChatAuthorRole;
  body: string;
  linksClickable: boolean;
  postedAt: string;
  offsetSeconds: number;
};

export type ChatControlsFragment = {
  status: PerformanceStatus;
  closed: boolean;
  slowModeSeconds: number;
  viewerCanWrite: boolean;
  viewerWriteBlock: ChatWriteBlock | null;
  viewerCanModerate: boolean;
  viewerMuted: boolean;
  viewerBanned: boolean;
};

export type ChatPageQueryVariables = Exact<{
  performanceId: string | number;
  after?: string | null | undefined;
}>;

export type ChatPageQuery = {
  chatMessages: {
    edges: Array<{
      node: {
        id: string;
        authorId: string;
        authorName: string;
        authorRole: ChatAuthorRole;
        body: string;
        linksClickable: boolean;
        postedAt: string;
        offsetSeconds: number;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type MyBrowserAlertsQueryVariables = Exact<{ [key: string]: never }>;

export type MyBrowserAlertsQuery = {
  me: {
    notificationSettings: { reminderMinutesBefore: number } | null;
    registrations: Array<{
      notificationPreferences: { browser: boolean };
      performance: { id: string; title: string; scheduledTime: string; status: PerformanceStatus } | null;
    }> | null;
  } | null;
};

export type ScheduleForAlertsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type ScheduleForAlertsSubscription = {
  scheduleChanged: {
    change: PerformanceChange;
    status: PerformanceStatus;
    performance: { id: string; title: string; scheduledTime: string };
  };
};

export type WebPushPublicKeyQueryVariables = Exact<{ [key: string]: never }>;

export type WebPushPublicKeyQuery = { webPushPublicKey: string | null };

export type RegisterThisBrowserMutationVariables = Exact<{
  input: PushSubscriptionInput;
}>;

export type RegisterThisBrowserMutation = {
  registerPushSubscription:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "PushSubscription" }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type CalendarContextQueryVariables = Exact<{
  signedIn: boolean;
}>;

export type CalendarContextQuery = {
  siteTimeZone: string;
  me?: { notificationSettings: { reminderMinutesBefore: number } | null } | null;
};

export type ReplayShelfQueryVariables = Exact<{ [key: string]: never }>;

export type ReplayShelfQuery = {
  replays: {
    edges: Array<{
      node: {
        id: string;
        title: string;
        scheduledTime: string;
        thumbnailUrl: string | null;
        replayAvailableUntil: string | null;
        viewerIsRegistered: boolean;
      };
    }>;
  };
};

export type CalendarShowsQueryVariables = Exact<{
  from: string;
  to: string;
  after?: string | null | undefined;
  withoutContentNotes?: Array<ContentNote> | ContentNote | null | undefined;
  withAccessFeatures?: Array<AccessFeature> | AccessFeature | null | undefined;
}>;

export type CalendarShowsQuery = {
  performances: {
    edges: Array<{
      node: {
        id: string;
        title: string;
        scheduledTime: string;
        endTime: string;
        durationMinutes: number;
        status: PerformanceStatus;
        viewerIsRegistered: boolean;
        registrationCount: number;
        thumbnailUrl: string | null;
        recording: { readyAt: string } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type HomeShowsQueryVariables = Exact<{ [key: string]: never }>;

export type HomeShowsQuery = {
  performances: {
    edges: Array<{
      node: {
        id: string;
        title: string;
        scheduledTime: string;
        endTime: string;
        status: PerformanceStatus;
        thumbnailUrl: string | null;
        registrationCount: number;
        contentNotes: Array<ContentNote>;
        accessFeatures: Array<AccessFeature>;
      };
    }>;
  };
};

export type CalendarChangesSubscriptionVariables = Exact<{ [key: string]: never }>;

export type CalendarChangesSubscription = { scheduleChanged: { change: PerformanceChange } };

export type ScheduleQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type ScheduleQuery = {
  performances: {
    edges: Array<{
      node: {
        id: string;
        title: string;
        scheduledTime: string;
        endTime: string;
        durationMinutes: number;
        status: PerformanceStatus;
        viewerIsRegistered: boolean;
        registrationCount: number;
        thumbnailUrl: string | null;
        series: { id: string } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
};

export type AnalyticsOverviewQueryVariables = Exact<{
  from: string;
  to: string;
}>;

export type AnalyticsOverviewQuery = {
  analyticsReport: {
    shows: number;
    registered: number;
    totalViews: number;
    noShow: number;
    uniqueViewersPerShow: number;
  };
  performanceAnalytics: Array<{
    peakConcurrentViewers: number;
    uniqueViewers: number;
    totalViews: number;
    averageWatchSeconds: number;
    funnel: { registered: number; watchedLive: number; watchedReplay: number; noShow: number };
    performance: { id: string; title: string; scheduledTime: string };
  }>;
};

export type ShowToEditQueryVariables = Exact<{
  id: string | number;
}>;

export type ShowToEditQuery = {
  performance: {
    id: string;
    title: string;
    description: string;
    scheduledTime: string;
    endTime: string;
    durationMinutes: number;
    status: PerformanceStatus;
    thumbnailUrl: string | null;
    contentNotes: Array<ContentNote>;
    accessFeatures: Array<AccessFeature>;
    registrationCount: number;
    series: {
      id: string;
      weekday: Weekday;
      localTime: string;
      timeZone: string;
      startsOn: string;
      endsOn: string | null;
    } | null;
  } | null;
};

export type UpdateShowMutationVariables = Exact<{
  id: string | number;
  input: UpdatePerformanceInput;
  scope: SeriesScope;
}>;

export type UpdateShowMutation = {
  updatePerformance:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; id: string; title: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type ShowAnalyticsQueryVariables = Exact<{
  id: string | number;
}>;

export type ShowAnalyticsQuery = {
  performance: {
    id: string;
    title: string;
    status: PerformanceStatus;
    scheduledTime: string;
    endTime: string;
    registrationCount: number;
    recording: { readyAt: string } | null;
    analytics: {
      peakConcurrentViewers: number;
      totalViews: number;
      uniqueViewers: number;
      averageWatchSeconds: number;
      countries: Array<{ country: string | null; viewers: number }>;
      funnel: { registered: number; watchedLive: number; watchedReplay: number; noShow: number };
      viewersOverTime: Array<{ at: string; viewers: number }>;
      retention: Array<{ offsetSeconds: number; live: number; replay: number; viewers: number }>;
    } | null;
  } | null;
};

export type ApplauseTimelineQueryVariables = Exact<{
  id: string | number;
}>;

export type ApplauseTimelineQuery = {
  performance: {
    reactionTimeline: Array<{
      offsetSeconds: number;
      applause: number;
      fire: number;
      heart: number;
      wow: number;
      total: number;
    }> | null;
  } | null;
};

export type BroadcastPanelQueryVariables = Exact<{
  id: string | number;
}>;

export type BroadcastPanelQuery = {
  performance: {
    id: string;
    title: string;
    scheduledTime: string;
    endTime: string;
    status: PerformanceStatus;
    thumbnailUrl: string | null;
    registrationCount: number;
    liveAlertRecipientCount: number;
    streamHealth: {
      reachable: boolean;
      connected: boolean;
      connectedSince: string | null;
      onAirSeconds: number | null;
      ingest: {
        videoCodec: string | null;
        audioCodec: string | null;
        width: number | null;
        height: number | null;
        frameRate: number | null;
        bitrateKbps: number | null;
        keyframeIntervalSeconds: number | null;
      } | null;
      renditions: Array<{ height: number }>;
      lastError: { code: string; at: string; advice: string } | null;
      alerts: Array<{ kind: OrganizerAlertKind; at: string; message: string }>;
    } | null;
    recording: { durationSeconds: number; readyAt: string; renditions: Array<string> } | null;
    ingest: { rtmpsUrl: string; streamKey: string } | null;
    playback:
      | { __typename: "ForbiddenError"; message: string }
      | { __typename: "NotAvailableError"; message: string }
      | { __typename: "Playback"; hlsUrl: string; expiresAt: string; live: boolean; heartbeatToken: string }
      | { __typename: "ReplayExpiredError"; message: string }
      | { __typename: "UnauthenticatedError"; message: string }
      | { __typename: "ValidationError"; message: string };
  } | null;
};

export type StartShowMutationVariables = Exact<{
  id: string | number;
}>;

export type StartShowMutation = {
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
        message: string;
      }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; status: PerformanceStatus }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type EndShowMutationVariables = Exact<{
  id: string | number;
}>;

export type EndShowMutation = {
  endPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | {
        __typename: "IllegalTransitionError";
        status: PerformanceStatus;
        attemptedAction: OrganizerAction;
        message: string;
      }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; status: PerformanceStatus }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type RotateKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type RotateKeyMutation = {
  rotateStreamKey:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "Ingest" }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "StreamUnavailableError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type BroadcastStatusSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type BroadcastStatusSubscription = {
  performanceStatus: {
    change: PerformanceChange;
    status: PerformanceStatus;
    performance: { id: string; recording: { durationSeconds: number; readyAt: string } | null };
  };
};

export type BroadcastViewersSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type BroadcastViewersSubscription = { liveViewerCount: { viewers: number; peak: number } };

export type PreviewPlaybackQueryVariables = Exact<{
  id: string | number;
}>;

export type PreviewPlaybackQuery = {
  performance: {
    playback:
      | { __typename: "ForbiddenError" }
      | { __typename: "NotAvailableError" }
      | { __typename: "Playback"; hlsUrl: string; expiresAt: string; live: boolean; heartbeatToken: string }
      | { __typename: "ReplayExpiredError" }
      | { __typename: "UnauthenticatedError" }
      | { __typename: "ValidationError" };
  } | null;
};

export type RecordingArchiveQueryVariables = Exact<{
  id: string | number;
}>;

export type RecordingArchiveQuery = {
  performance: {
    id: string;
    recording: {
      archive: {
        status: ArchiveStatus;
        progressPercent: number;
        sizeBytes: number | null;
        checksumSha256: string | null;
        archivedAt: string | null;
        downloadUrl: string | null;
        failureReason: string | null;
      } | null;
    } | null;
  } | null;
};

export type StreamHealthFieldsFragment = {
  reachable: boolean;
  connected: boolean;
  connectedSince: string | null;
  onAirSeconds: number | null;
  ingest: {
    videoCodec: string | null;
    audioCodec: string | null;
    width: number | null;
    height: number | null;
    frameRate: number | null;
    bitrateKbps: number | null;
    keyframeIntervalSeconds: number | null;
  } | null;
  renditions: Array<{ height: number }>;
  lastError: { code: string; at: string; advice: string } | null;
  alerts: Array<{ kind: OrganizerAlertKind; at: string; message: string }>;
};

export type PollStreamHealthQueryVariables = Exact<{
  id: string | number;
}>;

export type PollStreamHealthQuery = {
  performance: {
    streamHealth: {
      reachable: boolean;
      connected: boolean;
      connectedSince: string | null;
      onAirSeconds: number | null;
      ingest: {
        videoCodec: string | null;
        audioCodec: string | null;
        width: number | null;
        height: number | null;
        frameRate: number | null;
        bitrateKbps: number | null;
        keyframeIntervalSeconds: number | null;
      } | null;
      renditions: Array<{ height: number }>;
      lastError: { code: string; at: string; advice: string } | null;
      alerts: Array<{ kind: OrganizerAlertKind; at: string; message: string }>;
    } | null;
  } | null;
};

export type ShowToCancelQueryVariables = Exact<{
  id: string | number;
}>;

export type ShowToCancelQuery = {
  performance: {
    id: string;
    title: string;
    scheduledTime: string;
    endTime: string;
    status: PerformanceStatus;
    registrationCount: number;
    series: { id: string } | null;
  } | null;
};

export type CancelShowMutationVariables = Exact<{
  id: string | number;
  scope: SeriesScope;
  message?: string | null | undefined;
}>;

export type CancelShowMutation = {
  cancelPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "IllegalTransitionError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; id: string; title: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type ShowCaptionsQueryVariables = Exact<{
  id: string | number;
}>;

export type ShowCaptionsQuery = {
  performance: {
    id: string;
    title: string;
    scheduledTime: string;
    endTime: string;
    status: PerformanceStatus;
    recording: { readyAt: string } | null;
    captions: Array<{ language: string; label: string; uploadedAt: string }>;
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

export type ShowRegistrationsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;

export type ShowRegistrationsQuery = {
  performance: {
    id: string;
    title: string;
    scheduledTime: string;
    endTime: string;
    status: PerformanceStatus;
    registrationCount: number;
    registrations: {
      edges: Array<{
        node: {
          registeredAt: string;
          viewer: { id: string; name: string; email: string };
          notificationPreferences: { email: boolean; sms: boolean; browser: boolean };
          watching: { watchedLive: boolean; watchedReplay: boolean; liveSeconds: number; replaySeconds: number };
        };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    } | null;
  } | null;
};

export type CreateShowMutationVariables = Exact<{
  input: CreatePerformanceInput;
}>;

export type CreateShowMutation = {
  createPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "Performance"; id: string; title: string; series: { id: string } | null }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type CalendarFeedQueryVariables = Exact<{
  token: string;
}>;

export type CalendarFeedQuery = {
  siteTimeZone: string;
  calendarFeed: {
    reminderMinutesBefore: number;
    performances: Array<{
      id: string;
      title: string;
      description: string;
      scheduledTime: string;
      endTime: string;
      status: PerformanceStatus;
    }>;
  } | null;
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = {
  requestPasswordReset:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "RequestPasswordResetPayload"; email: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type MyPageQueryVariables = Exact<{ [key: string]: never }>;

export type MyPageQuery = {
  me: {
    name: string;
    email: string;
    calendarFeedUrl: string | null;
    notificationSettings: {
      email: boolean;
      sms: boolean;
      browser: boolean;
      phoneNumber: string | null;
      reminderLeadTimes: Array<ReminderLeadTime>;
      runningLate: boolean;
      emailUnsubscribed: boolean;
      smsStopped: boolean;
      pushSubscriptions: Array<{ id: string; label: string; createdAt: string }>;
    } | null;
    upcoming: Array<{
      registeredAt: string;
      notificationPreferences: { email: boolean; sms: boolean; browser: boolean };
      performance: {
        id: string;
        title: string;
        scheduledTime: string;
        endTime: string;
        durationMinutes: number;
        status: PerformanceStatus;
        thumbnailUrl: string | null;
        viewerIsRegistered: boolean;
        registrationCount: number;
        recording: { readyAt: string } | null;
      } | null;
    }> | null;
    past: Array<{
      registeredAt: string;
      notificationPreferences: { email: boolean; sms: boolean; browser: boolean };
      performance: {
        id: string;
        title: string;
        scheduledTime: string;
        endTime: string;
        durationMinutes: number;
        status: PerformanceStatus;
        thumbnailUrl: string | null;
        viewerIsRegistered: boolean;
        registrationCount: number;
        recording: { readyAt: string } | null;
      } | null;
    }> | null;
  } | null;
};

export type MyRegistrationFragment = {
  registeredAt: string;
  notificationPreferences: { email: boolean; sms: boolean; browser: boolean };
  performance: {
    id: string;
    title: string;
    scheduledTime: string;
    endTime: string;
    durationMinutes: number;
    status: PerformanceStatus;
    thumbnailUrl: string | null;
    viewerIsRegistered: boolean;
    registrationCount: number;
    recording: { readyAt: string } | null;
  } | null;
};

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;

export type UpdateNotificationSettingsMutation = {
  updateNotificationSettings:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotificationSettings" }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type RemoveBrowserMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveBrowserMutation = {
  removePushSubscription:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "RemovePushSubscriptionPayload" }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type AccountPageQueryVariables = Exact<{ [key: string]: never }>;

export type AccountPageQuery = { me: { email: string; calendarFeedUrl: string | null } | null };

export type MyChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type MyChangePasswordMutation = {
  changePassword:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidCredentialsError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "SignInPayload" }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type MyRequestEmailChangeMutationVariables = Exact<{
  input: RequestEmailChangeInput;
}>;

export type MyRequestEmailChangeMutation = {
  requestEmailChange:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidCredentialsError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "RequestEmailChangePayload"; email: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type MyRotateCalendarFeedMutationVariables = Exact<{ [key: string]: never }>;

export type MyRotateCalendarFeedMutation = {
  rotateCalendarFeed:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "User" }
    | { __typename: "ValidationError"; message: string };
};

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: string;
}>;

export type ConfirmEmailChangeMutation = {
  confirmEmailChange:
    | { __typename: "ConfirmEmailChangePayload"; email: string }
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidLinkError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;

export type ResetPasswordMutation = {
  resetPassword:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidLinkError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "SignInPayload"; user: { name: string } }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type ShowPageQueryVariables = Exact<{
  id: string | number;
  signedIn: boolean;
}>;

export type ShowPageQuery = {
  performance: {
    id: string;
    title: string;
    description: string;
    scheduledTime: string;
    endTime: string;
    durationMinutes: number;
    status: PerformanceStatus;
    thumbnailUrl: string | null;
    contentNotes: Array<ContentNote>;
    accessFeatures: Array<AccessFeature>;
    registrationCount: number;
    viewerIsRegistered: boolean;
    cancellationMessage: string | null;
    viewerRegistration: {
      notificationPreferences: {
        reminderLeadTimes: Array<ReminderLeadTime>;
        email: boolean;
        sms: boolean;
        browser: boolean;
      };
    } | null;
    series: {
      id: string;
      title: string;
      weekday: Weekday;
      localTime: string;
      endsOn: string | null;
      viewerRegistration: { registeredAt: string } | null;
    } | null;
    recording: { readyAt: string } | null;
  } | null;
  me?: {
    notificationSettings: {
      reminderLeadTimes: Array<ReminderLeadTime>;
      email: boolean;
      sms: boolean;
      browser: boolean;
      phoneNumber: string | null;
    } | null;
  } | null;
};

export type RegisterMutationVariables = Exact<{
  performanceId: string | number;
  preferences: NotificationPreferencesInput;
}>;

export type RegisterMutation = {
  registerForPerformance:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "Registration"; performance: { title: string } | null }
    | { __typename: "ReplayExpiredError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type RegisterForSeriesMutationVariables = Exact<{
  seriesId: string | number;
  preferences: NotificationPreferencesInput;
}>;

export type RegisterForSeriesMutation = {
  registerForSeries:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "SeriesRegistration"; series: { title: string } }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type UnregisterFromSeriesMutationVariables = Exact<{
  seriesId: string | number;
}>;

export type UnregisterFromSeriesMutation = {
  unregisterFromSeries:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "PerformanceSeries"; title: string }
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
    | { __typename: "Performance"; title: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type ShowForCalendarQueryVariables = Exact<{
  id: string | number;
}>;

export type ShowForCalendarQuery = {
  performance: {
    id: string;
    title: string;
    description: string;
    scheduledTime: string;
    endTime: string;
    status: PerformanceStatus;
  } | null;
};

export type SeriesForCalendarQueryVariables = Exact<{
  id: string | number;
}>;

export type SeriesForCalendarQuery = {
  performance: {
    id: string;
    description: string;
    series: {
      id: string;
      title: string;
      weekday: Weekday;
      localTime: string;
      startsOn: string;
      endsOn: string | null;
      durationMinutes: number;
    } | null;
  } | null;
};

export type WatchPageQueryVariables = Exact<{
  id: string | number;
  signedIn: boolean;
}>;

export type WatchPageQuery = {
  performance: {
    id: string;
    title: string;
    description: string;
    scheduledTime: string;
    endTime: string;
    durationMinutes: number;
    status: PerformanceStatus;
    runningLate: boolean;
    thumbnailUrl: string | null;
    contentNotes: Array<ContentNote>;
    accessFeatures: Array<AccessFeature>;
    viewerIsRegistered: boolean;
    replayAvailableUntil: string | null;
    replayStatus: ReplayStatus | null;
    recording: { durationSeconds: number; readyAt: string } | null;
    playback?:
      | { __typename: "ForbiddenError"; message: string }
      | { __typename: "NotAvailableError"; message: string }
      | {
          __typename: "Playback";
          hlsUrl: string;
          expiresAt: string;
          live: boolean;
          heartbeatToken: string;
          parts: Array<{ hlsUrl: string; durationSeconds: number; startedAt: string }>;
        }
      | { __typename: "ReplayExpiredError"; message: string }
      | { __typename: "UnauthenticatedError"; message: string }
      | { __typename: "ValidationError"; message: string };
  } | null;
};

export type RegisterToWatchMutationVariables = Exact<{
  performanceId: string | number;
}>;

export type RegisterToWatchMutation = {
  registerForPerformance:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "Registration" }
    | { __typename: "ReplayExpiredError"; message: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type WatchStatusSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type WatchStatusSubscription = {
  performanceStatus: {
    change: PerformanceChange;
    status: PerformanceStatus;
    performance: {
      id: string;
      scheduledTime: string;
      endTime: string;
      runningLate: boolean;
      recording: { durationSeconds: number; readyAt: string } | null;
    };
  };
};

export type WatchViewersSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type WatchViewersSubscription = { liveViewerCount: { viewers: number } };

export type WatchPlaybackQueryVariables = Exact<{
  id: string | number;
}>;

export type WatchPlaybackQuery = {
  performance: {
    playback:
      | { __typename: "ForbiddenError"; message: string }
      | { __typename: "NotAvailableError"; message: string }
      | {
          __typename: "Playback";
          hlsUrl: string;
          expiresAt: string;
          live: boolean;
          heartbeatToken: string;
          parts: Array<{ hlsUrl: string; durationSeconds: number; startedAt: string }>;
        }
      | { __typename: "ReplayExpiredError"; message: string }
      | { __typename: "UnauthenticatedError"; message: string }
      | { __typename: "ValidationError"; message: string };
  } | null;
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidCredentialsError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "SignInPayload"; user: { name: string } }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type RequestSignInLinkMutationVariables = Exact<{
  email: string;
}>;

export type RequestSignInLinkMutation = {
  requestSignInLink:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "RequestSignInLinkPayload"; email: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type SignInWithLinkMutationVariables = Exact<{
  token: string;
}>;

export type SignInWithLinkMutation = {
  signInWithLink:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidLinkError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "SignInPayload"; user: { name: string } }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = {
  signOut:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "SignOutPayload" }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = {
  signUp:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "RateLimitedError"; message: string }
    | { __typename: "SignInPayload"; user: { name: string } }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
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
export const ChatLineFragmentDoc = new TypedDocumentString(
  `
    fragment ChatLine on ChatMessage {
  id
  authorId
  authorName
  authorRole
  body
  linksClickable
  postedAt
  offsetSeconds
}
    `,
  { fragmentName: "ChatLine" },
) as unknown as TypedDocumentString<ChatLineFragment, unknown>;
export const ChatControlsFragmentDoc = new TypedDocumentString(
  `
    fragment ChatControls on Chat {
  status
  closed
  slowModeSeconds
  viewerCanWrite
  viewerWriteBlock
  viewerCanModerate
  viewerMuted
  viewerBanned
}
    `,
  { fragmentName: "ChatControls" },
) as unknown as TypedDocumentString<ChatControlsFragment, unknown>;
export const StreamHealthFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment StreamHealthFields on StreamHealth {
  reachable
  connected
  connectedSince
  onAirSeconds
  ingest {
    videoCodec
    audioCodec
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
    at
    advice
  }
  alerts {
    kind
    at
    message
  }
}
    `,
  { fragmentName: "StreamHealthFields" },
) as unknown as TypedDocumentString<StreamHealthFieldsFragment, unknown>;
export const MyRegistrationFragmentDoc = new TypedDocumentString(
  `
    fragment MyRegistration on Registration {
  registeredAt
  notificationPreferences {
    email
    sms
    browser
  }
  performance {
    id
    title
    scheduledTime
    endTime
    durationMinutes
    status
    thumbnailUrl
    viewerIsRegistered
    registrationCount
    recording {
      readyAt
    }
  }
}
    `,
  { fragmentName: "MyRegistration" },
) as unknown as TypedDocumentString<MyRegistrationFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    name
    email
    role
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SendChatDocument = new TypedDocumentString(`
    mutation SendChat($performanceId: ID!, $body: String!) {
  sendChatMessage(performanceId: $performanceId, body: $body) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SendChatMutation, SendChatMutationVariables>;
export const SendChatReactionDocument = new TypedDocumentString(`
    mutation SendChatReaction($performanceId: ID!, $kind: ReactionKind!) {
  sendReaction(performanceId: $performanceId, kind: $kind) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SendChatReactionMutation, SendChatReactionMutationVariables>;
export const RemoveChatLineDocument = new TypedDocumentString(`
    mutation RemoveChatLine($performanceId: ID!, $messageId: ID!) {
  removeChatMessage(performanceId: $performanceId, messageId: $messageId) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveChatLineMutation, RemoveChatLineMutationVariables>;
export const MuteChatAuthorDocument = new TypedDocumentString(`
    mutation MuteChatAuthor($performanceId: ID!, $viewerId: ID!) {
  muteChatViewer(performanceId: $performanceId, viewerId: $viewerId) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MuteChatAuthorMutation, MuteChatAuthorMutationVariables>;
export const BanChatAuthorDocument = new TypedDocumentString(`
    mutation BanChatAuthor($viewerId: ID!) {
  banChatViewer(viewerId: $viewerId) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BanChatAuthorMutation, BanChatAuthorMutationVariables>;
export const ChangeSlowModeDocument = new TypedDocumentString(`
    mutation ChangeSlowMode($performanceId: ID!, $seconds: Int!) {
  setChatSlowMode(performanceId: $performanceId, seconds: $seconds) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeSlowModeMutation, ChangeSlowModeMutationVariables>;
export const CloseOrOpenChatDocument = new TypedDocumentString(`
    mutation CloseOrOpenChat($performanceId: ID!, $closed: Boolean!) {
  setChatClosed(performanceId: $performanceId, closed: $closed) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CloseOrOpenChatMutation, CloseOrOpenChatMutationVariables>;
export const ChatFeedDocument = new TypedDocumentString(`
    subscription ChatFeed($performanceId: ID!) {
  chatEvents(performanceId: $performanceId) {
    kind
    message {
      ...ChatLine
    }
    removedMessageId
    reactions {
      applause
      fire
      heart
      wow
    }
    chat {
      ...ChatControls
    }
  }
}
    fragment ChatLine on ChatMessage {
  id
  authorId
  authorName
  authorRole
  body
  linksClickable
  postedAt
  offsetSeconds
}
fragment ChatControls on Chat {
  status
  closed
  slowModeSeconds
  viewerCanWrite
  viewerWriteBlock
  viewerCanModerate
  viewerMuted
  viewerBanned
}`) as unknown as TypedDocumentString<ChatFeedSubscription, ChatFeedSubscriptionVariables>;
export const ChatPageDocument = new TypedDocumentString(`
    query ChatPage($performanceId: ID!, $after: String) {
  chatMessages(performanceId: $performanceId, first: 150, after: $after) {
    edges {
      node {
        ...ChatLine
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ChatLine on ChatMessage {
  id
  authorId
  authorName
  authorRole
  body
  linksClickable
  postedAt
  offsetSeconds
}`) as unknown as TypedDocumentString<ChatPageQuery, ChatPageQueryVariables>;
export const MyBrowserAlertsDocument = new TypedDocumentString(`
    query MyBrowserAlerts {
  me {
    notificationSettings {
      reminderMinutesBefore
    }
    registrations(first: 200) {
      notificationPreferences {
        browser
      }
      performance {
        id
        title
        scheduledTime
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyBrowserAlertsQuery, MyBrowserAlertsQueryVariables>;
export const ScheduleForAlertsDocument = new TypedDocumentString(`
    subscription ScheduleForAlerts {
  scheduleChanged {
    change
    status
    performance {
      id
      title
      scheduledTime
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleForAlertsSubscription, ScheduleForAlertsSubscriptionVariables>;
export const WebPushPublicKeyDocument = new TypedDocumentString(`
    query WebPushPublicKey {
  webPushPublicKey
}
    `) as unknown as TypedDocumentString<WebPushPublicKeyQuery, WebPushPublicKeyQueryVariables>;
export const RegisterThisBrowserDocument = new TypedDocumentString(`
    mutation RegisterThisBrowser($input: PushSubscriptionInput!) {
  registerPushSubscription(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterThisBrowserMutation, RegisterThisBrowserMutationVariables>;
export const CalendarContextDocument = new TypedDocumentString(`
    query CalendarContext($signedIn: Boolean!) {
  siteTimeZone
  me @include(if: $signedIn) {
    notificationSettings {
      reminderMinutesBefore
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarContextQuery, CalendarContextQueryVariables>;
export const ReplayShelfDocument = new TypedDocumentString(`
    query ReplayShelf {
  replays(first: 8) {
    edges {
      node {
        id
        title
        scheduledTime
        thumbnailUrl
        replayAvailableUntil
        viewerIsRegistered
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReplayShelfQuery, ReplayShelfQueryVariables>;
export const CalendarShowsDocument = new TypedDocumentString(`
    query CalendarShows($from: DateTime!, $to: DateTime!, $after: String, $withoutContentNotes: [ContentNote!], $withAccessFeatures: [AccessFeature!]) {
  performances(
    from: $from
    to: $to
    first: 100
    after: $after
    withoutContentNotes: $withoutContentNotes
    withAccessFeatures: $withAccessFeatures
  ) {
    edges {
      node {
        id
        title
        scheduledTime
        endTime
        durationMinutes
        status
        viewerIsRegistered
        registrationCount
        thumbnailUrl
        recording {
          readyAt
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarShowsQuery, CalendarShowsQueryVariables>;
export const HomeShowsDocument = new TypedDocumentString(`
    query HomeShows {
  performances(first: 10) {
    edges {
      node {
        id
        title
        scheduledTime
        endTime
        status
        thumbnailUrl
        registrationCount
        contentNotes
        accessFeatures
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeShowsQuery, HomeShowsQueryVariables>;
export const CalendarChangesDocument = new TypedDocumentString(`
    subscription CalendarChanges {
  scheduleChanged {
    change
  }
}
    `) as unknown as TypedDocumentString<CalendarChangesSubscription, CalendarChangesSubscriptionVariables>;
export const ScheduleDocument = new TypedDocumentString(`
    query Schedule($from: DateTime, $to: DateTime, $first: Int, $after: String, $last: Int, $before: String) {
  performances(
    from: $from
    to: $to
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    edges {
      node {
        id
        title
        scheduledTime
        endTime
        durationMinutes
        status
        viewerIsRegistered
        registrationCount
        thumbnailUrl
        series {
          id
        }
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleQuery, ScheduleQueryVariables>;
export const AnalyticsOverviewDocument = new TypedDocumentString(`
    query AnalyticsOverview($from: DateTime!, $to: DateTime!) {
  analyticsReport(from: $from, to: $to) {
    shows
    registered
    totalViews
    noShow
    uniqueViewersPerShow
  }
  performanceAnalytics(from: $from, to: $to) {
    peakConcurrentViewers
    uniqueViewers
    totalViews
    averageWatchSeconds
    funnel {
      registered
      watchedLive
      watchedReplay
      noShow
    }
    performance {
      id
      title
      scheduledTime
    }
  }
}
    `) as unknown as TypedDocumentString<AnalyticsOverviewQuery, AnalyticsOverviewQueryVariables>;
export const ShowToEditDocument = new TypedDocumentString(`
    query ShowToEdit($id: ID!) {
  performance(id: $id) {
    id
    title
    description
    scheduledTime
    endTime
    durationMinutes
    status
    thumbnailUrl
    contentNotes
    accessFeatures
    registrationCount
    series {
      id
      weekday
      localTime
      timeZone
      startsOn
      endsOn
    }
  }
}
    `) as unknown as TypedDocumentString<ShowToEditQuery, ShowToEditQueryVariables>;
export const UpdateShowDocument = new TypedDocumentString(`
    mutation UpdateShow($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope!) {
  updatePerformance(id: $id, input: $input, scope: $scope) {
    __typename
    ... on Performance {
      id
      title
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
    `) as unknown as TypedDocumentString<UpdateShowMutation, UpdateShowMutationVariables>;
export const ShowAnalyticsDocument = new TypedDocumentString(`
    query ShowAnalytics($id: ID!) {
  performance(id: $id) {
    id
    title
    status
    scheduledTime
    endTime
    registrationCount
    recording {
      readyAt
    }
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
  }
}
    `) as unknown as TypedDocumentString<ShowAnalyticsQuery, ShowAnalyticsQueryVariables>;
export const ApplauseTimelineDocument = new TypedDocumentString(`
    query ApplauseTimeline($id: ID!) {
  performance(id: $id) {
    reactionTimeline(bucketSeconds: 30) {
      offsetSeconds
      applause
      fire
      heart
      wow
      total
    }
  }
}
    `) as unknown as TypedDocumentString<ApplauseTimelineQuery, ApplauseTimelineQueryVariables>;
export const BroadcastPanelDocument = new TypedDocumentString(`
    query BroadcastPanel($id: ID!) {
  performance(id: $id) {
    id
    title
    scheduledTime
    endTime
    status
    thumbnailUrl
    registrationCount
    liveAlertRecipientCount
    streamHealth {
      ...StreamHealthFields
    }
    recording {
      durationSeconds
      readyAt
      renditions
    }
    ingest {
      rtmpsUrl
      streamKey
    }
    playback {
      __typename
      ... on Playback {
        hlsUrl
        expiresAt
        live
        heartbeatToken
      }
      ... on Error {
        message
      }
    }
  }
}
    fragment StreamHealthFields on StreamHealth {
  reachable
  connected
  connectedSince
  onAirSeconds
  ingest {
    videoCodec
    audioCodec
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
    at
    advice
  }
  alerts {
    kind
    at
    message
  }
}`) as unknown as TypedDocumentString<BroadcastPanelQuery, BroadcastPanelQueryVariables>;
export const StartShowDocument = new TypedDocumentString(`
    mutation StartShow($id: ID!) {
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
    `) as unknown as TypedDocumentString<StartShowMutation, StartShowMutationVariables>;
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
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UndoGoLiveMutation, UndoGoLiveMutationVariables>;
export const EndShowDocument = new TypedDocumentString(`
    mutation EndShow($id: ID!) {
  endPerformance(id: $id) {
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
    `) as unknown as TypedDocumentString<EndShowMutation, EndShowMutationVariables>;
export const RotateKeyDocument = new TypedDocumentString(`
    mutation RotateKey($id: ID!) {
  rotateStreamKey(performanceId: $id) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RotateKeyMutation, RotateKeyMutationVariables>;
export const BroadcastStatusDocument = new TypedDocumentString(`
    subscription BroadcastStatus($id: ID!) {
  performanceStatus(id: $id) {
    change
    status
    performance {
      id
      recording {
        durationSeconds
        readyAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BroadcastStatusSubscription, BroadcastStatusSubscriptionVariables>;
export const BroadcastViewersDocument = new TypedDocumentString(`
    subscription BroadcastViewers($id: ID!) {
  liveViewerCount(id: $id) {
    viewers
    peak
  }
}
    `) as unknown as TypedDocumentString<BroadcastViewersSubscription, BroadcastViewersSubscriptionVariables>;
export const PreviewPlaybackDocument = new TypedDocumentString(`
    query PreviewPlayback($id: ID!) {
  performance(id: $id) {
    playback {
      __typename
      ... on Playback {
        hlsUrl
        expiresAt
        live
        heartbeatToken
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewPlaybackQuery, PreviewPlaybackQueryVariables>;
export const RecordingArchiveDocument = new TypedDocumentString(`
    query RecordingArchive($id: ID!) {
  performance(id: $id) {
    id
    recording {
      archive {
        status
        progressPercent
        sizeBytes
        checksumSha256
        archivedAt
        downloadUrl
        failureReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordingArchiveQuery, RecordingArchiveQueryVariables>;
export const PollStreamHealthDocument = new TypedDocumentString(`
    query PollStreamHealth($id: ID!) {
  performance(id: $id) {
    streamHealth {
      ...StreamHealthFields
    }
  }
}
    fragment StreamHealthFields on StreamHealth {
  reachable
  connected
  connectedSince
  onAirSeconds
  ingest {
    videoCodec
    audioCodec
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
    at
    advice
  }
  alerts {
    kind
    at
    message
  }
}`) as unknown as TypedDocumentString<PollStreamHealthQuery, PollStreamHealthQueryVariables>;
export const ShowToCancelDocument = new TypedDocumentString(`
    query ShowToCancel($id: ID!) {
  performance(id: $id) {
    id
    title
    scheduledTime
    endTime
    status
    registrationCount
    series {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ShowToCancelQuery, ShowToCancelQueryVariables>;
export const CancelShowDocument = new TypedDocumentString(`
    mutation CancelShow($id: ID!, $scope: SeriesScope!, $message: String) {
  cancelPerformance(id: $id, scope: $scope, message: $message) {
    __typename
    ... on Performance {
      id
      title
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
    `) as unknown as TypedDocumentString<CancelShowMutation, CancelShowMutationVariables>;
export const ShowCaptionsDocument = new TypedDocumentString(`
    query ShowCaptions($id: ID!) {
  performance(id: $id) {
    id
    title
    scheduledTime
    endTime
    status
    recording {
      readyAt
    }
    captions {
      language
      label
      uploadedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ShowCaptionsQuery, ShowCaptionsQueryVariables>;
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
export const ShowRegistrationsDocument = new TypedDocumentString(`
    query ShowRegistrations($id: ID!, $after: String) {
  performance(id: $id) {
    id
    title
    scheduledTime
    endTime
    status
    registrationCount
    registrations(first: 50, after: $after) {
      edges {
        node {
          registeredAt
          viewer {
            id
            name
            email
          }
          notificationPreferences {
            email
            sms
            browser
          }
          watching {
            watchedLive
            watchedReplay
            liveSeconds
            replaySeconds
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShowRegistrationsQuery, ShowRegistrationsQueryVariables>;
export const CreateShowDocument = new TypedDocumentString(`
    mutation CreateShow($input: CreatePerformanceInput!) {
  createPerformance(input: $input) {
    __typename
    ... on Performance {
      id
      title
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
    `) as unknown as TypedDocumentString<CreateShowMutation, CreateShowMutationVariables>;
export const CalendarFeedDocument = new TypedDocumentString(`
    query CalendarFeed($token: String!) {
  siteTimeZone
  calendarFeed(token: $token) {
    reminderMinutesBefore
    performances {
      id
      title
      description
      scheduledTime
      endTime
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email) {
    __typename
    ... on RequestPasswordResetPayload {
      email
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const MyPageDocument = new TypedDocumentString(`
    query MyPage {
  me {
    name
    email
    calendarFeedUrl
    notificationSettings {
      email
      sms
      browser
      phoneNumber
      reminderLeadTimes
      runningLate
      emailUnsubscribed
      smsStopped
      pushSubscriptions {
        id
        label
        createdAt
      }
    }
    upcoming: registrations(when: UPCOMING, first: 100) {
      ...MyRegistration
    }
    past: registrations(when: PAST, first: 20) {
      ...MyRegistration
    }
  }
}
    fragment MyRegistration on Registration {
  registeredAt
  notificationPreferences {
    email
    sms
    browser
  }
  performance {
    id
    title
    scheduledTime
    endTime
    durationMinutes
    status
    thumbnailUrl
    viewerIsRegistered
    registrationCount
    recording {
      readyAt
    }
  }
}`) as unknown as TypedDocumentString<MyPageQuery, MyPageQueryVariables>;
export const UpdateNotificationSettingsDocument = new TypedDocumentString(`
    mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
  updateNotificationSettings(input: $input) {
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
    `) as unknown as TypedDocumentString<
  UpdateNotificationSettingsMutation,
  UpdateNotificationSettingsMutationVariables
>;
export const RemoveBrowserDocument = new TypedDocumentString(`
    mutation RemoveBrowser($id: ID!) {
  removePushSubscription(id: $id) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveBrowserMutation, RemoveBrowserMutationVariables>;
export const AccountPageDocument = new TypedDocumentString(`
    query AccountPage {
  me {
    email
    calendarFeedUrl
  }
}
    `) as unknown as TypedDocumentString<AccountPageQuery, AccountPageQueryVariables>;
export const MyChangePasswordDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyChangePasswordMutation, MyChangePasswordMutationVariables>;
export const MyRequestEmailChangeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyRequestEmailChangeMutation, MyRequestEmailChangeMutationVariables>;
export const MyRotateCalendarFeedDocument = new TypedDocumentString(`
    mutation MyRotateCalendarFeed {
  rotateCalendarFeed {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MyRotateCalendarFeedMutation, MyRotateCalendarFeedMutationVariables>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    __typename
    ... on ConfirmEmailChangePayload {
      email
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password) {
    __typename
    ... on SignInPayload {
      user {
        name
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
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ShowPageDocument = new TypedDocumentString(`
    query ShowPage($id: ID!, $signedIn: Boolean!) {
  performance(id: $id) {
    id
    title
    description
    scheduledTime
    endTime
    durationMinutes
    status
    thumbnailUrl
    contentNotes
    accessFeatures
    registrationCount
    viewerIsRegistered
    viewerRegistration {
      notificationPreferences {
        reminderLeadTimes
        email
        sms
        browser
      }
    }
    cancellationMessage
    series {
      id
      title
      weekday
      localTime
      endsOn
      viewerRegistration {
        registeredAt
      }
    }
    recording {
      readyAt
    }
  }
  me @include(if: $signedIn) {
    notificationSettings {
      reminderLeadTimes
      email
      sms
      browser
      phoneNumber
    }
  }
}
    `) as unknown as TypedDocumentString<ShowPageQuery, ShowPageQueryVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($performanceId: ID!, $preferences: NotificationPreferencesInput!) {
  registerForPerformance(
    performanceId: $performanceId
    notificationPreferences: $preferences
  ) {
    __typename
    ... on Registration {
      performance {
        title
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const RegisterForSeriesDocument = new TypedDocumentString(`
    mutation RegisterForSeries($seriesId: ID!, $preferences: NotificationPreferencesInput!) {
  registerForSeries(seriesId: $seriesId, notificationPreferences: $preferences) {
    __typename
    ... on SeriesRegistration {
      series {
        title
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterForSeriesMutation, RegisterForSeriesMutationVariables>;
export const UnregisterFromSeriesDocument = new TypedDocumentString(`
    mutation UnregisterFromSeries($seriesId: ID!) {
  unregisterFromSeries(seriesId: $seriesId) {
    __typename
    ... on PerformanceSeries {
      title
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UnregisterFromSeriesMutation, UnregisterFromSeriesMutationVariables>;
export const UnregisterDocument = new TypedDocumentString(`
    mutation Unregister($performanceId: ID!) {
  unregisterFromPerformance(performanceId: $performanceId) {
    __typename
    ... on Performance {
      title
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UnregisterMutation, UnregisterMutationVariables>;
export const ShowForCalendarDocument = new TypedDocumentString(`
    query ShowForCalendar($id: ID!) {
  performance(id: $id) {
    id
    title
    description
    scheduledTime
    endTime
    status
  }
}
    `) as unknown as TypedDocumentString<ShowForCalendarQuery, ShowForCalendarQueryVariables>;
export const SeriesForCalendarDocument = new TypedDocumentString(`
    query SeriesForCalendar($id: ID!) {
  performance(id: $id) {
    id
    description
    series {
      id
      title
      weekday
      localTime
      startsOn
      endsOn
      durationMinutes
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesForCalendarQuery, SeriesForCalendarQueryVariables>;
export const WatchPageDocument = new TypedDocumentString(`
    query WatchPage($id: ID!, $signedIn: Boolean!) {
  performance(id: $id) {
    id
    title
    description
    scheduledTime
    endTime
    durationMinutes
    status
    runningLate
    thumbnailUrl
    contentNotes
    accessFeatures
    viewerIsRegistered
    recording {
      durationSeconds
      readyAt
    }
    replayAvailableUntil
    replayStatus
    playback @include(if: $signedIn) {
      __typename
      ... on Playback {
        hlsUrl
        expiresAt
        live
        heartbeatToken
        parts {
          hlsUrl
          durationSeconds
          startedAt
        }
      }
      ... on Error {
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WatchPageQuery, WatchPageQueryVariables>;
export const RegisterToWatchDocument = new TypedDocumentString(`
    mutation RegisterToWatch($performanceId: ID!) {
  registerForPerformance(performanceId: $performanceId) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterToWatchMutation, RegisterToWatchMutationVariables>;
export const WatchStatusDocument = new TypedDocumentString(`
    subscription WatchStatus($id: ID!) {
  performanceStatus(id: $id) {
    change
    status
    performance {
      id
      scheduledTime
      endTime
      runningLate
      recording {
        durationSeconds
        readyAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WatchStatusSubscription, WatchStatusSubscriptionVariables>;
export const WatchViewersDocument = new TypedDocumentString(`
    subscription WatchViewers($id: ID!) {
  liveViewerCount(id: $id) {
    viewers
  }
}
    `) as unknown as TypedDocumentString<WatchViewersSubscription, WatchViewersSubscriptionVariables>;
export const WatchPlaybackDocument = new TypedDocumentString(`
    query WatchPlayback($id: ID!) {
  performance(id: $id) {
    playback {
      __typename
      ... on Playback {
        hlsUrl
        expiresAt
        live
        heartbeatToken
        parts {
          hlsUrl
          durationSeconds
          startedAt
        }
      }
      ... on Error {
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WatchPlaybackQuery, WatchPlaybackQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on SignInPayload {
      user {
        name
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
export const RequestSignInLinkDocument = new TypedDocumentString(`
    mutation RequestSignInLink($email: String!) {
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
    `) as unknown as TypedDocumentString<RequestSignInLinkMutation, RequestSignInLinkMutationVariables>;
export const SignInWithLinkDocument = new TypedDocumentString(`
    mutation SignInWithLink($token: String!) {
  signInWithLink(token: $token) {
    __typename
    ... on SignInPayload {
      user {
        name
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignInWithLinkMutation, SignInWithLinkMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    __typename
    ... on SignInPayload {
      user {
        name
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
