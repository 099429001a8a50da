// A quick load against a running suite (./kim up, the gateway's rate limit off: KIM_GATEWAY_RATE_LIMIT_ENABLED=false
// ./kim start gateway), for profiling between benchmark runs: N clients open or read cases through the gateway for a
// warm-up and then a measured stretch of S seconds (or read fm.nord's worklist); prints the rate, p50/p99 and the CPU
// time per operation summed over every process of the machine, by process. DEMO account fm.nord.
//   node e2e-tests/profile/load.mjs open|read|worklist [clients=8] [seconds=15]
import { readFileSync, readdirSync } from "node:fs";

const [mode = "open", clients = "8", seconds = "15"] = process.argv.slice(2);
const gateway = process.env.KIM_GATEWAY_URL ?? "http://localhost:8080";
const keycloak = process.env.KIM_KEYCLOAK_URL ?? "http://localhost:8180";

const login = await fetch(
  keycloak + "/realms/kim/protocol/openid-connect/token",
  {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "password",
      client_id: "kim-cli",
      username: "fm.nord",
      password: "demo-password",
    }),
  },
);
const headers = {
  Authorization: "Bearer " + (await login.json()).access_token,
  "Content-Type": "application/json",
};
const municipalities = await (
  await fetch(gateway + "/api/cases/reference/municipalities", { headers })
).json();
const lunen = (municipalities.items ?? municipalities).find(
  (municipality) => municipality.name === "Lünen",
).id;
const newCase = () =>
  JSON.stringify({
    municipalityId: lunen,
    members: [
      {
        firstName: "Probe",
        lastName: "Last",
        birthDate: "1980-01-01",
        gender: "FEMALE",
        languages: [],
      },
    ],
  });
const sample = await (
  await fetch(gateway + "/api/cases", {
    method: "POST",
    headers,
    body: newCase(),
  })
).json();

const paths = { read: "/api/cases/" + sample.id, worklist: "/api/cases/worklist" };

async function operation() {
  const answer =
    mode === "open"
      ? await fetch(gateway + "/api/cases", {
          method: "POST",
          headers,
          body: newCase(),
        })
      : await fetch(gateway + paths[mode], { headers });
  if (answer.status !== (mode === "open" ? 201 : 200))
    throw new Error(answer.status + " " + (await answer.text()));
  await answer.arrayBuffer();
}

async function runFor(secondsToRun) {
  const latencies = [];
  const end = Date.now() + secondsToRun * 1000;
  await Promise.all(
    Array.from({ length: Number(clients) }, async () => {
      while (Date.now() < end) {
        const start = performance.now();
        await operation();
        latencies.push(performance.now() - start);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

/** CPU milliseconds (user + system) of every process of the machine, by process (the apps by name). */
function cpuByProcess() {
  const used = {};
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      let name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (name === "java") {
        const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        name = (command.match(
          /(case-service|offer-service|region-service|gateway)\/target/,
        ) ??
          command.match(/(keycloak|LocalKafka)/) ?? [, "java"])[1];
      } else if (name.startsWith("postgres")) name = "postgres";
      else if (Number(pid) === process.pid) name = "this client";
      used[name] =
        (used[name] ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // the process ended in between
    }
  }
  return used;
}

await runFor(Number(seconds));
const before = cpuByProcess();
const started = Date.now();
const latencies = await runFor(Number(seconds));
const after = cpuByProcess();
const elapsed = (Date.now() - started) / 1000;
const perOperation = Object.keys(after)
  .map((name) => [name, (after[name] - (before[name] ?? 0)) / latencies.length])
  .filter(([, millis]) => millis >= 0.05)
  .sort((a, b) => b[1] - a[1]);
const total = perOperation.reduce((sum, [, millis]) => sum + millis, 0);
const at = (percent) =>
  latencies[Math.floor((latencies.length * percent) / 100)].toFixed(1);
console.log(
  `${mode}: ${(latencies.length / elapsed).toFixed(0)}/s, p50 ${at(50)} ms, p99 ${at(99)} ms; CPU ${total.toFixed(2)} ms per operation`,
);
console.log(
  "  " +
    perOperation
      .map(([name, millis]) => `${name} ${millis.toFixed(2)}`)
      .join(", "),
);
