import { VocabularySourcesResponse } from "@lila/shared";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client";

export function fetchVocabularySources(signal?: AbortSignal): Promise<VocabularySourcesResponse> {
  return apiRequest({
    path: "/api/v1/vocabulary/sources",
    schema: VocabularySourcesResponse,
    ...(signal ? { signal } : {}),
  });
}

export function useVocabularySourcesQuery() {
  return useQuery({
    queryKey: ["vocabulary-sources"],
    queryFn: ({ signal }) => fetchVocabularySources(signal),
  });
}
