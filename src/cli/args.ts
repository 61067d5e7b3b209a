import type { Language } from "../core/messages";
import { CLI_WORDS } from "./words";

export const LANGUAGES: readonly Language[] = ["zh-CN", "en-US"];

/** Parsed command line: positional arguments, and options by name (without the dashes). */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/** What a command accepts: options with a value (a list restricts it to those values) and options without one. */
export interface OptionSpec {
  values: Record<string, readonly string[] | null>;
  flags: readonly string[];
}

export class UsageError extends Error {}

/** The language asked for by `--lang`, for the words of a usage error found before the options are read; Chinese otherwise. */
export function requestedLanguage(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    const language = LANGUAGES.find((l) => l === value);
    if (language) return language;
  }
  return "zh-CN";
}

/**
 * Strict parsing: `--name value`, `--name=value` and `--flag`; everything after `--` is positional. An option the
 * command does not know, a value outside its list, a missing value or a value given to a flag is a UsageError naming it.
 */
export function parseArgs(argv: readonly string[], spec: OptionSpec, language: Language): ParsedArgs {
  const words = CLI_WORDS[language];
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      options.set("help", true);
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") ? arg.slice(2, eq > 0 ? eq : undefined) : "";
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    if (name in spec.values) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) throw new UsageError(words.needsValue(option));
      const allowed = spec.values[name];
      if (allowed && !allowed.includes(value)) throw new UsageError(words.badValue(option, value, allowed));
      options.set(name, value);
    } else if (spec.flags.includes(name)) {
      if (eq > 0) throw new UsageError(words.takesNoValue(option));
      options.set(name, true);
    } else {
      throw new UsageError(words.unknownOption(option));
    }
  }
  return { positional, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === "string" ? v : undefined;
}

/** `--lang`, already checked against LANGUAGES by the parser; Chinese by default. */
export function languageOption(args: ParsedArgs): Language {
  return LANGUAGES.find((l) => l === stringOption(args, "lang")) ?? "zh-CN";
}
