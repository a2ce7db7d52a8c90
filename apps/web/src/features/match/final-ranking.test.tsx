// @vitest-environment jsdom
import "../../testing/dom";
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithRouter } from "../../testing/render-with-router";
import { FinalRanking } from "./final-ranking";
import { orderStandings } from "./podium";

const standings = orderStandings([
  { userId: "ann", name: "Ann", score: 300, rank: 1 },
  { userId: "bob", name: "Bob", score: 100, rank: 2 },
]);

function renderRanking(selfId: string, isHost: boolean, connected = true) {
  renderWithRouter(
    <FinalRanking
      standings={standings}
      winnerIds={["ann"]}
      selfId={selfId}
      isHost={isHost}
      connected={connected}
      onRematch={vi.fn()}
      onLeave={vi.fn()}
    />,
  );
}

describe("FinalRanking accessibility", () => {
  it("moves focus to the result and lists the ranking with places in words", async () => {
    renderRanking("bob", false);
    const heading = await screen.findByRole("heading", { level: 1, name: "Ann wins!" });
    expect(document.activeElement).toBe(heading);
    const ranking = within(screen.getByRole("list", { name: "Final ranking" })).getAllByRole("listitem");
    expect(ranking.map((row) => row.textContent)).toEqual(["1stAnnWinner300", "2ndBob (you)100"]);
    expect(screen.getByText("Waiting for the host to start a rematch…")).toBeTruthy();
  });

  it("gives the host a Rematch button that is disabled while reconnecting", async () => {
    renderRanking("ann", true, false);
    expect(await screen.findByRole("heading", { level: 1, name: "You won!" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Rematch" })).toHaveProperty("disabled", true);
    expect(screen.getByRole("link", { name: "Back to multiplayer" }).getAttribute("href")).toBe("/multiplayer");
  });
});
