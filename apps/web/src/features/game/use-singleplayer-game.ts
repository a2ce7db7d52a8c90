import type { GameSettings } from "@lila/shared";
import { useCallback, useRef, useState } from "react";
import { ApiError } from "../../lib/api-client";
import { useEnsureSession } from "../auth";
import { startGame, submitAnswer } from "./game.api";
import { currentQuestion } from "./singleplayer-game";
import {
  initialSingleplayerState,
  singleplayerReducer,
  type SingleplayerEvent,
  type SingleplayerState,
} from "./singleplayer-machine";

/**
 * The singleplayer game: its state (singleplayer-machine.ts) and the requests
 * that move it on. Events are applied to a ref at once, not at the next
 * render, so two clicks in one frame meet the updated state and the second is
 * refused by the same guard as any other out-of-turn event.
 */
export function useSingleplayerGame() {
  const ensureSession = useEnsureSession();
  const [state, setState] = useState<SingleplayerState>(initialSingleplayerState);
  const latest = useRef(state);

  /** Applies the event; false when the machine refused it (nothing changed). */
  const apply = useCallback((event: SingleplayerEvent): boolean => {
    const next = singleplayerReducer(latest.current, event);
    if (next === latest.current) return false;
    latest.current = next;
    setState(next);
    return true;
  }, []);

  const start = useCallback(
    (settings: GameSettings) => {
      if (!apply({ type: "start_requested", settings })) return;
      void (async () => {
        try {
          // A visitor's first game makes them a guest, so the game is theirs to keep. Without a
          // session (that sign-in failed) they play on; the game is then simply not recorded.
          await ensureSession().catch(() => null);
          apply({ type: "started", settings, session: await startGame(settings) });
        } catch (error) {
          apply({ type: "start_failed", error });
        }
      })();
    },
    [apply, ensureSession],
  );

  const answer = useCallback(
    (optionId: number) => {
      const before = latest.current;
      const questionId = before.phase === "playing" ? currentQuestion(before.game)?.questionId : undefined;
      if (before.phase !== "playing" || !questionId || !apply({ type: "answer_sent", optionId })) return;
      const { sessionId } = before.game;
      submitAnswer({ sessionId, questionId, selectedOptionId: optionId }).then(
        (response) => apply({ type: "answer_recorded", sessionId, response }),
        (error: unknown) =>
          apply(
            error instanceof ApiError && error.status === 409
              ? { type: "answer_refused", sessionId, questionId }
              : { type: "answer_failed", sessionId, error },
          ),
      );
    },
    [apply],
  );

  const retryAnswer = useCallback(() => {
    const current = latest.current;
    if (current.phase === "playing" && current.problem) answer(current.problem.optionId);
  }, [answer]);

  const next = useCallback(() => apply({ type: "next_requested" }), [apply]);
  const backToSettings = useCallback(() => apply({ type: "settings_requested" }), [apply]);
  const dismissStartError = useCallback(() => apply({ type: "start_error_dismissed" }), [apply]);

  return { state, start, answer, retryAnswer, next, backToSettings, dismissStartError };
}

export type SingleplayerGameControls = ReturnType<typeof useSingleplayerGame>;
