import { describe, expect, it } from "vitest";
import { setCookiesOf } from "./session";

const response = (...setCookies: string[]) => {
  const headers = new Headers();
  for (const value of setCookies) headers.append("set-cookie", value);
  return headers;
};

describe("setCookiesOf", () => {
  it("passes a session cookie on with every attribute the API gave it", () => {
    const headers = response("firestream_session=eyJ.abc.def; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000; Secure");
    expect(setCookiesOf(headers)).toEqual([
      {
        name: "firestream_session",
        value: "eyJ.abc.def",
        options: { path: "/", httpOnly: true, secure: true, sameSite: "lax", maxAge: 2592000 },
      },
    ]);
  });

  it("keeps a sign-out's Max-Age=0, so the browser drops the cookie", () => {
    const [cookie] = setCookiesOf(response("firestream_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"));
    expect(cookie).toMatchObject({ name: "firestream_session", value: "", options: { maxAge: 0 } });
  });

  it("reads every Set-Cookie header, not only the first", () => {
    const names = setCookiesOf(response("a=1; Path=/", "b=2; Path=/")).map((cookie) => cookie.name);
    expect(names).toEqual(["a", "b"]);
  });

  it("leaves an encoded value encoded (the API encoded it once already)", () => {
    const [cookie] = setCookiesOf(response("note=caf%C3%A9%3B%20ok; Path=/"));
    expect(cookie?.value).toBe("caf%C3%A9%3B%20ok");
  });

  it("keeps an equals sign inside the value", () => {
    const [cookie] = setCookiesOf(response("token=abc==; Path=/"));
    expect(cookie?.value).toBe("abc==");
  });

  it("reads an Expires date with its comma, a domain and a strict SameSite in any case", () => {
    const [cookie] = setCookiesOf(
      response("k=v; Expires=Wed, 30 Dec 2026 12:00:00 GMT; Domain=firestream.test; SameSite=STRICT; Path=/shows"),
    );
    expect(cookie?.options).toEqual({
      path: "/shows",
      httpOnly: false,
      secure: false,
      expires: new Date("2026-12-30T12:00:00Z"),
      domain: "firestream.test",
      sameSite: "strict",
    });
  });

  it("sets a cookie without a Path for the whole site, neither httpOnly nor secure", () => {
    const [cookie] = setCookiesOf(response("k=v"));
    expect(cookie?.options).toEqual({ path: "/", httpOnly: false, secure: false });
  });

  it("skips a header without a cookie name", () => {
    expect(setCookiesOf(response("=v; Path=/", "k=v"))).toHaveLength(1);
  });

  it("forwards nothing when the API set no cookie", () => {
    expect(setCookiesOf(new Headers({ "content-type": "application/json" }))).toEqual([]);
  });
});
