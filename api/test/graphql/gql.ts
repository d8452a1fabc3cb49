/* eslint-disable */
import * as types from "./graphql";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n        expiresAt\n        user {\n          id\n          email\n          name\n          role\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SignUpDocument;
  "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n        user {\n          id\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SignInDocument;
  "\n  mutation SignOut($everywhere: Boolean) {\n    signOut(everywhere: $everywhere) {\n      __typename\n      ... on SignOutPayload {\n        signedOut\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SignOutDocument;
  "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument;
  "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.MeDocument;
  "\n  query MeFromIdentityProvider {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.MeFromIdentityProviderDocument;
  "\n  query HeartbeatGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n": typeof types.HeartbeatGrantDocument;
  "\n  mutation EndShowForAnalytics($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.EndShowForAnalyticsDocument;
  "\n  query ShowAnalytics($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n        countries {\n          country\n          viewers\n        }\n        funnel {\n          registered\n          watchedLive\n          watchedReplay\n          noShow\n        }\n        viewersOverTime {\n          viewers\n        }\n      }\n    }\n  }\n": typeof types.ShowAnalyticsDocument;
  "\n  query AnalyticsRange($from: DateTime, $to: DateTime) {\n    performanceAnalytics(from: $from, to: $to) {\n      performance {\n        id\n      }\n      peakConcurrentViewers\n      uniqueViewers\n      funnel {\n        registered\n        noShow\n      }\n    }\n    analyticsReport(from: $from, to: $to) {\n      shows\n      registered\n      noShow\n    }\n  }\n": typeof types.AnalyticsRangeDocument;
  "\n  mutation RefreshAnalytics($id: ID!) {\n    refreshPerformanceAnalytics(performanceId: $id) {\n      __typename\n      ... on PerformanceAnalytics {\n        uniqueViewers\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RefreshAnalyticsDocument;
  "\n  query Ingest($id: ID!) {\n    performance(id: $id) {\n      id\n      ingest {\n        rtmpsUrl\n        streamKey\n      }\n    }\n  }\n": typeof types.IngestDocument;
  "\n  mutation RotateKey($id: ID!) {\n    rotateStreamKey(performanceId: $id) {\n      __typename\n      ... on Ingest {\n        rtmpsUrl\n        streamKey\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RotateKeyDocument;
  "\n  mutation CancelWithInput($id: ID!) {\n    cancelPerformance(id: $id) {\n      __typename\n    }\n  }\n": typeof types.CancelWithInputDocument;
  "\n  mutation Start($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.StartDocument;
  "\n  mutation End($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.EndDocument;
  "\n  query Playback($id: ID!) {\n    performance(id: $id) {\n      status\n      recording {\n        durationSeconds\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n": typeof types.PlaybackDocument;
  "\n  mutation ChatSend($performanceId: ID!, $body: String!) {\n    sendChatMessage(performanceId: $performanceId, body: $body) {\n      __typename\n      ... on ChatMessage {\n        id\n        authorId\n        authorName\n        authorRole\n        body\n        linksClickable\n        offsetSeconds\n      }\n      ... on ChatUnavailableError {\n        reason\n        message\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.ChatSendDocument;
  "\n  query ChatHistory($performanceId: ID!, $first: Int, $after: String) {\n    chatMessages(performanceId: $performanceId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          body\n          authorName\n          offsetSeconds\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ChatHistoryDocument;
  "\n  subscription ChatEventsOfShow($performanceId: ID!) {\n    chatEvents(performanceId: $performanceId) {\n      kind\n      message {\n        id\n        body\n        authorName\n      }\n      removedMessageId\n      viewerId\n      reactions {\n        applause\n        heart\n        total\n      }\n      chat {\n        viewerCanWrite\n        viewerWriteBlock\n        viewerCanModerate\n        viewerMuted\n        slowModeSeconds\n        closed\n      }\n    }\n  }\n": typeof types.ChatEventsOfShowDocument;
  "\n  mutation ChatRemove($performanceId: ID!, $messageId: ID!) {\n    removeChatMessage(performanceId: $performanceId, messageId: $messageId) {\n      __typename\n      ... on RemoveChatMessagePayload {\n        messageId\n      }\n    }\n  }\n": typeof types.ChatRemoveDocument;
  "\n  mutation ChatMute($performanceId: ID!, $viewerId: ID!, $muted: Boolean) {\n    muteChatViewer(performanceId: $performanceId, viewerId: $viewerId, muted: $muted) {\n      __typename\n      ... on ChatParticipant {\n        muted\n      }\n    }\n  }\n": typeof types.ChatMuteDocument;
  "\n  mutation ChatBanViewer($viewerId: ID!, $banned: Boolean) {\n    banChatViewer(viewerId: $viewerId, banned: $banned) {\n      __typename\n      ... on ChatBan {\n        banned\n      }\n    }\n  }\n": typeof types.ChatBanViewerDocument;
  "\n  mutation ChatMakeModerator($performanceId: ID!, $viewerId: ID!, $moderator: Boolean) {\n    setChatModerator(performanceId: $performanceId, viewerId: $viewerId, moderator: $moderator) {\n      __typename\n      ... on ChatParticipant {\n        moderator\n      }\n    }\n  }\n": typeof types.ChatMakeModeratorDocument;
  "\n  mutation ChatSlowMode($performanceId: ID!, $seconds: Int!) {\n    setChatSlowMode(performanceId: $performanceId, seconds: $seconds) {\n      __typename\n      ... on Chat {\n        slowModeSeconds\n      }\n      ... on ValidationError {\n        issues {\n          path\n        }\n      }\n    }\n  }\n": typeof types.ChatSlowModeDocument;
  "\n  mutation ChatClose($performanceId: ID!, $closed: Boolean!) {\n    setChatClosed(performanceId: $performanceId, closed: $closed) {\n      __typename\n      ... on Chat {\n        closed\n        viewerCanWrite\n      }\n    }\n  }\n": typeof types.ChatCloseDocument;
  "\n  mutation ChatReact($performanceId: ID!, $kind: ReactionKind!) {\n    sendReaction(performanceId: $performanceId, kind: $kind) {\n      __typename\n      ... on SendReactionPayload {\n        kind\n      }\n      ... on ChatUnavailableError {\n        reason\n      }\n    }\n  }\n": typeof types.ChatReactDocument;
  "\n  query ReactionTimelineOfShow($id: ID!) {\n    performance(id: $id) {\n      reactionTimeline(bucketSeconds: 3600) {\n        offsetSeconds\n        applause\n        heart\n        total\n      }\n      chat {\n        viewerCanModerate\n      }\n    }\n  }\n": typeof types.ReactionTimelineOfShowDocument;
  "\n  mutation CancelShowForAlerts($id: ID!) {\n    cancelPerformance(id: $id) {\n      __typename\n    }\n  }\n": typeof types.CancelShowForAlertsDocument;
  "\n  mutation MoveShowForAlerts($id: ID!, $input: UpdatePerformanceInput!) {\n    updatePerformance(id: $id, input: $input) {\n      __typename\n    }\n  }\n": typeof types.MoveShowForAlertsDocument;
  "\n  mutation CreatePerformance($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        title\n        description\n        scheduledTime\n        endTime\n        durationMinutes\n        status\n        thumbnailUrl\n        series {\n          id\n          weekday\n          localTime\n          timeZone\n          endsOn\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.CreatePerformanceDocument;
  "\n  mutation UpdatePerformance($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) {\n    updatePerformance(id: $id, input: $input, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        title\n        scheduledTime\n        durationMinutes\n        thumbnailUrl\n        series {\n          id\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UpdatePerformanceDocument;
  "\n  mutation CancelPerformance($id: ID!, $scope: SeriesScope) {\n    cancelPerformance(id: $id, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        status\n        cancelledAt\n      }\n      ... on IllegalTransitionError {\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.CancelPerformanceDocument;
  "\n  query Performances($from: DateTime, $to: DateTime, $first: Int, $after: String, $status: [PerformanceStatus!]) {\n    performances(from: $from, to: $to, first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          scheduledTime\n          status\n          registrationCount\n          viewerIsRegistered\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PerformancesDocument;
  "\n  mutation RegisterForCount($performanceId: ID!) {\n    registerForPerformance(performanceId: $performanceId) {\n      __typename\n    }\n  }\n": typeof types.RegisterForCountDocument;
  "\n  subscription PerformanceStatusUpdates($id: ID!) {\n    performanceStatus(id: $id) {\n      change\n      status\n      performance {\n        id\n        title\n        scheduledTime\n      }\n    }\n  }\n": typeof types.PerformanceStatusUpdatesDocument;
  "\n  subscription ViewerCountUpdates($id: ID!) {\n    liveViewerCount(id: $id) {\n      viewers\n      peak\n    }\n  }\n": typeof types.ViewerCountUpdatesDocument;
  "\n  subscription ScheduleUpdates {\n    scheduleChanged {\n      change\n      performance {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ScheduleUpdatesDocument;
  "\n  mutation RescheduleForSubscription($id: ID!, $input: UpdatePerformanceInput!) {\n    updatePerformance(id: $id, input: $input) {\n      __typename\n    }\n  }\n": typeof types.RescheduleForSubscriptionDocument;
  "\n  mutation CreateForSchedule($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n      }\n    }\n  }\n": typeof types.CreateForScheduleDocument;
  "\n  mutation CreateShowForRegistration($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n      }\n    }\n  }\n": typeof types.CreateShowForRegistrationDocument;
  "\n  mutation Register($performanceId: ID!, $notificationPreferences: NotificationPreferencesInput) {\n    registerForPerformance(performanceId: $performanceId, notificationPreferences: $notificationPreferences) {\n      __typename\n      ... on Registration {\n        registeredAt\n        notificationPreferences {\n          email\n          sms\n          browser\n        }\n        performance {\n          id\n          registrationCount\n          viewerIsRegistered\n        }\n        viewer {\n          id\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RegisterDocument;
  "\n  mutation Unregister($performanceId: ID!) {\n    unregisterFromPerformance(performanceId: $performanceId) {\n      __typename\n      ... on Performance {\n        id\n        registrationCount\n        viewerIsRegistered\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UnregisterDocument;
  "\n  query MyRegistrations($when: RegistrationWhen) {\n    me {\n      registrations(when: $when) {\n        performance {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyRegistrationsDocument;
  "\n  query ShowRegistrations($id: ID!) {\n    performance(id: $id) {\n      id\n      registrationCount\n      registrations(first: 10) {\n        edges {\n          node {\n            viewer {\n              name\n              email\n            }\n            notificationPreferences {\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ShowRegistrationsDocument;
  "\n  query ViewerRegistration($id: ID!) {\n    performance(id: $id) {\n      viewerRegistration {\n        notificationPreferences {\n          email\n          sms\n          browser\n        }\n      }\n    }\n  }\n": typeof types.ViewerRegistrationDocument;
  "\n  mutation UpdateSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      __typename\n      ... on NotificationSettings {\n        email\n        sms\n        browser\n        phoneNumber\n        reminderMinutesBefore\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UpdateSettingsDocument;
  "\n  query WhoWatched($id: ID!) {\n    performance(id: $id) {\n      registrations(first: 10) {\n        edges {\n          node {\n            viewer {\n              email\n            }\n            watching {\n              watchedLive\n              watchedReplay\n              liveSeconds\n              replaySeconds\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WhoWatchedDocument;
  "\n  query MyWatching {\n    me {\n      registrations(when: UPCOMING) {\n        performance {\n          id\n        }\n        watching {\n          watchedLive\n          liveSeconds\n        }\n      }\n    }\n  }\n": typeof types.MyWatchingDocument;
  "\n  query RetainedFigures($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n        funnel {\n          watchedLive\n        }\n      }\n    }\n  }\n": typeof types.RetainedFiguresDocument;
  "\n  mutation RefreshRetainedFigures($id: ID!) {\n    refreshPerformanceAnalytics(performanceId: $id) {\n      __typename\n      ... on PerformanceAnalytics {\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n      }\n    }\n  }\n": typeof types.RefreshRetainedFiguresDocument;
  "\n  query AttackIngest($id: ID!) {\n    performance(id: $id) {\n      ingest {\n        streamKey\n      }\n    }\n  }\n": typeof types.AttackIngestDocument;
  "\n  mutation AttackStart($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.AttackStartDocument;
  "\n  mutation AttackRotate($id: ID!) {\n    rotateStreamKey(performanceId: $id) {\n      __typename\n      ... on Ingest {\n        streamKey\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.AttackRotateDocument;
  "\n  query AttackHeartbeatGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n": typeof types.AttackHeartbeatGrantDocument;
  "\n  mutation AttackSignOut {\n    signOut {\n      __typename\n      ... on SignOutPayload {\n        signedOut\n      }\n    }\n  }\n": typeof types.AttackSignOutDocument;
  "\n  mutation AttackEnd($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n    }\n  }\n": typeof types.AttackEndDocument;
  "\n  query AttackRegistrations($id: ID!, $first: Int, $after: String) {\n    performance(id: $id) {\n      registrationCount\n      registrations(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            viewer {\n              name\n            }\n            watching {\n              liveSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AttackRegistrationsDocument;
  "\n  query AttackManyShows($from: DateTime, $middle: DateTime, $to: DateTime) {\n    early: performances(from: $from, to: $middle, first: 100) {\n      edges {\n        node {\n          id\n          registrationCount\n          viewerIsRegistered\n          series {\n            id\n          }\n        }\n      }\n    }\n    late: performances(from: $middle, to: $to, first: 100) {\n      edges {\n        node {\n          id\n          registrationCount\n          viewerIsRegistered\n          series {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AttackManyShowsDocument;
  "\n  mutation FixtureSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n      }\n    }\n  }\n": typeof types.FixtureSignInDocument;
};
const documents: Documents = {
  "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n        expiresAt\n        user {\n          id\n          email\n          name\n          role\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.SignUpDocument,
  "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n        user {\n          id\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.SignInDocument,
  "\n  mutation SignOut($everywhere: Boolean) {\n    signOut(everywhere: $everywhere) {\n      __typename\n      ... on SignOutPayload {\n        signedOut\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.SignOutDocument,
  "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.ChangePasswordDocument,
  "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": types.MeDocument,
  "\n  query MeFromIdentityProvider {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n":
    types.MeFromIdentityProviderDocument,
  "\n  query HeartbeatGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n":
    types.HeartbeatGrantDocument,
  "\n  mutation EndShowForAnalytics($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.EndShowForAnalyticsDocument,
  "\n  query ShowAnalytics($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n        countries {\n          country\n          viewers\n        }\n        funnel {\n          registered\n          watchedLive\n          watchedReplay\n          noShow\n        }\n        viewersOverTime {\n          viewers\n        }\n      }\n    }\n  }\n":
    types.ShowAnalyticsDocument,
  "\n  query AnalyticsRange($from: DateTime, $to: DateTime) {\n    performanceAnalytics(from: $from, to: $to) {\n      performance {\n        id\n      }\n      peakConcurrentViewers\n      uniqueViewers\n      funnel {\n        registered\n        noShow\n      }\n    }\n    analyticsReport(from: $from, to: $to) {\n      shows\n      registered\n      noShow\n    }\n  }\n":
    types.AnalyticsRangeDocument,
  "\n  mutation RefreshAnalytics($id: ID!) {\n    refreshPerformanceAnalytics(performanceId: $id) {\n      __typename\n      ... on PerformanceAnalytics {\n        uniqueViewers\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.RefreshAnalyticsDocument,
  "\n  query Ingest($id: ID!) {\n    performance(id: $id) {\n      id\n      ingest {\n        rtmpsUrl\n        streamKey\n      }\n    }\n  }\n":
    types.IngestDocument,
  "\n  mutation RotateKey($id: ID!) {\n    rotateStreamKey(performanceId: $id) {\n      __typename\n      ... on Ingest {\n        rtmpsUrl\n        streamKey\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.RotateKeyDocument,
  "\n  mutation CancelWithInput($id: ID!) {\n    cancelPerformance(id: $id) {\n      __typename\n    }\n  }\n":
    types.CancelWithInputDocument,
  "\n  mutation Start($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.StartDocument,
  "\n  mutation End($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.EndDocument,
  "\n  query Playback($id: ID!) {\n    performance(id: $id) {\n      status\n      recording {\n        durationSeconds\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n":
    types.PlaybackDocument,
  "\n  mutation ChatSend($performanceId: ID!, $body: String!) {\n    sendChatMessage(performanceId: $performanceId, body: $body) {\n      __typename\n      ... on ChatMessage {\n        id\n        authorId\n        authorName\n        authorRole\n        body\n        linksClickable\n        offsetSeconds\n      }\n      ... on ChatUnavailableError {\n        reason\n        message\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.ChatSendDocument,
  "\n  query ChatHistory($performanceId: ID!, $first: Int, $after: String) {\n    chatMessages(performanceId: $performanceId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          body\n          authorName\n          offsetSeconds\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":
    types.ChatHistoryDocument,
  "\n  subscription ChatEventsOfShow($performanceId: ID!) {\n    chatEvents(performanceId: $performanceId) {\n      kind\n      message {\n        id\n        body\n        authorName\n      }\n      removedMessageId\n      viewerId\n      reactions {\n        applause\n        heart\n        total\n      }\n      chat {\n        viewerCanWrite\n        viewerWriteBlock\n        viewerCanModerate\n        viewerMuted\n        slowModeSeconds\n        closed\n      }\n    }\n  }\n":
    types.ChatEventsOfShowDocument,
  "\n  mutation ChatRemove($performanceId: ID!, $messageId: ID!) {\n    removeChatMessage(performanceId: $performanceId, messageId: $messageId) {\n      __typename\n      ... on RemoveChatMessagePayload {\n        messageId\n      }\n    }\n  }\n":
    types.ChatRemoveDocument,
  "\n  mutation ChatMute($performanceId: ID!, $viewerId: ID!, $muted: Boolean) {\n    muteChatViewer(performanceId: $performanceId, viewerId: $viewerId, muted: $muted) {\n      __typename\n      ... on ChatParticipant {\n        muted\n      }\n    }\n  }\n":
    types.ChatMuteDocument,
  "\n  mutation ChatBanViewer($viewerId: ID!, $banned: Boolean) {\n    banChatViewer(viewerId: $viewerId, banned: $banned) {\n      __typename\n      ... on ChatBan {\n        banned\n      }\n    }\n  }\n":
    types.ChatBanViewerDocument,
  "\n  mutation ChatMakeModerator($performanceId: ID!, $viewerId: ID!, $moderator: Boolean) {\n    setChatModerator(performanceId: $performanceId, viewerId: $viewerId, moderator: $moderator) {\n      __typename\n      ... on ChatParticipant {\n        moderator\n      }\n    }\n  }\n":
    types.ChatMakeModeratorDocument,
  "\n  mutation ChatSlowMode($performanceId: ID!, $seconds: Int!) {\n    setChatSlowMode(performanceId: $performanceId, seconds: $seconds) {\n      __typename\n      ... on Chat {\n        slowModeSeconds\n      }\n      ... on ValidationError {\n        issues {\n          path\n        }\n      }\n    }\n  }\n":
    types.ChatSlowModeDocument,
  "\n  mutation ChatClose($performanceId: ID!, $closed: Boolean!) {\n    setChatClosed(performanceId: $performanceId, closed: $closed) {\n      __typename\n      ... on Chat {\n        closed\n        viewerCanWrite\n      }\n    }\n  }\n":
    types.ChatCloseDocument,
  "\n  mutation ChatReact($performanceId: ID!, $kind: ReactionKind!) {\n    sendReaction(performanceId: $performanceId, kind: $kind) {\n      __typename\n      ... on SendReactionPayload {\n        kind\n      }\n      ... on ChatUnavailableError {\n        reason\n      }\n    }\n  }\n":
    types.ChatReactDocument,
  "\n  query ReactionTimelineOfShow($id: ID!) {\n    performance(id: $id) {\n      reactionTimeline(bucketSeconds: 3600) {\n        offsetSeconds\n        applause\n        heart\n        total\n      }\n      chat {\n        viewerCanModerate\n      }\n    }\n  }\n":
    types.ReactionTimelineOfShowDocument,
  "\n  mutation CancelShowForAlerts($id: ID!) {\n    cancelPerformance(id: $id) {\n      __typename\n    }\n  }\n":
    types.CancelShowForAlertsDocument,
  "\n  mutation MoveShowForAlerts($id: ID!, $input: UpdatePerformanceInput!) {\n    updatePerformance(id: $id, input: $input) {\n      __typename\n    }\n  }\n":
    types.MoveShowForAlertsDocument,
  "\n  mutation CreatePerformance($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        title\n        description\n        scheduledTime\n        endTime\n        durationMinutes\n        status\n        thumbnailUrl\n        series {\n          id\n          weekday\n          localTime\n          timeZone\n          endsOn\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.CreatePerformanceDocument,
  "\n  mutation UpdatePerformance($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) {\n    updatePerformance(id: $id, input: $input, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        title\n        scheduledTime\n        durationMinutes\n        thumbnailUrl\n        series {\n          id\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.UpdatePerformanceDocument,
  "\n  mutation CancelPerformance($id: ID!, $scope: SeriesScope) {\n    cancelPerformance(id: $id, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        status\n        cancelledAt\n      }\n      ... on IllegalTransitionError {\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.CancelPerformanceDocument,
  "\n  query Performances($from: DateTime, $to: DateTime, $first: Int, $after: String, $status: [PerformanceStatus!]) {\n    performances(from: $from, to: $to, first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          scheduledTime\n          status\n          registrationCount\n          viewerIsRegistered\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":
    types.PerformancesDocument,
  "\n  mutation RegisterForCount($performanceId: ID!) {\n    registerForPerformance(performanceId: $performanceId) {\n      __typename\n    }\n  }\n":
    types.RegisterForCountDocument,
  "\n  subscription PerformanceStatusUpdates($id: ID!) {\n    performanceStatus(id: $id) {\n      change\n      status\n      performance {\n        id\n        title\n        scheduledTime\n      }\n    }\n  }\n":
    types.PerformanceStatusUpdatesDocument,
  "\n  subscription ViewerCountUpdates($id: ID!) {\n    liveViewerCount(id: $id) {\n      viewers\n      peak\n    }\n  }\n":
    types.ViewerCountUpdatesDocument,
  "\n  subscription ScheduleUpdates {\n    scheduleChanged {\n      change\n      performance {\n        id\n        title\n      }\n    }\n  }\n":
    types.ScheduleUpdatesDocument,
  "\n  mutation RescheduleForSubscription($id: ID!, $input: UpdatePerformanceInput!) {\n    updatePerformance(id: $id, input: $input) {\n      __typename\n    }\n  }\n":
    types.RescheduleForSubscriptionDocument,
  "\n  mutation CreateForSchedule($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n      }\n    }\n  }\n":
    types.CreateForScheduleDocument,
  "\n  mutation CreateShowForRegistration($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n      }\n    }\n  }\n":
    types.CreateShowForRegistrationDocument,
  "\n  mutation Register($performanceId: ID!, $notificationPreferences: NotificationPreferencesInput) {\n    registerForPerformance(performanceId: $performanceId, notificationPreferences: $notificationPreferences) {\n      __typename\n      ... on Registration {\n        registeredAt\n        notificationPreferences {\n          email\n          sms\n          browser\n        }\n        performance {\n          id\n          registrationCount\n          viewerIsRegistered\n        }\n        viewer {\n          id\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.RegisterDocument,
  "\n  mutation Unregister($performanceId: ID!) {\n    unregisterFromPerformance(performanceId: $performanceId) {\n      __typename\n      ... on Performance {\n        id\n        registrationCount\n        viewerIsRegistered\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.UnregisterDocument,
  "\n  query MyRegistrations($when: RegistrationWhen) {\n    me {\n      registrations(when: $when) {\n        performance {\n          id\n          title\n        }\n      }\n    }\n  }\n":
    types.MyRegistrationsDocument,
  "\n  query ShowRegistrations($id: ID!) {\n    performance(id: $id) {\n      id\n      registrationCount\n      registrations(first: 10) {\n        edges {\n          node {\n            viewer {\n              name\n              email\n            }\n            notificationPreferences {\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.ShowRegistrationsDocument,
  "\n  query ViewerRegistration($id: ID!) {\n    performance(id: $id) {\n      viewerRegistration {\n        notificationPreferences {\n          email\n          sms\n          browser\n        }\n      }\n    }\n  }\n":
    types.ViewerRegistrationDocument,
  "\n  mutation UpdateSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      __typename\n      ... on NotificationSettings {\n        email\n        sms\n        browser\n        phoneNumber\n        reminderMinutesBefore\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.UpdateSettingsDocument,
  "\n  query WhoWatched($id: ID!) {\n    performance(id: $id) {\n      registrations(first: 10) {\n        edges {\n          node {\n            viewer {\n              email\n            }\n            watching {\n              watchedLive\n              watchedReplay\n              liveSeconds\n              replaySeconds\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.WhoWatchedDocument,
  "\n  query MyWatching {\n    me {\n      registrations(when: UPCOMING) {\n        performance {\n          id\n        }\n        watching {\n          watchedLive\n          liveSeconds\n        }\n      }\n    }\n  }\n":
    types.MyWatchingDocument,
  "\n  query RetainedFigures($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n        funnel {\n          watchedLive\n        }\n      }\n    }\n  }\n":
    types.RetainedFiguresDocument,
  "\n  mutation RefreshRetainedFigures($id: ID!) {\n    refreshPerformanceAnalytics(performanceId: $id) {\n      __typename\n      ... on PerformanceAnalytics {\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n      }\n    }\n  }\n":
    types.RefreshRetainedFiguresDocument,
  "\n  query AttackIngest($id: ID!) {\n    performance(id: $id) {\n      ingest {\n        streamKey\n      }\n    }\n  }\n":
    types.AttackIngestDocument,
  "\n  mutation AttackStart($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.AttackStartDocument,
  "\n  mutation AttackRotate($id: ID!) {\n    rotateStreamKey(performanceId: $id) {\n      __typename\n      ... on Ingest {\n        streamKey\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.AttackRotateDocument,
  "\n  query AttackHeartbeatGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n":
    types.AttackHeartbeatGrantDocument,
  "\n  mutation AttackSignOut {\n    signOut {\n      __typename\n      ... on SignOutPayload {\n        signedOut\n      }\n    }\n  }\n":
    types.AttackSignOutDocument,
  "\n  mutation AttackEnd($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n    }\n  }\n":
    types.AttackEndDocument,
  "\n  query AttackRegistrations($id: ID!, $first: Int, $after: String) {\n    performance(id: $id) {\n      registrationCount\n      registrations(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            viewer {\n              name\n            }\n            watching {\n              liveSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.AttackRegistrationsDocument,
  "\n  query AttackManyShows($from: DateTime, $middle: DateTime, $to: DateTime) {\n    early: performances(from: $from, to: $middle, first: 100) {\n      edges {\n        node {\n          id\n          registrationCount\n          viewerIsRegistered\n          series {\n            id\n          }\n        }\n      }\n    }\n    late: performances(from: $middle, to: $to, first: 100) {\n      edges {\n        node {\n          id\n          registrationCount\n          viewerIsRegistered\n          series {\n            id\n          }\n        }\n      }\n    }\n  }\n":
    types.AttackManyShowsDocument,
  "\n  mutation FixtureSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n      }\n    }\n  }\n":
    types.FixtureSignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n        expiresAt\n        user {\n          id\n          email\n          name\n          role\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n        user {\n          id\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SignOut($everywhere: Boolean) {\n    signOut(everywhere: $everywhere) {\n      __typename\n      ... on SignOutPayload {\n        signedOut\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n",
): typeof import("./graphql").MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MeFromIdentityProvider {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n",
): typeof import("./graphql").MeFromIdentityProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query HeartbeatGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").HeartbeatGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation EndShowForAnalytics($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").EndShowForAnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowAnalytics($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n        countries {\n          country\n          viewers\n        }\n        funnel {\n          registered\n          watchedLive\n          watchedReplay\n          noShow\n        }\n        viewersOverTime {\n          viewers\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ShowAnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AnalyticsRange($from: DateTime, $to: DateTime) {\n    performanceAnalytics(from: $from, to: $to) {\n      performance {\n        id\n      }\n      peakConcurrentViewers\n      uniqueViewers\n      funnel {\n        registered\n        noShow\n      }\n    }\n    analyticsReport(from: $from, to: $to) {\n      shows\n      registered\n      noShow\n    }\n  }\n",
): typeof import("./graphql").AnalyticsRangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RefreshAnalytics($id: ID!) {\n    refreshPerformanceAnalytics(performanceId: $id) {\n      __typename\n      ... on PerformanceAnalytics {\n        uniqueViewers\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RefreshAnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Ingest($id: ID!) {\n    performance(id: $id) {\n      id\n      ingest {\n        rtmpsUrl\n        streamKey\n      }\n    }\n  }\n",
): typeof import("./graphql").IngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RotateKey($id: ID!) {\n    rotateStreamKey(performanceId: $id) {\n      __typename\n      ... on Ingest {\n        rtmpsUrl\n        streamKey\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RotateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CancelWithInput($id: ID!) {\n    cancelPerformance(id: $id) {\n      __typename\n    }\n  }\n",
): typeof import("./graphql").CancelWithInputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation Start($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").StartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation End($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").EndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Playback($id: ID!) {\n    performance(id: $id) {\n      status\n      recording {\n        durationSeconds\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").PlaybackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChatSend($performanceId: ID!, $body: String!) {\n    sendChatMessage(performanceId: $performanceId, body: $body) {\n      __typename\n      ... on ChatMessage {\n        id\n        authorId\n        authorName\n        authorRole\n        body\n        linksClickable\n        offsetSeconds\n      }\n      ... on ChatUnavailableError {\n        reason\n        message\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ChatHistory($performanceId: ID!, $first: Int, $after: String) {\n    chatMessages(performanceId: $performanceId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          body\n          authorName\n          offsetSeconds\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription ChatEventsOfShow($performanceId: ID!) {\n    chatEvents(performanceId: $performanceId) {\n      kind\n      message {\n        id\n        body\n        authorName\n      }\n      removedMessageId\n      viewerId\n      reactions {\n        applause\n        heart\n        total\n      }\n      chat {\n        viewerCanWrite\n        viewerWriteBlock\n        viewerCanModerate\n        viewerMuted\n        slowModeSeconds\n        closed\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatEventsOfShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChatRemove($performanceId: ID!, $messageId: ID!) {\n    removeChatMessage(performanceId: $performanceId, messageId: $messageId) {\n      __typename\n      ... on RemoveChatMessagePayload {\n        messageId\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChatMute($performanceId: ID!, $viewerId: ID!, $muted: Boolean) {\n    muteChatViewer(performanceId: $performanceId, viewerId: $viewerId, muted: $muted) {\n      __typename\n      ... on ChatParticipant {\n        muted\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatMuteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChatBanViewer($viewerId: ID!, $banned: Boolean) {\n    banChatViewer(viewerId: $viewerId, banned: $banned) {\n      __typename\n      ... on ChatBan {\n        banned\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatBanViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChatMakeModerator($performanceId: ID!, $viewerId: ID!, $moderator: Boolean) {\n    setChatModerator(performanceId: $performanceId, viewerId: $viewerId, moderator: $moderator) {\n      __typename\n      ... on ChatParticipant {\n        moderator\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatMakeModeratorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChatSlowMode($performanceId: ID!, $seconds: Int!) {\n    setChatSlowMode(performanceId: $performanceId, seconds: $seconds) {\n      __typename\n      ... on Chat {\n        slowModeSeconds\n      }\n      ... on ValidationError {\n        issues {\n          path\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatSlowModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChatClose($performanceId: ID!, $closed: Boolean!) {\n    setChatClosed(performanceId: $performanceId, closed: $closed) {\n      __typename\n      ... on Chat {\n        closed\n        viewerCanWrite\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChatReact($performanceId: ID!, $kind: ReactionKind!) {\n    sendReaction(performanceId: $performanceId, kind: $kind) {\n      __typename\n      ... on SendReactionPayload {\n        kind\n      }\n      ... on ChatUnavailableError {\n        reason\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ReactionTimelineOfShow($id: ID!) {\n    performance(id: $id) {\n      reactionTimeline(bucketSeconds: 3600) {\n        offsetSeconds\n        applause\n        heart\n        total\n      }\n      chat {\n        viewerCanModerate\n      }\n    }\n  }\n",
): typeof import("./graphql").ReactionTimelineOfShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CancelShowForAlerts($id: ID!) {\n    cancelPerformance(id: $id) {\n      __typename\n    }\n  }\n",
): typeof import("./graphql").CancelShowForAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation MoveShowForAlerts($id: ID!, $input: UpdatePerformanceInput!) {\n    updatePerformance(id: $id, input: $input) {\n      __typename\n    }\n  }\n",
): typeof import("./graphql").MoveShowForAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreatePerformance($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        title\n        description\n        scheduledTime\n        endTime\n        durationMinutes\n        status\n        thumbnailUrl\n        series {\n          id\n          weekday\n          localTime\n          timeZone\n          endsOn\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").CreatePerformanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdatePerformance($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) {\n    updatePerformance(id: $id, input: $input, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        title\n        scheduledTime\n        durationMinutes\n        thumbnailUrl\n        series {\n          id\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UpdatePerformanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CancelPerformance($id: ID!, $scope: SeriesScope) {\n    cancelPerformance(id: $id, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        status\n        cancelledAt\n      }\n      ... on IllegalTransitionError {\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").CancelPerformanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Performances($from: DateTime, $to: DateTime, $first: Int, $after: String, $status: [PerformanceStatus!]) {\n    performances(from: $from, to: $to, first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          scheduledTime\n          status\n          registrationCount\n          viewerIsRegistered\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n",
): typeof import("./graphql").PerformancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RegisterForCount($performanceId: ID!) {\n    registerForPerformance(performanceId: $performanceId) {\n      __typename\n    }\n  }\n",
): typeof import("./graphql").RegisterForCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription PerformanceStatusUpdates($id: ID!) {\n    performanceStatus(id: $id) {\n      change\n      status\n      performance {\n        id\n        title\n        scheduledTime\n      }\n    }\n  }\n",
): typeof import("./graphql").PerformanceStatusUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription ViewerCountUpdates($id: ID!) {\n    liveViewerCount(id: $id) {\n      viewers\n      peak\n    }\n  }\n",
): typeof import("./graphql").ViewerCountUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription ScheduleUpdates {\n    scheduleChanged {\n      change\n      performance {\n        id\n        title\n      }\n    }\n  }\n",
): typeof import("./graphql").ScheduleUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RescheduleForSubscription($id: ID!, $input: UpdatePerformanceInput!) {\n    updatePerformance(id: $id, input: $input) {\n      __typename\n    }\n  }\n",
): typeof import("./graphql").RescheduleForSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateForSchedule($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n      }\n    }\n  }\n",
): typeof import("./graphql").CreateForScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateShowForRegistration($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n      }\n    }\n  }\n",
): typeof import("./graphql").CreateShowForRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation Register($performanceId: ID!, $notificationPreferences: NotificationPreferencesInput) {\n    registerForPerformance(performanceId: $performanceId, notificationPreferences: $notificationPreferences) {\n      __typename\n      ... on Registration {\n        registeredAt\n        notificationPreferences {\n          email\n          sms\n          browser\n        }\n        performance {\n          id\n          registrationCount\n          viewerIsRegistered\n        }\n        viewer {\n          id\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation Unregister($performanceId: ID!) {\n    unregisterFromPerformance(performanceId: $performanceId) {\n      __typename\n      ... on Performance {\n        id\n        registrationCount\n        viewerIsRegistered\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UnregisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MyRegistrations($when: RegistrationWhen) {\n    me {\n      registrations(when: $when) {\n        performance {\n          id\n          title\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").MyRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowRegistrations($id: ID!) {\n    performance(id: $id) {\n      id\n      registrationCount\n      registrations(first: 10) {\n        edges {\n          node {\n            viewer {\n              name\n              email\n            }\n            notificationPreferences {\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ShowRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ViewerRegistration($id: ID!) {\n    performance(id: $id) {\n      viewerRegistration {\n        notificationPreferences {\n          email\n          sms\n          browser\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ViewerRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      __typename\n      ... on NotificationSettings {\n        email\n        sms\n        browser\n        phoneNumber\n        reminderMinutesBefore\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UpdateSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query WhoWatched($id: ID!) {\n    performance(id: $id) {\n      registrations(first: 10) {\n        edges {\n          node {\n            viewer {\n              email\n            }\n            watching {\n              watchedLive\n              watchedReplay\n              liveSeconds\n              replaySeconds\n            }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").WhoWatchedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MyWatching {\n    me {\n      registrations(when: UPCOMING) {\n        performance {\n          id\n        }\n        watching {\n          watchedLive\n          liveSeconds\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").MyWatchingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query RetainedFigures($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n        funnel {\n          watchedLive\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").RetainedFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RefreshRetainedFigures($id: ID!) {\n    refreshPerformanceAnalytics(performanceId: $id) {\n      __typename\n      ... on PerformanceAnalytics {\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n      }\n    }\n  }\n",
): typeof import("./graphql").RefreshRetainedFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AttackIngest($id: ID!) {\n    performance(id: $id) {\n      ingest {\n        streamKey\n      }\n    }\n  }\n",
): typeof import("./graphql").AttackIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AttackStart($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").AttackStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AttackRotate($id: ID!) {\n    rotateStreamKey(performanceId: $id) {\n      __typename\n      ... on Ingest {\n        streamKey\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").AttackRotateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AttackHeartbeatGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").AttackHeartbeatGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AttackSignOut {\n    signOut {\n      __typename\n      ... on SignOutPayload {\n        signedOut\n      }\n    }\n  }\n",
): typeof import("./graphql").AttackSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AttackEnd($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n    }\n  }\n",
): typeof import("./graphql").AttackEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AttackRegistrations($id: ID!, $first: Int, $after: String) {\n    performance(id: $id) {\n      registrationCount\n      registrations(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            viewer {\n              name\n            }\n            watching {\n              liveSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").AttackRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AttackManyShows($from: DateTime, $middle: DateTime, $to: DateTime) {\n    early: performances(from: $from, to: $middle, first: 100) {\n      edges {\n        node {\n          id\n          registrationCount\n          viewerIsRegistered\n          series {\n            id\n          }\n        }\n      }\n    }\n    late: performances(from: $middle, to: $to, first: 100) {\n      edges {\n        node {\n          id\n          registrationCount\n          viewerIsRegistered\n          series {\n            id\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").AttackManyShowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation FixtureSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n      }\n    }\n  }\n",
): typeof import("./graphql").FixtureSignInDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
