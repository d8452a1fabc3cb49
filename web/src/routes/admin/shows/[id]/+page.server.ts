import { error, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { UpdatePerformanceInput } from "$lib/graphql/generated/graphql";
import { readConfig } from "$lib/server/config";
import { setFlash } from "$lib/server/flash";
import { invalid, issuesToErrors } from "$lib/server/forms";
import { graphqlFor } from "$lib/server/graphql";
import { requireOrganizer } from "$lib/server/organizer";
import { parseShowForm, readShowForm, SHOW_FORM_FIELDS, type ShowFormValues, thumbnailOf } from "$lib/server/show-form";
import { formatDateLong, formatTimeRange, wallClock } from "$lib/server/time";
import type { Actions, PageServerLoad } from "./$types";

const ShowToEdit = graphql(`
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
`);

const UpdateShow = graphql(`
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
`);

export const load: PageServerLoad = async (event) => {
  const zone = event.locals.timeZone;
  const siteZone = readConfig().siteTimeZone;
  const { performance } = await graphqlFor(event).query(ShowToEdit, { id: event.params.id });
  if (!performance) error(404, "There is no show with this address. It may have been removed.");
  const start = wallClock(performance.scheduledTime, siteZone);
  const initial: Partial<ShowFormValues> = {
    title: performance.title,
    description: performance.description,
    date: start.date,
    time: start.time,
    durationMinutes: String(performance.durationMinutes),
    contentNotes: performance.contentNotes,
    accessFeatures: performance.accessFeatures,
  };
  return {
    show: {
      ...performance,
      date: formatDateLong(performance.scheduledTime, zone),
      timeRange: formatTimeRange(performance.scheduledTime, performance.endTime, zone),
      over: Date.parse(performance.endTime) <= Date.now(),
    },
    initial,
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireOrganizer(event);
    const siteZone = readConfig().siteTimeZone;
    const form = await event.request.formData();
    const values = readShowForm(form);
    const thumbnail = thumbnailOf(form);
    const pictureChosen = Boolean(thumbnail);
    const parsed = parseShowForm({ ...values, repeat: "once" }, siteZone);
    if (parsed.errors) return invalid({ ...values, pictureChosen }, parsed.errors);

    const client = graphqlFor(event);
    const { performance: current } = await client.query(ShowToEdit, { id: event.params.id });
    if (!current) error(404, "There is no show with this address. It may have been removed.");

    // Only what changed: "only the fields given change", and for "this and following" an
    // unchanged field must not overwrite later shows that were edited on their own.
    const input: UpdatePerformanceInput = {};
    if (values.title !== current.title) input.title = values.title;
    if (values.description !== current.description.trim()) input.description = values.description;
    if (Date.parse(parsed.show.scheduledTime) !== Date.parse(current.scheduledTime)) {
      input.scheduledTime = parsed.show.scheduledTime;
    }
    if (parsed.show.durationMinutes !== current.durationMinutes) input.durationMinutes = parsed.show.durationMinutes;
    if (thumbnail) input.thumbnail = thumbnail;
    else if (values.removeThumbnail && current.thumbnailUrl) input.removeThumbnail = true;
    if (values.contentNotes.join() !== current.contentNotes.join()) input.contentNotes = values.contentNotes;
    if (values.accessFeatures.join() !== current.accessFeatures.join()) input.accessFeatures = values.accessFeatures;

    if (Object.keys(input).length === 0) {
      setFlash(event.cookies, "Nothing changed.");
      redirect(303, `/admin/shows/${current.id}`);
    }
    const scope = current.series ? values.scope : "THIS_PERFORMANCE";
    const { updatePerformance: result } = await client.mutate(UpdateShow, { id: current.id, input, scope });
    if (result.__typename === "Performance") {
      setFlash(
        event.cookies,
        scope === "THIS_AND_FOLLOWING"
          ? `Saved “${result.title}” and the following shows of its series.`
          : `Saved “${result.title}”.`,
      );
      redirect(303, `/admin/shows/${result.id}`);
    }
    const { errors, message } =
      result.__typename === "ValidationError"
        ? issuesToErrors(result.issues, SHOW_FORM_FIELDS)
        : { errors: {}, message: result.message };
    return invalid({ ...values, pictureChosen }, errors, message);
  },
};
