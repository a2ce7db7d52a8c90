import type { GameSettings } from "@lila/shared";
import { useDocumentTitle } from "../../lib/use-document-title";
import { ErrorPanel } from "../../ui/error-panel";
import { PageHeader } from "../../ui/heading";
import { Notice } from "../../ui/notice";
import { Skeleton } from "../../ui/skeleton";
import { useCatalogQuery } from "../catalog";
import { useChosenSettings } from "../game-settings";
import { PlayingView } from "./playing-view";
import { ScoreView } from "./score-view";
import { SettingsForm } from "./settings-form";
import { useSingleplayerGame } from "./use-singleplayer-game";

/** /play: settings → one question at a time → score. The flow is useSingleplayerGame's. */
export function PlayPage() {
  useDocumentTitle("Play");
  const catalog = useCatalogQuery();
  const [settings, chooseSettings] = useChosenSettings(catalog.data?.cells);
  const game = useSingleplayerGame();
  const { state } = game;

  function play(gameSettings: GameSettings) {
    chooseSettings(gameSettings);
    game.start(gameSettings);
  }

  if (state.phase === "starting") {
    return <Skeleton label="Loading words…" lines={5} />;
  }

  if (state.phase === "finished") {
    return (
      <ScoreView
        game={state.game}
        onPlayAgain={() => play(state.game.settings)}
        onChangeSettings={game.backToSettings}
      />
    );
  }

  if (state.phase === "playing") {
    return (
      <PlayingView
        state={state}
        languages={catalog.data?.languages ?? []}
        onAnswer={game.answer}
        onRetry={game.retryAnswer}
        onNext={game.next}
        onNewGame={() => play(state.game.settings)}
        onChangeSettings={game.backToSettings}
      />
    );
  }

  return (
    <div className="space-y-6">
      <PageHeader title="Play">Pick your languages and a level, then translate as many words as you can.</PageHeader>
      {catalog.isPending ? <Skeleton label="Loading languages…" lines={4} /> : null}
      {catalog.isError ? <ErrorPanel error={catalog.error} onRetry={() => void catalog.refetch()} /> : null}
      {catalog.isSuccess && !settings ? (
        <Notice tone="info">No word sets are ready to play yet. Please check back soon.</Notice>
      ) : null}
      {catalog.isSuccess && settings ? (
        <>
          {state.startError ? <ErrorPanel error={state.startError} onRetry={() => play(settings)} /> : null}
          <SettingsForm
            catalog={catalog.data}
            settings={settings}
            onChange={(next) => {
              chooseSettings(next);
              game.dismissStartError();
            }}
            onStart={play}
          />
        </>
      ) : null}
    </div>
  );
}
