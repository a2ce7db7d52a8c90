import type { Language } from "@lila/shared";
import { languageName } from "../catalog";
import { AnswerProblem } from "./answer-problem";
import { QuestionView } from "./question-view";
import { answerFor, currentQuestion } from "./singleplayer-game";
import { isClosed, type SingleplayerState } from "./singleplayer-machine";

interface PlayingViewProps {
  state: Extract<SingleplayerState, { phase: "playing" }>;
  languages: readonly Language[];
  onAnswer: (optionId: number) => void;
  onRetry: () => void;
  onNext: () => void;
  onNewGame: () => void;
  onChangeSettings: () => void;
}

/** The current question of a running game, with what went wrong sending the answer, if anything. */
export function PlayingView({ state, languages, ...actions }: PlayingViewProps) {
  const { game, sending, problem } = state;
  const question = currentQuestion(game);
  if (!question) return null;
  const { source_language: source, target_language: target } = game.settings;
  return (
    <QuestionView
      question={question}
      questionNumber={game.currentIndex + 1}
      totalQuestions={game.questions.length}
      direction={`${languageName(languages, source)} → ${languageName(languages, target)}`}
      promptLanguage={source}
      optionLanguage={target}
      answer={answerFor(game, question.questionId)}
      pendingOptionId={sending}
      problem={
        problem ? (
          <AnswerProblem
            error={problem.error}
            onRetry={actions.onRetry}
            onNewGame={actions.onNewGame}
            onChangeSettings={actions.onChangeSettings}
          />
        ) : null
      }
      closed={isClosed(state)}
      onAnswer={actions.onAnswer}
      onNext={actions.onNext}
    />
  );
}
