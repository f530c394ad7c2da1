package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.snapshot.SnapshotKey;
import org.junit.jupiter.api.Test;

/** Proxy traps and Reflect as Node calls them, where Rhino 1.9.2's differ (expected outputs are Node 20's). */
class ProxyReflectTest {
  private final JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  private String run(String source) throws Exception {
    return ProgramRun.stdout(runtime, source);
  }

  @Test
  void setTrapGetsTheProxyAsReceiverAndReflectSetDefinesOnIt() throws Exception {
    assertThat(run("""
        const log = [];
        const p = new Proxy({}, {
          set(t, k, v, r) { log.push(`set ${k} ${r === p}`); return Reflect.set(t, k, v, r); },
          getOwnPropertyDescriptor(t, k) { log.push(`gopd ${k}`); return Reflect.getOwnPropertyDescriptor(t, k); },
          defineProperty(t, k, d) { log.push(`define ${k} ${JSON.stringify(d)}`); return Reflect.defineProperty(t, k, d); },
        });
        p.x = 1;
        p.x = 2;
        console.log(log.join(' | '), JSON.stringify(Object.getOwnPropertyDescriptor(p, 'x')));
        """)).isEqualTo("set x true | gopd x | define x {\"value\":1,\"writable\":true,\"enumerable\":true,\"configurable\":true}"
        + " | set x true | gopd x | define x {\"value\":2}"
        + " {\"value\":2,\"writable\":true,\"enumerable\":true,\"configurable\":true}\n");
  }

  @Test
  void assignmentAndDeleteDoNotAskTheHasTrapAndKeysAskGetOwnPropertyDescriptor() throws Exception {
    assertThat(run("""
        const log = [];
        const p = new Proxy({ a: 1, b: 2 }, {
          has(t, k) { log.push(`has ${k}`); return k in t; },
          deleteProperty(t, k) { log.push(`delete ${k}`); return k === 'a' ? false : delete t[k]; },
          ownKeys(t) { log.push('ownKeys'); return [...Reflect.ownKeys(t), 'hidden']; },
          getOwnPropertyDescriptor(t, k) {
            log.push(`gopd ${k}`);
            return k === 'hidden' ? { value: 0, configurable: true } : Reflect.getOwnPropertyDescriptor(t, k);
          },
        });
        p.c = 3;
        console.log(delete p.a, delete p.b, 'a' in p, 'b' in p, Object.keys(p), { ...p });
        console.log(log.join(' | '));
        """)).isEqualTo("false true true false [ 'a', 'c' ] { a: 1, c: 3 }\n"
        + "gopd c | delete a | delete b | has a | has b | ownKeys | gopd a | gopd c | gopd hidden"
        + " | ownKeys | gopd a | gopd c | gopd hidden\n");
  }

  @Test
  void constructTrapGetsAnArrayAndTheNewTarget() throws Exception {
    assertThat(run("""
        const P = new Proxy(function F() {}, { construct(t, args, nt) { return { args, count: args.length, same: nt === P }; } });
        const { proxy } = Proxy.revocable(class {}, { construct(t, args) { return { via: 'revocable', args }; } });
        console.log(new P(1, 'two'), new proxy(3), Proxy.name, Proxy.length, typeof P);
        """)).isEqualTo("{ args: [ 1, 'two' ], count: 2, same: true } { via: 'revocable', args: [ 3 ] } Proxy 2 function\n");
  }

  @Test
  void reflectConstructGivesALoweredClassItsNewTarget() throws Exception {
    assertThat(run("""
        class Base { constructor(x) { this.nt = new.target.name; this.x = x; } }
        class Other { hello() { return 'hi'; } }
        const o = Reflect.construct(Base, [7], Other);
        console.log(o, o instanceof Other, o instanceof Base, o.hello(), Reflect.construct(Base, [1]));
        """)).isEqualTo("Other { nt: 'Other', x: 7 } true false hi Base { nt: 'Base', x: 1 }\n");
  }

  @Test
  void stringifyOfAProxyGetsToJsonThroughTheGetTrap() throws Exception {
    assertThat(run("""
        const seen = [];
        const q = new Proxy({ n: 1 }, { get(t, k, r) { seen.push(String(k)); return Reflect.get(t, k, r); } });
        console.log(JSON.stringify(q), seen.join());
        """)).isEqualTo("{\"n\":1} toJSON,n\n");
  }

  @Test
  void getOwnPropertyDescriptorTrapMayAnswerUndefined() throws Exception {
    assertThat(run("""
        const p = new Proxy({ a: 1 }, { getOwnPropertyDescriptor(t, k) { return Reflect.getOwnPropertyDescriptor(t, k); } });
        console.log(Object.getOwnPropertyDescriptor(p, 'a'), Object.getOwnPropertyDescriptor(p, 'zz'), Reflect.getOwnPropertyDescriptor(p, 'zz'));
        """)).isEqualTo("{ value: 1, writable: true, enumerable: true, configurable: true } undefined undefined\n");
  }

  @Test
  void consolePrintsAProxyAsItsTargetWithoutCallingTraps() throws Exception {
    assertThat(run("""
        const seen = [];
        const p = new Proxy({ a: 1 }, { get(t, k) { seen.push(String(k)); return t[k]; }, has(t, k) { seen.push('has'); return k in t; } });
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        console.log(p, [p], proxy, seen.length);
        """)).isEqualTo("{ a: 1 } [ { a: 1 } ] <Revoked Proxy> 0\n");
  }
}
