import type { VocabularySource } from "@lila/shared";
import { useDocumentTitle } from "../../lib/use-document-title";
import { ErrorPanel } from "../../ui/error-panel";
import { Skeleton } from "../../ui/skeleton";
import { useVocabularySourcesQuery } from "./vocabulary-sources.api";

const numberFormat = new Intl.NumberFormat("en");

function SourceCard({ source }: { source: VocabularySource }) {
  return (
    <li className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 className="text-lg font-semibold text-slate-900">
        {source.url ? (
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            className="text-violet-800 underline underline-offset-4 hover:text-violet-950"
          >
            {source.title}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          source.title
        )}
      </h2>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-slate-700 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-900">License</dt>
        <dd>{source.license}</dd>
        <dt className="font-medium text-slate-900">Attribution</dt>
        <dd className="break-words">{source.attribution}</dd>
        <dt className="font-medium text-slate-900">Words</dt>
        <dd>{numberFormat.format(source.terms)}</dd>
      </dl>
    </li>
  );
}

export function AboutWordsPage() {
  useDocumentTitle("About the words");
  const sources = useVocabularySourcesQuery();

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">About the words</h1>
        <p className="text-slate-700">
          lila's words come from openly licensed dictionaries. Thank you to the people who build and share them.
          Difficulty levels are estimated from how often a word is used, so they are a guide, not a grade.
        </p>
      </header>

      {sources.isPending ? <Skeleton label="Loading sources…" /> : null}
      {sources.isError ? <ErrorPanel error={sources.error} onRetry={() => void sources.refetch()} /> : null}
      {sources.isSuccess && sources.data.sources.length === 0 ? (
        <p className="text-slate-700">No word lists have been imported yet.</p>
      ) : null}
      {sources.isSuccess && sources.data.sources.length > 0 ? (
        <ul className="space-y-4">
          {sources.data.sources.map((source) => (
            <SourceCard key={source.source} source={source} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
