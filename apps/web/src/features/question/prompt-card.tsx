import { forwardRef } from "react";
import { Card } from "../../ui/card";

interface PromptCardProps {
  /** The heading's id, for aria-labelledby on the choices. */
  id: string;
  prompt: string;
  gloss: string | null;
  /** Language of the prompt word. */
  language: string;
}

/**
 * The word to translate, as a focusable heading (focus moves here with each
 * new question), with its gloss when there is one. Singleplayer and matches.
 */
export const PromptCard = forwardRef<HTMLHeadingElement, PromptCardProps>(function PromptCard(
  { id, prompt, gloss, language },
  ref,
) {
  return (
    <Card padded={false} className="px-5 py-6 text-center sm:py-8">
      <p className="text-sm text-slate-600">What is the translation of</p>
      <h1
        id={id}
        ref={ref}
        tabIndex={-1}
        className="mt-2 text-4xl font-extrabold tracking-tight break-words text-slate-900 outline-none sm:text-5xl"
      >
        <span lang={language}>{prompt}</span>
      </h1>
      {gloss ? <p className="mx-auto mt-3 max-w-prose text-base text-slate-600 italic">{gloss}</p> : null}
    </Card>
  );
});
