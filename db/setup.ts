// `npm run setup`: create, migrate and (first time) fill the database, without serving.
import { prepareDatabase } from "./prepare";

prepareDatabase().catch((error) => {
  console.error(error);
  process.exit(1);
});
