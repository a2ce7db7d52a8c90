import { Link } from "@tanstack/react-router";
import { useDocumentTitle } from "../../lib/use-document-title";
import { buttonClass } from "../../ui/button";
import { PageHeader } from "../../ui/heading";
import { Logo } from "../../ui/logo";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return (
    <div className="space-y-4 py-10 text-center">
      <Logo className="mx-auto size-16" />
      <PageHeader title="Page not found" align="center">
        We looked everywhere, but this page doesn't exist.
      </PageHeader>
      <Link to="/" className={buttonClass()}>
        Back to the home page
      </Link>
    </div>
  );
}
