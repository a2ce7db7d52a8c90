import { useId, useState, type FormEvent } from "react";
import { primaryButton } from "../../ui/button-styles";
import { signInWithEmail, signUpWithEmail } from "./auth.api";
import { describeAuthError, validateCredentials, type AuthProblem } from "./auth-errors";

interface EmailFormProps {
  mode: "sign-in" | "sign-up";
  minPasswordLength: number;
  onSignedIn: () => void;
}

const input =
  "mt-1 block min-h-12 w-full rounded-xl border border-slate-300 bg-white px-4 text-base text-slate-900 shadow-sm focus:border-violet-600 focus:ring-2 focus:ring-violet-200 focus:outline-none aria-[invalid=true]:border-red-600";

function Field(props: {
  id: string;
  label: string;
  type: string;
  autoComplete: string;
  value: string;
  onChange: (value: string) => void;
  problem: string | undefined;
  hint?: string;
}) {
  const describedBy = [props.problem ? `${props.id}-problem` : null, props.hint ? `${props.id}-hint` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div>
      <label htmlFor={props.id} className="font-medium text-slate-800">
        {props.label}
      </label>
      <input
        id={props.id}
        type={props.type}
        autoComplete={props.autoComplete}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={input}
      />
      {props.hint && !props.problem ? (
        <p id={`${props.id}-hint`} className="mt-1 text-sm text-slate-600">
          {props.hint}
        </p>
      ) : null}
      {props.problem ? (
        <p id={`${props.id}-problem`} className="mt-1 text-sm font-medium text-red-700">
          {props.problem}
        </p>
      ) : null}
    </div>
  );
}

/** Email and password, for signing in or creating an account; problems appear beside their field. */
export function EmailForm({ mode, minPasswordLength, onSignedIn }: EmailFormProps) {
  const id = useId();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<AuthProblem[]>([]);
  const [pending, setPending] = useState(false);
  const problemFor = (field: AuthProblem["field"]) => problems.find((problem) => problem.field === field)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const credentials = { email: email.trim(), password, name: name.trim() };
    const found = validateCredentials(credentials, mode, minPasswordLength);
    setProblems(found);
    if (found.length > 0) return;
    setPending(true);
    try {
      if (mode === "sign-up") await signUpWithEmail(credentials);
      else await signInWithEmail(credentials);
      onSignedIn();
    } catch (error) {
      setProblems([describeAuthError(error, minPasswordLength)]);
    } finally {
      setPending(false);
    }
  }

  const formProblem = problemFor(null);
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
      {formProblem ? (
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 p-3 font-medium text-red-900">
          {formProblem}
        </p>
      ) : null}
      {mode === "sign-up" ? (
        <Field
          id={`${id}-name`}
          label="Name"
          type="text"
          autoComplete="nickname"
          value={name}
          onChange={setName}
          problem={problemFor("name")}
        />
      ) : null}
      <Field
        id={`${id}-email`}
        label="Email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        problem={problemFor("email")}
      />
      <Field
        id={`${id}-password`}
        label="Password"
        type="password"
        autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
        value={password}
        onChange={setPassword}
        problem={problemFor("password")}
        {...(mode === "sign-up" ? { hint: `At least ${minPasswordLength} characters.` } : {})}
      />
      <button type="submit" className={`${primaryButton} w-full`} disabled={pending}>
        {mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
    </form>
  );
}
