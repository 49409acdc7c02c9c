package com.crosscheck.claims.internal;

/**
 * Cheap scans that tell where a regular expression can first match, so that it is run from there (or not at
 * all) instead of being tried at every position of a sentence. Case is folded the way {@code (?i)} folds it
 * without {@code UNICODE_CASE}: ASCII letters only. A "word" is a maximal run of {@code \w} characters
 * ({@code [A-Za-z0-9_]}), the units between which {@code \b} holds.
 */
final class Scan {

    private Scan() {
    }

    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean sameIgnoringCase(char c, char lower) {
        return c == lower || c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lower;
    }

    private static boolean region(CharSequence text, int at, String word, boolean ignoreCase) {
        if (ignoreCase) {
            return regionIgnoringCase(text, at, word);
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code lower} (lower case) occurs in {@code text} at {@code at}, ASCII case ignored. */
    static boolean regionIgnoringCase(CharSequence text, int at, String lower) {
        if (at < 0 || at + lower.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (!sameIgnoringCase(text.charAt(at + k), lower.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The first index at or after {@code from} where {@code lower} occurs, ASCII case ignored; -1 if none. */
    static int indexIgnoringCase(CharSequence text, String lower, int from) {
        char first = lower.charAt(0);
        for (int i = Math.max(0, from), last = text.length() - lower.length(); i <= last; i++) {
            if (sameIgnoringCase(text.charAt(i), first) && regionIgnoringCase(text, i, lower)) {
                return i;
            }
        }
        return -1;
    }

    /** The first index where any of {@code literals} occurs; -1 if none does. */
    static int first(String text, String... literals) {
        int first = -1;
        for (String literal : literals) {
            int at = text.indexOf(literal);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** {@code text} with ASCII capitals in lower case and nothing else changed, so offsets stay valid. */
    static String asciiLowerCase(String text) {
        char[] chars = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** {@code text[from, to)} with each run of {@code \\s} characters replaced by one space, as {@code replaceAll("\\s+", " ")}. */
    static String collapseSpaces(CharSequence text, int from, int to) {
        var out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                while (i + 1 < to && isSpace(text.charAt(i + 1))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A regular expression's {@code \\s}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A set of lower-case ASCII words, found by length and first letter rather than compared one by one. */
    static final class Words {

        private final String[][][] byLengthAndInitial = new String[32][26][];

        Words(String... words) {
            for (String word : words) {
                String[] bucket = byLengthAndInitial[word.length()][word.charAt(0) - 'a'];
                String[] grown = bucket == null ? new String[1] : java.util.Arrays.copyOf(bucket, bucket.length + 1);
                grown[grown.length - 1] = word;
                byLengthAndInitial[word.length()][word.charAt(0) - 'a'] = grown;
            }
        }

        /** Whether {@code text[start, end)} is one of the words, ASCII case ignored if {@code ignoreCase}. */
        boolean contains(CharSequence text, int start, int end, boolean ignoreCase) {
            int length = end - start;
            char initial = text.charAt(start);
            if (ignoreCase && initial >= 'A' && initial <= 'Z') {
                initial = (char) (initial + ('a' - 'A'));
            }
            if (length >= byLengthAndInitial.length || initial < 'a' || initial > 'z') {
                return false;
            }
            String[] bucket = byLengthAndInitial[length][initial - 'a'];
            if (bucket != null) {
                for (String word : bucket) {
                    if (region(text, start, word, ignoreCase)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The start of the first word at or after {@code from} that is one of {@code words}, ASCII case ignored if
     * {@code ignoreCase}; -1 if none is.
     */
    static int firstWord(CharSequence text, int from, boolean ignoreCase, Words words) {
        int i = Math.max(0, from);
        int n = text.length();
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start && (start == 0 || !isWordChar(text.charAt(start - 1))) && words.contains(text, start, i, ignoreCase)) {
                return start;
            }
        }
        return -1;
    }
}
