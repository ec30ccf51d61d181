/**
 * The web page at `/` (plain HTML, CSS and JavaScript under src/server/public/, no framework) and the API
 * docs page at `/docs`. The page sets a random first-party cookie (nw_uid) that keys A/B assignment and
 * events; it carries nothing else.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { packageRoot } from "../core/paths.js";

export const USER_COOKIE = "nw_uid";

const FILES: Record<string, string> = {
  "/": "index.html",
  "/app.js": "app.js",
  "/style.css": "style.css",
  "/docs": "docs.html",
};
const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

export function registerPage(app: FastifyInstance, features: { checker: boolean; events: boolean }): void {
  const dir = join(packageRoot(), "src", "server", "public");
  for (const [path, file] of Object.entries(FILES)) {
    let text = readFileSync(join(dir, file), "utf8");
    if (file === "index.html") text = text.replace("{{FEATURES}}", JSON.stringify(features).replace(/</g, "\\u003c"));
    const type = TYPES[file.split(".").pop()!]!;
    app.get(path, { schema: { hide: true } }, async (req, reply) => {
      if (path === "/" && !/(?:^|;\s*)nw_uid=/.test(req.headers.cookie ?? "")) {
        const id = randomBytes(16).toString("base64url");
        void reply.header("set-cookie", `${USER_COOKIE}=${id}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly`);
      }
      void reply.header("cache-control", "no-cache").type(type);
      return text;
    });
  }
}
