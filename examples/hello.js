// A small program: a class, an async loop with timers, and a pending promise.
class Greeter {
  #count = 0;
  constructor(name) { this.name = name; }
  greet() { this.#count++; return `hello, ${this.name} (#${this.#count})`; }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const g = new Greeter('colony');
  for (let i = 0; i < 3; i++) {
    console.log(g.greet());
    await sleep(50);
  }
  console.log({ done: true, items: new Map([['a', 1]]) });
}

main();
