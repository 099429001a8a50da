package de.kim.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1+1", " =1+1", "\u00a0=1+1",
            "\u3000=1+1"})
    void aValueASpreadsheetCouldRunStartsWithAnApostrophe(String value) {
        String field = CsvCells.field(value);
        String unquoted = field.startsWith("\"")
                ? field.substring(1, field.length() - 1).replace("\"\"", "\"")
                : field;
        assertThat(unquoted).isEqualTo("'" + value);
    }

    @Test
    void plainValuesStayAsTheyAreAndSeparatorsAreQuoted() {
        assertThat(CsvCells.field("Lünen")).isEqualTo("Lünen");
        assertThat(CsvCells.field("Unna, Kreis")).isEqualTo("\"Unna, Kreis\"");
        assertThat(CsvCells.field("Sprachkurs \"A1\"")).isEqualTo("\"Sprachkurs \"\"A1\"\"\"");
        assertThat(CsvCells.field("")).isEmpty();
        assertThat(CsvCells.field(null)).isEmpty();
    }
}
