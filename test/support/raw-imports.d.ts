/** Vite's `?raw` imports: a file's text, used to load shared samples in Workers tests. */
declare module "*?raw" {
  const content: string;
  export default content;
}
