package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.snapshot.SnapshotKey;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code fs} module as a program sees it — Node's callback and promise forms, its errors, data
 * as strings and bytes, streams, hostile input — on a host that keeps files in memory (the real
 * file system's semantics are colony-engine's tests).
 */
class FsModuleTest {
  private static final JsRuntime RUNTIME = JsRuntime.create(Limits.defaults(), SnapshotKey.random());
  private final MemoryFileSystemPort files = new MemoryFileSystemPort();

  @AfterEach
  void close() {
    files.close();
  }

  private ProgramRun run(String source, FileSystemPort port) throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Program program = RUNTIME.load("fs", RUNTIME.compile("t.js", source), ProgramRun.collect(out, err), PubSubPort.NONE, port)
        .start();
    ProgramExit exit = program.exit().get(60, TimeUnit.SECONDS);
    return new ProgramRun(out.toString(), err.toString(), exit);
  }

  private String stdout(String source) throws Exception {
    ProgramRun run = run(source, files);
    assertThat(run.err()).as("stderr").isEmpty();
    assertThat(run.exit().outcome()).as(run.exit().message()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    return run.out();
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void everyFunctionWithCallbacks() throws Exception {
    assertThat(stdout("""
        const fs = require('fs');
        const steps = [
          (next) => fs.mkdir('/d/e', { recursive: true }, next),
          (next) => fs.writeFile('/d/a.txt', 'one', next),
          (next) => fs.appendFile('d/a.txt', '+two', next),
          (next) => fs.readFile('/d/a.txt', 'utf8', (e, text) => { console.log('text', text); next(e); }),
          (next) => fs.readFile('/d/a.txt', (e, bytes) => { console.log('bytes', bytes instanceof Uint8Array, bytes.length); next(e); }),
          (next) => fs.readdir('/d', (e, names) => { console.log('names', names); next(e); }),
          (next) => fs.readdir('/d', { withFileTypes: true }, (e, entries) => {
            console.log('types', entries.map((d) => `${d.name}:${d.isFile()}:${d.isDirectory()}:${d.parentPath}`));
            next(e);
          }),
          (next) => fs.stat('/d/a.txt', (e, s) => {
            console.log('stat', s.isFile(), s.isDirectory(), s.size, s.mtime instanceof Date, s.mtimeMs, s.birthtimeMs, typeof s.version);
            next(e);
          }),
          (next) => fs.exists('/d/a.txt', (there) => fs.exists('/d/none', (missing) => { console.log('exists', there, missing); next(); })),
          (next) => fs.access('/d', next),
          (next) => fs.copyFile('/d/a.txt', '/d/b.txt', next),
          (next) => fs.copyFile('/d/a.txt', '/d/b.txt', fs.constants.COPYFILE_EXCL, (e) => { console.log('excl', e.code); next(); }),
          (next) => fs.rename('/d/b.txt', '/d/e/c.txt', next),
          (next) => fs.truncate('/d/e/c.txt', 2, next),
          (next) => fs.readFile('/d/e/c.txt', 'utf-8', (e, text) => { console.log('truncated', text); next(e); }),
          (next) => fs.truncate('/d/e/c.txt', next),
          (next) => fs.stat('/d/e/c.txt', (e, s) => { console.log('emptied', s.size); next(e); }),
          (next) => fs.unlink('/d/e/c.txt', next),
          (next) => fs.rmdir('/d/e', next),
          (next) => fs.rm('/d/none', { force: true }, next),
          (next) => fs.rm('/d', { recursive: true }, next),
          (next) => fs.readdir('/', (e, names) => { console.log('left', names); next(e); }),
        ];
        (function step(i) {
          if (i < steps.length) steps[i]((e) => { if (e) throw e; step(i + 1); });
        })(0);
        """)).isEqualTo(lines(
            "text one+two",
            "bytes true 7",
            "names [ 'a.txt', 'e' ]",
            "types [ 'a.txt:true:false:/d', 'e:false:true:/d' ]",
            "stat true false 7 true 1700000000000 1600000000000 number",
            "exists true false",
            "excl EEXIST",
            "truncated on",
            "emptied 0",
            "left []"));
  }

  @Test
  void everyFunctionWithPromises() throws Exception {
    assertThat(stdout("""
        const fs = require('node:fs');
        const fsp = require('fs/promises');
        (async () => {
          console.log('same', fsp === fs.promises);
          await fsp.mkdir('/p/q', { recursive: true });
          await fsp.writeFile('/p/a', new Uint8Array([104, 105]));
          await fsp.appendFile('/p/a', '!');
          console.log(await fsp.readFile('/p/a', { encoding: 'utf8' }));
          console.log(await fsp.readdir('/p'), (await fsp.readdir('/p', { withFileTypes: true })).map((d) => d.isDirectory()));
          console.log((await fsp.stat('/p')).isDirectory(), (await fsp.stat('/p/a')).size);
          console.log(await fsp.exists('/p/a'), await fsp.exists('/p/zz'), await fsp.access('/p/a'));
          await fsp.copyFile('/p/a', '/p/b');
          await fsp.rename('/p/b', '/p/q/c');
          await fsp.truncate('/p/q/c', 1);
          console.log(await fsp.readFile('/p/q/c', 'utf8'));
          await fsp.unlink('/p/q/c');
          await fsp.rmdir('/p/q');
          await fsp.rm('/p', { recursive: true });
          console.log(await fsp.readdir('/'));
          await fsp.readFile('/gone').catch((e) => console.log(e.code, e.message));
        })();
        """)).isEqualTo(lines(
            "same true",
            "hi!",
            "[ 'a', 'q' ] [ false, true ]",
            "true 3",
            "true false undefined",
            "h",
            "[]",
            "ENOENT ENOENT: no such file or directory, open '/gone'"));
  }

  @Test
  void errorsCarryNodesCodeSyscallAndPath() throws Exception {
    assertThat(stdout("""
        const fs = require('fs');
        const show = (label) => (e) => console.log(label, e instanceof Error, e.code, e.syscall, e.path, e.dest, e.message);
        fs.readFile('/missing', show('read'));
        fs.rename('/a', '/b', show('rename'));
        fs.mkdir('/', show('mkdir'));
        fs.writeFile('/f', 'x', () => {
          fs.writeFile('/f', 'y', { flag: 'wx' }, show('wx'));
          fs.readdir('/f', show('readdir'));
          fs.mkdir('/d', () => fs.writeFile('/d/x', '', () => {
            fs.rmdir('/d', show('rmdir'));
            fs.rm('/d', show('rm'));
            fs.readFile('/d', show('readdir-as-file'));
            fs.stat('/../../etc/passwd', (e) => console.log('above root', e.code));
          }));
        });
        """)).isEqualTo(lines(
            "read true ENOENT open /missing undefined ENOENT: no such file or directory, open '/missing'",
            "rename true ENOENT rename /a /b ENOENT: no such file or directory, rename '/a' -> '/b'",
            "mkdir true EEXIST mkdir / undefined EEXIST: file already exists, mkdir '/'",
            "wx true EEXIST open /f undefined EEXIST: file already exists, open '/f'",
            "readdir true ENOTDIR scandir /f undefined ENOTDIR: not a directory, scandir '/f'",
            "rmdir true ENOTEMPTY rmdir /d undefined ENOTEMPTY: directory not empty, rmdir '/d'",
            "rm true EISDIR rm /d undefined EISDIR: illegal operation on a directory, rm '/d'",
            "readdir-as-file true EISDIR open /d undefined EISDIR: illegal operation on a directory, open '/d'",
            "above root EINVAL"));
  }

  @Test
  void everyByteValueRoundTrips() throws Exception {
    assertThat(stdout("""
        const fs = require('fs');
        const all = new Uint8Array(256);
        for (let i = 0; i < 256; i++) all[i] = i;
        const view = new DataView(all.buffer, 250, 6);
        fs.writeFile('/all.bin', all, () => fs.writeFile('/tail.bin', view, () => fs.readFile('/all.bin', (e, back) => {
          let same = back.length === 256;
          for (let i = 0; i < 256; i++) same = same && back[i] === i;
          fs.readFile('/tail.bin', (e, tail) => console.log(same, Array.from(tail).join(',')));
        })));
        """)).isEqualTo("true 250,251,252,253,254,255\n");
    byte[] expected = new byte[256];
    for (int i = 0; i < 256; i++) {
      expected[i] = (byte) i;
    }
    assertThat(files.contents("/all.bin")).isEqualTo(expected);
  }

  @Test
  void stringsAreUtf8WithAstralCharactersAndLoneSurrogatesAsNodeWritesThem() throws Exception {
    assertThat(stdout("""
        const fs = require('fs');
        const text = 'é 中 😀 𝄞 \\u0000 end';
        fs.writeFile('/t.txt', text, () => fs.writeFile('/lone.txt', 'a\\uD800b', () =>
          fs.readFile('/t.txt', 'utf8', (e, back) => console.log(back === text, back.length))));
        """)).isEqualTo("true 15\n");
    assertThat(files.contents("/t.txt")).isEqualTo("é 中 😀 𝄞 \u0000 end".getBytes(StandardCharsets.UTF_8));
    assertThat(files.contents("/lone.txt")).containsExactly('a', 0xEF, 0xBF, 0xBD, 'b');
  }

  @Test
  void badArgumentsThrowTypeErrorsAtOnceAndNothingIsIssued() throws Exception {
    assertThat(stdout("""
        const fs = require('fs');
        const attempt = (label, call) => {
          try { call(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e.code, e.message); }
        };
        attempt('nul', () => fs.readFile('/a\\u0000b', () => {}));
        attempt('path', () => fs.readFile(42, () => {}));
        attempt('data', () => fs.writeFile('/a', 42, () => {}));
        attempt('callback', () => fs.readFile('/a'));
        attempt('encoding', () => fs.readFile('/a', 'latin1', () => {}));
        attempt('flag', () => fs.writeFile('/a', 'x', { flag: 'r+' }, () => {}));
        attempt('length', () => fs.truncate('/a', -1, () => {}));
        attempt('module', () => require('http'));
        attempt('id', () => require(7));
        fs.promises.readFile(null).catch((e) => console.log('promise', e.name, e.code));
        """)).isEqualTo(lines(
            "nul TypeError ERR_INVALID_ARG_VALUE The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received '/a\\x00b'",
            "path TypeError ERR_INVALID_ARG_TYPE The \"path\" argument must be of type string or an instance of Buffer or URL. Received 42",
            "data TypeError ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received 42",
            "callback TypeError ERR_INVALID_ARG_TYPE The \"cb\" argument must be of type function. Received undefined",
            "encoding TypeError ERR_INVALID_ARG_VALUE The argument 'encoding' is invalid encoding. Received 'latin1' (Colony's fs knows 'utf8' only)",
            "flag TypeError ERR_INVALID_ARG_VALUE The value 'r+' is invalid for option \"flags\" (Colony's fs knows 'w', 'wx' and 'a')",
            "length RangeError ERR_OUT_OF_RANGE The value of \"len\" is out of range. It must be an integer >= 0. Received -1",
            "module Error MODULE_NOT_FOUND Cannot find module 'http'",
            "id TypeError ERR_INVALID_ARG_TYPE The \"id\" argument must be of type string. Received 7",
            "promise TypeError ERR_INVALID_ARG_TYPE"));
    assertThat(files.performed()).isZero();
  }

  @Test
  void dataBeyondTheLimitIsARangeErrorNotACrash() throws Exception {
    assertThat(stdout("""
        const fs = require('fs');
        const huge = 'x'.repeat(64 * 1024 * 1024 + 1);
        try { fs.writeFile('/huge', huge, () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
        try { fs.appendFile('/huge', new Uint8Array(64 * 1024 * 1024 + 1), () => {}); } catch (e) { console.log(e.name, e.code); }
        fs.writeFile('/small', 'still works', () => fs.readFile('/small', 'utf8', (e, t) => console.log(t)));
        """)).isEqualTo(lines(
            "RangeError ERR_FS_FILE_TOO_LARGE the data (67108865 bytes) is larger than one fs call may carry (67108864 bytes):"
                + " write it in parts with appendFile or a write stream",
            "RangeError ERR_FS_FILE_TOO_LARGE",
            "still works"));
  }

  @Test
  void streamsReadIn64KiBChunksAndWriteInOrder() throws Exception {
    assertThat(stdout("""
        const fs = require('fs');
        const out = fs.createWriteStream('/big.txt');
        const line = 'é'.repeat(1000) + '\\n'; // 2 001 bytes, so chunk edges split characters
        for (let i = 0; i < 80; i++) out.write(line);
        out.end('last', () => {
          console.log('finished', out.bytesWritten);
          const sizes = [];
          fs.createReadStream('/big.txt')
            .on('data', (chunk) => sizes.push(chunk.length))
            .on('end', () => {
              console.log('chunks', sizes.join(' '));
              let text = '';
              fs.createReadStream('/big.txt', { encoding: 'utf8' })
                .on('data', (part) => { text += part; })
                .on('end', () => {
                  console.log('text', text === line.repeat(80) + 'last');
                  fs.createReadStream('/big.txt', { start: 2, end: 5 }).on('data', (c) => console.log('range', Array.from(c)));
                });
            });
        });
        fs.createReadStream('/none').on('error', (e) => console.log('error', e.code, e.syscall));
        const appended = fs.createWriteStream('/big.txt', { flags: 'a' });
        appended.on('finish', () => console.log('appended'));
        appended.end();
        """)).isEqualTo(lines(
            "finished 160084",
            "error ENOENT read",
            "appended",
            "chunks 65536 65536 29012",
            "text true",
            "range [ 195, 169, 195, 169 ]"));
  }

  @Test
  void withoutAFileSystemEveryCallFailsSayingSo() throws Exception {
    ProgramRun run = run("""
        require('fs').readFile('/a', (e) => console.log(e.code, e.message));
        """, FileSystemPort.NONE);
    assertThat(run.out()).isEqualTo("ENOSYS fs needs a global file system: run the program with `colony local run` or deploy it"
        + " with `colony run`\n");
  }
}
