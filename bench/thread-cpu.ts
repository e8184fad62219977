/** The CPU this thread has used, in ms: what a Workers isolate is billed for. */
export function threadCpuMs(): number {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1000;
}
