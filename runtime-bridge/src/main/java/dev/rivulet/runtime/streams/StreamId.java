package dev.rivulet.runtime.streams;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stream's id in one of Streamr's forms: {@code 0x<40 hex address>/path} (created on chain by that address),
 * {@code name.eth/path} (an ENS name's stream) or a local {@code path} (a stream of this workspace only, also the
 * form of Streamr's legacy ids). The domain part is case-insensitive and kept lower-case; the path is case-sensitive.
 *
 * <p>Usage: {@code StreamId id = StreamId.parse("0xAbC...123/sensors/temp"); id.kind() == Kind.ADDRESS}
 *
 * @param kind   which form the id has
 * @param domain the lower-case address or ENS name, or "" for a local id
 * @param path   for address and ENS ids the part from the first "/" (starting with "/"); for local ids the whole id
 */
public record StreamId(Kind kind, String domain, String path) implements Comparable<StreamId> {
    /** The forms an id can take. */
    public enum Kind { ADDRESS, ENS, LOCAL }

    /** Longest id accepted (Streamr's registry has no hard limit; this keeps keys and file names sane). */
    public static final int MAX_LENGTH = 255;
    private static final Pattern PATH_CHARS = Pattern.compile("[A-Za-z0-9_.\\-/]+");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern ENS = Pattern.compile("([a-z0-9-]+\\.)+eth");

    public StreamId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Parses and normalises an id.
     *
     * @throws IllegalArgumentException naming what is wrong, e.g. {@code "0x12/x": "0x12" is not a 40-digit hex address}
     */
    public static StreamId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a stream id must not be empty");
        }
        String s = text.trim();
        if (s.length() > MAX_LENGTH) {
            throw bad(s, "longer than " + MAX_LENGTH + " characters");
        }
        if (s.indexOf('#') >= 0) {
            throw bad(s, "\"#\" marks a partition (id#partition); give the stream id alone");
        }
        if (s.startsWith("/")) {
            throw bad(s, "a path needs a domain in front (0x<address>/path or name.eth/path), or no leading \"/\"");
        }
        int slash = s.indexOf('/');
        String head = slash < 0 ? s : s.substring(0, slash);
        String lowerHead = head.toLowerCase(Locale.ROOT);
        if (slash > 0 && lowerHead.startsWith("0x")) {
            if (!ADDRESS.matcher(head).matches()) {
                throw bad(s, "\"" + head + "\" is not an address (0x and 40 hex digits)");
            }
            return new StreamId(Kind.ADDRESS, lowerHead, checkPath(s, s.substring(slash)));
        }
        if (slash > 0 && lowerHead.endsWith(".eth")) {
            if (!ENS.matcher(lowerHead).matches()) {
                throw bad(s, "\"" + head + "\" is not an ENS name (labels of letters, digits and \"-\", ending in .eth)");
            }
            return new StreamId(Kind.ENS, lowerHead, checkPath(s, s.substring(slash)));
        }
        if (slash < 0 && (lowerHead.matches("0x[0-9a-f]{40}") || lowerHead.endsWith(".eth"))) {
            throw bad(s, "an address or ENS name needs a path after it, e.g. " + lowerHead + "/my-stream");
        }
        checkChars(s, s);
        if (s.endsWith("/") || s.contains("//")) {
            throw bad(s, "empty path segment");
        }
        return new StreamId(Kind.LOCAL, "", s);
    }

    /** True when {@code text} parses. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String checkPath(String id, String path) {
        if (path.length() < 2) {
            throw bad(id, "the path after \"/\" is empty");
        }
        checkChars(id, path);
        return path;
    }

    private static void checkChars(String id, String part) {
        if (!PATH_CHARS.matcher(part).matches()) {
            String badChars = part.replaceAll("[A-Za-z0-9_.\\-/]", "");
            throw bad(id, "\"" + badChars.charAt(0) + "\" is not allowed (use letters, digits, _ . - and /)");
        }
    }

    private static IllegalArgumentException bad(String id, String why) {
        return new IllegalArgumentException("invalid stream id \"" + id + "\": " + why);
    }

    /** The id as text, in its normal form. */
    @Override
    public String toString() {
        return kind == Kind.LOCAL ? path : domain + path;
    }

    @Override
    public int compareTo(StreamId o) {
        return toString().compareTo(o.toString());
    }
}
