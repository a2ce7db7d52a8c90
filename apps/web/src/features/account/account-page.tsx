import { Link } from "@tanstack/react-router";
import { useDocumentTitle } from "../../lib/use-document-title";
import { buttonClass, textLink } from "../../ui/button";
import { ErrorPanel } from "../../ui/error-panel";
import { Heading, PageHeader } from "../../ui/heading";
import { Skeleton } from "../../ui/skeleton";
import { useCurrentUser } from "../auth";
import { useCatalogQuery } from "../catalog";
import { useGameHistory } from "./account.queries";
import { GameHistoryList } from "./game-history-list";

/** /account: who you are and the games you played. */
export function AccountPage() {
  useDocumentTitle("Your account");
  const user = useCurrentUser();
  const history = useGameHistory(user.data?.id);
  const catalog = useCatalogQuery();

  if (user.isPending) return <Skeleton label="Loading your account…" lines={4} />;
  if (user.isError) return <ErrorPanel error={user.error} onRetry={() => void user.refetch()} />;
  if (!user.data) {
    return (
      <div className="space-y-4 py-10 text-center">
        <PageHeader title="Your account" align="center">
          Sign in to see your games.
        </PageHeader>
        <Link to="/sign-in" search={{ redirect: "/account" }} className={buttonClass()}>
          Sign in
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <Heading level={1} size="page">
          {user.data.isGuest ? "Your games" : user.data.name}
        </Heading>
        {user.data.email ? <p className="text-slate-700">{user.data.email}</p> : null}
        {user.data.isGuest ? (
          <p className="text-slate-700">
            You are playing as a guest ({user.data.name}).{" "}
            <Link to="/sign-in" search={{ redirect: "/account", mode: "sign-up" }} className={textLink}>
              Create an account to keep your progress
            </Link>
            .
          </p>
        ) : null}
      </header>
      <section aria-labelledby="games-heading" className="space-y-3">
        <Heading level={2} size="section" id="games-heading">
          Games
        </Heading>
        {history.isPending ? <Skeleton label="Loading your games…" lines={3} /> : null}
        {history.isError ? <ErrorPanel error={history.error} onRetry={() => void history.refetch()} /> : null}
        {history.data ? <GameHistoryList games={history.data.games} languages={catalog.data?.languages ?? []} /> : null}
      </section>
    </div>
  );
}
