import { CatalogResponse } from "@lila/shared";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client";

export function fetchCatalog(signal?: AbortSignal): Promise<CatalogResponse> {
  return apiRequest({
    path: "/api/v1/catalog",
    schema: CatalogResponse,
    ...(signal ? { signal } : {}),
  });
}

export const catalogKeys = {
  all: ["catalog"] as const,
};

export const catalogQueries = {
  /** The same for every visitor, so it is keyed by nothing else. */
  catalog: () =>
    queryOptions({
      queryKey: catalogKeys.all,
      queryFn: ({ signal }) => fetchCatalog(signal),
    }),
};

export function useCatalogQuery() {
  return useQuery(catalogQueries.catalog());
}
