package org.mozilla.javascript.regexp;

import java.io.Serial;
import org.mozilla.javascript.Scriptable;

/**
 * A regular expression with both the {@code u} and {@code y} flags, whose {@code flags} read as
 * ECMAScript orders them ({@code "uy"}; Rhino 1.9.2 gives {@code "yu"}), in {@code String(regexp)}
 * too. Colony's runtime makes every such regular expression of this class. It lives in
 * Rhino's package because {@link NativeRegExp}'s constructors are package-private; it serialises
 * as a {@code NativeRegExp} does.
 */
public final class UnicodeStickyRegExp extends NativeRegExp {
  @Serial private static final long serialVersionUID = 1L;

  /** The instance id of {@code flags}, the same for every regular expression (found on first use; races write the same value). */
  private static int flagsId = -1;

  private UnicodeStickyRegExp(Scriptable scope, RECompiled compiled) {
    super(scope, compiled);
  }

  /** Whether a regular expression with these flag bits must be of this class. */
  public static boolean needed(int flags) {
    return (flags & JSREG_UNICODE) != 0 && (flags & JSREG_STICKY) != 0;
  }

  /** A new regular expression of this class for {@code compiled} (an {@code RECompiled}), in {@code scope}. */
  public static Scriptable wrap(Scriptable scope, Object compiled) {
    return new UnicodeStickyRegExp(scope, (RECompiled) compiled);
  }

  /** This class's copy of {@code regexp}, a fresh {@code NativeRegExp} compiled to {@code compiled}, with its prototype and scope. */
  public static Scriptable copyOf(Scriptable regexp, Object compiled) {
    NativeRegExp original = (NativeRegExp) regexp;
    UnicodeStickyRegExp copy = new UnicodeStickyRegExp(original.getParentScope(), (RECompiled) compiled);
    copy.setPrototype(original.getPrototype());
    copy.lastIndex = original.lastIndex;
    return copy;
  }

  @Override
  protected Object getInstanceIdValue(int id) {
    Object value = super.getInstanceIdValue(id);
    if (flagsId < 0) {
      flagsId = findInstanceIdInfo("flags") & 0xFFFF;
    }
    return id == flagsId ? inOrder((String) value) : value;
  }

  /** {@code /source/flags}, as {@code String(regexp)} and the console print it. */
  @Override
  public String toString() {
    return inOrder(super.toString());
  }

  /** Rhino appends y and u last, so they end the flags. */
  private static String inOrder(String endingInFlags) {
    return endingInFlags.substring(0, endingInFlags.length() - 2) + "uy";
  }
}
