import { describe, expect, it } from "vitest";
import { orderStandings, ordinal, podiumPlaces, rankByScore, winnerIdsOf } from "./podium";

const p = (userId: string, score: number) => ({ userId, name: userId, score });

describe("rankByScore", () => {
  it("ranks the highest score first", () => {
    expect(rankByScore([p("b", 100), p("a", 300), p("c", 200)]).map((s) => [s.userId, s.rank])).toEqual([
      ["a", 1],
      ["c", 2],
      ["b", 3],
    ]);
  });

  it("gives tied players the same rank and skips the next", () => {
    expect(rankByScore([p("a", 200), p("b", 200), p("c", 100), p("d", 100)]).map((s) => s.rank)).toEqual([1, 1, 3, 3]);
  });

  it("puts everyone first when nobody scored", () => {
    expect(rankByScore([p("a", 0), p("b", 0)]).map((s) => s.rank)).toEqual([1, 1]);
  });
});

describe("podiumPlaces", () => {
  it("puts tied players on the same step", () => {
    const places = podiumPlaces(rankByScore([p("a", 200), p("b", 200), p("c", 100)]));
    expect(places.map((place) => [place.rank, place.players.map((s) => s.userId)])).toEqual([
      [1, ["a", "b"]],
      [3, ["c"]],
    ]);
  });

  it("keeps only the first three ranks", () => {
    const places = podiumPlaces(rankByScore([p("a", 4), p("b", 3), p("c", 2), p("d", 1)]));
    expect(places.map((place) => place.rank)).toEqual([1, 2, 3]);
  });

  it("orders the server's standings by its ranks", () => {
    const ordered = orderStandings([
      { userId: "b", name: "Bob", score: 100, rank: 2 },
      { userId: "a", name: "Ann", score: 300, rank: 1 },
    ]);
    expect(ordered.map((s) => s.userId)).toEqual(["a", "b"]);
  });
});

describe("winnerIdsOf", () => {
  it("prefers the server's winners and falls back to everyone ranked first", () => {
    const standings = rankByScore([p("a", 2), p("b", 2), p("c", 1)]);
    expect(winnerIdsOf(standings, ["a"])).toEqual(["a"]);
    expect(winnerIdsOf(standings)).toEqual(["a", "b"]);
  });

  it("names places", () => {
    expect([1, 2, 3, 4].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th"]);
  });
});
