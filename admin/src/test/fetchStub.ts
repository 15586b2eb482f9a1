// The shared fetch stubs (`@dev-coach/frontend-api/testing`): routes keyed by "METHOD /path?query"
// or "METHOD /path"; unrouted requests answer 404 so a test notices calls it did not expect.
export { clearCookie, json, setCookie, type StubbedCall, stubFetch } from '@dev-coach/frontend-api/testing';
