package dev.colony.runtime.engine;

import java.math.BigInteger;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaConstructor;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptRuntimeES6;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.typedarrays.ByteIo;
import org.mozilla.javascript.typedarrays.NativeArrayBuffer;
import org.mozilla.javascript.typedarrays.NativeBigUint64Array;

/**
 * {@code BigUint64Array} with elements that read as unsigned. Rhino 1.9.2 reads an element with
 * the top bit set wrongly (a stored {@code 2n ** 64n - 1n} reads {@code -4294967297n}: it masks
 * the low word with -1 instead of 0xffffffff). {@link #install} puts this class's constructor in
 * place of the global one, with the same prototype and statics, so arrays made by {@code new}, by
 * species (subarray, slice, map, filter) and by {@code from}/{@code of} are all of this class.
 */
final class UnsignedBigInt64Array extends NativeBigUint64Array {
  private static final long serialVersionUID = 1L;
  private static final String NAME = "BigUint64Array";
  private static final int BYTES = 8;
  private static final BigInteger LOW_64_BITS = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private UnsignedBigInt64Array(NativeArrayBuffer buffer, int offset, int length) {
    super(buffer, offset, length);
  }

  @Override
  protected Object js_get(int index) {
    if (checkIndex(index)) {
      return Undefined.instance;
    }
    long bits = ByteIo.readUint64Primitive(arrayBuffer.getBuffer(), index * BYTES + offset, useLittleEndian());
    return BigInteger.valueOf(bits).and(LOW_64_BITS);
  }

  /** Replaces the global constructor; call on a fresh scope, before anything refers to it. */
  static void install(Context cx, ScriptableObject global) {
    LambdaConstructor original = (LambdaConstructor) ScriptableObject.getProperty(global, NAME);
    LambdaConstructor fixed = new LambdaConstructor(global, NAME, 3, LambdaConstructor.CONSTRUCTOR_NEW,
        UnsignedBigInt64Array::construct);
    fixed.setPrototype(original.getPrototype());
    Scriptable prototype = (Scriptable) original.getPrototypeProperty();
    fixed.setImmunePrototypeProperty(prototype);
    int constant = ScriptableObject.READONLY | ScriptableObject.DONTENUM | ScriptableObject.PERMANENT;
    fixed.defineProperty("BYTES_PER_ELEMENT", BYTES, constant);
    ScriptRuntimeES6.addSymbolSpecies(cx, global, fixed);
    ScriptableObject.defineProperty(prototype, "constructor", fixed, ScriptableObject.DONTENUM);
    global.defineProperty(NAME, fixed, ScriptableObject.DONTENUM);
  }

  private static Scriptable construct(Context cx, Scriptable scope, Object[] args) {
    return js_constructor(cx, scope, args, UnsignedBigInt64Array::new, BYTES);
  }
}
