#!/usr/bin/env node
// `npm run dev`: the API with reload on :3000 and Vite's dev server on :5173 (proxying /api and /ws).
import { spawn } from "node:child_process";

const children = [
  spawn("npm", ["run", "dev", "-w", "@lila/api"], {
    stdio: "inherit",
    env: { ...process.env, PORT: process.env.PORT ?? "3000" },
  }),
  spawn("npm", ["run", "dev", "-w", "@lila/web"], { stdio: "inherit" }),
];
const stop = (signal) => children.forEach((child) => child.exitCode === null && child.kill(signal));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
for (const child of children)
  child.on("exit", (code) => {
    stop("SIGTERM");
    process.exitCode = code ?? 0;
  });
