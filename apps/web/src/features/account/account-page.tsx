import { Link } from "@tanstack/react-router";
import { useDocumentTitle } from "../../lib/use-document-title";
import { primaryButton } from "../../ui/button-styles";
import { ErrorPanel } from "../../ui/error-panel";
import { Skeleton } from "../../ui/skeleton";
import { useCurrentUser } from "../auth";
import { useCatalogQuery } from "../catalog";
import { useGameHistory } from "./account.api";
import { GameHistoryList } from "./game-history-list";

/** /account: who you are and the games you played. */
export function AccountPage() {
  useDocumentTitle("Your account");
  const user = useCurrentUser();
  const history = useGameHistory(Boolean(user.data));
  const catalog = useCatalogQuery();

  if (user.isPending) return <Skeleton label="Loading your account…" lines={4} />;
  if (user.isError) return <ErrorPanel error={user.error} onRetry={() => void user.refetch()} />;
  if (!user.data) {
    return (
      <div className="space-y-4 py-10 text-center">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Your account</h1>
        <p className="text-slate-700">Sign in to see your games.</p>
        <Link to="/sign-in" search={{ redirect: "/account" }} className={primaryButton}>
          Sign in
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">
          {user.data.isGuest ? "Your games" : user.data.name}
        </h1>
        {user.data.email ? <p className="text-slate-700">{user.data.email}</p> : null}
        {user.data.isGuest ? (
          <p className="text-slate-700">
            You are playing as a guest ({user.data.name}).{" "}
            <Link
              to="/sign-in"
              search={{ redirect: "/account", mode: "sign-up" }}
              className="font-semibold text-violet-800 underline underline-offset-2"
            >
              Create an account to keep your progress
            </Link>
            .
          </p>
        ) : null}
      </header>
      <section aria-labelledby="games-heading" className="space-y-3">
        <h2 id="games-heading" className="text-xl font-bold text-slate-900">
          Games
        </h2>
        {history.isPending ? <Skeleton label="Loading your games…" lines={3} /> : null}
        {history.isError ? <ErrorPanel error={history.error} onRetry={() => void history.refetch()} /> : null}
        {history.data ? <GameHistoryList games={history.data.games} languages={catalog.data?.languages ?? []} /> : null}
      </section>
    </div>
  );
}
