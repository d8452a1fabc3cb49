// Shared by the server (reads it) and app.html's head script (writes it, before the first paint).
export const TIME_ZONE_COOKIE = "firestream_tz";
