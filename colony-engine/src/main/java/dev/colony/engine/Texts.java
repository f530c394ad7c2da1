package dev.colony.engine;

/** Text that goes into size-limited messages. */
final class Texts {

    private Texts() {
    }

    /** At most {@code maxChars} of {@code text} (never half a surrogate pair), with a note of what was cut. */
    static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end) + "… [" + (text.length() - end) + " more characters]";
    }
}
