import type { Language } from "../core/messages";

/** Minimal argv parsing: positional arguments and `--flag value` / `--flag=value` / boolean `--flag`. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valueFlags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (eq > 0) options.set(name, arg.slice(eq + 1));
    else if (valueFlags.includes(name)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
      i++;
    } else options.set(name, true);
  }
  return { positional, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === "string" ? v : undefined;
}

/** `--lang en-US` switches messages to English; anything else keeps Chinese. */
export function languageOption(args: ParsedArgs): Language {
  return stringOption(args, "lang") === "en-US" ? "en-US" : "zh-CN";
}
