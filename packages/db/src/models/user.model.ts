import { eq } from "drizzle-orm";
import type { Database } from "../connection.js";
import { users } from "../schema/index.js";

export interface UserRecord {
  id: string;
  name: string;
  email: string;
  isAnonymous: boolean;
  createdAt: Date;
}

export async function findUserById(db: Database, id: string): Promise<UserRecord | null> {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      isAnonymous: users.isAnonymous,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, id));
  return user ?? null;
}
