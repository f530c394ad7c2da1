// Exercises Date with fixed timestamps only (never the current time, never local-time getters):
// Date.UTC with overflowing fields, new Date(ms), toISOString, toJSON, getUTC* getters,
// setUTC* setters (with rollover), date arithmetic in milliseconds, Date.parse of ISO strings
// (with Z and explicit offsets), invalid dates (NaN getters, toISOString RangeError, JSON null),
// leap years, day-of-week math, console.log of Dates bare and nested, and a 366-day calendar walk.
const epoch = new Date(0);
const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(epoch.toISOString(), d.toISOString(), d.getTime(), d.valueOf() === +d, d.toJSON());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(new Date(Date.UTC(2023, 12, 1)).toISOString(), new Date(Date.UTC(2023, 0, 0)).toISOString(), new Date(Date.UTC(2023, 1, 29)).toISOString());
console.log(Date.UTC(1970, 0, 1), Date.UTC(2000, 0), Date.UTC(99, 0, 1) === Date.UTC(1999, 0, 1), new Date(-1).toISOString(), new Date(8.64e15).toISOString());
console.log(Date.parse('2020-06-15T12:00:00Z'), Date.parse('2020-06-15T12:00:00+02:00'), Date.parse('2020-06-15T12:00:00.5-01:30'), Date.parse('2020-06-15'));
const inv = new Date(NaN);
console.log(inv.getTime(), inv.getUTCFullYear(), String(inv), JSON.stringify({ inv }), isNaN(new Date('not a date')), new Date(8.64e15 + 1).getTime());
try { inv.toISOString(); } catch (e) { console.log('invalid toISOString', e.name); }
console.log(d, [d, epoch], { when: d, nested: { deeper: { deepest: epoch } } }, inv);
const m = new Date(Date.UTC(2021, 0, 31));
m.setUTCMonth(1);
console.log(m.toISOString());
m.setUTCDate(0); m.setUTCHours(25, 61, 61, 1001);
console.log(m.toISOString(), m.setUTCFullYear(2020, 1, 29), m.toISOString());
const diff = Date.UTC(2025, 0, 1) - Date.UTC(2024, 0, 1);
console.log('days in 2024', diff / 864e5, 'weeks', Math.floor(diff / (7 * 864e5)), 'leftover', (diff / 864e5) % 7);
const isLeap = (y) => new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
console.log([1900, 2000, 2023, 2024, 2100].map(y => `${y}:${isLeap(y)}`).join(' '));
console.log(typeof Date.now, new Date(2020, 0) instanceof Date, Object.prototype.toString.call(d), new Date(d).getTime() === d.getTime(), new Date('2024-02-29T13:45:30.123Z').getTime() === d.getTime());
console.log(d < new Date(Date.UTC(2025, 0)), d - epoch, d + 0 === String(d) + '0' ? 'string concat' : 'other', typeof (d + 0));

// Calendar walk: 366 days of 2024, counting weekdays, month lengths and Friday-the-13ths.
const DAY = 864e5;
const start = Date.UTC(2024, 0, 1);
const weekdays = [0, 0, 0, 0, 0, 0, 0];
const monthLengths = new Array(12).fill(0);
const fri13 = [];
const mondaysFirst = [];
let isoWeekCount = 0;
for (let i = 0; i < 366; i++) {
  const day = new Date(start + i * DAY);
  const dow = day.getUTCDay();
  weekdays[dow]++;
  monthLengths[day.getUTCMonth()]++;
  if (dow === 5 && day.getUTCDate() === 13) fri13.push(day.toISOString().slice(0, 10));
  if (dow === 1 && day.getUTCDate() === 1) mondaysFirst.push(day.toISOString().slice(0, 7));
  if (dow === 4) isoWeekCount++;
  if (i % 61 === 60) console.log(`day ${i + 1}: ${day.toISOString()} dow=${dow}`);
}
console.log('weekdays', weekdays, 'months', monthLengths.join(','));
console.log('friday 13ths', fri13, 'months starting on monday', mondaysFirst, 'ISO weeks', isoWeekCount);
const end = new Date(start + 365 * DAY);
end.setUTCHours(23, 59, 59, 999);
console.log('last moment', end.toISOString(), end.getTime() - start, new Date(end.getTime() + 1).getUTCFullYear());
