import { z } from "zod";

// The page's CSP has no 'unsafe-eval'. zod (the engine's profile and model schemas) would probe `new Function` to
// compile faster parsers, which the browser refuses and reports as a violation; its interpreter needs no eval.
// Imported first by index.tsx, before any schema is used.
z.config({ jitless: true });
