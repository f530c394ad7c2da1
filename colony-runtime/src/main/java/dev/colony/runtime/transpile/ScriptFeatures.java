package dev.colony.runtime.transpile;

import com.google.javascript.jscomp.NodeUtil;
import com.google.javascript.jscomp.parsing.parser.FeatureSet;
import com.google.javascript.jscomp.parsing.parser.FeatureSet.Feature;
import com.google.javascript.rhino.Node;

/**
 * Closure runs a lowering on a script only if the script's recorded features call for it, so a
 * rewrite that introduces a feature records it.
 */
final class ScriptFeatures {
  private ScriptFeatures() {}

  static void add(Node anywhere, Feature feature) {
    Node script = NodeUtil.getEnclosingScript(anywhere);
    FeatureSet features = (FeatureSet) script.getProp(Node.FEATURE_SET);
    script.putProp(Node.FEATURE_SET, features == null ? FeatureSet.BARE_MINIMUM.with(feature) : features.with(feature));
  }
}
