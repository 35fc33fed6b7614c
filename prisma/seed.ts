// `npx prisma db seed` / `npm run db:seed`: creates the demo wijk (idempotent).
import { createDb } from "../src/db.ts";
import { seedDemoWijk } from "../src/services/seed-demo-wijk.ts";

const db = await createDb(process.env.DATABASE_URL);
const { created } = await seedDemoWijk(db, new Date());
process.stderr.write(created ? "Demo-wijk Lewenborg XL aangemaakt.\n" : "Demo-wijk Lewenborg XL bestond al.\n");
await db.$disconnect();
