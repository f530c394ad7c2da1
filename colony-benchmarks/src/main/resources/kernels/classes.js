// Classes: a shape hierarchy with super calls, getters, static members and private fields,
// virtual dispatch in a hot loop, and a small immutable vector class allocating on every call.
const N = 30000;
console.log(`classes: ${N} shapes`);

class Shape {
  static created = 0;
  #id;
  constructor(id) {
    this.#id = id;
    Shape.created++;
  }
  get id() {
    return this.#id;
  }
  area() {
    return 0;
  }
  weight() {
    return this.area() + (this.#id % 3);
  }
}

class Rect extends Shape {
  constructor(id, w, h) {
    super(id);
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
}

class Square extends Rect {
  constructor(id, side) {
    super(id, side, side);
  }
  weight() {
    return super.weight() * 2;
  }
}

class Circle extends Shape {
  #r;
  constructor(id, r) {
    super(id);
    this.#r = r;
  }
  get radius() {
    return this.#r;
  }
  area() {
    return 3 * this.#r * this.#r;
  }
}

class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  static of(x, y) {
    return new Vec(x, y);
  }
  add(o) {
    return new Vec(this.x + o.x, this.y + o.y);
  }
  scale(k) {
    return new Vec(this.x * k, this.y * k);
  }
  get manhattan() {
    return Math.abs(this.x) + Math.abs(this.y);
  }
}

function makeShape(i) {
  switch (i % 3) {
    case 0: return new Rect(i, i % 10, (i >> 2) % 10);
    case 1: return new Square(i, i % 7);
    default: return new Circle(i, i % 5);
  }
}

let checksum = 0;
let v = Vec.of(0, 0);
for (let i = 0; i < N; i++) {
  const s = makeShape(i);
  checksum += s.weight() + s.id % 2 + (s instanceof Circle ? s.radius : 0);
  v = v.add(Vec.of(i % 3, i % 5 - 1)).scale(i % 7 === 0 ? -1 : 1);
}
console.log(`checksum ${checksum} ${Shape.created} ${v.manhattan}`);
