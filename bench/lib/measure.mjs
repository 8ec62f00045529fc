// Timing with tinybench and memory with the V8 GC profiler.
import v8 from 'node:v8'
import { Bench } from 'tinybench'

/**
 * Times each task with tinybench and returns one row per task.
 * @param {{ name: string, fn: () => unknown }[]} tasks
 * @param {{ time?: number, iterations?: number, warmupTime?: number, warmupIterations?: number }} options
 */
export async function time(tasks, options = {}) {
  const bench = new Bench({
    time: options.time ?? 500,
    iterations: options.iterations ?? 20,
    warmupTime: options.warmupTime ?? 100,
    warmupIterations: options.warmupIterations ?? 5,
    throws: true,
  })
  for (const t of tasks) bench.add(t.name, t.fn)
  await bench.run()
  return bench.tasks.map((t) => {
    const r = t.result
    return {
      name: t.name,
      hz: r.throughput.mean,
      meanMs: r.latency.mean,
      medianMs: r.latency.p50,
      p99Ms: r.latency.p99,
      samples: r.latency.samplesCount,
    }
  })
}

const used = () => v8.getHeapStatistics().used_heap_size

/**
 * Heap bytes one call allocates (heap growth plus everything the collector
 * freed meanwhile, from V8's GC profiler; median over `runs`) and retains
 * (heap growth after a full collection while every result is still
 * referenced, divided by `runs`, which evens out the collector's noise).
 * Also returns each call's wall time and the last result. Needs `--expose-gc`.
 * Unless `warm` is false, one untimed call first compiles the code, so code
 * objects do not count as retained.
 * @param {() => unknown} fn
 */
export async function memory(fn, runs = 3, warm = true) {
  const gc = globalThis.gc
  if (warm) await fn()
  const allocated = []
  const wallMs = []
  const results = []
  gc()
  const start = used()
  for (let i = 0; i < runs; i++) {
    gc()
    const base = used()
    const profiler = new v8.GCProfiler()
    profiler.start()
    const t0 = performance.now()
    results.push(await fn())
    const t1 = performance.now()
    const after = used()
    const { statistics } = profiler.stop()
    const freed = statistics.reduce(
      (sum, s) =>
        sum + s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize,
      0,
    )
    allocated.push(after - base + freed)
    wallMs.push(t1 - t0)
  }
  gc()
  const retained = Math.max(0, Math.round((used() - start) / runs))
  return { allocated: median(allocated), retained, wallMs, result: results.at(-1) }
}

/** Median of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
