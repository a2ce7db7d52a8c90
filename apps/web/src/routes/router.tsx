import {
  createRootRoute,
  createRoute,
  createRouter,
} from "@tanstack/react-router";
import { AboutWordsPage } from "../features/about/about-words-page";
import { HomePage } from "../features/home/home-page";
import { PlayPage } from "../features/quiz/play-page";
import { NotFoundPage } from "../features/shell/not-found-page";
import { RootLayout } from "./root-layout";

// Code-based route tree: four pages are easier to read here than as generated files.
const rootRoute = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: HomePage,
});
const playRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/play",
  component: PlayPage,
});
const aboutWordsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/about-words",
  component: AboutWordsPage,
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  playRoute,
  aboutWordsRoute,
]);

export const router = createRouter({
  routeTree,
  defaultPreload: "intent",
  scrollRestoration: true,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
