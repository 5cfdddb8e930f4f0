// Where to send someone after signing in: same-origin paths only, never another site.
export function safeCallbackPath(value: string | null | undefined, fallback = "/studio"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  return value;
}
