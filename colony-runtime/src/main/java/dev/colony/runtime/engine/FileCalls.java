package dev.colony.runtime.engine;

import dev.colony.runtime.FileCompletion;
import dev.colony.runtime.FileInfo;
import dev.colony.runtime.FileOperation;
import dev.colony.runtime.FileResult;
import dev.colony.runtime.FileSystemPort;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.typedarrays.NativeArrayBuffer;
import org.mozilla.javascript.typedarrays.NativeArrayBufferView;

/**
 * What the {@code fs} module asks of the host, on the program thread: builds the {@link
 * FileOperation} from the arguments fs.js checked, hands it to the port with a completion that
 * queues the outcome in the inbox, and turns outcomes into the arguments of fs.js's callback.
 */
final class FileCalls {
  /** Node writes a lone surrogate as U+FFFD; Java's default would write '?'. */
  private static final byte[] REPLACEMENT_CHARACTER = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  private final FileSystemPort port;
  private final Inbox inbox;

  FileCalls(FileSystemPort port, Inbox inbox) {
    this.port = port;
    this.inbox = inbox;
  }

  /**
   * Issues one operation whose outcome goes to {@code callback}; the port's own exceptions become
   * its failure. Throws {@link DataTooLargeException} before anything is issued when the data is too large.
   */
  void perform(String name, Object[] args, Object callback) {
    FileOperation operation = operation(name, args);
    AtomicBoolean completed = new AtomicBoolean();
    FileCompletion completion = result -> {
      if (completed.compareAndSet(false, true)) {
        inbox.complete(new FileEvent(callback, result));
      }
    };
    inbox.expectCompletion();
    try {
      port.perform(operation, completion);
    } catch (RuntimeException e) {
      completion.complete(new FileResult.Failure("EIO", e.getMessage() != null ? e.getMessage() : e.toString()));
    }
  }

  private static FileOperation operation(String name, Object[] args) {
    String path = text(args, 0);
    return switch (name) {
      case "stat" -> new FileOperation.Stat(path);
      case "readdir" -> new FileOperation.ReadDir(path);
      case "mkdir" -> new FileOperation.MakeDir(path, flag(args, 1));
      case "read" -> new FileOperation.Read(path, number(args, 1), number(args, 2));
      case "write" -> new FileOperation.Write(path, bytes(args, 1), flag(args, 2));
      case "append" -> new FileOperation.Append(path, bytes(args, 1));
      case "truncate" -> new FileOperation.Truncate(path, number(args, 1));
      case "unlink" -> new FileOperation.Unlink(path);
      case "rmdir" -> new FileOperation.RemoveDir(path, flag(args, 1));
      case "rm" -> new FileOperation.Remove(path, flag(args, 1), flag(args, 2));
      case "rename" -> new FileOperation.Rename(path, text(args, 1));
      case "copy" -> new FileOperation.Copy(path, text(args, 1), flag(args, 2));
      default -> throw new IllegalArgumentException("no file operation " + name);
    };
  }

  /** The arguments fs.js's callback takes: (code, message, value), code null on success. */
  static Object[] callbackArgs(Context cx, Scriptable scope, FileResult result) {
    return switch (result) {
      case FileResult.Done done -> new Object[] {null, null, Undefined.instance};
      case FileResult.Failure failure -> new Object[] {failure.code(), failure.message(), Undefined.instance};
      case FileResult.Data data -> new Object[] {null, null, arrayBuffer(cx, scope, data.bytes())};
      case FileResult.Info info -> new Object[] {null, null, infoObject(cx, scope, info.info())};
      case FileResult.Entries entries -> new Object[] {null, null, entryArray(cx, scope, entries.entries())};
    };
  }

  /** A view's bytes, or a string's as Node encodes it (UTF-8, lone surrogates as U+FFFD). */
  static byte[] bytesOf(Object value) {
    if (value instanceof NativeArrayBufferView view) {
      if (view.getByteLength() > FileOperation.MAX_DATA_BYTES) {
        throw new DataTooLargeException(view.getByteLength());
      }
      byte[] bytes = new byte[view.getByteLength()];
      System.arraycopy(view.getBuffer().getBuffer(), view.getByteOffset(), bytes, 0, bytes.length);
      return bytes;
    }
    String text = ScriptRuntime.toString(value);
    if (text.length() > FileOperation.MAX_DATA_BYTES) {
      throw new DataTooLargeException(text.length());
    }
    byte[] bytes = utf8(text);
    if (bytes.length > FileOperation.MAX_DATA_BYTES) {
      throw new DataTooLargeException(bytes.length);
    }
    return bytes;
  }

  static String decodeUtf8(Object view) {
    if (!(view instanceof NativeArrayBufferView bytes)) {
      throw ScriptRuntime.typeError("expected a Uint8Array");
    }
    return new String(bytes.getBuffer().getBuffer(), bytes.getByteOffset(), bytes.getByteLength(), StandardCharsets.UTF_8);
  }

  /** The bytes {@link #bytesOf} makes of {@code text}, without making them. */
  static long utf8Length(String text) {
    long length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3; // also a lone surrogate, written as U+FFFD
      }
    }
    return length;
  }

  private static byte[] utf8(String text) {
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(REPLACEMENT_CHARACTER);
    try {
      ByteBuffer encoded = encoder.encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("UTF-8 encoding with replacement cannot fail", e);
    }
  }

  private static Object arrayBuffer(Context cx, Scriptable scope, byte[] bytes) {
    NativeArrayBuffer buffer = (NativeArrayBuffer) cx.newObject(scope, NativeArrayBuffer.CLASS_NAME, new Object[] {bytes.length});
    System.arraycopy(bytes, 0, buffer.getBuffer(), 0, bytes.length);
    return buffer;
  }

  private static Scriptable infoObject(Context cx, Scriptable scope, FileInfo info) {
    Scriptable object = cx.newObject(scope);
    object.put("name", object, info.name());
    object.put("directory", object, info.directory());
    object.put("size", object, (double) info.size());
    object.put("version", object, (double) info.version());
    object.put("mtimeMs", object, (double) info.mtimeMillis());
    object.put("ctimeMs", object, (double) info.ctimeMillis());
    return object;
  }

  private static Scriptable entryArray(Context cx, Scriptable scope, List<FileInfo> entries) {
    Object[] objects = new Object[entries.size()];
    for (int i = 0; i < objects.length; i++) {
      objects[i] = infoObject(cx, scope, entries.get(i));
    }
    return cx.newArray(scope, objects);
  }

  private static String text(Object[] args, int index) {
    return ScriptRuntime.toString(args[index]);
  }

  private static boolean flag(Object[] args, int index) {
    return index < args.length && ScriptRuntime.toBoolean(args[index]);
  }

  private static long number(Object[] args, int index) {
    return (long) ScriptRuntime.toNumber(args[index]);
  }

  private static byte[] bytes(Object[] args, int index) {
    return bytesOf(args[index]);
  }

  /** Data beyond {@link FileOperation#MAX_DATA_BYTES}: fs.js turns it into a RangeError. */
  static final class DataTooLargeException extends RuntimeException {
    DataTooLargeException(long size) {
      super("the data (" + size + " bytes) is larger than one fs call may carry (" + FileOperation.MAX_DATA_BYTES
          + " bytes): write it in parts with appendFile or a write stream");
    }
  }
}
