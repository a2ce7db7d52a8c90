import type { VocabularySource } from "@lila/shared";
import { useDocumentTitle } from "../../lib/use-document-title";
import { Card } from "../../ui/card";
import { ErrorPanel } from "../../ui/error-panel";
import { Heading, PageHeader } from "../../ui/heading";
import { textLink } from "../../ui/button";
import { Skeleton } from "../../ui/skeleton";
import { useVocabularySourcesQuery } from "./vocabulary-sources.queries";

const numberFormat = new Intl.NumberFormat("en");

function SourceCard({ source }: { source: VocabularySource }) {
  return (
    <Card as="li" size="small">
      <Heading level={2} size="subsection">
        {source.url ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer" className={textLink}>
            {source.title}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          source.title
        )}
      </Heading>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-slate-700 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-900">License</dt>
        <dd>{source.license}</dd>
        <dt className="font-medium text-slate-900">Attribution</dt>
        <dd className="break-words">{source.attribution}</dd>
        <dt className="font-medium text-slate-900">Words</dt>
        <dd>{numberFormat.format(source.terms)}</dd>
      </dl>
    </Card>
  );
}

export function AboutWordsPage() {
  useDocumentTitle("About the words");
  const sources = useVocabularySourcesQuery();

  return (
    <div className="space-y-6">
      <PageHeader title="About the words">
        lila's words come from openly licensed dictionaries. Thank you to the people who build and share them.
        Difficulty levels are estimated from how often a word is used, so they are a guide, not a grade.
      </PageHeader>

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
