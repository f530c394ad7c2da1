// Exercises #private class members: private fields with initializers, private methods, private
// getters/setters, static private fields and methods, `#x in obj` brand checks, private access
// on a foreign object throwing TypeError, private names not visible to Object.keys/JSON/console,
// subclasses inheriting behaviour that uses base-class privates, and a 300-step bank ledger
// whose balances live in private fields.
class Account {
  static #nextId = 1;
  static #count = 0;
  #id;
  #balance = 0;
  #history = [];
  constructor(owner) {
    this.owner = owner;
    this.#id = Account.#nextId++;
    Account.#count++;
  }
  #record(kind, amount) { this.#history.push(`${kind}${amount}`); }
  get #summary() { return `${this.owner}#${this.#id}:${this.#balance}`; }
  set #adjust(v) { this.#balance += v; }
  deposit(n) { this.#adjust = n; this.#record('+', n); return this.#balance; }
  withdraw(n) {
    if (n > this.#balance) throw new RangeError(`insufficient funds in ${this.#summary}`);
    this.#adjust = -n; this.#record('-', n); return this.#balance;
  }
  transferTo(other, n) {
    if (!(#balance in other)) throw new TypeError('not an account');
    this.withdraw(n);
    other.#balance += n;  // private access on another instance of the same class
    other.#record('<', n);
  }
  get balance() { return this.#balance; }
  get historyLength() { return this.#history.length; }
  lastHistory(n) { return this.#history.slice(-n); }
  static isAccount(o) { return #id in o; }
  static get count() { return Account.#count; }
  static #secret() { return 'static private method'; }
  static reveal() { return Account.#secret(); }
  describe() { return this.#summary; }
}
class Savings extends Account {
  #rate;
  constructor(owner, rate) { super(owner); this.#rate = rate; }
  accrue() { const interest = Math.floor(this.balance * this.#rate); if (interest > 0) this.deposit(interest); return interest; }
}

const a = new Account('ann');
const b = new Savings('bob', 0.05);
a.deposit(100);
console.log(a, b, Object.keys(a), JSON.stringify(a));
console.log(Account.isAccount(a), Account.isAccount(b), Account.isAccount({}), Account.reveal(), Account.count);
try { a.withdraw(1000); } catch (e) { console.log(e.name, e.message); }
try { a.transferTo({ owner: 'fake' }, 1); } catch (e) { console.log(e.name, e.message); }
try { Account.prototype.describe.call({ owner: 'x' }); } catch (e) { console.log(e.name, e instanceof TypeError); }
try { Savings.prototype.accrue.call(a); } catch (e) { console.log(e.name, e instanceof TypeError); }

class Brand {
  #x = 1;
  static check(o) { return #x in o; }
  static tryRead(o) { try { return o.#x; } catch (e) { return e.constructor.name; } }
}
console.log(Brand.check(new Brand()), Brand.check(Object.create(Brand.prototype)), Brand.tryRead({}), Brand.tryRead(new Brand()));

// Private fields shadowing: same name in two classes are different names.
class P1 { #v = 'p1'; static get(o) { return o.#v; } }
class P2 extends P1 { #v = 'p2'; static get2(o) { return o.#v; } }
const p2 = new P2();
console.log(P1.get(p2), P2.get2(p2));

// Main loop: 300 random operations over 4 accounts.
const accounts = [a, b, new Account('cat'), new Savings('dan', 0.1)];
let seed = 4242;
let failures = 0, transfers = 0, interestPaid = 0;
for (let i = 0; i < 300; i++) {
  seed = (seed * 16807) % 2147483647;
  const acct = accounts[seed % 4];
  const amount = 1 + (seed >> 8) % 50;
  try {
    switch ((seed >> 4) % 4) {
      case 0: acct.deposit(amount); break;
      case 1: acct.withdraw(amount); break;
      case 2: acct.transferTo(accounts[(seed >> 12) % 4], amount); transfers++; break;
      case 3: if (acct instanceof Savings) interestPaid += acct.accrue(); else acct.deposit(1); break;
    }
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    failures++;
  }
  if (i % 50 === 49) console.log(`op ${i + 1}: ${accounts.map(x => x.describe()).join(' ')} failures=${failures}`);
}
console.log('transfers', transfers, 'interest', interestPaid, 'failures', failures);
console.log(accounts.map(x => [x.owner, x.balance, x.historyLength, x.lastHistory(3)]));
console.log('total', accounts.reduce((s, x) => s + x.balance, 0), 'count', Account.count);
