import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from "react";

type HeadingSize = "display" | "page" | "section" | "subsection";

const sizes: Record<HeadingSize, string> = {
  /** A result that focus moves to ("You got 7 of 10", "You won!"). */
  display: "text-3xl font-extrabold tracking-tight text-violet-950 sm:text-4xl",
  page: "text-3xl font-bold tracking-tight text-slate-900",
  section: "text-xl font-bold text-slate-900",
  subsection: "text-lg font-bold text-slate-900",
};

interface HeadingProps extends ComponentPropsWithoutRef<"h1"> {
  level: 1 | 2 | 3;
  size: HeadingSize;
}

/**
 * Level (the document outline) and size (the look) chosen apart, so a page's
 * structure never bends to a style. Focusable with tabIndex={-1} where focus is
 * moved to it; the focus ring is then left out, as the move is not a keyboard step.
 */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, size, className = "", ...props },
  ref,
) {
  const Tag = `h${level}` as const;
  const focusable = props.tabIndex === -1 ? "outline-none" : "";
  return <Tag ref={ref} className={`${sizes[size]} ${focusable} ${className}`.trim()} {...props} />;
});

interface PageHeaderProps {
  title: ReactNode;
  /** A sentence under the title. */
  children?: ReactNode;
  align?: "start" | "center";
}

/** A page's h1 with the sentence that says what the page is for. */
export function PageHeader({ title, children, align = "start" }: PageHeaderProps) {
  return (
    <header className={`space-y-1 ${align === "center" ? "text-center" : ""}`.trim()}>
      <Heading level={1} size="page">
        {title}
      </Heading>
      {children ? <p className="text-slate-700">{children}</p> : null}
    </header>
  );
}
