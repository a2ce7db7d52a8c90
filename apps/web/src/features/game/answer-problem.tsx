import { Button } from "../../ui/button";
import { ErrorPanel } from "../../ui/error-panel";
import { Notice } from "../../ui/notice";
import { isExpired } from "./singleplayer-machine";

interface AnswerProblemProps {
  error: unknown;
  onRetry: () => void;
  onNewGame: () => void;
  onChangeSettings: () => void;
}

/** Sending an answer failed: an expired game offers a new one, anything else a retry. */
export function AnswerProblem({ error, onRetry, onNewGame, onChangeSettings }: AnswerProblemProps) {
  if (isExpired(error)) {
    return (
      <Notice
        tone="warning"
        role="alert"
        actions={
          <>
            <Button onClick={onNewGame}>Start a new game</Button>
            <Button variant="secondary" onClick={onChangeSettings}>
              Change settings
            </Button>
          </>
        }
      >
        This game has expired — games end after 30 minutes without an answer. Start a new one with the same settings?
      </Notice>
    );
  }
  return <ErrorPanel error={error} onRetry={onRetry} />;
}
