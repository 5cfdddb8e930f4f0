// Every test file starts from empty tables and closes its connections at the end.
import { db } from "@/lib/platform/db";
import { resetDatabase } from "../helpers/db";

beforeAll(resetDatabase);
afterAll(() => db.$disconnect());
