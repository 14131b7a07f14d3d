// Vitest runs lib/ modules outside Next; the real "server-only" package throws there by design.
export {};
