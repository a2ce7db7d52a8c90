/**
 * Settles like `promise`, or rejects with `message` once `ms` have passed,
 * whichever comes first. The timer is cleared either way, so a fast answer
 * leaves nothing behind to keep the process alive.
 */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
