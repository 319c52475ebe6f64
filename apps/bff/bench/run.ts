import { catalogHttpBench } from "./catalog-http.bench.ts";
import { dossiersBench } from "./dossiers.bench.ts";
import { searchBench } from "./search.bench.ts";

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const only = process.argv[2];

if (!only || only === "catalog") {
  searchBench();
  await catalogHttpBench({ connections, duration, rounds });
}
if (!only || only === "dossiers") await dossiersBench({ connections, duration });
