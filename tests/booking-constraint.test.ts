import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";

// Against the party database directly: the database itself refuses overlapping bookings,
// whoever writes them (this API, or a centre's own system).
let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrls").party });
  await client.connect();
  await client.query("BEGIN");
});
afterAll(async () => {
  await client?.query("ROLLBACK");
  await client?.end();
});

const book = (venueId: number, starts: string, ends: string, status = "CONFIRMED") =>
  client.query("INSERT INTO venue_bookings (venue_id, booker_name, purpose, starts_at, ends_at, status) VALUES ($1, '测试', 'test', $2, $3, $4)", [venueId, starts, ends, status]);

describe("venue bookings never overlap (database constraint)", () => {
  it("refuses an overlapping confirmed booking and allows adjacent, cancelled and other-venue ones", async () => {
    const { rows } = await client.query<{ id: number }>("SELECT id FROM venues ORDER BY id LIMIT 2");
    const [a, b] = rows.map((r) => r.id) as [number, number];
    const day = "2030-01-0";
    await book(a, `${day}1T09:00:00+08`, `${day}1T10:00:00+08`);
    await client.query("SAVEPOINT s");
    await expect(book(a, `${day}1T09:30:00+08`, `${day}1T10:30:00+08`)).rejects.toMatchObject({ code: "23P01" });
    await client.query("ROLLBACK TO SAVEPOINT s");
    await book(a, `${day}1T10:00:00+08`, `${day}1T11:00:00+08`); // touching end-to-start is fine: ranges are [start, end)
    await book(a, `${day}1T09:15:00+08`, `${day}1T09:45:00+08`, "CANCELLED");
    await book(b, `${day}1T09:00:00+08`, `${day}1T10:00:00+08`);
    await client.query("SAVEPOINT t");
    await expect(book(a, `${day}1T12:00:00+08`, `${day}1T11:00:00+08`)).rejects.toMatchObject({ code: "23514" });
    await client.query("ROLLBACK TO SAVEPOINT t");
  });
});
