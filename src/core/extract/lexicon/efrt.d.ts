declare module 'efrt' {
  export function unpack(packed: string): Record<string, true>;
}
