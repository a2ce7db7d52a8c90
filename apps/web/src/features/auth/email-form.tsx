import { useState, type FormEvent } from "react";
import { Button } from "../../ui/button";
import { Notice } from "../../ui/notice";
import { TextField } from "../../ui/text-field";
import { signInWithEmail, signUpWithEmail } from "./auth.api";
import { describeAuthError, validateCredentials, type AuthProblem } from "./auth-errors";

interface EmailFormProps {
  mode: "sign-in" | "sign-up";
  minPasswordLength: number;
  onSignedIn: () => void;
}

/** Email and password, for signing in or creating an account; problems appear beside their field. */
export function EmailForm({ mode, minPasswordLength, onSignedIn }: EmailFormProps) {
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
        <Notice tone="error" role="alert" size="compact" icon={null}>
          {formProblem}
        </Notice>
      ) : null}
      {mode === "sign-up" ? (
        <TextField
          label="Name"
          type="text"
          autoComplete="nickname"
          value={name}
          onChange={(event) => setName(event.target.value)}
          problem={problemFor("name")}
        />
      ) : null}
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        problem={problemFor("email")}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        problem={problemFor("password")}
        hint={mode === "sign-up" ? `At least ${minPasswordLength} characters.` : undefined}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {mode === "sign-up" ? "Create account" : "Sign in"}
      </Button>
    </form>
  );
}
