package de.kim.platform.api;

/**
 * A value as a CSV field (RFC 4180) that a spreadsheet shows and never runs. A leading {@code = + - @}, TAB, CR, LF or
 * other whitespace can make Excel or LibreOffice read a municipality's or an offer's name as a formula (OWASP "CSV
 * injection"); such a value gets a leading apostrophe, which spreadsheets show as text. Every CSV the suite writes goes
 * through here.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String text = "=+-@".indexOf(first) >= 0 || Character.isWhitespace(first) || Character.isSpaceChar(first)
                ? "'" + value
                : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
