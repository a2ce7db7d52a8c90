import { VocabularySourcesResponse } from "@lila/shared";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client";

export function fetchVocabularySources(signal?: AbortSignal): Promise<VocabularySourcesResponse> {
  return apiRequest({
    path: "/api/v1/vocabulary/sources",
    schema: VocabularySourcesResponse,
    ...(signal ? { signal } : {}),
  });
}

export const vocabularySourceKeys = {
  all: ["vocabulary-sources"] as const,
};

export const vocabularySourceQueries = {
  list: () =>
    queryOptions({
      queryKey: vocabularySourceKeys.all,
      queryFn: ({ signal }) => fetchVocabularySources(signal),
    }),
};

export function useVocabularySourcesQuery() {
  return useQuery(vocabularySourceQueries.list());
}
