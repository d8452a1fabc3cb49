import type { PublicUrls } from "../config";
import type { LiveBroadcasts } from "../ingest/live-broadcasts";
import type { Logger } from "../logger";
import type { MediaLayout } from "../media/media-layout";
import type { StateStore } from "../state/state-store";

/** What the REST API's route handlers work with. */
export interface ApiContext {
  state: StateStore;
  broadcasts: LiveBroadcasts;
  layout: MediaLayout;
  urls: PublicUrls;
  log: Logger;
}
