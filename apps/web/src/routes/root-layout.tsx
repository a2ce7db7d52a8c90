import { Outlet } from "@tanstack/react-router";
import { SiteFooter, SiteHeader } from "../features/shell";

export function RootLayout() {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded-lg focus:bg-white focus:px-4 focus:py-3 focus:shadow"
      >
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 outline-none sm:py-10">
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
