import type { LobbyCode, MatchSettings } from "@lila/shared";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { apiBaseUrl } from "../../lib/runtime-config";
import { MatchSocket, type ConnectionStatus } from "./match-socket";
import { initialMatchState, isHoldingFinal, matchReducer } from "./match-state";
import { socketUrl } from "./socket-url";

/** How long the last round's outcome stays up before the final ranking replaces it. */
const FINAL_RANKING_DELAY_MS = 4_000;

/**
 * The lobby page's live state: one socket per mounted page, server messages
 * folded into MatchState by the reducer, and the few things a player can do.
 * Every action returns false when it could not be sent (while reconnecting).
 */
export function useMatchRoom(code: LobbyCode, enabled: boolean) {
  const [state, dispatch] = useReducer(matchReducer, initialMatchState);
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const socketRef = useRef<MatchSocket | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const socket = new MatchSocket({
      url: socketUrl(apiBaseUrl(), window.location.origin),
      code,
      onMessage: (message) => dispatch({ type: "server", message, receivedAt: Date.now() }),
      onStatus: setStatus,
    });
    socketRef.current = socket;
    socket.start();
    // Back online or back to the tab: do not wait out the backoff.
    const retry = () => socket.retryNow();
    window.addEventListener("online", retry);
    document.addEventListener("visibilitychange", retry);
    return () => {
      window.removeEventListener("online", retry);
      document.removeEventListener("visibilitychange", retry);
      socket.stop();
      socketRef.current = null;
    };
  }, [code, enabled]);

  const lobbyId = state.lobby?.lobbyId ?? null;

  // The match is over but the last round's outcome is on screen: reveal the ranking after a moment.
  const finalReady = isHoldingFinal(state) && (state.final !== null || state.lobby?.status === "finished");
  const outcomeAt = state.roundOutcome?.receivedAt;
  useEffect(() => {
    if (!finalReady || outcomeAt === undefined) return;
    const wait = Math.max(0, FINAL_RANKING_DELAY_MS - (Date.now() - outcomeAt));
    const timer = setTimeout(() => dispatch({ type: "final_revealed" }), wait);
    return () => clearTimeout(timer);
  }, [finalReady, outcomeAt]);
  const revealFinal = useCallback(() => dispatch({ type: "final_revealed" }), []);

  const answer = useCallback(
    (questionId: string, optionId: number) => {
      if (!lobbyId) return false;
      const sent =
        socketRef.current?.send({
          type: "game:answer",
          lobbyId,
          questionId,
          selectedOptionId: optionId,
        }) ?? false;
      if (sent) dispatch({ type: "answer_sent", questionId, optionId });
      return sent;
    },
    [lobbyId],
  );

  const changeSettings = useCallback(
    (settings: MatchSettings) =>
      lobbyId !== null && (socketRef.current?.send({ type: "lobby:settings", lobbyId, settings }) ?? false),
    [lobbyId],
  );

  const start = useCallback(
    () => lobbyId !== null && (socketRef.current?.send({ type: "lobby:start", lobbyId }) ?? false),
    [lobbyId],
  );

  const rematch = useCallback(
    () => lobbyId !== null && (socketRef.current?.send({ type: "lobby:rematch", lobbyId }) ?? false),
    [lobbyId],
  );

  const leave = useCallback(() => {
    if (lobbyId !== null) socketRef.current?.send({ type: "lobby:leave", lobbyId });
    socketRef.current?.stop();
  }, [lobbyId]);

  const dismissProblem = useCallback(() => dispatch({ type: "problem_dismissed" }), []);

  return {
    state,
    status,
    answer,
    changeSettings,
    start,
    rematch,
    leave,
    dismissProblem,
    finalReady,
    revealFinal,
  };
}

export type MatchRoomConnection = ReturnType<typeof useMatchRoom>;
