import type { ComponentPropsWithoutRef, ElementType } from "react";

type CardElement = "div" | "section" | "form" | "li" | "ol" | "ul" | "article";

type CardProps<T extends CardElement> = {
  /** The element to render, so a card can be a form, a list item or a section. */
  as?: T;
  /** large: a page's main panel; small: one of several items in a list. */
  size?: "large" | "small";
  /** False when the caller sets its own padding in className. */
  padded?: boolean;
} & ComponentPropsWithoutRef<T>;

const shapes = {
  large: { shape: "rounded-3xl", padding: "p-5 sm:p-8" },
  small: { shape: "rounded-2xl", padding: "p-4 sm:p-5" },
};

/** A white surface with a hairline ring: the panels and list items of every page. */
export function Card<T extends CardElement = "div">({
  as,
  size = "large",
  padded = true,
  className = "",
  ...props
}: CardProps<T>) {
  // The props were checked against `as` by CardProps; past that point the element is dynamic.
  const Element: ElementType = as ?? "div";
  const { shape, padding } = shapes[size];
  return (
    <Element
      className={`${shape} bg-white shadow-sm ring-1 ring-slate-200 ${padded ? padding : ""} ${className}`.trim()}
      {...(props as Record<string, unknown>)}
    />
  );
}
