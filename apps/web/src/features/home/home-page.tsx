import { Link } from "@tanstack/react-router";
import { useDocumentTitle } from "../../lib/use-document-title";
import { buttonClass, textLink } from "../../ui/button";
import { Card } from "../../ui/card";
import { Heading } from "../../ui/heading";

const steps = [
  {
    title: "Pick two languages",
    text: "The language you know and the one you are learning.",
  },
  {
    title: "Choose from four",
    text: "A word appears; tap its translation among four choices.",
  },
  {
    title: "See how you did",
    text: "Right or wrong at once, then your score with every answer.",
  },
];

export function HomePage() {
  useDocumentTitle("");
  return (
    <div className="space-y-10">
      <Card as="section" surface="sky" padded={false} className="px-5 py-10 text-center sm:px-10">
        <h1 className="text-4xl font-extrabold tracking-tight text-violet-950 sm:text-5xl">
          Learn words. Beat friends.
        </h1>
        <p className="mx-auto mt-4 max-w-xl text-lg text-slate-700">
          lila is a quick vocabulary quiz. A word appears in one language — pick its translation from four choices. No
          sign-up needed.
        </p>
        <Link to="/play" className={buttonClass("primary", "mt-8 min-h-14 px-10 text-lg")}>
          Play now
        </Link>
        <p className="mt-6 text-slate-700">
          Or{" "}
          <Link to="/multiplayer" className={textLink}>
            play with friends
          </Link>{" "}
          — same words, same time, live scores.
        </p>
      </Card>

      <section aria-labelledby="how-it-works">
        <Heading level={2} size="section" id="how-it-works">
          How it works
        </Heading>
        <ol className="mt-4 grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <Card as="li" size="small" key={step.title}>
              <span
                aria-hidden="true"
                className="inline-flex size-8 items-center justify-center rounded-full bg-violet-100 font-bold text-violet-800"
              >
                {index + 1}
              </span>
              <h3 className="mt-3 font-semibold text-slate-900">{step.title}</h3>
              <p className="mt-1 text-slate-600">{step.text}</p>
            </Card>
          ))}
        </ol>
      </section>
    </div>
  );
}
