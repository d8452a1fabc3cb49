import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { graphqlFor } from "$lib/server/graphql";
import type { Actions, PageServerLoad } from "./$types";
import { accountActions } from "./account-actions";

const AccountPage = graphql(`
  query AccountPage {
    me {
      email
      calendarFeedUrl
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  if (!event.locals.user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent("/me/account")}`);
  const { me } = await graphqlFor(event).query(AccountPage, {});
  if (!me) redirect(303, `/sign-in?redirectTo=${encodeURIComponent("/me/account")}`);
  return { email: me.email ?? "", calendarFeedUrl: me.calendarFeedUrl ?? null };
};

export const actions: Actions = accountActions;
