// `npm run relay`: runs relay/main.ts (TypeScript) through Vite's module runner, as the other scripts do.
import { runnerImport } from 'vite';

const { module } = await runnerImport('/relay/main.ts');
await module.main(process.argv.slice(2), process.env);
