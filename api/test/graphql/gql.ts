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
  "\n  mutation LinksRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      __typename\n      ... on RequestPasswordResetPayload {\n        email\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.LinksRequestPasswordResetDocument;
  "\n  mutation LinksResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      __typename\n      ... on SignInPayload {\n        token\n        user {\n          id\n        }\n      }\n      ... on InvalidLinkError {\n        reason\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.LinksResetPasswordDocument;
  "\n  mutation LinksRequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      __typename\n      ... on RequestSignInLinkPayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.LinksRequestSignInLinkDocument;
  "\n  mutation LinksSignInWithLink($token: String!) {\n    signInWithLink(token: $token) {\n      __typename\n      ... on SignInPayload {\n        token\n        user {\n          id\n        }\n      }\n      ... on InvalidLinkError {\n        reason\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.LinksSignInWithLinkDocument;
  "\n  mutation LinksRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      __typename\n      ... on RequestEmailChangePayload {\n        email\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.LinksRequestEmailChangeDocument;
  "\n  mutation LinksConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      __typename\n      ... on ConfirmEmailChangePayload {\n        email\n      }\n      ... on InvalidLinkError {\n        reason\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.LinksConfirmEmailChangeDocument;
  "\n  mutation LinksSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n    }\n  }\n": typeof types.LinksSignInDocument;
  "\n  mutation LinksChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n    }\n  }\n": typeof types.LinksChangePasswordDocument;
  "\n  query LinksMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.LinksMeDocument;
  "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n        expiresAt\n        user {\n          id\n          email\n          name\n          role\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SignUpDocument;
  "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n        user {\n          id\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SignInDocument;
  "\n  mutation SignOut($everywhere: Boolean) {\n    signOut(everywhere: $everywhere) {\n      __typename\n      ... on SignOutPayload {\n        signedOut\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SignOutDocument;
  "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on SignInPayload {\n        token\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument;
  "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.MeDocument;
  "\n  query MeFromIdentityProvider {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.MeFromIdentityProviderDocument;
  "\n  mutation PrivacySetUp($seriesId: ID!, $email: String!) {\n    registerForSeries(seriesId: $seriesId) {\n      __typename\n    }\n    rotateCalendarFeed {\n      __typename\n      ... on User {\n        calendarFeedUrl\n      }\n    }\n    requestPasswordReset(email: $email) {\n      __typename\n    }\n  }\n": typeof types.PrivacySetUpDocument;
  "\n  query PrivacyExport {\n    exportMyData\n  }\n": typeof types.PrivacyExportDocument;
  "\n  mutation PrivacyDelete($password: String) {\n    deleteAccount(input: { password: $password }) {\n      __typename\n    }\n  }\n": typeof types.PrivacyDeleteDocument;
  "\n  query PrivacyFeed($token: String!) {\n    calendarFeed(token: $token) {\n      reminderMinutesBefore\n    }\n  }\n": typeof types.PrivacyFeedDocument;
  "\n  query PlayerHeartbeatsGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n": typeof types.PlayerHeartbeatsGrantDocument;
  "\n  mutation PlayerHeartbeatsEnd($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n    }\n  }\n": typeof types.PlayerHeartbeatsEndDocument;
  "\n  query PlayerHeartbeatsFigures($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        totalWatchSeconds\n        funnel {\n          registered\n          watchedLive\n          noShow\n        }\n      }\n      registrations(first: 5) {\n        edges {\n          node {\n            watching {\n              watchedLive\n              liveSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlayerHeartbeatsFiguresDocument;
  "\n  query HeartbeatGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n": typeof types.HeartbeatGrantDocument;
  "\n  mutation EndShowForAnalytics($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.EndShowForAnalyticsDocument;
  "\n  query ShowAnalytics($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n        countries {\n          country\n          viewers\n        }\n        funnel {\n          registered\n          watchedLive\n          watchedReplay\n          noShow\n        }\n        viewersOverTime {\n          viewers\n        }\n      }\n    }\n  }\n": typeof types.ShowAnalyticsDocument;
  "\n  query AnalyticsRange($from: DateTime, $to: DateTime) {\n    performanceAnalytics(from: $from, to: $to) {\n      performance {\n        id\n      }\n      peakConcurrentViewers\n      uniqueViewers\n      funnel {\n        registered\n        noShow\n      }\n    }\n    analyticsReport(from: $from, to: $to) {\n      shows\n      registered\n      noShow\n    }\n  }\n": typeof types.AnalyticsRangeDocument;
  "\n  mutation RefreshAnalytics($id: ID!) {\n    refreshPerformanceAnalytics(performanceId: $id) {\n      __typename\n      ... on PerformanceAnalytics {\n        uniqueViewers\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RefreshAnalyticsDocument;
  "\n  query ScriptedAudienceGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n": typeof types.ScriptedAudienceGrantDocument;
  "\n  mutation ScriptedAudienceEnd($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n    }\n  }\n": typeof types.ScriptedAudienceEndDocument;
  "\n  query ScriptedAudienceFigures($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        totalWatchSeconds\n        averageWatchSeconds\n        countries {\n          country\n          viewers\n        }\n        funnel {\n          registered\n          watchedLive\n          watchedReplay\n          noShow\n        }\n        viewersOverTime {\n          at\n          viewers\n        }\n        retention {\n          offsetSeconds\n          live\n          replay\n          viewers\n        }\n      }\n      registrations(first: 10) {\n        edges {\n          node {\n            viewer {\n              name\n            }\n            watching {\n              watchedLive\n              watchedReplay\n              liveSeconds\n              replaySeconds\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScriptedAudienceFiguresDocument;
  "\n  query RecordingArchive($id: ID!) {\n    performance(id: $id) {\n      recording {\n        durationSeconds\n        archive {\n          status\n          progressPercent\n          sizeBytes\n          checksumSha256\n          archivedAt\n          downloadUrl\n          downloadUrlExpiresAt\n          failureReason\n        }\n      }\n    }\n  }\n": typeof types.RecordingArchiveDocument;
  "\n  query Ingest($id: ID!) {\n    performance(id: $id) {\n      id\n      ingest {\n        rtmpsUrl\n        streamKey\n      }\n    }\n  }\n": typeof types.IngestDocument;
  "\n  mutation RotateKey($id: ID!) {\n    rotateStreamKey(performanceId: $id) {\n      __typename\n      ... on Ingest {\n        rtmpsUrl\n        streamKey\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RotateKeyDocument;
  "\n  mutation CancelWithInput($id: ID!) {\n    cancelPerformance(id: $id) {\n      __typename\n    }\n  }\n": typeof types.CancelWithInputDocument;
  "\n  mutation Start($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.StartDocument;
  "\n  mutation End($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.EndDocument;
  "\n  mutation GoLive($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.GoLiveDocument;
  "\n  mutation UndoGoLive($id: ID!) {\n    undoStartPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UndoGoLiveDocument;
  "\n  mutation EndGoingLive($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.EndGoingLiveDocument;
  "\n  query FanPlayback($id: ID!) {\n    performance(id: $id) {\n      status\n      playback {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n": typeof types.FanPlaybackDocument;
  "\n  query AlertAudience($id: ID!) {\n    performance(id: $id) {\n      liveAlertRecipientCount\n    }\n  }\n": typeof types.AlertAudienceDocument;
  "\n  query NotHeldPanelAlerts($id: ID!) {\n    performance(id: $id) {\n      status\n      cancellationMessage\n      streamHealth {\n        alerts {\n          kind\n          message\n        }\n      }\n    }\n  }\n": typeof types.NotHeldPanelAlertsDocument;
  "\n  query NotHeldFanView($id: ID!) {\n    performance(id: $id) {\n      status\n      cancellationMessage\n    }\n  }\n": typeof types.NotHeldFanViewDocument;
  "\n  query PanelAlerts($id: ID!) {\n    performance(id: $id) {\n      streamHealth {\n        alerts {\n          kind\n          at\n          message\n        }\n      }\n    }\n  }\n": typeof types.PanelAlertsDocument;
  "\n  query Playback($id: ID!) {\n    performance(id: $id) {\n      status\n      recording {\n        durationSeconds\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n          parts {\n            hlsUrl\n            durationSeconds\n            startedAt\n          }\n        }\n        ... on ReplayExpiredError {\n          availableUntil\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n": typeof types.PlaybackDocument;
  "\n  query ReplayFacts($id: ID!) {\n    performance(id: $id) {\n      replayAvailableUntil\n      replayWindowHours\n      replayStatus\n      recording {\n        durationSeconds\n        renditions\n      }\n    }\n  }\n": typeof types.ReplayFactsDocument;
  "\n  mutation CreateWithWindow($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        replayWindowHours\n        replayAvailableUntil\n        endTime\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.CreateWithWindowDocument;
  "\n  mutation UpdateWindow($id: ID!, $input: UpdatePerformanceInput!) {\n    updatePerformance(id: $id, input: $input) {\n      __typename\n      ... on Performance {\n        replayWindowHours\n        replayAvailableUntil\n      }\n      ... on ValidationError {\n        issues {\n          path\n        }\n      }\n    }\n  }\n": typeof types.UpdateWindowDocument;
  "\n  query Replays($first: Int, $after: String) {\n    replays(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReplaysDocument;
  "\n  query Health($id: ID!) {\n    performance(id: $id) {\n      streamHealth {\n        reachable\n        connected\n        connectedSince\n        onAirSeconds\n        ingest {\n          width\n          height\n          frameRate\n          bitrateKbps\n          keyframeIntervalSeconds\n        }\n        renditions {\n          height\n        }\n        lastError {\n          code\n          message\n          at\n          advice\n        }\n        alerts {\n          kind\n          message\n        }\n      }\n    }\n  }\n": typeof types.HealthDocument;
  "\n  mutation UploadCaptions($performanceId: ID!, $language: String!, $file: File!) {\n    uploadCaptions(performanceId: $performanceId, language: $language, file: $file) {\n      __typename\n      ... on CaptionTrack {\n        language\n        label\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UploadCaptionsDocument;
  "\n  query ShowCaptions($id: ID!) {\n    performance(id: $id) {\n      captions {\n        language\n        label\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n        }\n      }\n    }\n  }\n": typeof types.ShowCaptionsDocument;
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
  "\n  mutation RegisterWithLeadTimes($id: ID!, $prefs: NotificationPreferencesInput) {\n    registerForPerformance(performanceId: $id, notificationPreferences: $prefs) {\n      __typename\n      ... on Registration {\n        notificationPreferences {\n          email\n          reminderLeadTimes\n        }\n      }\n    }\n  }\n": typeof types.RegisterWithLeadTimesDocument;
  "\n  query ShowNotifications($id: ID!) {\n    performance(id: $id) {\n      runningLate\n      notifications(first: 50) {\n        countsByStatus {\n          status\n          count\n        }\n        edges {\n          node {\n            kind\n            channel\n            leadTime\n            plannedFor\n            status\n            recipient\n          }\n        }\n      }\n    }\n  }\n": typeof types.ShowNotificationsDocument;
  "\n  mutation RegisterPush($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      __typename\n      ... on PushSubscription {\n        id\n        label\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on ConflictError {\n        message\n      }\n    }\n  }\n": typeof types.RegisterPushDocument;
  "\n  mutation RemovePush($id: ID!) {\n    removePushSubscription(id: $id) {\n      __typename\n      ... on RemovePushSubscriptionPayload {\n        id\n      }\n    }\n  }\n": typeof types.RemovePushDocument;
  "\n  query MyBrowsers {\n    webPushPublicKey\n    me {\n      notificationSettings {\n        pushSubscriptions {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.MyBrowsersDocument;
  "\n  mutation CreateAccessibleShow($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        contentNotes\n        accessFeatures\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.CreateAccessibleShowDocument;
  "\n  mutation UpdateAccessibleShow($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) {\n    updatePerformance(id: $id, input: $input, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        contentNotes\n        accessFeatures\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.UpdateAccessibleShowDocument;
  "\n  query ShowNotes($id: ID!) {\n    performance(id: $id) {\n      contentNotes\n      accessFeatures\n    }\n  }\n": typeof types.ShowNotesDocument;
  "\n  query FilteredCalendar(\n    $from: DateTime\n    $to: DateTime\n    $withAccessFeatures: [AccessFeature!]\n    $withoutContentNotes: [ContentNote!]\n  ) {\n    performances(\n      from: $from\n      to: $to\n      first: 100\n      withAccessFeatures: $withAccessFeatures\n      withoutContentNotes: $withoutContentNotes\n    ) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FilteredCalendarDocument;
  "\n  query SeriesShows($from: DateTime, $to: DateTime) {\n    performances(from: $from, to: $to, first: 100) {\n      edges {\n        node {\n          id\n          scheduledTime\n          contentNotes\n          accessFeatures\n          series {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeriesShowsDocument;
  "\n  mutation CancelWithMessage($id: ID!, $message: String, $scope: SeriesScope) {\n    cancelPerformance(id: $id, message: $message, scope: $scope) {\n      __typename\n      ... on Performance {\n        status\n        cancellationMessage\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.CancelWithMessageDocument;
  "\n  query ShowCancellationMessage($id: ID!) {\n    performance(id: $id) {\n      status\n      cancellationMessage\n    }\n  }\n": typeof types.ShowCancellationMessageDocument;
  "\n  mutation CreatePerformance($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        title\n        description\n        scheduledTime\n        endTime\n        durationMinutes\n        status\n        thumbnailUrl\n        series {\n          id\n          weekday\n          localTime\n          timeZone\n          endsOn\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.CreatePerformanceDocument;
  "\n  mutation UpdatePerformance($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) {\n    updatePerformance(id: $id, input: $input, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        title\n        scheduledTime\n        durationMinutes\n        thumbnailUrl\n        series {\n          id\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UpdatePerformanceDocument;
  "\n  mutation CancelPerformance($id: ID!, $scope: SeriesScope) {\n    cancelPerformance(id: $id, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        status\n        cancelledAt\n      }\n      ... on IllegalTransitionError {\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.CancelPerformanceDocument;
  "\n  query Performances($from: DateTime, $to: DateTime, $first: Int, $after: String, $status: [PerformanceStatus!]) {\n    performances(from: $from, to: $to, first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          scheduledTime\n          status\n          registrationCount\n          viewerIsRegistered\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PerformancesDocument;
  "\n  mutation RegisterForCount($performanceId: ID!) {\n    registerForPerformance(performanceId: $performanceId) {\n      __typename\n    }\n  }\n": typeof types.RegisterForCountDocument;
  "\n  subscription PerformanceStatusUpdates($id: ID!) {\n    performanceStatus(id: $id) {\n      change\n      status\n      performance {\n        id\n        title\n        scheduledTime\n      }\n    }\n  }\n": typeof types.PerformanceStatusUpdatesDocument;
  "\n  subscription LateShowUpdates($id: ID!) {\n    performanceStatus(id: $id) {\n      change\n      status\n      performance {\n        id\n        runningLate\n      }\n    }\n  }\n": typeof types.LateShowUpdatesDocument;
  "\n  subscription ViewerCountUpdates($id: ID!) {\n    liveViewerCount(id: $id) {\n      viewers\n      peak\n    }\n  }\n": typeof types.ViewerCountUpdatesDocument;
  "\n  subscription ScheduleUpdates {\n    scheduleChanged {\n      change\n      performance {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ScheduleUpdatesDocument;
  "\n  mutation RescheduleForSubscription($id: ID!, $input: UpdatePerformanceInput!) {\n    updatePerformance(id: $id, input: $input) {\n      __typename\n    }\n  }\n": typeof types.RescheduleForSubscriptionDocument;
  "\n  mutation CreateForSchedule($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n      }\n    }\n  }\n": typeof types.CreateForScheduleDocument;
  "\n  query FeedUrl {\n    me {\n      calendarFeedUrl\n    }\n  }\n": typeof types.FeedUrlDocument;
  "\n  mutation FeedRotate {\n    rotateCalendarFeed {\n      __typename\n      ... on User {\n        calendarFeedUrl\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.FeedRotateDocument;
  "\n  mutation FeedRevoke {\n    revokeCalendarFeed {\n      __typename\n      ... on User {\n        calendarFeedUrl\n      }\n    }\n  }\n": typeof types.FeedRevokeDocument;
  "\n  query Feed($token: String!) {\n    calendarFeed(token: $token) {\n      reminderMinutesBefore\n      performances {\n        id\n        status\n      }\n    }\n  }\n": typeof types.FeedDocument;
  "\n  query FeedOfRegistrant($id: ID!) {\n    performance(id: $id) {\n      registrations {\n        edges {\n          node {\n            viewer {\n              calendarFeedUrl\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FeedOfRegistrantDocument;
  "\n  mutation CreateShowForRegistration($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n      }\n    }\n  }\n": typeof types.CreateShowForRegistrationDocument;
  "\n  mutation Register($performanceId: ID!, $notificationPreferences: NotificationPreferencesInput) {\n    registerForPerformance(performanceId: $performanceId, notificationPreferences: $notificationPreferences) {\n      __typename\n      ... on Registration {\n        registeredAt\n        notificationPreferences {\n          email\n          sms\n          browser\n        }\n        performance {\n          id\n          registrationCount\n          viewerIsRegistered\n        }\n        viewer {\n          id\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RegisterDocument;
  "\n  mutation Unregister($performanceId: ID!) {\n    unregisterFromPerformance(performanceId: $performanceId) {\n      __typename\n      ... on Performance {\n        id\n        registrationCount\n        viewerIsRegistered\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UnregisterDocument;
  "\n  query MyRegistrations($when: RegistrationWhen) {\n    me {\n      registrations(when: $when) {\n        performance {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyRegistrationsDocument;
  "\n  query ShowRegistrations($id: ID!) {\n    performance(id: $id) {\n      id\n      registrationCount\n      registrations(first: 10) {\n        edges {\n          node {\n            viewer {\n              name\n              email\n            }\n            notificationPreferences {\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ShowRegistrationsDocument;
  "\n  query ViewerRegistration($id: ID!) {\n    performance(id: $id) {\n      viewerRegistration {\n        notificationPreferences {\n          email\n          sms\n          browser\n        }\n      }\n    }\n  }\n": typeof types.ViewerRegistrationDocument;
  "\n  mutation UpdateSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      __typename\n      ... on NotificationSettings {\n        email\n        sms\n        browser\n        phoneNumber\n        reminderMinutesBefore\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UpdateSettingsDocument;
  "\n  query WhoWatched($id: ID!) {\n    performance(id: $id) {\n      registrations(first: 10) {\n        edges {\n          node {\n            viewer {\n              email\n            }\n            watching {\n              watchedLive\n              watchedReplay\n              liveSeconds\n              replaySeconds\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WhoWatchedDocument;
  "\n  query MyWatching {\n    me {\n      registrations(when: UPCOMING) {\n        performance {\n          id\n        }\n        watching {\n          watchedLive\n          liveSeconds\n        }\n      }\n    }\n  }\n": typeof types.MyWatchingDocument;
  "\n  mutation SeriesRegister($seriesId: ID!, $preferences: NotificationPreferencesInput) {\n    registerForSeries(seriesId: $seriesId, notificationPreferences: $preferences) {\n      __typename\n      ... on SeriesRegistration {\n        registeredAt\n        series {\n          id\n          title\n          viewerRegistration {\n            notificationPreferences {\n              email\n              sms\n            }\n          }\n        }\n        notificationPreferences {\n          email\n          sms\n          browser\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SeriesRegisterDocument;
  "\n  mutation SeriesUnregister($seriesId: ID!) {\n    unregisterFromSeries(seriesId: $seriesId) {\n      __typename\n      ... on PerformanceSeries {\n        id\n        viewerRegistration {\n          registeredAt\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SeriesUnregisterDocument;
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
  "\n  mutation LinksRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      __typename\n      ... on RequestPasswordResetPayload {\n        email\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.LinksRequestPasswordResetDocument,
  "\n  mutation LinksResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      __typename\n      ... on SignInPayload {\n        token\n        user {\n          id\n        }\n      }\n      ... on InvalidLinkError {\n        reason\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.LinksResetPasswordDocument,
  "\n  mutation LinksRequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      __typename\n      ... on RequestSignInLinkPayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.LinksRequestSignInLinkDocument,
  "\n  mutation LinksSignInWithLink($token: String!) {\n    signInWithLink(token: $token) {\n      __typename\n      ... on SignInPayload {\n        token\n        user {\n          id\n        }\n      }\n      ... on InvalidLinkError {\n        reason\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.LinksSignInWithLinkDocument,
  "\n  mutation LinksRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      __typename\n      ... on RequestEmailChangePayload {\n        email\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.LinksRequestEmailChangeDocument,
  "\n  mutation LinksConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      __typename\n      ... on ConfirmEmailChangePayload {\n        email\n      }\n      ... on InvalidLinkError {\n        reason\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.LinksConfirmEmailChangeDocument,
  "\n  mutation LinksSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n    }\n  }\n":
    types.LinksSignInDocument,
  "\n  mutation LinksChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n    }\n  }\n":
    types.LinksChangePasswordDocument,
  "\n  query LinksMe {\n    me {\n      id\n      email\n    }\n  }\n": types.LinksMeDocument,
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
  "\n  mutation PrivacySetUp($seriesId: ID!, $email: String!) {\n    registerForSeries(seriesId: $seriesId) {\n      __typename\n    }\n    rotateCalendarFeed {\n      __typename\n      ... on User {\n        calendarFeedUrl\n      }\n    }\n    requestPasswordReset(email: $email) {\n      __typename\n    }\n  }\n":
    types.PrivacySetUpDocument,
  "\n  query PrivacyExport {\n    exportMyData\n  }\n": types.PrivacyExportDocument,
  "\n  mutation PrivacyDelete($password: String) {\n    deleteAccount(input: { password: $password }) {\n      __typename\n    }\n  }\n":
    types.PrivacyDeleteDocument,
  "\n  query PrivacyFeed($token: String!) {\n    calendarFeed(token: $token) {\n      reminderMinutesBefore\n    }\n  }\n":
    types.PrivacyFeedDocument,
  "\n  query PlayerHeartbeatsGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n":
    types.PlayerHeartbeatsGrantDocument,
  "\n  mutation PlayerHeartbeatsEnd($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n    }\n  }\n":
    types.PlayerHeartbeatsEndDocument,
  "\n  query PlayerHeartbeatsFigures($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        totalWatchSeconds\n        funnel {\n          registered\n          watchedLive\n          noShow\n        }\n      }\n      registrations(first: 5) {\n        edges {\n          node {\n            watching {\n              watchedLive\n              liveSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.PlayerHeartbeatsFiguresDocument,
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
  "\n  query ScriptedAudienceGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n":
    types.ScriptedAudienceGrantDocument,
  "\n  mutation ScriptedAudienceEnd($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n    }\n  }\n":
    types.ScriptedAudienceEndDocument,
  "\n  query ScriptedAudienceFigures($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        totalWatchSeconds\n        averageWatchSeconds\n        countries {\n          country\n          viewers\n        }\n        funnel {\n          registered\n          watchedLive\n          watchedReplay\n          noShow\n        }\n        viewersOverTime {\n          at\n          viewers\n        }\n        retention {\n          offsetSeconds\n          live\n          replay\n          viewers\n        }\n      }\n      registrations(first: 10) {\n        edges {\n          node {\n            viewer {\n              name\n            }\n            watching {\n              watchedLive\n              watchedReplay\n              liveSeconds\n              replaySeconds\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.ScriptedAudienceFiguresDocument,
  "\n  query RecordingArchive($id: ID!) {\n    performance(id: $id) {\n      recording {\n        durationSeconds\n        archive {\n          status\n          progressPercent\n          sizeBytes\n          checksumSha256\n          archivedAt\n          downloadUrl\n          downloadUrlExpiresAt\n          failureReason\n        }\n      }\n    }\n  }\n":
    types.RecordingArchiveDocument,
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
  "\n  mutation GoLive($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.GoLiveDocument,
  "\n  mutation UndoGoLive($id: ID!) {\n    undoStartPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.UndoGoLiveDocument,
  "\n  mutation EndGoingLive($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.EndGoingLiveDocument,
  "\n  query FanPlayback($id: ID!) {\n    performance(id: $id) {\n      status\n      playback {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n":
    types.FanPlaybackDocument,
  "\n  query AlertAudience($id: ID!) {\n    performance(id: $id) {\n      liveAlertRecipientCount\n    }\n  }\n":
    types.AlertAudienceDocument,
  "\n  query NotHeldPanelAlerts($id: ID!) {\n    performance(id: $id) {\n      status\n      cancellationMessage\n      streamHealth {\n        alerts {\n          kind\n          message\n        }\n      }\n    }\n  }\n":
    types.NotHeldPanelAlertsDocument,
  "\n  query NotHeldFanView($id: ID!) {\n    performance(id: $id) {\n      status\n      cancellationMessage\n    }\n  }\n":
    types.NotHeldFanViewDocument,
  "\n  query PanelAlerts($id: ID!) {\n    performance(id: $id) {\n      streamHealth {\n        alerts {\n          kind\n          at\n          message\n        }\n      }\n    }\n  }\n":
    types.PanelAlertsDocument,
  "\n  query Playback($id: ID!) {\n    performance(id: $id) {\n      status\n      recording {\n        durationSeconds\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n          parts {\n            hlsUrl\n            durationSeconds\n            startedAt\n          }\n        }\n        ... on ReplayExpiredError {\n          availableUntil\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n":
    types.PlaybackDocument,
  "\n  query ReplayFacts($id: ID!) {\n    performance(id: $id) {\n      replayAvailableUntil\n      replayWindowHours\n      replayStatus\n      recording {\n        durationSeconds\n        renditions\n      }\n    }\n  }\n":
    types.ReplayFactsDocument,
  "\n  mutation CreateWithWindow($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        replayWindowHours\n        replayAvailableUntil\n        endTime\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n":
    types.CreateWithWindowDocument,
  "\n  mutation UpdateWindow($id: ID!, $input: UpdatePerformanceInput!) {\n    updatePerformance(id: $id, input: $input) {\n      __typename\n      ... on Performance {\n        replayWindowHours\n        replayAvailableUntil\n      }\n      ... on ValidationError {\n        issues {\n          path\n        }\n      }\n    }\n  }\n":
    types.UpdateWindowDocument,
  "\n  query Replays($first: Int, $after: String) {\n    replays(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":
    types.ReplaysDocument,
  "\n  query Health($id: ID!) {\n    performance(id: $id) {\n      streamHealth {\n        reachable\n        connected\n        connectedSince\n        onAirSeconds\n        ingest {\n          width\n          height\n          frameRate\n          bitrateKbps\n          keyframeIntervalSeconds\n        }\n        renditions {\n          height\n        }\n        lastError {\n          code\n          message\n          at\n          advice\n        }\n        alerts {\n          kind\n          message\n        }\n      }\n    }\n  }\n":
    types.HealthDocument,
  "\n  mutation UploadCaptions($performanceId: ID!, $language: String!, $file: File!) {\n    uploadCaptions(performanceId: $performanceId, language: $language, file: $file) {\n      __typename\n      ... on CaptionTrack {\n        language\n        label\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.UploadCaptionsDocument,
  "\n  query ShowCaptions($id: ID!) {\n    performance(id: $id) {\n      captions {\n        language\n        label\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n        }\n      }\n    }\n  }\n":
    types.ShowCaptionsDocument,
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
  "\n  mutation RegisterWithLeadTimes($id: ID!, $prefs: NotificationPreferencesInput) {\n    registerForPerformance(performanceId: $id, notificationPreferences: $prefs) {\n      __typename\n      ... on Registration {\n        notificationPreferences {\n          email\n          reminderLeadTimes\n        }\n      }\n    }\n  }\n":
    types.RegisterWithLeadTimesDocument,
  "\n  query ShowNotifications($id: ID!) {\n    performance(id: $id) {\n      runningLate\n      notifications(first: 50) {\n        countsByStatus {\n          status\n          count\n        }\n        edges {\n          node {\n            kind\n            channel\n            leadTime\n            plannedFor\n            status\n            recipient\n          }\n        }\n      }\n    }\n  }\n":
    types.ShowNotificationsDocument,
  "\n  mutation RegisterPush($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      __typename\n      ... on PushSubscription {\n        id\n        label\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on ConflictError {\n        message\n      }\n    }\n  }\n":
    types.RegisterPushDocument,
  "\n  mutation RemovePush($id: ID!) {\n    removePushSubscription(id: $id) {\n      __typename\n      ... on RemovePushSubscriptionPayload {\n        id\n      }\n    }\n  }\n":
    types.RemovePushDocument,
  "\n  query MyBrowsers {\n    webPushPublicKey\n    me {\n      notificationSettings {\n        pushSubscriptions {\n          id\n          label\n        }\n      }\n    }\n  }\n":
    types.MyBrowsersDocument,
  "\n  mutation CreateAccessibleShow($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        contentNotes\n        accessFeatures\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n":
    types.CreateAccessibleShowDocument,
  "\n  mutation UpdateAccessibleShow($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) {\n    updatePerformance(id: $id, input: $input, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        contentNotes\n        accessFeatures\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n":
    types.UpdateAccessibleShowDocument,
  "\n  query ShowNotes($id: ID!) {\n    performance(id: $id) {\n      contentNotes\n      accessFeatures\n    }\n  }\n":
    types.ShowNotesDocument,
  "\n  query FilteredCalendar(\n    $from: DateTime\n    $to: DateTime\n    $withAccessFeatures: [AccessFeature!]\n    $withoutContentNotes: [ContentNote!]\n  ) {\n    performances(\n      from: $from\n      to: $to\n      first: 100\n      withAccessFeatures: $withAccessFeatures\n      withoutContentNotes: $withoutContentNotes\n    ) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n":
    types.FilteredCalendarDocument,
  "\n  query SeriesShows($from: DateTime, $to: DateTime) {\n    performances(from: $from, to: $to, first: 100) {\n      edges {\n        node {\n          id\n          scheduledTime\n          contentNotes\n          accessFeatures\n          series {\n            id\n          }\n        }\n      }\n    }\n  }\n":
    types.SeriesShowsDocument,
  "\n  mutation CancelWithMessage($id: ID!, $message: String, $scope: SeriesScope) {\n    cancelPerformance(id: $id, message: $message, scope: $scope) {\n      __typename\n      ... on Performance {\n        status\n        cancellationMessage\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.CancelWithMessageDocument,
  "\n  query ShowCancellationMessage($id: ID!) {\n    performance(id: $id) {\n      status\n      cancellationMessage\n    }\n  }\n":
    types.ShowCancellationMessageDocument,
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
  "\n  subscription LateShowUpdates($id: ID!) {\n    performanceStatus(id: $id) {\n      change\n      status\n      performance {\n        id\n        runningLate\n      }\n    }\n  }\n":
    types.LateShowUpdatesDocument,
  "\n  subscription ViewerCountUpdates($id: ID!) {\n    liveViewerCount(id: $id) {\n      viewers\n      peak\n    }\n  }\n":
    types.ViewerCountUpdatesDocument,
  "\n  subscription ScheduleUpdates {\n    scheduleChanged {\n      change\n      performance {\n        id\n        title\n      }\n    }\n  }\n":
    types.ScheduleUpdatesDocument,
  "\n  mutation RescheduleForSubscription($id: ID!, $input: UpdatePerformanceInput!) {\n    updatePerformance(id: $id, input: $input) {\n      __typename\n    }\n  }\n":
    types.RescheduleForSubscriptionDocument,
  "\n  mutation CreateForSchedule($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n      }\n    }\n  }\n":
    types.CreateForScheduleDocument,
  "\n  query FeedUrl {\n    me {\n      calendarFeedUrl\n    }\n  }\n": types.FeedUrlDocument,
  "\n  mutation FeedRotate {\n    rotateCalendarFeed {\n      __typename\n      ... on User {\n        calendarFeedUrl\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.FeedRotateDocument,
  "\n  mutation FeedRevoke {\n    revokeCalendarFeed {\n      __typename\n      ... on User {\n        calendarFeedUrl\n      }\n    }\n  }\n":
    types.FeedRevokeDocument,
  "\n  query Feed($token: String!) {\n    calendarFeed(token: $token) {\n      reminderMinutesBefore\n      performances {\n        id\n        status\n      }\n    }\n  }\n":
    types.FeedDocument,
  "\n  query FeedOfRegistrant($id: ID!) {\n    performance(id: $id) {\n      registrations {\n        edges {\n          node {\n            viewer {\n              calendarFeedUrl\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.FeedOfRegistrantDocument,
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
  "\n  mutation SeriesRegister($seriesId: ID!, $preferences: NotificationPreferencesInput) {\n    registerForSeries(seriesId: $seriesId, notificationPreferences: $preferences) {\n      __typename\n      ... on SeriesRegistration {\n        registeredAt\n        series {\n          id\n          title\n          viewerRegistration {\n            notificationPreferences {\n              email\n              sms\n            }\n          }\n        }\n        notificationPreferences {\n          email\n          sms\n          browser\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.SeriesRegisterDocument,
  "\n  mutation SeriesUnregister($seriesId: ID!) {\n    unregisterFromSeries(seriesId: $seriesId) {\n      __typename\n      ... on PerformanceSeries {\n        id\n        viewerRegistration {\n          registeredAt\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.SeriesUnregisterDocument,
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
  source: "\n  mutation LinksRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      __typename\n      ... on RequestPasswordResetPayload {\n        email\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").LinksRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation LinksResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      __typename\n      ... on SignInPayload {\n        token\n        user {\n          id\n        }\n      }\n      ... on InvalidLinkError {\n        reason\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").LinksResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation LinksRequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      __typename\n      ... on RequestSignInLinkPayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").LinksRequestSignInLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation LinksSignInWithLink($token: String!) {\n    signInWithLink(token: $token) {\n      __typename\n      ... on SignInPayload {\n        token\n        user {\n          id\n        }\n      }\n      ... on InvalidLinkError {\n        reason\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").LinksSignInWithLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation LinksRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      __typename\n      ... on RequestEmailChangePayload {\n        email\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").LinksRequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation LinksConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      __typename\n      ... on ConfirmEmailChangePayload {\n        email\n      }\n      ... on InvalidLinkError {\n        reason\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").LinksConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation LinksSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n    }\n  }\n",
): typeof import("./graphql").LinksSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation LinksChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n    }\n  }\n",
): typeof import("./graphql").LinksChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LinksMe {\n    me {\n      id\n      email\n    }\n  }\n",
): typeof import("./graphql").LinksMeDocument;
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
  source: "\n  mutation PrivacySetUp($seriesId: ID!, $email: String!) {\n    registerForSeries(seriesId: $seriesId) {\n      __typename\n    }\n    rotateCalendarFeed {\n      __typename\n      ... on User {\n        calendarFeedUrl\n      }\n    }\n    requestPasswordReset(email: $email) {\n      __typename\n    }\n  }\n",
): typeof import("./graphql").PrivacySetUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PrivacyExport {\n    exportMyData\n  }\n",
): typeof import("./graphql").PrivacyExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PrivacyDelete($password: String) {\n    deleteAccount(input: { password: $password }) {\n      __typename\n    }\n  }\n",
): typeof import("./graphql").PrivacyDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PrivacyFeed($token: String!) {\n    calendarFeed(token: $token) {\n      reminderMinutesBefore\n    }\n  }\n",
): typeof import("./graphql").PrivacyFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PlayerHeartbeatsGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").PlayerHeartbeatsGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PlayerHeartbeatsEnd($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n    }\n  }\n",
): typeof import("./graphql").PlayerHeartbeatsEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PlayerHeartbeatsFigures($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        totalWatchSeconds\n        funnel {\n          registered\n          watchedLive\n          noShow\n        }\n      }\n      registrations(first: 5) {\n        edges {\n          node {\n            watching {\n              watchedLive\n              liveSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").PlayerHeartbeatsFiguresDocument;
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
  source: "\n  query ScriptedAudienceGrant($id: ID!) {\n    performance(id: $id) {\n      playback {\n        __typename\n        ... on Playback {\n          heartbeatToken\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ScriptedAudienceGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ScriptedAudienceEnd($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n    }\n  }\n",
): typeof import("./graphql").ScriptedAudienceEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ScriptedAudienceFigures($id: ID!) {\n    performance(id: $id) {\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        totalWatchSeconds\n        averageWatchSeconds\n        countries {\n          country\n          viewers\n        }\n        funnel {\n          registered\n          watchedLive\n          watchedReplay\n          noShow\n        }\n        viewersOverTime {\n          at\n          viewers\n        }\n        retention {\n          offsetSeconds\n          live\n          replay\n          viewers\n        }\n      }\n      registrations(first: 10) {\n        edges {\n          node {\n            viewer {\n              name\n            }\n            watching {\n              watchedLive\n              watchedReplay\n              liveSeconds\n              replaySeconds\n            }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ScriptedAudienceFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query RecordingArchive($id: ID!) {\n    performance(id: $id) {\n      recording {\n        durationSeconds\n        archive {\n          status\n          progressPercent\n          sizeBytes\n          checksumSha256\n          archivedAt\n          downloadUrl\n          downloadUrlExpiresAt\n          failureReason\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").RecordingArchiveDocument;
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
  source: "\n  mutation GoLive($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").GoLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UndoGoLive($id: ID!) {\n    undoStartPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n        action\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UndoGoLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation EndGoingLive($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").EndGoingLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FanPlayback($id: ID!) {\n    performance(id: $id) {\n      status\n      playback {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").FanPlaybackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AlertAudience($id: ID!) {\n    performance(id: $id) {\n      liveAlertRecipientCount\n    }\n  }\n",
): typeof import("./graphql").AlertAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query NotHeldPanelAlerts($id: ID!) {\n    performance(id: $id) {\n      status\n      cancellationMessage\n      streamHealth {\n        alerts {\n          kind\n          message\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").NotHeldPanelAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query NotHeldFanView($id: ID!) {\n    performance(id: $id) {\n      status\n      cancellationMessage\n    }\n  }\n",
): typeof import("./graphql").NotHeldFanViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PanelAlerts($id: ID!) {\n    performance(id: $id) {\n      streamHealth {\n        alerts {\n          kind\n          at\n          message\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").PanelAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Playback($id: ID!) {\n    performance(id: $id) {\n      status\n      recording {\n        durationSeconds\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n          parts {\n            hlsUrl\n            durationSeconds\n            startedAt\n          }\n        }\n        ... on ReplayExpiredError {\n          availableUntil\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").PlaybackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ReplayFacts($id: ID!) {\n    performance(id: $id) {\n      replayAvailableUntil\n      replayWindowHours\n      replayStatus\n      recording {\n        durationSeconds\n        renditions\n      }\n    }\n  }\n",
): typeof import("./graphql").ReplayFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateWithWindow($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        replayWindowHours\n        replayAvailableUntil\n        endTime\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").CreateWithWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateWindow($id: ID!, $input: UpdatePerformanceInput!) {\n    updatePerformance(id: $id, input: $input) {\n      __typename\n      ... on Performance {\n        replayWindowHours\n        replayAvailableUntil\n      }\n      ... on ValidationError {\n        issues {\n          path\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").UpdateWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Replays($first: Int, $after: String) {\n    replays(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n",
): typeof import("./graphql").ReplaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Health($id: ID!) {\n    performance(id: $id) {\n      streamHealth {\n        reachable\n        connected\n        connectedSince\n        onAirSeconds\n        ingest {\n          width\n          height\n          frameRate\n          bitrateKbps\n          keyframeIntervalSeconds\n        }\n        renditions {\n          height\n        }\n        lastError {\n          code\n          message\n          at\n          advice\n        }\n        alerts {\n          kind\n          message\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").HealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UploadCaptions($performanceId: ID!, $language: String!, $file: File!) {\n    uploadCaptions(performanceId: $performanceId, language: $language, file: $file) {\n      __typename\n      ... on CaptionTrack {\n        language\n        label\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UploadCaptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowCaptions($id: ID!) {\n    performance(id: $id) {\n      captions {\n        language\n        label\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ShowCaptionsDocument;
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
  source: "\n  mutation RegisterWithLeadTimes($id: ID!, $prefs: NotificationPreferencesInput) {\n    registerForPerformance(performanceId: $id, notificationPreferences: $prefs) {\n      __typename\n      ... on Registration {\n        notificationPreferences {\n          email\n          reminderLeadTimes\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").RegisterWithLeadTimesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowNotifications($id: ID!) {\n    performance(id: $id) {\n      runningLate\n      notifications(first: 50) {\n        countsByStatus {\n          status\n          count\n        }\n        edges {\n          node {\n            kind\n            channel\n            leadTime\n            plannedFor\n            status\n            recipient\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ShowNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RegisterPush($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      __typename\n      ... on PushSubscription {\n        id\n        label\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on ConflictError {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RegisterPushDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RemovePush($id: ID!) {\n    removePushSubscription(id: $id) {\n      __typename\n      ... on RemovePushSubscriptionPayload {\n        id\n      }\n    }\n  }\n",
): typeof import("./graphql").RemovePushDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MyBrowsers {\n    webPushPublicKey\n    me {\n      notificationSettings {\n        pushSubscriptions {\n          id\n          label\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").MyBrowsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateAccessibleShow($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        contentNotes\n        accessFeatures\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").CreateAccessibleShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateAccessibleShow($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope) {\n    updatePerformance(id: $id, input: $input, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        contentNotes\n        accessFeatures\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").UpdateAccessibleShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowNotes($id: ID!) {\n    performance(id: $id) {\n      contentNotes\n      accessFeatures\n    }\n  }\n",
): typeof import("./graphql").ShowNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FilteredCalendar(\n    $from: DateTime\n    $to: DateTime\n    $withAccessFeatures: [AccessFeature!]\n    $withoutContentNotes: [ContentNote!]\n  ) {\n    performances(\n      from: $from\n      to: $to\n      first: 100\n      withAccessFeatures: $withAccessFeatures\n      withoutContentNotes: $withoutContentNotes\n    ) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").FilteredCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SeriesShows($from: DateTime, $to: DateTime) {\n    performances(from: $from, to: $to, first: 100) {\n      edges {\n        node {\n          id\n          scheduledTime\n          contentNotes\n          accessFeatures\n          series {\n            id\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").SeriesShowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CancelWithMessage($id: ID!, $message: String, $scope: SeriesScope) {\n    cancelPerformance(id: $id, message: $message, scope: $scope) {\n      __typename\n      ... on Performance {\n        status\n        cancellationMessage\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").CancelWithMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowCancellationMessage($id: ID!) {\n    performance(id: $id) {\n      status\n      cancellationMessage\n    }\n  }\n",
): typeof import("./graphql").ShowCancellationMessageDocument;
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
  source: "\n  subscription LateShowUpdates($id: ID!) {\n    performanceStatus(id: $id) {\n      change\n      status\n      performance {\n        id\n        runningLate\n      }\n    }\n  }\n",
): typeof import("./graphql").LateShowUpdatesDocument;
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
  source: "\n  query FeedUrl {\n    me {\n      calendarFeedUrl\n    }\n  }\n",
): typeof import("./graphql").FeedUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation FeedRotate {\n    rotateCalendarFeed {\n      __typename\n      ... on User {\n        calendarFeedUrl\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").FeedRotateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation FeedRevoke {\n    revokeCalendarFeed {\n      __typename\n      ... on User {\n        calendarFeedUrl\n      }\n    }\n  }\n",
): typeof import("./graphql").FeedRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Feed($token: String!) {\n    calendarFeed(token: $token) {\n      reminderMinutesBefore\n      performances {\n        id\n        status\n      }\n    }\n  }\n",
): typeof import("./graphql").FeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FeedOfRegistrant($id: ID!) {\n    performance(id: $id) {\n      registrations {\n        edges {\n          node {\n            viewer {\n              calendarFeedUrl\n            }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").FeedOfRegistrantDocument;
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
  source: "\n  mutation SeriesRegister($seriesId: ID!, $preferences: NotificationPreferencesInput) {\n    registerForSeries(seriesId: $seriesId, notificationPreferences: $preferences) {\n      __typename\n      ... on SeriesRegistration {\n        registeredAt\n        series {\n          id\n          title\n          viewerRegistration {\n            notificationPreferences {\n              email\n              sms\n            }\n          }\n        }\n        notificationPreferences {\n          email\n          sms\n          browser\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").SeriesRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SeriesUnregister($seriesId: ID!) {\n    unregisterFromSeries(seriesId: $seriesId) {\n      __typename\n      ... on PerformanceSeries {\n        id\n        viewerRegistration {\n          registeredAt\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").SeriesUnregisterDocument;
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
