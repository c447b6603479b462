/** Progress lines for long steps; stderr so stdout stays clean for tools that parse it. */
export type Progress = (message: string) => void;

export const consoleProgress =
  (prefix: string): Progress =>
  (message) =>
    process.stderr.write(`[${prefix}] ${message}\n`);
