import { Link } from "@tanstack/react-router";
import { useDocumentTitle } from "../../lib/use-document-title";
import { primaryButton } from "../../ui/button-styles";
import { Logo } from "../../ui/logo";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return (
    <div className="space-y-4 py-10 text-center">
      <Logo className="mx-auto size-16" />
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Page not found</h1>
      <p className="text-slate-700">We looked everywhere, but this page doesn't exist.</p>
      <Link to="/" className={primaryButton}>
        Back to the home page
      </Link>
    </div>
  );
}
