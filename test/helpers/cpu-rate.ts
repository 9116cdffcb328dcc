/** Throughput measured in CPU time (less disturbed by other load on the machine than wall time). */

/** Runs `round` until `seconds` of CPU have passed; returns the units done per CPU-second (`round` returns how many it did). */
export function cpuRate(seconds: number, round: () => number): number {
  const c0 = process.cpuUsage();
  const cpu = (): number => {
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1e6;
  };
  let n = 0;
  while (cpu() < seconds) n += round();
  return n / cpu();
}
