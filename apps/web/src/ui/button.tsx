import { forwardRef, type ComponentPropsWithoutRef } from "react";

export type ButtonVariant = "primary" | "secondary";

/** Every button and button-like link looks and sizes the same (at least 48 px tall, a comfortable tap). */
const base =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-xl px-6 py-3 text-base font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-violet-700 text-white shadow-sm hover:bg-violet-800 active:bg-violet-900",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 active:bg-slate-200",
};

/** The classes of a button, for a router Link that should look like one. */
export function buttonClass(variant: ButtonVariant = "primary", className = ""): string {
  return `${base} ${variants[variant]} ${className}`.trim();
}

interface ButtonProps extends ComponentPropsWithoutRef<"button"> {
  variant?: ButtonVariant;
}

/** A button that is never a surprise submit: `type` defaults to "button". */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = "primary", className, type = "button", ...props },
  ref,
) {
  return <button ref={ref} type={type} className={buttonClass(variant, className)} {...props} />;
});

/** An inline link inside text, underlined so it never relies on colour alone. */
export const textLink = "font-semibold text-violet-800 underline underline-offset-2 hover:text-violet-950";
