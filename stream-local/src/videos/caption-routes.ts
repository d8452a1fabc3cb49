import { badRequest, failure, notFound, ok } from "../http/cloudflare-envelope";
import type { Request, Router } from "../http/router";
import { UID_PATTERN } from "../ids";
import type { MediaLayout } from "../media/media-layout";
import type { StateStore } from "../state/state-store";
import { LANGUAGE_TAG, MAX_CAPTION_BYTES, readCaption, removeCaption, storeCaption, webVttProblem } from "./captions";
import { videoRecords } from "./video";

/** Cloudflare Stream's captions API for videos. */
export function addCaptionRoutes(router: Router, deps: { store: StateStore; layout: MediaLayout }): void {
  const { layout } = deps;
  const videos = videoRecords(deps.store);
  const find = (uid: string | undefined) => (uid && UID_PATTERN.test(uid) ? videos.get(uid) : undefined);

  router.add("GET", "/stream/:uid/captions", (request) => {
    const video = find(request.params.uid);
    return video ? ok(video.captions ?? []) : notFound("video");
  });

  router.add("PUT", "/stream/:uid/captions/:language", async (request) => {
    const video = find(request.params.uid);
    if (!video) return notFound("video");
    const language = request.params.language ?? "";
    if (!LANGUAGE_TAG.test(language)) return badRequest("the language must be a BCP 47 tag such as en or pt-BR");
    const file = await uploadedFile(request);
    if ("problem" in file)
      return file.status === 413 ? failure(413, { code: 10005, message: file.problem }) : badRequest(file.problem);
    const problem = webVttProblem(file.bytes);
    if (problem) return badRequest(problem);
    const caption = storeCaption(layout, video, language, file.bytes);
    // Read again: a concurrent upload of another language must not be lost.
    const current = videos.get(video.uid) ?? video;
    const others = (current.captions ?? []).filter((existing) => existing.language !== language);
    videos.put({
      ...current,
      captions: [...others, caption].sort((a, b) => a.language.localeCompare(b.language)),
      modified: new Date().toISOString(),
    });
    return ok(caption);
  });

  router.add("GET", "/stream/:uid/captions/:language/vtt", (request) => {
    const video = find(request.params.uid);
    const language = request.params.language ?? "";
    if (!video || !(video.captions ?? []).some((caption) => caption.language === language)) return notFound("captions");
    const text = readCaption(layout, video.uid, language);
    return text === null
      ? notFound("captions")
      : { status: 200, headers: { "content-type": "text/vtt; charset=utf-8" }, body: { text } };
  });

  router.add("DELETE", "/stream/:uid/captions/:language", (request) => {
    const video = find(request.params.uid);
    const language = request.params.language ?? "";
    if (!video || !(video.captions ?? []).some((caption) => caption.language === language)) return notFound("captions");
    removeCaption(layout, video.uid, language);
    const current = videos.get(video.uid) ?? video;
    videos.put({ ...current, captions: (current.captions ?? []).filter((caption) => caption.language !== language) });
    return ok("");
  });
}

/** The `file` field of a multipart body. */
async function uploadedFile(request: Request): Promise<{ bytes: Buffer } | { problem: string; status: 400 | 413 }> {
  const type = request.headers["content-type"] ?? "";
  if (!/^multipart\/form-data;/i.test(type)) return { problem: "send the file as multipart/form-data", status: 400 };
  let body: Buffer;
  try {
    body = await request.body();
  } catch {
    return { problem: `the file is larger than ${MAX_CAPTION_BYTES} bytes`, status: 413 };
  }
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    return { problem: "the multipart body could not be read", status: 400 };
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) return { problem: "the multipart body has no file field", status: 400 };
  return { bytes: Buffer.from(await file.arrayBuffer()) };
}
