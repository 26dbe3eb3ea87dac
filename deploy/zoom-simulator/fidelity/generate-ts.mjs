// Writes one TypeScript file per sample: `const sample: RivetType = <json>;`.
// An object literal assigned to a typed constant gets TypeScript's excess-property check, so
// a renamed field fails as an unknown property (and as a missing one when it is required).
// Usage: node generate-ts.mjs types.json samplesDir outDir mutatedDir
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const [typesFile, samplesDir, outDir, mutatedDir] = process.argv.slice(2);
const types = JSON.parse(readFileSync(typesFile, "utf8"));
const missing = [];

for (const [name, [module, type, deviations]] of Object.entries(types)) {
  const samplePath = join(samplesDir, `${name}.json`);
  if (!existsSync(samplePath)) {
    missing.push(name);
    continue;
  }
  const json = readFileSync(samplePath, "utf8");
  writeFileSync(join(outDir, `${name}.ts`), source(module, type, json, deviations));
}

if (missing.length > 0) {
  console.error(`Missing samples in ${samplesDir}: ${missing.join(", ")}`);
  process.exit(1);
}

// The self-test renames one field of the participant_joined notification.
const joined = readFileSync(join(samplesDir, "event.meeting.participant_joined.json"), "utf8");
writeFileSync(join(mutatedDir, "renamed-field.ts"),
  source("@zoom/rivet/meetings", "MeetingParticipantJoinedEvent", joined.replace('"user_name"', '"username"')));

// A third entry in types.json names fields Zoom documents but rivet lacks; only those are added.
function source(module, type, json, deviations) {
  const target = deviations ? `${type} & ${deviations}` : type;
  return `import type { ${type} } from "${module}";\n\nconst sample: ${target} = ${json.trim()};\n\nexport default sample;\n`;
}
