import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import { AboutWordsPage } from "../features/about/about-words-page";
import { AccountPage } from "../features/account/account-page";
import { parseSignInSearch } from "../features/auth/sign-in-search";
import { SignInPage } from "../features/auth/sign-in-page";
import { HomePage } from "../features/home/home-page";
import { JoinPage } from "../features/multiplayer/join-page";
import { LobbyPage } from "../features/multiplayer/lobby-page";
import { MultiplayerPage } from "../features/multiplayer/multiplayer-page";
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

const multiplayerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/multiplayer",
  component: MultiplayerPage,
});
const joinRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/join/$code",
  component: JoinPage,
});
const lobbyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/lobby/$code",
  component: LobbyPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: parseSignInSearch,
  component: SignInPage,
});
const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account",
  component: AccountPage,
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  playRoute,
  aboutWordsRoute,
  multiplayerRoute,
  joinRoute,
  lobbyRoute,
  signInRoute,
  accountRoute,
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
