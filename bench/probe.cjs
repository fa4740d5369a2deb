// Preloaded (`node --expose-gc --require`) into every server the bench starts: answers the
// bench's memory questions over the IPC channel, so no server needs a bench-only endpoint.
// Idle until asked; the channel does not keep the process alive.
"use strict";
if (process.send) {
  process.on("message", (message) => {
    if (!message || message.type !== "gongzhi-bench-memory") return;
    if (message.gc && typeof globalThis.gc === "function") {
      globalThis.gc();
      globalThis.gc();
    }
    const usage = process.memoryUsage();
    process.send({ type: "gongzhi-bench-memory", id: message.id, collected: Boolean(message.gc && globalThis.gc), heapUsed: usage.heapUsed, rss: usage.rss, external: usage.external });
  });
  process.channel?.unref();
}
