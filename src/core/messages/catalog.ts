import type { RuleModules } from "../rules/registry";
import type { RuleModule } from "../rules/rule";

type MessagesOf<M> = M extends Pick<RuleModule<string, infer V>, "variants"> ? { [K in keyof V]: (p: V[K]) => string } : never;

/**
 * A language's sentences for every rule and variant, each a function of the variant's typed parameters: the compiler
 * checks that a catalog is total and that it names only parameters the finding carries.
 */
export type MessageCatalog = { [M in RuleModules as M["id"]]: MessagesOf<M> };
