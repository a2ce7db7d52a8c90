import { Link } from "@tanstack/react-router";

export function SiteFooter() {
  return (
    <footer className="mt-auto border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-4 text-sm text-slate-600">
        <p>lila — Learn words. Beat friends.</p>
        <Link
          to="/about-words"
          className="inline-flex min-h-11 items-center rounded-lg px-2 font-medium text-violet-800 underline underline-offset-4 hover:text-violet-950"
        >
          About the words
        </Link>
      </div>
    </footer>
  );
}
