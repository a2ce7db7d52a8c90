import { existsSync } from "node:fs";
import path from "node:path";
import express, { Router } from "express";
import { NotFoundError } from "../lib/errors.js";
import { sendError } from "./errors.js";

/**
 * Serves the built web app from the API for the one-port local run (in
 * production nginx does this). Hashed assets are cached for a year, index.html
 * never; a missing asset is a 404, any other GET falls back to the SPA.
 */
export function createStaticWebRouter(distDir: string): Router {
  const indexFile = path.join(distDir, "index.html");
  if (!existsSync(indexFile)) throw new Error(`WEB_DIST_DIR has no index.html: ${distDir} (run npm run build)`);
  const router = Router();
  router.use("/assets", express.static(path.join(distDir, "assets"), { immutable: true, maxAge: "1y" }));
  // A missing hashed asset is an old or wrong URL: 404, never the SPA's HTML.
  router.use("/assets", (req, res) => sendError(res, new NotFoundError(`No asset at ${req.originalUrl}`)));
  router.use(express.static(distDir, { index: false, maxAge: 0 }));
  router.get(/^\/(?!api\/|api$|ws$).*/, (req, res, next) => {
    if (!req.accepts("html")) return next();
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexFile);
  });
  return router;
}
