// PostGraphile v5 calls Promise.withResolvers, which Node gained in 22; without it every
// data query fails with "Cannot read properties of undefined (reading 'items')".
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
