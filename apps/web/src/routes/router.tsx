import { createRootRoute, createRoute, createRouter, type RouterHistory } from "@tanstack/react-router";
import { AboutWordsPage } from "../features/about";
import { AccountPage } from "../features/account";
import { parseSignInSearch, SignInPage } from "../features/auth";
import { PlayPage } from "../features/game";
import { HomePage } from "../features/home";
import { JoinLobbyPage, PlayWithFriendsPage } from "../features/lobby";
import { MatchRoomPage } from "../features/match";
import { NotFoundPage } from "../features/shell";
import { RootLayout } from "./root-layout";

// Code-based route tree: eight routes read more easily here than as generated files.
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
  component: PlayWithFriendsPage,
});
const joinRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/join/$code",
  component: JoinLobbyPage,
});
const lobbyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/lobby/$code",
  component: MatchRoomPage,
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

/** The app's router; tests pass a memory history to open the app at any path. */
export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    defaultPreload: "intent",
    scrollRestoration: true,
    ...(history ? { history } : {}),
  });
}

export const router = createAppRouter();

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
