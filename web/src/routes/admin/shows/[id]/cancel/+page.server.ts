import { error, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { setFlash } from "$lib/server/flash";
import { invalid, issuesToErrors, textOf } from "$lib/server/forms";
import { graphqlFor } from "$lib/server/graphql";
import { requireOrganizer } from "$lib/server/organizer";
import { formatDateLong, formatTimeRange } from "$lib/server/time";
import type { Actions, PageServerLoad } from "./$types";

const ShowToCancel = graphql(`
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
`);

const CancelShow = graphql(`
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
`);

export const load: PageServerLoad = async (event) => {
  const zone = event.locals.timeZone;
  const { performance } = await graphqlFor(event).query(ShowToCancel, { id: event.params.id });
  if (!performance) error(404, "There is no show with this address. It may have been removed.");
  if (performance.status === "CANCELLED") redirect(303, `/admin/shows/${performance.id}`);
  return {
    show: {
      ...performance,
      date: formatDateLong(performance.scheduledTime, zone),
      timeRange: formatTimeRange(performance.scheduledTime, performance.endTime, zone),
    },
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireOrganizer(event);
    const form = await event.request.formData();
    const scope = form.get("scope") === "THIS_AND_FOLLOWING" ? "THIS_AND_FOLLOWING" : "THIS_PERFORMANCE";
    const message = textOf(form, "message");
    const { cancelPerformance: result } = await graphqlFor(event).mutate(CancelShow, {
      id: event.params.id,
      scope,
      message: message || null,
    });
    if (result.__typename === "Performance") {
      setFlash(
        event.cookies,
        scope === "THIS_AND_FOLLOWING"
          ? `Cancelled “${result.title}” and the following shows of its series.`
          : `Cancelled “${result.title}”.`,
      );
      redirect(303, `/admin/shows/${result.id}`);
    }
    if (result.__typename === "ValidationError") {
      const { errors, message: general } = issuesToErrors(result.issues, {
        message: { id: "message", label: "Message to fans" },
      });
      return invalid({ scope, message }, errors, general);
    }
    return invalid({ scope, message }, {}, result.message);
  },
};
