/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
export type CreatePerformanceInput = {
  /** Up to 5000 characters */
  description?: string | null | undefined;
  /** 1 to 720 */
  durationMinutes: number;
  repeatWeekly?: RepeatWeeklyInput | null | undefined;
  scheduledTime: string;
  /** JPEG, PNG, WebP or AVIF, up to 5 MB */
  thumbnail?: File | null | undefined;
  /** 1 to 120 characters */
  title: string;
};

/** Omitted fields take the viewer's notification settings. */
export type NotificationPreferencesInput = {
  browser?: boolean | null | undefined;
  email?: boolean | null | undefined;
  sms?: boolean | null | undefined;
};

/** Only the fields given change. */
export type NotificationSettingsInput = {
  browser?: boolean | null | undefined;
  email?: boolean | null | undefined;
  /** E.164, e.g. +15551234567; empty string removes it */
  phoneNumber?: string | null | undefined;
  /** 5 to 10080 (one week) */
  reminderMinutesBefore?: number | null | undefined;
  /** Needs a phone number */
  sms?: boolean | null | undefined;
};

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

/** Repeat every week on the same weekday at the same local time (in the site's time zone). Give `until` or `occurrences`, or neither for a series that runs on. */
export type RepeatWeeklyInput = {
  /** Number of shows, 2 to 104 */
  occurrences?: number | null | undefined;
  /** Date of the last show (inclusive) */
  until?: string | null | undefined;
};

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

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  email: string;
  /** Shown to organizers */
  name: string;
  /** At least 10 characters */
  password: string;
};

/** Only the fields given change. */
export type UpdatePerformanceInput = {
  description?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  removeThumbnail?: boolean | null | undefined;
  scheduledTime?: string | null | undefined;
  thumbnail?: File | null | undefined;
  title?: string | null | undefined;
};

export type Weekday = "FRIDAY" | "MONDAY" | "SATURDAY" | "SUNDAY" | "THURSDAY" | "TUESDAY" | "WEDNESDAY";

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = { me: { id: string; name: string; email: string; role: Role } | null };

export type CalendarShowsQueryVariables = Exact<{
  from: string;
  to: string;
  after?: string | null | undefined;
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
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

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
}>;

export type CancelShowMutation = {
  cancelPerformance:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "IllegalTransitionError"; message: string }
    | { __typename: "NotFoundError"; message: string }
    | { __typename: "Performance"; id: string; title: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
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

export type MyPageQueryVariables = Exact<{ [key: string]: never }>;

export type MyPageQuery = {
  me: {
    name: string;
    email: string;
    notificationSettings: {
      email: boolean;
      sms: boolean;
      browser: boolean;
      phoneNumber: string | null;
      reminderMinutesBefore: number;
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
    registrationCount: number;
    viewerIsRegistered: boolean;
    series: { id: string } | null;
  } | null;
  me?: {
    notificationSettings: { email: boolean; sms: boolean; browser: boolean; phoneNumber: string | null } | null;
    registrations: Array<{
      performance: { id: string } | null;
      notificationPreferences: { email: boolean; sms: boolean; browser: boolean };
    }> | null;
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
    | { __typename: "Registration"; performance: { title: string } | null }
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

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidCredentialsError"; message: string }
    | { __typename: "SignInPayload"; user: { name: string } }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
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
export const CalendarShowsDocument = new TypedDocumentString(`
    query CalendarShows($from: DateTime!, $to: DateTime!, $after: String) {
  performances(from: $from, to: $to, first: 100, after: $after) {
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
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarShowsQuery, CalendarShowsQueryVariables>;
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
    mutation CancelShow($id: ID!, $scope: SeriesScope!) {
  cancelPerformance(id: $id, scope: $scope) {
    __typename
    ... on Performance {
      id
      title
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CancelShowMutation, CancelShowMutationVariables>;
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
export const MyPageDocument = new TypedDocumentString(`
    query MyPage {
  me {
    name
    email
    notificationSettings {
      email
      sms
      browser
      phoneNumber
      reminderMinutesBefore
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
    registrationCount
    viewerIsRegistered
    series {
      id
    }
  }
  me @include(if: $signedIn) {
    notificationSettings {
      email
      sms
      browser
      phoneNumber
    }
    registrations(first: 200) {
      performance {
        id
      }
      notificationPreferences {
        email
        sms
        browser
      }
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
