import { useState, type FormEvent } from "react";
import { Button } from "../../ui/button";
import { Notice } from "../../ui/notice";
import { TextField } from "../../ui/text-field";
import { useEmailSignIn } from "./auth-session";
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
  const signIn = useEmailSignIn(mode);
  const problemFor = (field: AuthProblem["field"]) => problems.find((problem) => problem.field === field)?.message;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (signIn.isPending) return;
    const credentials = { email: email.trim(), password, name: name.trim() };
    const found = validateCredentials(credentials, mode, minPasswordLength);
    setProblems(found);
    if (found.length > 0) return;
    signIn.mutate(credentials, {
      onSuccess: onSignedIn,
      onError: (error) => setProblems([describeAuthError(error, minPasswordLength)]),
    });
  }

  const formProblem = problemFor(null);
  return (
    <form noValidate onSubmit={submit} className="space-y-4">
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
      <Button type="submit" className="w-full" disabled={signIn.isPending}>
        {mode === "sign-up" ? "Create account" : "Sign in"}
      </Button>
    </form>
  );
}
