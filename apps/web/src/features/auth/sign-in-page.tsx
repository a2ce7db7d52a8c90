import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useDocumentTitle } from "../../lib/use-document-title";
import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import { ErrorPanel } from "../../ui/error-panel";
import { PageHeader } from "../../ui/heading";
import { Notice } from "../../ui/notice";
import { Skeleton } from "../../ui/skeleton";
import { startProviderSignIn } from "./auth.api";
import { describeAuthError } from "./auth-errors";
import { EmailForm } from "./email-form";
import type { SignInSearch } from "./sign-in-search";
import { useAuthProviders } from "./auth.queries";

const tab =
  "min-h-11 flex-1 rounded-lg px-3 text-sm font-semibold text-slate-700 aria-pressed:bg-white aria-pressed:text-violet-900 aria-pressed:shadow-sm";

/** /sign-in: the configured providers, then email and password; back to where the user was. */
export function SignInPage() {
  const search: SignInSearch = useSearch({ from: "/sign-in" });
  const navigate = useNavigate();
  const [mode, setMode] = useState<"sign-in" | "sign-up">(search.mode ?? "sign-in");
  const [providerProblem, setProviderProblem] = useState<string | null>(
    search.error ? "Signing in with that provider did not work. Please try again." : null,
  );
  const providers = useAuthProviders();
  const returnTo = search.redirect ?? "/";
  useDocumentTitle(mode === "sign-up" ? "Create an account" : "Sign in");

  function finish() {
    void navigate({ href: returnTo });
  }

  async function signInWith(provider: string) {
    setProviderProblem(null);
    try {
      await startProviderSignIn(provider, returnTo);
    } catch (error) {
      setProviderProblem(describeAuthError(error, 0).message);
    }
  }

  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title={mode === "sign-up" ? "Create an account" : "Sign in"} align="center">
        Keep your games and progress, and play from any device.
      </PageHeader>

      {providers.isPending ? <Skeleton label="Loading sign-in options…" lines={3} /> : null}
      {providers.isError ? <ErrorPanel error={providers.error} onRetry={() => void providers.refetch()} /> : null}

      {providers.data ? (
        <Card as="section" className="space-y-5">
          {providers.data.providers.length > 0 ? (
            <>
              <ul className="space-y-3" aria-label="Sign-in providers">
                {providers.data.providers.map((provider) => (
                  <li key={provider.id}>
                    <Button variant="secondary" className="w-full" onClick={() => void signInWith(provider.id)}>
                      Continue with {provider.name}
                    </Button>
                  </li>
                ))}
              </ul>
              {providerProblem ? (
                <Notice tone="error" role="alert" size="compact" icon={null}>
                  {providerProblem}
                </Notice>
              ) : null}
              <p className="text-center text-sm text-slate-500">or with your email</p>
            </>
          ) : null}

          <div className="flex gap-1 rounded-xl bg-slate-100 p-1" role="group" aria-label="Account">
            <button type="button" className={tab} aria-pressed={mode === "sign-in"} onClick={() => setMode("sign-in")}>
              I have an account
            </button>
            <button type="button" className={tab} aria-pressed={mode === "sign-up"} onClick={() => setMode("sign-up")}>
              I'm new here
            </button>
          </div>
          <EmailForm key={mode} mode={mode} minPasswordLength={providers.data.minPasswordLength} onSignedIn={finish} />
        </Card>
      ) : null}
    </div>
  );
}
