import { Router } from "express";
import { CreateLobbyBody, JoinLobbyBody, LobbyCodeParams } from "@lila/shared";
import { requireAuth, type Identity, type IdentityResolver } from "../../http/identity.js";
import { endpoint } from "../../http/validate.js";
import { presentLobbyRecord } from "./lobby.presenter.js";
import type { JoinAttempts } from "./join-attempts.js";
import type { LobbyService } from "./lobby.service.js";

/** POST /lobbies and POST /lobbies/:code/join; both need a session (a guest's will do). */
export function createLobbyRouter(
  lobbies: LobbyService,
  identify: IdentityResolver,
  joinAttempts: JoinAttempts,
): Router {
  const router = Router();
  router.use(requireAuth(identify));
  router.post(
    "/",
    endpoint(
      { body: CreateLobbyBody },
      async ({ body }, req) => presentLobbyRecord(await lobbies.createLobby(req.identity as Identity, body)),
      { status: 201 },
    ),
  );
  router.post(
    "/:code/join",
    endpoint({ body: JoinLobbyBody, params: LobbyCodeParams }, async ({ body, params }, req) => {
      const identity = req.identity as Identity;
      // Counted with the socket's lobby:join attempts: one budget per player and per address.
      await joinAttempts.check(identity.userId, req.ip ?? "unknown");
      return presentLobbyRecord(await lobbies.joinLobby(identity, params.code, body.nickname));
    }),
  );
  return router;
}
