import type { ComponentPropsWithoutRef, ElementType } from "react";

type CardElement = "div" | "section" | "form" | "li" | "ol" | "ul" | "article";

type CardProps<T extends CardElement> = {
  /** The element to render, so a card can be a form, a list item or a section. */
  as?: T;
  /** large: a page's main panel; small: one of several items in a list. */
  size?: "large" | "small";
  /** False when the caller sets its own padding in className. */
  padded?: boolean;
  /** white for content; a soft gradient for the one panel that greets (home, lobby code, podium). */
  surface?: "white" | "sky" | "amber";
} & ComponentPropsWithoutRef<T>;

const surfaces = {
  white: "bg-white ring-slate-200",
  sky: "bg-gradient-to-br from-violet-100 via-white to-sky-50 ring-violet-100",
  amber: "bg-gradient-to-br from-violet-100 via-white to-amber-50 ring-violet-100",
};

const shapes = {
  large: { shape: "rounded-3xl", padding: "p-5 sm:p-8" },
  small: { shape: "rounded-2xl", padding: "p-4 sm:p-5" },
};

/** A surface with a hairline ring: the panels and list items of every page. */
export function Card<T extends CardElement = "div">({
  as,
  size = "large",
  padded = true,
  surface = "white",
  className = "",
  ...props
}: CardProps<T>) {
  // The props were checked against `as` by CardProps; past that point the element is dynamic.
  const Element: ElementType = as ?? "div";
  const { shape, padding } = shapes[size];
  return (
    <Element
      className={`${shape} ${surfaces[surface]} shadow-sm ring-1 ${padded ? padding : ""} ${className}`.trim()}
      {...(props as Record<string, unknown>)}
    />
  );
}
