import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { graphqlFor } from "$lib/server/graphql";
import { clockLabels, offsetLabel } from "$lib/charts/time-axis";
import { countryName, formatDateLong, formatSeconds, formatTimeRange } from "$lib/server/time";
import type { PageServerLoad } from "./$types";

const ShowAnalytics = graphql(`
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
`);

export const load: PageServerLoad = async (event) => {
  const zone = event.locals.timeZone;
  const { performance } = await graphqlFor(event).query(ShowAnalytics, { id: event.params.id });
  if (!performance) error(404, "There is no show with this address. It may have been removed.");
  const { analytics, ...show } = performance;
  return {
    show: {
      ...show,
      date: formatDateLong(show.scheduledTime, zone),
      timeRange: formatTimeRange(show.scheduledTime, show.endTime, zone),
    },
    analytics: analytics && {
      ...analytics,
      averageWatch: formatSeconds(analytics.averageWatchSeconds),
      countries: [...analytics.countries]
        .sort((a, b) => b.viewers - a.viewers)
        .map((entry) => ({ ...entry, name: countryName(entry.country) })),
      viewersOverTime: ((labels) =>
        analytics.viewersOverTime.map((sample, i) => ({ ...sample, time: labels[i] ?? "" })))(
        clockLabels(
          analytics.viewersOverTime.map((sample) => sample.at),
          zone,
        ),
      ),
      retention: analytics.retention.map((point) => ({ ...point, label: offsetLabel(point.offsetSeconds) })),
    },
  };
};
