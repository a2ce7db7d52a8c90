import type { Question } from "@lila/shared";
import type { ReactNode } from "react";
import { Button } from "../../ui/button";
import { useMoveFocus } from "../../ui/use-move-focus";
import { AnswerFeedback } from "./answer-feedback";
import { OptionButton, type OptionState, PromptCard, useAnswerKeys } from "../question";
import { optionText, type AnswerRecord } from "./singleplayer-game";

interface QuestionViewProps {
  question: Question;
  questionNumber: number;
  totalQuestions: number;
  /** e.g. "English → Italian" */
  direction: string;
  /** Language codes, so screen readers pronounce the words in the right language. */
  promptLanguage: string;
  optionLanguage: string;
  answer: AnswerRecord | undefined;
  /** The option being sent, while the answer is on its way. */
  pendingOptionId: number | null;
  /** Shown under the options when sending the answer failed (Retry, expiry…). */
  problem?: ReactNode;
  /** No more answers possible (e.g. the game expired). */
  closed?: boolean;
  onAnswer: (optionId: number) => void;
  onNext: () => void;
}

function optionState(optionId: number, answer: AnswerRecord | undefined, pendingOptionId: number | null): OptionState {
  if (!answer) return pendingOptionId === optionId ? "pending" : "idle";
  if (optionId === answer.correctOptionId) return "correct";
  if (optionId === answer.selectedOptionId) return "incorrect";
  return "dimmed";
}

export function QuestionView(props: QuestionViewProps) {
  const { question, questionNumber, totalQuestions, answer, pendingOptionId } = props;
  // A new question: focus the prompt so it is read out and keys 1–4 work. Answered: focus the way on.
  const headingRef = useMoveFocus<HTMLHeadingElement>(question.questionId);
  const nextRef = useMoveFocus<HTMLButtonElement>(answer);
  const isLast = questionNumber === totalQuestions;
  const locked = answer !== undefined || pendingOptionId !== null || props.closed === true;

  useAnswerKeys({
    canAnswer: !locked,
    onAnswerAt: (position) => {
      const option = question.options[position];
      if (option) props.onAnswer(option.optionId);
    },
    canContinue: answer !== undefined,
    onContinue: props.onNext,
  });

  const progress = Math.round(((questionNumber - (answer ? 0 : 1)) / totalQuestions) * 100);

  return (
    <section aria-labelledby="quiz-prompt" className="space-y-5">
      <div className="space-y-2">
        <div className="flex items-center justify-between text-sm font-medium text-slate-700">
          <p>
            Question {questionNumber} of {totalQuestions}
          </p>
          <p>{props.direction}</p>
        </div>
        <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-slate-200">
          <div
            className="h-full rounded-full bg-violet-600 transition-[width] duration-300"
            style={{ width: `${progress}%` }}
          />
        </div>
      </div>

      <PromptCard
        id="quiz-prompt"
        ref={headingRef}
        prompt={question.prompt}
        gloss={question.gloss}
        language={props.promptLanguage}
      />

      <ul className="grid gap-3 sm:grid-cols-2" aria-label="Choices">
        {question.options.map((option, position) => (
          // Keyed by question too: a fresh button per question, so no colour fades over from the last answer.
          <li key={`${question.questionId}:${option.optionId}`}>
            <OptionButton
              option={option}
              position={position}
              lang={props.optionLanguage}
              state={optionState(option.optionId, answer, pendingOptionId)}
              disabled={locked}
              onSelect={() => props.onAnswer(option.optionId)}
            />
          </li>
        ))}
      </ul>

      <AnswerFeedback answer={answer} correctText={answer ? optionText(question, answer.correctOptionId) : null} />

      {props.problem}

      {answer ? (
        <div className="flex justify-end">
          <Button ref={nextRef} className="w-full sm:w-auto sm:min-w-48" onClick={props.onNext}>
            {isLast ? "See results" : "Next question"}
          </Button>
        </div>
      ) : (
        <p className="hidden text-center text-sm text-slate-500 sm:block">
          Tip: press 1–4 to answer, Enter to continue.
        </p>
      )}
    </section>
  );
}
