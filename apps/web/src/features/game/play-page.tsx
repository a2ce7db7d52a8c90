import type { GameSettings } from "@lila/shared";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ApiError } from "../../lib/api-client";
import { useDocumentTitle } from "../../lib/use-document-title";
import { ErrorPanel } from "../../ui/error-panel";
import { PageHeader } from "../../ui/heading";
import { Notice } from "../../ui/notice";
import { Skeleton } from "../../ui/skeleton";
import { useEnsureSession } from "../auth";
import { languageName, useCatalogQuery } from "../catalog";
import { AnswerProblem, isExpiredSession } from "./answer-problem";
import { startGame, submitAnswer } from "./game.api";
import {
  answerFor,
  currentQuestion,
  goToNextQuestion,
  recordAnswer,
  recordRefusedAnswer,
  startSingleplayerGame,
  type SingleplayerGame,
} from "./singleplayer-game";
import { ScoreView } from "./score-view";
import { SettingsForm } from "./settings-form";
import { loadSavedSettings, normalizeSettings, saveSettings } from "../game-settings";
import { browserStorage } from "../../lib/browser-storage";
import { QuestionView } from "./question-view";

/** /play: settings → one question at a time → score. The game lives in this component's state. */
export function PlayPage() {
  useDocumentTitle("Play");
  const catalog = useCatalogQuery();
  const [chosenSettings, setChosenSettings] = useState<GameSettings | null>(null);
  const [game, setGame] = useState<SingleplayerGame | null>(null);
  const ensureSession = useEnsureSession();
  const start = useMutation({
    mutationFn: async (gameSettings: GameSettings) => {
      // A visitor's first game makes them a guest, so the game is theirs to keep. Without a session
      // (the sign-in failed) they play on; the game is then simply not recorded.
      await ensureSession().catch(() => null);
      return startGame(gameSettings);
    },
  });
  const answer = useMutation({ mutationFn: submitAnswer });
  // A ref, not state: two clicks in the same frame must not both get through.
  const answerInFlight = useRef(false);

  const cells = catalog.data?.cells ?? [];
  const settings = catalog.data
    ? normalizeSettings(cells, chosenSettings ?? loadSavedSettings(browserStorage()))
    : null;

  function changeSettings(next: GameSettings) {
    setChosenSettings(next);
    saveSettings(browserStorage(), next);
    if (start.isError) start.reset();
  }

  function startNewGame(gameSettings: GameSettings) {
    if (start.isPending) return;
    saveSettings(browserStorage(), gameSettings);
    setChosenSettings(gameSettings);
    setGame(null);
    answer.reset();
    start.mutate(gameSettings, {
      onSuccess: (session) => setGame(startSingleplayerGame(session, gameSettings)),
    });
  }

  function sendAnswer(optionId: number) {
    const question = game && currentQuestion(game);
    if (!game || !question || answerInFlight.current || answerFor(game, question.questionId)) return;
    answerInFlight.current = true;
    answer.mutate(
      {
        sessionId: game.sessionId,
        questionId: question.questionId,
        selectedOptionId: optionId,
      },
      {
        onSuccess: (response) => setGame((current) => current && recordAnswer(current, response)),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            setGame((current) => current && recordRefusedAnswer(current, question.questionId));
          }
        },
        onSettled: () => {
          answerInFlight.current = false;
        },
      },
    );
  }

  function showNextQuestion() {
    answer.reset();
    setGame((current) => current && goToNextQuestion(current));
  }

  function backToSettings() {
    setGame(null);
    start.reset();
    answer.reset();
  }

  if (start.isPending) {
    return <Skeleton label="Loading words…" lines={5} />;
  }

  if (game?.finished) {
    return <ScoreView game={game} onPlayAgain={() => startNewGame(game.settings)} onChangeSettings={backToSettings} />;
  }

  const question = game && currentQuestion(game);
  if (game && question) {
    const languages = catalog.data?.languages ?? [];
    const refused = answer.error instanceof ApiError && answer.error.status === 409;
    return (
      <QuestionView
        question={question}
        questionNumber={game.currentIndex + 1}
        totalQuestions={game.questions.length}
        direction={`${languageName(languages, game.settings.source_language)} → ${languageName(languages, game.settings.target_language)}`}
        promptLanguage={game.settings.source_language}
        optionLanguage={game.settings.target_language}
        answer={answerFor(game, question.questionId)}
        pendingOptionId={answer.isPending ? (answer.variables?.selectedOptionId ?? null) : null}
        problem={
          answer.isError && !refused ? (
            <AnswerProblem
              error={answer.error}
              onRetry={() => {
                const optionId = answer.variables?.selectedOptionId;
                answer.reset();
                if (optionId !== undefined) sendAnswer(optionId);
              }}
              onNewGame={() => startNewGame(game.settings)}
              onChangeSettings={backToSettings}
            />
          ) : null
        }
        closed={answer.isError && isExpiredSession(answer.error)}
        onAnswer={sendAnswer}
        onNext={showNextQuestion}
      />
    );
  }

  return (
    <div className="space-y-6">
      <PageHeader title="Play">Pick your languages and a level, then translate as many words as you can.</PageHeader>
      {catalog.isPending ? <Skeleton label="Loading languages…" lines={4} /> : null}
      {catalog.isError ? <ErrorPanel error={catalog.error} onRetry={() => void catalog.refetch()} /> : null}
      {catalog.isSuccess && !settings ? (
        <Notice tone="info">No word sets are ready to play yet. Please check back soon.</Notice>
      ) : null}
      {catalog.isSuccess && settings ? (
        <>
          {start.isError ? <ErrorPanel error={start.error} onRetry={() => startNewGame(settings)} /> : null}
          <SettingsForm
            catalog={catalog.data}
            settings={settings}
            pending={start.isPending}
            onChange={changeSettings}
            onStart={startNewGame}
          />
        </>
      ) : null}
    </div>
  );
}
