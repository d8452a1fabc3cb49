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
  "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.ViewerDocument;
  "\n    mutation SendChat($performanceId: ID!, $body: String!) {\n      sendChatMessage(performanceId: $performanceId, body: $body) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ": typeof types.SendChatDocument;
  "\n    mutation SendChatReaction($performanceId: ID!, $kind: ReactionKind!) {\n      sendReaction(performanceId: $performanceId, kind: $kind) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ": typeof types.SendChatReactionDocument;
  "\n    mutation RemoveChatLine($performanceId: ID!, $messageId: ID!) {\n      removeChatMessage(performanceId: $performanceId, messageId: $messageId) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ": typeof types.RemoveChatLineDocument;
  "\n    mutation MuteChatAuthor($performanceId: ID!, $viewerId: ID!) {\n      muteChatViewer(performanceId: $performanceId, viewerId: $viewerId) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ": typeof types.MuteChatAuthorDocument;
  "\n    mutation BanChatAuthor($viewerId: ID!) {\n      banChatViewer(viewerId: $viewerId) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ": typeof types.BanChatAuthorDocument;
  "\n    mutation ChangeSlowMode($performanceId: ID!, $seconds: Int!) {\n      setChatSlowMode(performanceId: $performanceId, seconds: $seconds) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ": typeof types.ChangeSlowModeDocument;
  "\n    mutation CloseOrOpenChat($performanceId: ID!, $closed: Boolean!) {\n      setChatClosed(performanceId: $performanceId, closed: $closed) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ": typeof types.CloseOrOpenChatDocument;
  "\n  subscription ChatFeed($performanceId: ID!) {\n    chatEvents(performanceId: $performanceId) {\n      kind\n      message {\n        ...ChatLine\n      }\n      removedMessageId\n      reactions {\n        applause\n        fire\n        heart\n        wow\n      }\n      chat {\n        ...ChatControls\n      }\n    }\n  }\n": typeof types.ChatFeedDocument;
  "\n  fragment ChatLine on ChatMessage {\n    id\n    authorId\n    authorName\n    authorRole\n    body\n    linksClickable\n    postedAt\n    offsetSeconds\n  }\n": typeof types.ChatLineFragmentDoc;
  "\n  fragment ChatControls on Chat {\n    status\n    closed\n    slowModeSeconds\n    viewerCanWrite\n    viewerWriteBlock\n    viewerCanModerate\n    viewerMuted\n    viewerBanned\n  }\n": typeof types.ChatControlsFragmentDoc;
  "\n  query ChatPage($performanceId: ID!, $after: String) {\n    chatMessages(performanceId: $performanceId, first: 150, after: $after) {\n      edges {\n        node {\n          ...ChatLine\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ChatPageDocument;
  "\n    query MyBrowserAlerts {\n      me {\n        notificationSettings {\n          reminderMinutesBefore\n        }\n        registrations(first: 200) {\n          notificationPreferences {\n            browser\n          }\n          performance {\n            id\n            title\n            scheduledTime\n            status\n          }\n        }\n      }\n    }\n  ": typeof types.MyBrowserAlertsDocument;
  "\n    subscription ScheduleForAlerts {\n      scheduleChanged {\n        change\n        status\n        performance {\n          id\n          title\n          scheduledTime\n        }\n      }\n    }\n  ": typeof types.ScheduleForAlertsDocument;
  "\n  query WebPushPublicKey {\n    webPushPublicKey\n  }\n": typeof types.WebPushPublicKeyDocument;
  "\n  mutation RegisterThisBrowser($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RegisterThisBrowserDocument;
  "\n  query CalendarContext($signedIn: Boolean!) {\n    siteTimeZone\n    me @include(if: $signedIn) {\n      notificationSettings {\n        reminderMinutesBefore\n      }\n    }\n  }\n": typeof types.CalendarContextDocument;
  "\n  query ReplayShelf {\n    replays(first: 8) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          thumbnailUrl\n          replayAvailableUntil\n          viewerIsRegistered\n        }\n      }\n    }\n  }\n": typeof types.ReplayShelfDocument;
  "\n  query CalendarShows(\n    $from: DateTime!\n    $to: DateTime!\n    $after: String\n    $withoutContentNotes: [ContentNote!]\n    $withAccessFeatures: [AccessFeature!]\n  ) {\n    performances(\n      from: $from\n      to: $to\n      first: 100\n      after: $after\n      withoutContentNotes: $withoutContentNotes\n      withAccessFeatures: $withAccessFeatures\n    ) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          endTime\n          durationMinutes\n          status\n          viewerIsRegistered\n          registrationCount\n          thumbnailUrl\n          recording {\n            readyAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CalendarShowsDocument;
  "\n  query HomeShows {\n    performances(first: 10) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          endTime\n          status\n          thumbnailUrl\n          registrationCount\n          contentNotes\n          accessFeatures\n        }\n      }\n    }\n  }\n": typeof types.HomeShowsDocument;
  "\n    subscription CalendarChanges {\n      scheduleChanged {\n        change\n      }\n    }\n  ": typeof types.CalendarChangesDocument;
  "\n  query Schedule($from: DateTime, $to: DateTime, $first: Int, $after: String, $last: Int, $before: String) {\n    performances(from: $from, to: $to, first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          endTime\n          durationMinutes\n          status\n          viewerIsRegistered\n          registrationCount\n          thumbnailUrl\n          series {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.ScheduleDocument;
  "\n  query AnalyticsOverview($from: DateTime!, $to: DateTime!) {\n    analyticsReport(from: $from, to: $to) {\n      shows\n      registered\n      totalViews\n      noShow\n      uniqueViewersPerShow\n    }\n    performanceAnalytics(from: $from, to: $to) {\n      peakConcurrentViewers\n      uniqueViewers\n      totalViews\n      averageWatchSeconds\n      funnel {\n        registered\n        watchedLive\n        watchedReplay\n        noShow\n      }\n      performance {\n        id\n        title\n        scheduledTime\n      }\n    }\n  }\n": typeof types.AnalyticsOverviewDocument;
  "\n  query ShowToEdit($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      thumbnailUrl\n      contentNotes\n      accessFeatures\n      registrationCount\n      series {\n        id\n        weekday\n        localTime\n        timeZone\n        startsOn\n        endsOn\n      }\n    }\n  }\n": typeof types.ShowToEditDocument;
  "\n  mutation UpdateShow($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope!) {\n    updatePerformance(id: $id, input: $input, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        title\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UpdateShowDocument;
  "\n  query ShowAnalytics($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      status\n      scheduledTime\n      endTime\n      registrationCount\n      recording {\n        readyAt\n      }\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n        countries {\n          country\n          viewers\n        }\n        funnel {\n          registered\n          watchedLive\n          watchedReplay\n          noShow\n        }\n        viewersOverTime {\n          at\n          viewers\n        }\n        retention {\n          offsetSeconds\n          live\n          replay\n          viewers\n        }\n      }\n    }\n  }\n": typeof types.ShowAnalyticsDocument;
  "\n    query ApplauseTimeline($id: ID!) {\n      performance(id: $id) {\n        reactionTimeline(bucketSeconds: 30) {\n          offsetSeconds\n          applause\n          fire\n          heart\n          wow\n          total\n        }\n      }\n    }\n  ": typeof types.ApplauseTimelineDocument;
  "\n  query BroadcastPanel($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      thumbnailUrl\n      registrationCount\n      liveAlertRecipientCount\n      streamHealth {\n        ...StreamHealthFields\n      }\n      recording {\n        durationSeconds\n        readyAt\n        renditions\n      }\n      ingest {\n        rtmpsUrl\n        streamKey\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n          heartbeatToken\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n": typeof types.BroadcastPanelDocument;
  "\n  mutation StartShow($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.StartShowDocument;
  "\n  mutation UndoGoLive($id: ID!) {\n    undoStartPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UndoGoLiveDocument;
  "\n  mutation EndShow($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.EndShowDocument;
  "\n  mutation RotateKey($id: ID!) {\n    rotateStreamKey(performanceId: $id) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RotateKeyDocument;
  "\n    subscription BroadcastStatus($id: ID!) {\n      performanceStatus(id: $id) {\n        change\n        status\n        performance {\n          id\n          recording {\n            durationSeconds\n            readyAt\n          }\n        }\n      }\n    }\n  ": typeof types.BroadcastStatusDocument;
  "\n    subscription BroadcastViewers($id: ID!) {\n      liveViewerCount(id: $id) {\n        viewers\n        peak\n      }\n    }\n  ": typeof types.BroadcastViewersDocument;
  "\n    query PreviewPlayback($id: ID!) {\n      performance(id: $id) {\n        playback {\n          __typename\n          ... on Playback {\n            hlsUrl\n            expiresAt\n            live\n            heartbeatToken\n          }\n        }\n      }\n    }\n  ": typeof types.PreviewPlaybackDocument;
  "\n    query RecordingArchive($id: ID!) {\n      performance(id: $id) {\n        id\n        recording {\n          archive {\n            status\n            progressPercent\n            sizeBytes\n            checksumSha256\n            archivedAt\n            downloadUrl\n            failureReason\n          }\n        }\n      }\n    }\n  ": typeof types.RecordingArchiveDocument;
  "\n    fragment StreamHealthFields on StreamHealth {\n      reachable\n      connected\n      connectedSince\n      onAirSeconds\n      ingest {\n        videoCodec\n        audioCodec\n        width\n        height\n        frameRate\n        bitrateKbps\n        keyframeIntervalSeconds\n      }\n      renditions {\n        height\n      }\n      lastError {\n        code\n        at\n        advice\n      }\n      alerts {\n        kind\n        at\n        message\n      }\n    }\n  ": typeof types.StreamHealthFieldsFragmentDoc;
  "\n    query PollStreamHealth($id: ID!) {\n      performance(id: $id) {\n        streamHealth {\n          ...StreamHealthFields\n        }\n      }\n    }\n  ": typeof types.PollStreamHealthDocument;
  "\n  query ShowToCancel($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      registrationCount\n      series {\n        id\n      }\n    }\n  }\n": typeof types.ShowToCancelDocument;
  "\n  mutation CancelShow($id: ID!, $scope: SeriesScope!, $message: String) {\n    cancelPerformance(id: $id, scope: $scope, message: $message) {\n      __typename\n      ... on Performance {\n        id\n        title\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.CancelShowDocument;
  "\n  query ShowCaptions($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      recording {\n        readyAt\n      }\n      captions {\n        language\n        label\n        uploadedAt\n      }\n    }\n  }\n": typeof types.ShowCaptionsDocument;
  "\n  mutation UploadCaptions($performanceId: ID!, $language: String!, $file: File!) {\n    uploadCaptions(performanceId: $performanceId, language: $language, file: $file) {\n      __typename\n      ... on CaptionTrack {\n        language\n        label\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UploadCaptionsDocument;
  "\n  query ShowRegistrations($id: ID!, $after: String) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      registrationCount\n      registrations(first: 50, after: $after) {\n        edges {\n          node {\n            registeredAt\n            viewer {\n              id\n              name\n              email\n            }\n            notificationPreferences {\n              email\n              sms\n              browser\n            }\n            watching {\n              watchedLive\n              watchedReplay\n              liveSeconds\n              replaySeconds\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ShowRegistrationsDocument;
  "\n  mutation CreateShow($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        title\n        series {\n          id\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.CreateShowDocument;
  "\n  query CalendarFeed($token: String!) {\n    siteTimeZone\n    calendarFeed(token: $token) {\n      reminderMinutesBefore\n      performances {\n        id\n        title\n        description\n        scheduledTime\n        endTime\n        status\n      }\n    }\n  }\n": typeof types.CalendarFeedDocument;
  "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      __typename\n      ... on RequestPasswordResetPayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RequestPasswordResetDocument;
  "\n  query MyPage {\n    me {\n      name\n      email\n      calendarFeedUrl\n      notificationSettings {\n        email\n        sms\n        browser\n        phoneNumber\n        reminderLeadTimes\n        runningLate\n        emailUnsubscribed\n        smsStopped\n        pushSubscriptions {\n          id\n          label\n          createdAt\n        }\n      }\n      upcoming: registrations(when: UPCOMING, first: 100) {\n        ...MyRegistration\n      }\n      past: registrations(when: PAST, first: 20) {\n        ...MyRegistration\n      }\n    }\n  }\n\n  fragment MyRegistration on Registration {\n    registeredAt\n    notificationPreferences {\n      email\n      sms\n      browser\n    }\n    performance {\n      id\n      title\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      thumbnailUrl\n      viewerIsRegistered\n      registrationCount\n      recording {\n        readyAt\n      }\n    }\n  }\n": typeof types.MyPageDocument;
  "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      __typename\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument;
  "\n  mutation RemoveBrowser($id: ID!) {\n    removePushSubscription(id: $id) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RemoveBrowserDocument;
  "\n  query AccountPage {\n    me {\n      email\n      calendarFeedUrl\n    }\n  }\n": typeof types.AccountPageDocument;
  "\n  mutation MyChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MyChangePasswordDocument;
  "\n  mutation MyRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      __typename\n      ... on RequestEmailChangePayload {\n        email\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MyRequestEmailChangeDocument;
  "\n  mutation MyRotateCalendarFeed {\n    rotateCalendarFeed {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MyRotateCalendarFeedDocument;
  "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      __typename\n      ... on ConfirmEmailChangePayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument;
  "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument;
  "\n  query ShowPage($id: ID!, $signedIn: Boolean!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      thumbnailUrl\n      contentNotes\n      accessFeatures\n      registrationCount\n      viewerIsRegistered\n      viewerRegistration {\n        notificationPreferences {\n          reminderLeadTimes\n          email\n          sms\n          browser\n        }\n      }\n      cancellationMessage\n      series {\n        id\n        title\n        weekday\n        localTime\n        endsOn\n        viewerRegistration {\n          registeredAt\n        }\n      }\n      recording {\n        readyAt\n      }\n    }\n    me @include(if: $signedIn) {\n      notificationSettings {\n        reminderLeadTimes\n        email\n        sms\n        browser\n        phoneNumber\n      }\n    }\n  }\n": typeof types.ShowPageDocument;
  "\n  mutation Register($performanceId: ID!, $preferences: NotificationPreferencesInput!) {\n    registerForPerformance(performanceId: $performanceId, notificationPreferences: $preferences) {\n      __typename\n      ... on Registration {\n        performance {\n          title\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RegisterDocument;
  "\n  mutation RegisterForSeries($seriesId: ID!, $preferences: NotificationPreferencesInput!) {\n    registerForSeries(seriesId: $seriesId, notificationPreferences: $preferences) {\n      __typename\n      ... on SeriesRegistration {\n        series {\n          title\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RegisterForSeriesDocument;
  "\n  mutation UnregisterFromSeries($seriesId: ID!) {\n    unregisterFromSeries(seriesId: $seriesId) {\n      __typename\n      ... on PerformanceSeries {\n        title\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UnregisterFromSeriesDocument;
  "\n  mutation Unregister($performanceId: ID!) {\n    unregisterFromPerformance(performanceId: $performanceId) {\n      __typename\n      ... on Performance {\n        title\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.UnregisterDocument;
  "\n  query ShowForCalendar($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      status\n    }\n  }\n": typeof types.ShowForCalendarDocument;
  "\n  query SeriesForCalendar($id: ID!) {\n    performance(id: $id) {\n      id\n      description\n      series {\n        id\n        title\n        weekday\n        localTime\n        startsOn\n        endsOn\n        durationMinutes\n      }\n    }\n  }\n": typeof types.SeriesForCalendarDocument;
  "\n  query WatchPage($id: ID!, $signedIn: Boolean!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      runningLate\n      thumbnailUrl\n      contentNotes\n      accessFeatures\n      viewerIsRegistered\n      recording {\n        durationSeconds\n        readyAt\n      }\n      replayAvailableUntil\n      replayStatus\n      playback @include(if: $signedIn) {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n          heartbeatToken\n          parts {\n            hlsUrl\n            durationSeconds\n            startedAt\n          }\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n": typeof types.WatchPageDocument;
  "\n  mutation RegisterToWatch($performanceId: ID!) {\n    registerForPerformance(performanceId: $performanceId) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RegisterToWatchDocument;
  "\n    subscription WatchStatus($id: ID!) {\n      performanceStatus(id: $id) {\n        change\n        status\n        performance {\n          id\n          scheduledTime\n          endTime\n          runningLate\n          recording {\n            durationSeconds\n            readyAt\n          }\n        }\n      }\n    }\n  ": typeof types.WatchStatusDocument;
  "\n    subscription WatchViewers($id: ID!) {\n      liveViewerCount(id: $id) {\n        viewers\n      }\n    }\n  ": typeof types.WatchViewersDocument;
  "\n    query WatchPlayback($id: ID!) {\n      performance(id: $id) {\n        playback {\n          __typename\n          ... on Playback {\n            hlsUrl\n            expiresAt\n            live\n            heartbeatToken\n            parts {\n              hlsUrl\n              durationSeconds\n              startedAt\n            }\n          }\n          ... on Error {\n            message\n          }\n        }\n      }\n    }\n  ": typeof types.WatchPlaybackDocument;
  "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SignInDocument;
  "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      __typename\n      ... on RequestSignInLinkPayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RequestSignInLinkDocument;
  "\n  mutation SignInWithLink($token: String!) {\n    signInWithLink(token: $token) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SignInWithLinkDocument;
  "\n  mutation SignOut {\n    signOut {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SignOutDocument;
  "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SignUpDocument;
};
const documents: Documents = {
  "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.ViewerDocument,
  "\n    mutation SendChat($performanceId: ID!, $body: String!) {\n      sendChatMessage(performanceId: $performanceId, body: $body) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ":
    types.SendChatDocument,
  "\n    mutation SendChatReaction($performanceId: ID!, $kind: ReactionKind!) {\n      sendReaction(performanceId: $performanceId, kind: $kind) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ":
    types.SendChatReactionDocument,
  "\n    mutation RemoveChatLine($performanceId: ID!, $messageId: ID!) {\n      removeChatMessage(performanceId: $performanceId, messageId: $messageId) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ":
    types.RemoveChatLineDocument,
  "\n    mutation MuteChatAuthor($performanceId: ID!, $viewerId: ID!) {\n      muteChatViewer(performanceId: $performanceId, viewerId: $viewerId) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ":
    types.MuteChatAuthorDocument,
  "\n    mutation BanChatAuthor($viewerId: ID!) {\n      banChatViewer(viewerId: $viewerId) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ":
    types.BanChatAuthorDocument,
  "\n    mutation ChangeSlowMode($performanceId: ID!, $seconds: Int!) {\n      setChatSlowMode(performanceId: $performanceId, seconds: $seconds) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ":
    types.ChangeSlowModeDocument,
  "\n    mutation CloseOrOpenChat($performanceId: ID!, $closed: Boolean!) {\n      setChatClosed(performanceId: $performanceId, closed: $closed) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ":
    types.CloseOrOpenChatDocument,
  "\n  subscription ChatFeed($performanceId: ID!) {\n    chatEvents(performanceId: $performanceId) {\n      kind\n      message {\n        ...ChatLine\n      }\n      removedMessageId\n      reactions {\n        applause\n        fire\n        heart\n        wow\n      }\n      chat {\n        ...ChatControls\n      }\n    }\n  }\n":
    types.ChatFeedDocument,
  "\n  fragment ChatLine on ChatMessage {\n    id\n    authorId\n    authorName\n    authorRole\n    body\n    linksClickable\n    postedAt\n    offsetSeconds\n  }\n":
    types.ChatLineFragmentDoc,
  "\n  fragment ChatControls on Chat {\n    status\n    closed\n    slowModeSeconds\n    viewerCanWrite\n    viewerWriteBlock\n    viewerCanModerate\n    viewerMuted\n    viewerBanned\n  }\n":
    types.ChatControlsFragmentDoc,
  "\n  query ChatPage($performanceId: ID!, $after: String) {\n    chatMessages(performanceId: $performanceId, first: 150, after: $after) {\n      edges {\n        node {\n          ...ChatLine\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":
    types.ChatPageDocument,
  "\n    query MyBrowserAlerts {\n      me {\n        notificationSettings {\n          reminderMinutesBefore\n        }\n        registrations(first: 200) {\n          notificationPreferences {\n            browser\n          }\n          performance {\n            id\n            title\n            scheduledTime\n            status\n          }\n        }\n      }\n    }\n  ":
    types.MyBrowserAlertsDocument,
  "\n    subscription ScheduleForAlerts {\n      scheduleChanged {\n        change\n        status\n        performance {\n          id\n          title\n          scheduledTime\n        }\n      }\n    }\n  ":
    types.ScheduleForAlertsDocument,
  "\n  query WebPushPublicKey {\n    webPushPublicKey\n  }\n": types.WebPushPublicKeyDocument,
  "\n  mutation RegisterThisBrowser($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.RegisterThisBrowserDocument,
  "\n  query CalendarContext($signedIn: Boolean!) {\n    siteTimeZone\n    me @include(if: $signedIn) {\n      notificationSettings {\n        reminderMinutesBefore\n      }\n    }\n  }\n":
    types.CalendarContextDocument,
  "\n  query ReplayShelf {\n    replays(first: 8) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          thumbnailUrl\n          replayAvailableUntil\n          viewerIsRegistered\n        }\n      }\n    }\n  }\n":
    types.ReplayShelfDocument,
  "\n  query CalendarShows(\n    $from: DateTime!\n    $to: DateTime!\n    $after: String\n    $withoutContentNotes: [ContentNote!]\n    $withAccessFeatures: [AccessFeature!]\n  ) {\n    performances(\n      from: $from\n      to: $to\n      first: 100\n      after: $after\n      withoutContentNotes: $withoutContentNotes\n      withAccessFeatures: $withAccessFeatures\n    ) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          endTime\n          durationMinutes\n          status\n          viewerIsRegistered\n          registrationCount\n          thumbnailUrl\n          recording {\n            readyAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":
    types.CalendarShowsDocument,
  "\n  query HomeShows {\n    performances(first: 10) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          endTime\n          status\n          thumbnailUrl\n          registrationCount\n          contentNotes\n          accessFeatures\n        }\n      }\n    }\n  }\n":
    types.HomeShowsDocument,
  "\n    subscription CalendarChanges {\n      scheduleChanged {\n        change\n      }\n    }\n  ":
    types.CalendarChangesDocument,
  "\n  query Schedule($from: DateTime, $to: DateTime, $first: Int, $after: String, $last: Int, $before: String) {\n    performances(from: $from, to: $to, first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          endTime\n          durationMinutes\n          status\n          viewerIsRegistered\n          registrationCount\n          thumbnailUrl\n          series {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n":
    types.ScheduleDocument,
  "\n  query AnalyticsOverview($from: DateTime!, $to: DateTime!) {\n    analyticsReport(from: $from, to: $to) {\n      shows\n      registered\n      totalViews\n      noShow\n      uniqueViewersPerShow\n    }\n    performanceAnalytics(from: $from, to: $to) {\n      peakConcurrentViewers\n      uniqueViewers\n      totalViews\n      averageWatchSeconds\n      funnel {\n        registered\n        watchedLive\n        watchedReplay\n        noShow\n      }\n      performance {\n        id\n        title\n        scheduledTime\n      }\n    }\n  }\n":
    types.AnalyticsOverviewDocument,
  "\n  query ShowToEdit($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      thumbnailUrl\n      contentNotes\n      accessFeatures\n      registrationCount\n      series {\n        id\n        weekday\n        localTime\n        timeZone\n        startsOn\n        endsOn\n      }\n    }\n  }\n":
    types.ShowToEditDocument,
  "\n  mutation UpdateShow($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope!) {\n    updatePerformance(id: $id, input: $input, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        title\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.UpdateShowDocument,
  "\n  query ShowAnalytics($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      status\n      scheduledTime\n      endTime\n      registrationCount\n      recording {\n        readyAt\n      }\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n        countries {\n          country\n          viewers\n        }\n        funnel {\n          registered\n          watchedLive\n          watchedReplay\n          noShow\n        }\n        viewersOverTime {\n          at\n          viewers\n        }\n        retention {\n          offsetSeconds\n          live\n          replay\n          viewers\n        }\n      }\n    }\n  }\n":
    types.ShowAnalyticsDocument,
  "\n    query ApplauseTimeline($id: ID!) {\n      performance(id: $id) {\n        reactionTimeline(bucketSeconds: 30) {\n          offsetSeconds\n          applause\n          fire\n          heart\n          wow\n          total\n        }\n      }\n    }\n  ":
    types.ApplauseTimelineDocument,
  "\n  query BroadcastPanel($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      thumbnailUrl\n      registrationCount\n      liveAlertRecipientCount\n      streamHealth {\n        ...StreamHealthFields\n      }\n      recording {\n        durationSeconds\n        readyAt\n        renditions\n      }\n      ingest {\n        rtmpsUrl\n        streamKey\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n          heartbeatToken\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n":
    types.BroadcastPanelDocument,
  "\n  mutation StartShow($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.StartShowDocument,
  "\n  mutation UndoGoLive($id: ID!) {\n    undoStartPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.UndoGoLiveDocument,
  "\n  mutation EndShow($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.EndShowDocument,
  "\n  mutation RotateKey($id: ID!) {\n    rotateStreamKey(performanceId: $id) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.RotateKeyDocument,
  "\n    subscription BroadcastStatus($id: ID!) {\n      performanceStatus(id: $id) {\n        change\n        status\n        performance {\n          id\n          recording {\n            durationSeconds\n            readyAt\n          }\n        }\n      }\n    }\n  ":
    types.BroadcastStatusDocument,
  "\n    subscription BroadcastViewers($id: ID!) {\n      liveViewerCount(id: $id) {\n        viewers\n        peak\n      }\n    }\n  ":
    types.BroadcastViewersDocument,
  "\n    query PreviewPlayback($id: ID!) {\n      performance(id: $id) {\n        playback {\n          __typename\n          ... on Playback {\n            hlsUrl\n            expiresAt\n            live\n            heartbeatToken\n          }\n        }\n      }\n    }\n  ":
    types.PreviewPlaybackDocument,
  "\n    query RecordingArchive($id: ID!) {\n      performance(id: $id) {\n        id\n        recording {\n          archive {\n            status\n            progressPercent\n            sizeBytes\n            checksumSha256\n            archivedAt\n            downloadUrl\n            failureReason\n          }\n        }\n      }\n    }\n  ":
    types.RecordingArchiveDocument,
  "\n    fragment StreamHealthFields on StreamHealth {\n      reachable\n      connected\n      connectedSince\n      onAirSeconds\n      ingest {\n        videoCodec\n        audioCodec\n        width\n        height\n        frameRate\n        bitrateKbps\n        keyframeIntervalSeconds\n      }\n      renditions {\n        height\n      }\n      lastError {\n        code\n        at\n        advice\n      }\n      alerts {\n        kind\n        at\n        message\n      }\n    }\n  ":
    types.StreamHealthFieldsFragmentDoc,
  "\n    query PollStreamHealth($id: ID!) {\n      performance(id: $id) {\n        streamHealth {\n          ...StreamHealthFields\n        }\n      }\n    }\n  ":
    types.PollStreamHealthDocument,
  "\n  query ShowToCancel($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      registrationCount\n      series {\n        id\n      }\n    }\n  }\n":
    types.ShowToCancelDocument,
  "\n  mutation CancelShow($id: ID!, $scope: SeriesScope!, $message: String) {\n    cancelPerformance(id: $id, scope: $scope, message: $message) {\n      __typename\n      ... on Performance {\n        id\n        title\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.CancelShowDocument,
  "\n  query ShowCaptions($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      recording {\n        readyAt\n      }\n      captions {\n        language\n        label\n        uploadedAt\n      }\n    }\n  }\n":
    types.ShowCaptionsDocument,
  "\n  mutation UploadCaptions($performanceId: ID!, $language: String!, $file: File!) {\n    uploadCaptions(performanceId: $performanceId, language: $language, file: $file) {\n      __typename\n      ... on CaptionTrack {\n        language\n        label\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.UploadCaptionsDocument,
  "\n  query ShowRegistrations($id: ID!, $after: String) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      registrationCount\n      registrations(first: 50, after: $after) {\n        edges {\n          node {\n            registeredAt\n            viewer {\n              id\n              name\n              email\n            }\n            notificationPreferences {\n              email\n              sms\n              browser\n            }\n            watching {\n              watchedLive\n              watchedReplay\n              liveSeconds\n              replaySeconds\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n":
    types.ShowRegistrationsDocument,
  "\n  mutation CreateShow($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        title\n        series {\n          id\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.CreateShowDocument,
  "\n  query CalendarFeed($token: String!) {\n    siteTimeZone\n    calendarFeed(token: $token) {\n      reminderMinutesBefore\n      performances {\n        id\n        title\n        description\n        scheduledTime\n        endTime\n        status\n      }\n    }\n  }\n":
    types.CalendarFeedDocument,
  "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      __typename\n      ... on RequestPasswordResetPayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.RequestPasswordResetDocument,
  "\n  query MyPage {\n    me {\n      name\n      email\n      calendarFeedUrl\n      notificationSettings {\n        email\n        sms\n        browser\n        phoneNumber\n        reminderLeadTimes\n        runningLate\n        emailUnsubscribed\n        smsStopped\n        pushSubscriptions {\n          id\n          label\n          createdAt\n        }\n      }\n      upcoming: registrations(when: UPCOMING, first: 100) {\n        ...MyRegistration\n      }\n      past: registrations(when: PAST, first: 20) {\n        ...MyRegistration\n      }\n    }\n  }\n\n  fragment MyRegistration on Registration {\n    registeredAt\n    notificationPreferences {\n      email\n      sms\n      browser\n    }\n    performance {\n      id\n      title\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      thumbnailUrl\n      viewerIsRegistered\n      registrationCount\n      recording {\n        readyAt\n      }\n    }\n  }\n":
    types.MyPageDocument,
  "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      __typename\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.UpdateNotificationSettingsDocument,
  "\n  mutation RemoveBrowser($id: ID!) {\n    removePushSubscription(id: $id) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.RemoveBrowserDocument,
  "\n  query AccountPage {\n    me {\n      email\n      calendarFeedUrl\n    }\n  }\n": types.AccountPageDocument,
  "\n  mutation MyChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.MyChangePasswordDocument,
  "\n  mutation MyRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      __typename\n      ... on RequestEmailChangePayload {\n        email\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.MyRequestEmailChangeDocument,
  "\n  mutation MyRotateCalendarFeed {\n    rotateCalendarFeed {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.MyRotateCalendarFeedDocument,
  "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      __typename\n      ... on ConfirmEmailChangePayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.ConfirmEmailChangeDocument,
  "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.ResetPasswordDocument,
  "\n  query ShowPage($id: ID!, $signedIn: Boolean!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      thumbnailUrl\n      contentNotes\n      accessFeatures\n      registrationCount\n      viewerIsRegistered\n      viewerRegistration {\n        notificationPreferences {\n          reminderLeadTimes\n          email\n          sms\n          browser\n        }\n      }\n      cancellationMessage\n      series {\n        id\n        title\n        weekday\n        localTime\n        endsOn\n        viewerRegistration {\n          registeredAt\n        }\n      }\n      recording {\n        readyAt\n      }\n    }\n    me @include(if: $signedIn) {\n      notificationSettings {\n        reminderLeadTimes\n        email\n        sms\n        browser\n        phoneNumber\n      }\n    }\n  }\n":
    types.ShowPageDocument,
  "\n  mutation Register($performanceId: ID!, $preferences: NotificationPreferencesInput!) {\n    registerForPerformance(performanceId: $performanceId, notificationPreferences: $preferences) {\n      __typename\n      ... on Registration {\n        performance {\n          title\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.RegisterDocument,
  "\n  mutation RegisterForSeries($seriesId: ID!, $preferences: NotificationPreferencesInput!) {\n    registerForSeries(seriesId: $seriesId, notificationPreferences: $preferences) {\n      __typename\n      ... on SeriesRegistration {\n        series {\n          title\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.RegisterForSeriesDocument,
  "\n  mutation UnregisterFromSeries($seriesId: ID!) {\n    unregisterFromSeries(seriesId: $seriesId) {\n      __typename\n      ... on PerformanceSeries {\n        title\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.UnregisterFromSeriesDocument,
  "\n  mutation Unregister($performanceId: ID!) {\n    unregisterFromPerformance(performanceId: $performanceId) {\n      __typename\n      ... on Performance {\n        title\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.UnregisterDocument,
  "\n  query ShowForCalendar($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      status\n    }\n  }\n":
    types.ShowForCalendarDocument,
  "\n  query SeriesForCalendar($id: ID!) {\n    performance(id: $id) {\n      id\n      description\n      series {\n        id\n        title\n        weekday\n        localTime\n        startsOn\n        endsOn\n        durationMinutes\n      }\n    }\n  }\n":
    types.SeriesForCalendarDocument,
  "\n  query WatchPage($id: ID!, $signedIn: Boolean!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      runningLate\n      thumbnailUrl\n      contentNotes\n      accessFeatures\n      viewerIsRegistered\n      recording {\n        durationSeconds\n        readyAt\n      }\n      replayAvailableUntil\n      replayStatus\n      playback @include(if: $signedIn) {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n          heartbeatToken\n          parts {\n            hlsUrl\n            durationSeconds\n            startedAt\n          }\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n":
    types.WatchPageDocument,
  "\n  mutation RegisterToWatch($performanceId: ID!) {\n    registerForPerformance(performanceId: $performanceId) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.RegisterToWatchDocument,
  "\n    subscription WatchStatus($id: ID!) {\n      performanceStatus(id: $id) {\n        change\n        status\n        performance {\n          id\n          scheduledTime\n          endTime\n          runningLate\n          recording {\n            durationSeconds\n            readyAt\n          }\n        }\n      }\n    }\n  ":
    types.WatchStatusDocument,
  "\n    subscription WatchViewers($id: ID!) {\n      liveViewerCount(id: $id) {\n        viewers\n      }\n    }\n  ":
    types.WatchViewersDocument,
  "\n    query WatchPlayback($id: ID!) {\n      performance(id: $id) {\n        playback {\n          __typename\n          ... on Playback {\n            hlsUrl\n            expiresAt\n            live\n            heartbeatToken\n            parts {\n              hlsUrl\n              durationSeconds\n              startedAt\n            }\n          }\n          ... on Error {\n            message\n          }\n        }\n      }\n    }\n  ":
    types.WatchPlaybackDocument,
  "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.SignInDocument,
  "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      __typename\n      ... on RequestSignInLinkPayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.RequestSignInLinkDocument,
  "\n  mutation SignInWithLink($token: String!) {\n    signInWithLink(token: $token) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.SignInWithLinkDocument,
  "\n  mutation SignOut {\n    signOut {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.SignOutDocument,
  "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n":
    types.SignUpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n",
): typeof import("./graphql").ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation SendChat($performanceId: ID!, $body: String!) {\n      sendChatMessage(performanceId: $performanceId, body: $body) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ",
): typeof import("./graphql").SendChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation SendChatReaction($performanceId: ID!, $kind: ReactionKind!) {\n      sendReaction(performanceId: $performanceId, kind: $kind) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ",
): typeof import("./graphql").SendChatReactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation RemoveChatLine($performanceId: ID!, $messageId: ID!) {\n      removeChatMessage(performanceId: $performanceId, messageId: $messageId) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ",
): typeof import("./graphql").RemoveChatLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation MuteChatAuthor($performanceId: ID!, $viewerId: ID!) {\n      muteChatViewer(performanceId: $performanceId, viewerId: $viewerId) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ",
): typeof import("./graphql").MuteChatAuthorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation BanChatAuthor($viewerId: ID!) {\n      banChatViewer(viewerId: $viewerId) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ",
): typeof import("./graphql").BanChatAuthorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation ChangeSlowMode($performanceId: ID!, $seconds: Int!) {\n      setChatSlowMode(performanceId: $performanceId, seconds: $seconds) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ",
): typeof import("./graphql").ChangeSlowModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation CloseOrOpenChat($performanceId: ID!, $closed: Boolean!) {\n      setChatClosed(performanceId: $performanceId, closed: $closed) {\n        __typename\n        ... on Error {\n          message\n        }\n      }\n    }\n  ",
): typeof import("./graphql").CloseOrOpenChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription ChatFeed($performanceId: ID!) {\n    chatEvents(performanceId: $performanceId) {\n      kind\n      message {\n        ...ChatLine\n      }\n      removedMessageId\n      reactions {\n        applause\n        fire\n        heart\n        wow\n      }\n      chat {\n        ...ChatControls\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment ChatLine on ChatMessage {\n    id\n    authorId\n    authorName\n    authorRole\n    body\n    linksClickable\n    postedAt\n    offsetSeconds\n  }\n",
): typeof import("./graphql").ChatLineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment ChatControls on Chat {\n    status\n    closed\n    slowModeSeconds\n    viewerCanWrite\n    viewerWriteBlock\n    viewerCanModerate\n    viewerMuted\n    viewerBanned\n  }\n",
): typeof import("./graphql").ChatControlsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ChatPage($performanceId: ID!, $after: String) {\n    chatMessages(performanceId: $performanceId, first: 150, after: $after) {\n      edges {\n        node {\n          ...ChatLine\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n",
): typeof import("./graphql").ChatPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query MyBrowserAlerts {\n      me {\n        notificationSettings {\n          reminderMinutesBefore\n        }\n        registrations(first: 200) {\n          notificationPreferences {\n            browser\n          }\n          performance {\n            id\n            title\n            scheduledTime\n            status\n          }\n        }\n      }\n    }\n  ",
): typeof import("./graphql").MyBrowserAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    subscription ScheduleForAlerts {\n      scheduleChanged {\n        change\n        status\n        performance {\n          id\n          title\n          scheduledTime\n        }\n      }\n    }\n  ",
): typeof import("./graphql").ScheduleForAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query WebPushPublicKey {\n    webPushPublicKey\n  }\n",
): typeof import("./graphql").WebPushPublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RegisterThisBrowser($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RegisterThisBrowserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CalendarContext($signedIn: Boolean!) {\n    siteTimeZone\n    me @include(if: $signedIn) {\n      notificationSettings {\n        reminderMinutesBefore\n      }\n    }\n  }\n",
): typeof import("./graphql").CalendarContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ReplayShelf {\n    replays(first: 8) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          thumbnailUrl\n          replayAvailableUntil\n          viewerIsRegistered\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ReplayShelfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CalendarShows(\n    $from: DateTime!\n    $to: DateTime!\n    $after: String\n    $withoutContentNotes: [ContentNote!]\n    $withAccessFeatures: [AccessFeature!]\n  ) {\n    performances(\n      from: $from\n      to: $to\n      first: 100\n      after: $after\n      withoutContentNotes: $withoutContentNotes\n      withAccessFeatures: $withAccessFeatures\n    ) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          endTime\n          durationMinutes\n          status\n          viewerIsRegistered\n          registrationCount\n          thumbnailUrl\n          recording {\n            readyAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n",
): typeof import("./graphql").CalendarShowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query HomeShows {\n    performances(first: 10) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          endTime\n          status\n          thumbnailUrl\n          registrationCount\n          contentNotes\n          accessFeatures\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").HomeShowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    subscription CalendarChanges {\n      scheduleChanged {\n        change\n      }\n    }\n  ",
): typeof import("./graphql").CalendarChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Schedule($from: DateTime, $to: DateTime, $first: Int, $after: String, $last: Int, $before: String) {\n    performances(from: $from, to: $to, first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        node {\n          id\n          title\n          scheduledTime\n          endTime\n          durationMinutes\n          status\n          viewerIsRegistered\n          registrationCount\n          thumbnailUrl\n          series {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n",
): typeof import("./graphql").ScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AnalyticsOverview($from: DateTime!, $to: DateTime!) {\n    analyticsReport(from: $from, to: $to) {\n      shows\n      registered\n      totalViews\n      noShow\n      uniqueViewersPerShow\n    }\n    performanceAnalytics(from: $from, to: $to) {\n      peakConcurrentViewers\n      uniqueViewers\n      totalViews\n      averageWatchSeconds\n      funnel {\n        registered\n        watchedLive\n        watchedReplay\n        noShow\n      }\n      performance {\n        id\n        title\n        scheduledTime\n      }\n    }\n  }\n",
): typeof import("./graphql").AnalyticsOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowToEdit($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      thumbnailUrl\n      contentNotes\n      accessFeatures\n      registrationCount\n      series {\n        id\n        weekday\n        localTime\n        timeZone\n        startsOn\n        endsOn\n      }\n    }\n  }\n",
): typeof import("./graphql").ShowToEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateShow($id: ID!, $input: UpdatePerformanceInput!, $scope: SeriesScope!) {\n    updatePerformance(id: $id, input: $input, scope: $scope) {\n      __typename\n      ... on Performance {\n        id\n        title\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UpdateShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowAnalytics($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      status\n      scheduledTime\n      endTime\n      registrationCount\n      recording {\n        readyAt\n      }\n      analytics {\n        peakConcurrentViewers\n        totalViews\n        uniqueViewers\n        averageWatchSeconds\n        countries {\n          country\n          viewers\n        }\n        funnel {\n          registered\n          watchedLive\n          watchedReplay\n          noShow\n        }\n        viewersOverTime {\n          at\n          viewers\n        }\n        retention {\n          offsetSeconds\n          live\n          replay\n          viewers\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ShowAnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query ApplauseTimeline($id: ID!) {\n      performance(id: $id) {\n        reactionTimeline(bucketSeconds: 30) {\n          offsetSeconds\n          applause\n          fire\n          heart\n          wow\n          total\n        }\n      }\n    }\n  ",
): typeof import("./graphql").ApplauseTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BroadcastPanel($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      thumbnailUrl\n      registrationCount\n      liveAlertRecipientCount\n      streamHealth {\n        ...StreamHealthFields\n      }\n      recording {\n        durationSeconds\n        readyAt\n        renditions\n      }\n      ingest {\n        rtmpsUrl\n        streamKey\n      }\n      playback {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n          heartbeatToken\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").BroadcastPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StartShow($id: ID!) {\n    startPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").StartShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UndoGoLive($id: ID!) {\n    undoStartPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UndoGoLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation EndShow($id: ID!) {\n    endPerformance(id: $id) {\n      __typename\n      ... on Performance {\n        status\n      }\n      ... on IllegalTransitionError {\n        status\n        attemptedAction\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").EndShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RotateKey($id: ID!) {\n    rotateStreamKey(performanceId: $id) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RotateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    subscription BroadcastStatus($id: ID!) {\n      performanceStatus(id: $id) {\n        change\n        status\n        performance {\n          id\n          recording {\n            durationSeconds\n            readyAt\n          }\n        }\n      }\n    }\n  ",
): typeof import("./graphql").BroadcastStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    subscription BroadcastViewers($id: ID!) {\n      liveViewerCount(id: $id) {\n        viewers\n        peak\n      }\n    }\n  ",
): typeof import("./graphql").BroadcastViewersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query PreviewPlayback($id: ID!) {\n      performance(id: $id) {\n        playback {\n          __typename\n          ... on Playback {\n            hlsUrl\n            expiresAt\n            live\n            heartbeatToken\n          }\n        }\n      }\n    }\n  ",
): typeof import("./graphql").PreviewPlaybackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query RecordingArchive($id: ID!) {\n      performance(id: $id) {\n        id\n        recording {\n          archive {\n            status\n            progressPercent\n            sizeBytes\n            checksumSha256\n            archivedAt\n            downloadUrl\n            failureReason\n          }\n        }\n      }\n    }\n  ",
): typeof import("./graphql").RecordingArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    fragment StreamHealthFields on StreamHealth {\n      reachable\n      connected\n      connectedSince\n      onAirSeconds\n      ingest {\n        videoCodec\n        audioCodec\n        width\n        height\n        frameRate\n        bitrateKbps\n        keyframeIntervalSeconds\n      }\n      renditions {\n        height\n      }\n      lastError {\n        code\n        at\n        advice\n      }\n      alerts {\n        kind\n        at\n        message\n      }\n    }\n  ",
): typeof import("./graphql").StreamHealthFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query PollStreamHealth($id: ID!) {\n      performance(id: $id) {\n        streamHealth {\n          ...StreamHealthFields\n        }\n      }\n    }\n  ",
): typeof import("./graphql").PollStreamHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowToCancel($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      registrationCount\n      series {\n        id\n      }\n    }\n  }\n",
): typeof import("./graphql").ShowToCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CancelShow($id: ID!, $scope: SeriesScope!, $message: String) {\n    cancelPerformance(id: $id, scope: $scope, message: $message) {\n      __typename\n      ... on Performance {\n        id\n        title\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").CancelShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowCaptions($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      recording {\n        readyAt\n      }\n      captions {\n        language\n        label\n        uploadedAt\n      }\n    }\n  }\n",
): typeof import("./graphql").ShowCaptionsDocument;
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
  source: "\n  query ShowRegistrations($id: ID!, $after: String) {\n    performance(id: $id) {\n      id\n      title\n      scheduledTime\n      endTime\n      status\n      registrationCount\n      registrations(first: 50, after: $after) {\n        edges {\n          node {\n            registeredAt\n            viewer {\n              id\n              name\n              email\n            }\n            notificationPreferences {\n              email\n              sms\n              browser\n            }\n            watching {\n              watchedLive\n              watchedReplay\n              liveSeconds\n              replaySeconds\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ShowRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateShow($input: CreatePerformanceInput!) {\n    createPerformance(input: $input) {\n      __typename\n      ... on Performance {\n        id\n        title\n        series {\n          id\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").CreateShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CalendarFeed($token: String!) {\n    siteTimeZone\n    calendarFeed(token: $token) {\n      reminderMinutesBefore\n      performances {\n        id\n        title\n        description\n        scheduledTime\n        endTime\n        status\n      }\n    }\n  }\n",
): typeof import("./graphql").CalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      __typename\n      ... on RequestPasswordResetPayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MyPage {\n    me {\n      name\n      email\n      calendarFeedUrl\n      notificationSettings {\n        email\n        sms\n        browser\n        phoneNumber\n        reminderLeadTimes\n        runningLate\n        emailUnsubscribed\n        smsStopped\n        pushSubscriptions {\n          id\n          label\n          createdAt\n        }\n      }\n      upcoming: registrations(when: UPCOMING, first: 100) {\n        ...MyRegistration\n      }\n      past: registrations(when: PAST, first: 20) {\n        ...MyRegistration\n      }\n    }\n  }\n\n  fragment MyRegistration on Registration {\n    registeredAt\n    notificationPreferences {\n      email\n      sms\n      browser\n    }\n    performance {\n      id\n      title\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      thumbnailUrl\n      viewerIsRegistered\n      registrationCount\n      recording {\n        readyAt\n      }\n    }\n  }\n",
): typeof import("./graphql").MyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      __typename\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UpdateNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RemoveBrowser($id: ID!) {\n    removePushSubscription(id: $id) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RemoveBrowserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AccountPage {\n    me {\n      email\n      calendarFeedUrl\n    }\n  }\n",
): typeof import("./graphql").AccountPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation MyChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").MyChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation MyRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      __typename\n      ... on RequestEmailChangePayload {\n        email\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").MyRequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation MyRotateCalendarFeed {\n    rotateCalendarFeed {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").MyRotateCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      __typename\n      ... on ConfirmEmailChangePayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowPage($id: ID!, $signedIn: Boolean!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      thumbnailUrl\n      contentNotes\n      accessFeatures\n      registrationCount\n      viewerIsRegistered\n      viewerRegistration {\n        notificationPreferences {\n          reminderLeadTimes\n          email\n          sms\n          browser\n        }\n      }\n      cancellationMessage\n      series {\n        id\n        title\n        weekday\n        localTime\n        endsOn\n        viewerRegistration {\n          registeredAt\n        }\n      }\n      recording {\n        readyAt\n      }\n    }\n    me @include(if: $signedIn) {\n      notificationSettings {\n        reminderLeadTimes\n        email\n        sms\n        browser\n        phoneNumber\n      }\n    }\n  }\n",
): typeof import("./graphql").ShowPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation Register($performanceId: ID!, $preferences: NotificationPreferencesInput!) {\n    registerForPerformance(performanceId: $performanceId, notificationPreferences: $preferences) {\n      __typename\n      ... on Registration {\n        performance {\n          title\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RegisterForSeries($seriesId: ID!, $preferences: NotificationPreferencesInput!) {\n    registerForSeries(seriesId: $seriesId, notificationPreferences: $preferences) {\n      __typename\n      ... on SeriesRegistration {\n        series {\n          title\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RegisterForSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UnregisterFromSeries($seriesId: ID!) {\n    unregisterFromSeries(seriesId: $seriesId) {\n      __typename\n      ... on PerformanceSeries {\n        title\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UnregisterFromSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation Unregister($performanceId: ID!) {\n    unregisterFromPerformance(performanceId: $performanceId) {\n      __typename\n      ... on Performance {\n        title\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UnregisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShowForCalendar($id: ID!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      status\n    }\n  }\n",
): typeof import("./graphql").ShowForCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SeriesForCalendar($id: ID!) {\n    performance(id: $id) {\n      id\n      description\n      series {\n        id\n        title\n        weekday\n        localTime\n        startsOn\n        endsOn\n        durationMinutes\n      }\n    }\n  }\n",
): typeof import("./graphql").SeriesForCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query WatchPage($id: ID!, $signedIn: Boolean!) {\n    performance(id: $id) {\n      id\n      title\n      description\n      scheduledTime\n      endTime\n      durationMinutes\n      status\n      runningLate\n      thumbnailUrl\n      contentNotes\n      accessFeatures\n      viewerIsRegistered\n      recording {\n        durationSeconds\n        readyAt\n      }\n      replayAvailableUntil\n      replayStatus\n      playback @include(if: $signedIn) {\n        __typename\n        ... on Playback {\n          hlsUrl\n          expiresAt\n          live\n          heartbeatToken\n          parts {\n            hlsUrl\n            durationSeconds\n            startedAt\n          }\n        }\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").WatchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RegisterToWatch($performanceId: ID!) {\n    registerForPerformance(performanceId: $performanceId) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RegisterToWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    subscription WatchStatus($id: ID!) {\n      performanceStatus(id: $id) {\n        change\n        status\n        performance {\n          id\n          scheduledTime\n          endTime\n          runningLate\n          recording {\n            durationSeconds\n            readyAt\n          }\n        }\n      }\n    }\n  ",
): typeof import("./graphql").WatchStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    subscription WatchViewers($id: ID!) {\n      liveViewerCount(id: $id) {\n        viewers\n      }\n    }\n  ",
): typeof import("./graphql").WatchViewersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query WatchPlayback($id: ID!) {\n      performance(id: $id) {\n        playback {\n          __typename\n          ... on Playback {\n            hlsUrl\n            expiresAt\n            live\n            heartbeatToken\n            parts {\n              hlsUrl\n              durationSeconds\n              startedAt\n            }\n          }\n          ... on Error {\n            message\n          }\n        }\n      }\n    }\n  ",
): typeof import("./graphql").WatchPlaybackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      __typename\n      ... on RequestSignInLinkPayload {\n        email\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RequestSignInLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SignInWithLink($token: String!) {\n    signInWithLink(token: $token) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").SignInWithLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SignOut {\n    signOut {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on SignInPayload {\n        user {\n          name\n        }\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").SignUpDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
