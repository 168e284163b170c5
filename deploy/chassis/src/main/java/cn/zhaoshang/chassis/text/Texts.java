package cn.zhaoshang.chassis.text;

/** What text from clients must be before it is kept. Plain Java. */
public final class Texts {

    private Texts() {
    }

    /** Something a reader sees: not only white space, format characters (zero-width, direction marks) or controls. */
    public static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && !Character.isISOControl(c));
    }

    /** A UTF-16 string a database can store as it is: no high surrogate without its low one, and no low one alone. */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
