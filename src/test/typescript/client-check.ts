// A frontend's first calls, through a client generated from openapi.yaml: if the contract and the service
// disagree, this either does not compile or fails here. API=http://localhost:8080 node dist/client-check.js
import createClient from "openapi-fetch";
import type { paths } from "./api.js";

const api = createClient<paths>({ baseUrl: process.env.API ?? "http://localhost:8080" });
const site = "xa-an-binh";

function check(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

const latest = await api.GET("/api/v1/sites/{site}/articles", { params: { path: { site }, query: { limit: 3 } } });
check(latest.data, `latest: ${latest.response.status}`);
const first = latest.data.items[0];
check(first, "latest: no articles");
const title: string = first.title;
const cover: string | undefined = first.coverImage?.variants[0]?.url;

const detail = await api.GET("/api/v1/sites/{site}/articles/{slug}", { params: { path: { site, slug: first.slug } } });
check(detail.data, `detail: ${detail.response.status}`);
check(detail.data.body.length > 0, "detail: empty body");

const search = await api.GET("/api/v1/sites/{site}/search", { params: { path: { site }, query: { q: "xa" } } });
check(search.data, `search: ${search.response.status}`);

const stats = await api.GET("/api/v1/sites/{site}/stats", { params: { path: { site } } });
check(stats.data, `stats: ${stats.response.status}`);

const login = await api.POST("/api/v1/auth/login", { body: { username: "bientap", password: "bientap-demo-2026" } });
check(login.data, `login: ${login.response.status}`);
const token: string = login.data.accessToken;

const mine = await api.GET("/api/v1/editor/sites/{site}/articles", {
  params: { path: { site }, query: { limit: 1 } },
  headers: { Authorization: `Bearer ${token}` },
});
check(mine.data, `editor list: ${mine.response.status}`);

console.log(`typed client: latest "${title}"${cover ? " with a cover" : ""}, ${search.data.items.length} search hits, `
  + `signed in, ${mine.data.items.length} editor item(s)`);
