// The baseline of the cold-start benchmark: a bare Node process that makes one request.
await fetch(process.env.BENCH_URL).then((response) => response.text());
