import { CatalogResponse } from "@lila/shared";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client";

export function fetchCatalog(signal?: AbortSignal): Promise<CatalogResponse> {
  return apiRequest({
    path: "/api/v1/catalog",
    schema: CatalogResponse,
    ...(signal ? { signal } : {}),
  });
}

export function useCatalogQuery() {
  return useQuery({
    queryKey: ["catalog"],
    queryFn: ({ signal }) => fetchCatalog(signal),
  });
}
