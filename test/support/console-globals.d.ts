/**
 * The browser globals that console modules refer to, for the root program (Node's lib, no DOM):
 * unit tests import console modules (test/console-imports.unit.spec.ts) and stand these in.
 */
declare const sessionStorage: {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};
declare const document: {
  createElement(tag: 'a'): { href: string; download: string; click(): void; remove(): void };
  body: { appendChild(node: unknown): unknown };
};
