import type { Language, Lobby } from "@lila/shared";
import { Button } from "../../ui/button";
import { Skeleton } from "../../ui/skeleton";
import { useMoveFocus } from "../../ui/use-move-focus";
import { languageName } from "../catalog";
import { OptionButton, PromptCard, useAnswerKeys } from "../question";
import { AnsweredStatus } from "./answered-status";
import { CountdownBar } from "./countdown-bar";
import { matchOptionState } from "./match-option-state";
import { canAnswer, type MatchState } from "./match-state";
import { RoundResults } from "./round-results";
import { Scoreboard } from "./scoreboard";

interface MatchViewProps {
  state: MatchState;
  lobby: Lobby;
  selfId: string | null;
  languages: Language[];
  connected: boolean;
  onAnswer: (questionId: string, optionId: number) => void;
  /** Set once the match is over and the last round's outcome is showing. */
  onShowFinal?: (() => void) | undefined;
}

export function MatchView({ state, lobby, selfId, languages, connected, onAnswer, onShowFinal }: MatchViewProps) {
  const current = state.current;
  const answerable = connected && canAnswer(state);
  // A new question: focus the prompt so it is read out and keys 1–4 work.
  const headingRef = useMoveFocus<HTMLHeadingElement>(current?.question.questionId);

  useAnswerKeys({
    canAnswer: answerable,
    onAnswerAt: (position) => {
      const option = current?.question.options[position];
      if (current && option) onAnswer(current.question.questionId, option.optionId);
    },
    canContinue: false,
    onContinue: () => undefined,
  });

  if (!current) {
    return <Skeleton label="Get ready… the first word is coming." lines={5} />;
  }

  const { question, questionNumber, totalQuestions } = current;
  const outcome = state.roundOutcome;
  const { source_language: source, target_language: target } = lobby.settings;
  const lastPoints = outcome
    ? Object.fromEntries(outcome.results.map((result) => [result.userId, result.points]))
    : undefined;

  return (
    <div className="space-y-6">
      <section aria-labelledby="match-prompt" className="space-y-5">
        <div className="space-y-2">
          <div className="flex items-center justify-between gap-2 text-sm font-medium text-slate-700">
            <p>
              Question {questionNumber} of {totalQuestions}
            </p>
            <p>
              {languageName(languages, source)} → {languageName(languages, target)}
            </p>
          </div>
          <CountdownBar
            key={question.questionId}
            deadline={current.deadline}
            clockOffsetMs={current.clockOffsetMs}
            stopped={outcome !== null}
          />
        </div>

        <PromptCard
          id="match-prompt"
          ref={headingRef}
          prompt={question.prompt}
          gloss={question.gloss}
          language={source}
        />

        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Choices">
          {question.options.map((option, position) => (
            <li key={`${question.questionId}:${option.optionId}`}>
              <OptionButton
                option={option}
                position={position}
                lang={target}
                state={matchOptionState(option.optionId, state.yourAnswer, outcome?.correctOptionId ?? null)}
                disabled={!answerable}
                onSelect={() => onAnswer(question.questionId, option.optionId)}
              />
            </li>
          ))}
        </ul>

        <div role="status" aria-live="polite" aria-atomic="true">
          {outcome ? (
            <RoundResults
              question={question}
              outcome={outcome}
              players={lobby.players}
              selfId={selfId}
              isLastRound={questionNumber === totalQuestions}
            />
          ) : (
            <AnsweredStatus
              players={lobby.players}
              answeredUserIds={state.answeredUserIds}
              selfId={selfId}
              youAnswered={state.yourAnswer !== null}
            />
          )}
        </div>
        {onShowFinal ? (
          <div className="flex justify-end">
            <Button className="w-full sm:w-auto" onClick={onShowFinal}>
              See the final ranking
            </Button>
          </div>
        ) : null}
        {!outcome && state.yourAnswer === null ? (
          <p className="hidden text-center text-sm text-slate-500 sm:block">Tip: press 1–4 to answer.</p>
        ) : null}
      </section>

      <Scoreboard players={lobby.players} scores={state.scores} selfId={selfId} lastPoints={lastPoints} />
    </div>
  );
}
