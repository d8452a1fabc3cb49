import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { readConfig } from "$lib/server/config";
import { setFlash } from "$lib/server/flash";
import { invalid, issuesToErrors } from "$lib/server/forms";
import { graphqlFor } from "$lib/server/graphql";
import { requireOrganizer } from "$lib/server/organizer";
import { parseShowForm, readShowForm, SHOW_FORM_FIELDS, thumbnailOf } from "$lib/server/show-form";
import type { Actions } from "./$types";

const CreateShow = graphql(`
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
`);

export const actions: Actions = {
  default: async (event) => {
    requireOrganizer(event);
    const form = await event.request.formData();
    const values = readShowForm(form);
    const thumbnail = thumbnailOf(form);
    const parsed = parseShowForm(values, readConfig().siteTimeZone);
    if (parsed.errors) return invalid({ ...values, pictureChosen: Boolean(thumbnail) }, parsed.errors);

    const { createPerformance: result } = await graphqlFor(event).mutate(CreateShow, {
      input: {
        title: values.title,
        description: values.description,
        ...parsed.show,
        contentNotes: values.contentNotes,
        accessFeatures: values.accessFeatures,
        // A File variable makes urql send a GraphQL multipart request.
        thumbnail,
      },
    });
    if (result.__typename === "Performance") {
      setFlash(
        event.cookies,
        result.series ? `Scheduled the weekly series “${result.title}”.` : `Scheduled “${result.title}”.`,
      );
      redirect(303, `/admin/shows/${result.id}`);
    }
    const { errors, message } =
      result.__typename === "ValidationError"
        ? issuesToErrors(result.issues, SHOW_FORM_FIELDS)
        : { errors: {}, message: result.message };
    return invalid({ ...values, pictureChosen: Boolean(thumbnail) }, errors, message);
  },
};
