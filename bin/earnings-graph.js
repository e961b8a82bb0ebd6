#!/usr/bin/env node
// Runs the TypeScript CLI in-process through tsx's loader, so the checkout needs no build step
// and signals reach the command directly.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
