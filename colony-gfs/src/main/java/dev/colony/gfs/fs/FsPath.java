package dev.colony.gfs.fs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An absolute, normalised path in the global file system: {@code /} or {@code /a/b}, no empty,
 * {@code .} or {@code ..} components, no trailing slash. {@link #parse} normalises what users write
 * and refuses what could escape the root or break a store: {@code ..} above the root, NUL and other
 * control characters, names over {@value #MAX_NAME_BYTES} bytes, paths over {@value #MAX_PATH_BYTES}.
 */
public final class FsPath implements Comparable<FsPath> {

    public static final int MAX_NAME_BYTES = 255;
    public static final int MAX_PATH_BYTES = 4096;
    public static final FsPath ROOT = new FsPath("/");

    private final String value;

    private FsPath(String normalised) {
        this.value = normalised;
    }

    public String value() {
        return value;
    }

    /** Normalises {@code raw}; throws {@link FsException} ({@link FsError#EINVAL}) when it is not a valid path. */
    public static FsPath parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw invalid(raw, "a path is needed");
        }
        if (raw.charAt(0) != '/') {
            throw invalid(raw, "paths are absolute: they start with /");
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            throw invalid(raw, "longer than " + MAX_PATH_BYTES + " bytes");
        }
        List<String> names = new ArrayList<>();
        for (String name : raw.split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    throw invalid(raw, "'..' leads above the root");
                }
                names.removeLast();
                continue;
            }
            checkName(raw, name);
            names.add(name);
        }
        return names.isEmpty() ? ROOT : new FsPath("/" + String.join("/", names));
    }

    /** The child {@code name} of this directory path; the name is validated like a path component. */
    public FsPath resolve(String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/")) {
            throw invalid(name, "not a file name");
        }
        checkName(name, name);
        String joined = isRoot() ? "/" + name : value + "/" + name;
        if (joined.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            throw invalid(joined, "longer than " + MAX_PATH_BYTES + " bytes");
        }
        return new FsPath(joined);
    }

    public boolean isRoot() {
        return value.equals("/");
    }

    /** The directory holding this path; the root has none. */
    public FsPath parent() {
        if (isRoot()) {
            throw new IllegalStateException("the root has no parent");
        }
        int slash = value.lastIndexOf('/');
        return slash == 0 ? ROOT : new FsPath(value.substring(0, slash));
    }

    /** The last component; empty for the root. */
    public String name() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    /** The components from the root down: empty for the root. */
    public List<String> names() {
        return isRoot() ? List.of() : List.of(value.substring(1).split("/"));
    }

    /** Whether this path is {@code other} or lies under it. */
    public boolean isWithin(FsPath other) {
        return other.isRoot() || value.equals(other.value) || value.startsWith(other.value + "/");
    }

    @Override
    public int compareTo(FsPath other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsPath path && path.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    private static void checkName(String raw, String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw invalid(raw, "the name '" + name.substring(0, 40) + "…' is longer than " + MAX_NAME_BYTES + " bytes");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw invalid(raw, "control character U+" + String.format("%04X", (int) c) + " in a name");
            }
        }
    }

    private static FsException invalid(String raw, String why) {
        String shown = raw == null ? "null" : raw.length() > 100 ? raw.substring(0, 100) + "…" : raw;
        shown = shown.replaceAll("\\p{Cntrl}", "?");
        return new FsException(FsError.EINVAL, "invalid path '" + shown + "': " + why);
    }
}
