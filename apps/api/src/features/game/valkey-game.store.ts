import { GAME_SESSION_IDLE_MS } from "@lila/shared";
import type { ValkeyClient } from "../../lib/valkey.js";
import type { AnswerInput, AnswerOutcome, GameStore, StoredGame } from "./game.store.js";

/*
 * A game is one hash: "owner" ("" for an anonymous caller), "q:<id>" the
 * correct option of each question, "a:<id>" the answer once given. Recording
 * an answer is one script, so the check and the write are atomic across every
 * API process; each answer (and each attempt) pushes the idle expiry back.
 * The script is the answer rule of game.store.ts's applyAnswer, in Lua: the
 * contract suite checks that both decide alike.
 */
const RECORD_ANSWER = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'game_not_found'} end
if redis.call('HGET', KEYS[1], 'owner') ~= ARGV[1] then return {'game_not_found'} end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
local correct = redis.call('HGET', KEYS[1], 'q:' .. ARGV[2])
if not correct then return {'question_not_found'} end
if redis.call('HSETNX', KEYS[1], 'a:' .. ARGV[2], ARGV[3]) == 0 then return {'already_answered'} end
return {'recorded', correct}
`;

interface RecordAnswerCommand {
  lilaRecordAnswer(
    key: string,
    owner: string,
    questionId: string,
    selected: string,
    idleMs: string,
  ): Promise<[string, string?]>;
}

/** Singleplayer games in Valkey, shared by every API process. */
export class ValkeyGameStore implements GameStore {
  constructor(
    private readonly client: ValkeyClient,
    private readonly keyPrefix: string,
    private readonly idleMs = GAME_SESSION_IDLE_MS,
  ) {
    if (!("lilaRecordAnswer" in client))
      client.defineCommand("lilaRecordAnswer", { numberOfKeys: 1, lua: RECORD_ANSWER });
  }

  private key(gameId: string): string {
    return `${this.keyPrefix}game:${gameId}`;
  }

  async create(game: StoredGame): Promise<void> {
    const fields: Record<string, string> = { owner: game.ownerId ?? "" };
    for (const question of game.questions) {
      fields[`q:${question.questionId}`] = String(question.correctOptionId);
      if (question.selectedOptionId !== null) fields[`a:${question.questionId}`] = String(question.selectedOptionId);
    }
    await this.client.multi().hset(this.key(game.gameId), fields).pexpire(this.key(game.gameId), this.idleMs).exec();
  }

  async recordAnswer(input: AnswerInput): Promise<AnswerOutcome> {
    const [status, correct] = await (this.client as unknown as RecordAnswerCommand).lilaRecordAnswer(
      this.key(input.gameId),
      input.ownerId ?? "",
      input.questionId,
      String(input.selectedOptionId),
      String(this.idleMs),
    );
    if (status === "recorded") return { status, correctOptionId: Number(correct) };
    return { status: status as Exclude<AnswerOutcome["status"], "recorded"> };
  }

  /** The connection belongs to the composition root, which closes it. */
  async close(): Promise<void> {}
}
