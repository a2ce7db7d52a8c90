import { Router } from "express";
import { endpoint } from "../../http/validate.js";
import type { CatalogService } from "./catalog.service.js";

export function createCatalogRouter(catalog: CatalogService): Router {
  const router = Router();
  router.get(
    "/catalog",
    endpoint({}, () => catalog.catalog()),
  );
  router.get(
    "/vocabulary/sources",
    endpoint({}, () => catalog.sources()),
  );
  return router;
}
