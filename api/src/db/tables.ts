import type { Generated, GeneratedAlways, Insertable, Selectable, Updateable } from "kysely";

/** Kysely's view of the D1 schema in migrations/. Times are ISO 8601 UTC strings. */
export interface Tables {
  users: UsersTable;
  sessions: SessionsTable;
  external_identities: ExternalIdentitiesTable;
  performance_series: PerformanceSeriesTable;
  performances: PerformancesTable;
  performance_viewers: PerformanceViewersTable;
  performance_analytics: PerformanceAnalyticsTable;
  notification_settings: NotificationSettingsTable;
  processed_webhook_events: ProcessedWebhookEventsTable;
  viewer_sessions: ViewerSessionsTable;
  viewer_count_samples: ViewerCountSamplesTable;
  notification_deliveries: NotificationDeliveriesTable;
  outbox_messages: OutboxMessagesTable;
  live_input_errors: LiveInputErrorsTable;
  organizer_alerts: OrganizerAlertsTable;
  account_links: AccountLinksTable;
  series_registrations: SeriesRegistrationsTable;
  calendar_feeds: CalendarFeedsTable;
  recording_archives: RecordingArchivesTable;
  push_subscriptions: PushSubscriptionsTable;
  performance_running_late: PerformanceRunningLateTable;
  performance_recordings: PerformanceRecordingsTable;
  recording_captions: RecordingCaptionsTable;
  chat_messages: ChatMessagesTable;
  chat_settings: ChatSettingsTable;
  chat_mutes: ChatMutesTable;
  chat_bans: ChatBansTable;
  chat_moderators: ChatModeratorsTable;
  reaction_seconds: ReactionSecondsTable;
}

export type Role = "VIEWER" | "ORGANIZER";

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: Generated<Role>;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
}
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface ExternalIdentitiesTable {
  issuer: string;
  subject: string;
  user_id: string;
  created_at: string;
}

export interface PerformanceSeriesTable {
  id: string;
  title: string;
  description: Generated<string>;
  duration_minutes: number;
  thumbnail_key: string | null;
  time_zone: string;
  /** ISO weekday, 1 = Monday */
  weekday: number;
  /** "HH:MM" wall-clock time in time_zone */
  local_time: string;
  /** local date of the first occurrence */
  starts_on: string;
  /** local date of the last occurrence; null while the series runs on */
  ends_on: string | null;
  /** local date of the last occurrence written to performances */
  materialized_until: string;
  /** copied to each occurrence; null follows the site default */
  replay_window_hours: Generated<number | null>;
  /** JSON array of ContentNote names, inherited by new occurrences */
  content_notes: Generated<string>;
  /** JSON array of AccessFeature names, inherited by new occurrences */
  access_features: Generated<string>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
export type SeriesRow = Selectable<PerformanceSeriesTable>;
export type NewSeriesRow = Insertable<PerformanceSeriesTable>;

export type PerformanceStatus = "SCHEDULED" | "GOING_LIVE" | "LIVE" | "INTERRUPTED" | "ENDED" | "CANCELLED";

export interface PerformancesTable {
  id: string;
  title: string;
  description: Generated<string>;
  scheduled_time: string;
  duration_minutes: number;
  status: Generated<PerformanceStatus>;
  thumbnail_key: string | null;
  series_id: string | null;
  occurrence_date: string | null;
  live_input_id: string | null;
  recording_video_id: string | null;
  started_at: string | null;
  ended_at: string | null;
  cancelled_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  live_status_updated_at: string | null;
  interrupted_at: string | null;
  recording_duration_seconds: number | null;
  recording_ready_at: string | null;
  /** Set before asking Stream for a live input; an input with this show's meta may exist while live_input_id is null */
  live_input_requested_at: string | null;
  /** What the circus told the fans when it cancelled the show */
  cancellation_message: string | null;
  /** Hours the replay stays open after the show ends (0: no replay); null follows the site default */
  replay_window_hours: Generated<number | null>;
  /** When every recording of the ended show was ready or had failed */
  replay_ready_at: Generated<string | null>;
  /** JSON array of ContentNote names */
  content_notes: Generated<string>;
  /** JSON array of AccessFeature names */
  access_features: Generated<string>;
  /** generated: scheduled_time + duration_minutes */
  end_time: GeneratedAlways<string>;
}
export type PerformanceRow = Selectable<PerformancesTable>;
export type NewPerformanceRow = Insertable<PerformancesTable>;
export type PerformanceUpdate = Updateable<PerformancesTable>;

export interface PerformanceViewersTable {
  performance_id: string;
  user_id: string;
  /** JSON of NotificationPreferences */
  notification_preferences: Generated<string>;
  registered_at: string;
}
export type RegistrationRow = Selectable<PerformanceViewersTable>;

export interface PerformanceAnalyticsTable {
  performance_id: string;
  peak_concurrent_viewers: number;
  total_views: number;
  unique_viewers: number;
  average_watch_seconds: number;
  computed_at: string;
  registered: number;
  watched_live: number;
  watched_replay: number;
  no_show: number;
  /** When the retention job deleted the show's viewing sessions; the summary is final from then on */
  sessions_purged_at: string | null;
}
export type PerformanceAnalyticsRow = Selectable<PerformanceAnalyticsTable>;

export interface NotificationSettingsTable {
  user_id: string;
  email: number;
  sms: number;
  browser: number;
  phone_number: string | null;
  reminder_minutes_before: number;
  updated_at: string;
  /** JSON array of minutes before a show, e.g. [1440,60] */
  reminder_lead_minutes: Generated<string>;
  time_zone: string | null;
  running_late: Generated<number>;
  email_unsubscribed_at: string | null;
  sms_stopped_at: string | null;
}
export type NotificationSettingsRow = Selectable<NotificationSettingsTable>;

export interface ProcessedWebhookEventsTable {
  id: string;
  received_at: string;
}

export type ViewingMode = "LIVE" | "REPLAY";

export interface ViewerSessionsTable {
  id: string;
  performance_id: string;
  user_id: string;
  mode: ViewingMode;
  country: string | null;
  started_at: string;
  last_seen_at: string;
  watched_seconds: number;
  max_position_seconds: number;
}
export type NewViewerSessionRow = Insertable<ViewerSessionsTable>;

export interface ViewerCountSamplesTable {
  performance_id: string;
  at: string;
  viewers: number;
}

export type NotificationKind = "REMINDER" | "LIVE" | "CANCELLED" | "RESCHEDULED" | "RUNNING_LATE" | "REPLAY_READY";
export type NotificationChannel = "EMAIL" | "SMS" | "PUSH";
export type DeliveryStatus = "PLANNED" | "QUEUED" | "SENDING" | "SENT" | "FAILED" | "SKIPPED";

export interface NotificationDeliveriesTable {
  id: string;
  performance_id: string;
  user_id: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  occasion: Generated<string>;
  lead_minutes: Generated<number>;
  send_at: string;
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  claimed_at: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface OutboxMessagesTable {
  id: string;
  delivery_id: string | null;
  channel: NotificationChannel;
  recipient: string;
  subject: string | null;
  body: string;
  html: string | null;
  /** JSON object of the headers sent */
  headers: string | null;
  created_at: string;
}

export interface LiveInputErrorsTable {
  id: string;
  performance_id: string;
  live_input_id: string;
  /** Cloudflare's code, e.g. ERR_GOP_OUT_OF_RANGE */
  code: string;
  message: Generated<string>;
  occurred_at: string;
  received_at: string;
}
export type LiveInputErrorRow = Selectable<LiveInputErrorsTable>;

export type OrganizerAlertKind = "FEED_DROPPED" | "NO_FEED" | "NOT_HELD";

export interface OrganizerAlertsTable {
  id: string;
  performance_id: string;
  kind: OrganizerAlertKind;
  /** When the feed dropped, or the scheduled time that passed without a feed */
  occasion: string;
  created_at: string;
  emailed_at: string | null;
  email_attempts: Generated<number>;
  email_claimed_at: string | null;
  last_error: string | null;
}
export type OrganizerAlertRow = Selectable<OrganizerAlertsTable>;
export type AccountLinkPurpose = "PASSWORD_RESET" | "SIGN_IN" | "EMAIL_CHANGE";

export interface AccountLinksTable {
  id: string;
  user_id: string;
  purpose: AccountLinkPurpose;
  /** The address the link was sent to (the new one, for an email change) */
  email: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
export type AccountLinkRow = Selectable<AccountLinksTable>;

export interface SeriesRegistrationsTable {
  series_id: string;
  user_id: string;
  /** JSON of NotificationPreferences, copied to each occurrence's registration */
  notification_preferences: string;
  registered_at: string;
}
export type SeriesRegistrationRow = Selectable<SeriesRegistrationsTable>;

export interface CalendarFeedsTable {
  user_id: string;
  feed_id: string;
  created_at: string;
}
export type ArchiveStatus = "PENDING" | "ARCHIVING" | "ARCHIVED" | "RETRYING" | "FAILED";

export interface RecordingArchivesTable {
  video_id: string;
  performance_id: string;
  status: Generated<ArchiveStatus>;
  r2_key: string;
  upload_id: string | null;
  download_percent: Generated<number>;
  bytes_copied: Generated<number>;
  bytes_total: number | null;
  size_bytes: number | null;
  sha256: string | null;
  failed_attempts: Generated<number>;
  /** How many times the sweep gave a FAILED archive a fresh set of attempts */
  revivals: Generated<number>;
  last_error: string | null;
  claimed_at: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}
export type RecordingArchiveRow = Selectable<RecordingArchivesTable>;
export type RecordingArchiveUpdate = Updateable<RecordingArchivesTable>;
export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  label: string;
  created_at: string;
  last_used_at: string | null;
}
export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;

export interface PerformanceRunningLateTable {
  performance_id: string;
  scheduled_time: string;
  noticed_at: string;
}
export interface PerformanceRecordingsTable {
  video_id: string;
  performance_id: string;
  state: "READY" | "FAILED";
  /** when Stream began the recording: the replay's order */
  recorded_at: string;
  duration_seconds: Generated<number>;
  /** JSON list of rendition heights, highest first */
  renditions: Generated<string>;
  error_code: string | null;
  reported_at: string;
}
export type RecordingRow = Selectable<PerformanceRecordingsTable>;
export interface RecordingCaptionsTable {
  performance_id: string;
  /** BCP 47 tag, e.g. en or pt-BR */
  language: string;
  /** The track's name in players, e.g. English */
  label: string;
  uploaded_at: string;
}
export type RecordingCaptionRow = Selectable<RecordingCaptionsTable>;
export type ChatAuthorRole = "ORGANIZER" | "MODERATOR" | "FAN";

export interface ChatMessagesTable {
  id: string;
  performance_id: string;
  /** The order the show's hub gave the message */
  seq: number;
  user_id: string;
  author_name: string;
  author_role: ChatAuthorRole;
  body: string;
  posted_at: string;
  /** Seconds from the show's start */
  offset_seconds: number;
  removed_at: string | null;
  removed_by: string | null;
}
export type ChatMessageRow = Selectable<ChatMessagesTable>;

export interface ChatSettingsTable {
  performance_id: string;
  slow_mode_seconds: number;
  closed_at: string | null;
  updated_at: string;
}

export interface ChatMutesTable {
  performance_id: string;
  user_id: string;
  muted_by: string;
  muted_at: string;
}

export interface ChatBansTable {
  user_id: string;
  banned_by: string;
  banned_at: string;
}

export interface ChatModeratorsTable {
  performance_id: string;
  user_id: string;
  added_by: string;
  added_at: string;
}

export interface ReactionSecondsTable {
  performance_id: string;
  offset_second: number;
  applause: number;
  fire: number;
  heart: number;
  wow: number;
}
export type ReactionSecondRow = Selectable<ReactionSecondsTable>;
