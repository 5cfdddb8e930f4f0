// Stands in for "next/headers" under Jest (mapped in jest.config.js). Next's own functions
// need the context of a Next request; here a test says which cookies and headers the
// "request" carries, so server actions and route handlers read exactly what a forged
// request would send.
let jar = new Map<string, string>();
let requestHeaders = new Headers();

export function setRequest(request: { cookies?: Record<string, string>; headers?: Record<string, string> } = {}) {
  jar = new Map(Object.entries(request.cookies ?? {}));
  requestHeaders = new Headers(request.headers ?? {});
}

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) as string } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
}

export async function headers() {
  return requestHeaders;
}
