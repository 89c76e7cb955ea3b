package io.modelci.eval;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FastDoubleParserTest {
    private static double parse(final String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return FastDoubleParser.parse(bytes, 0, bytes.length);
    }

    private static void assertSameAsJdk(final String text) {
        assertThat(Double.doubleToRawLongBits(parse(text)))
                .as(text).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }

    @Test
    void shouldEqualParseDoubleOnRandomShortestRepresentations() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 60_000; i++) {
            double value = random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
            assertSameAsJdk(Double.toString(value));
            assertSameAsJdk(Double.toString(-value));
        }
    }

    @Test
    void shouldEqualParseDoubleOnRandomFixedDecimals() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 15_000; i++) {
            int decimals = random.nextInt(0, 19);
            double value = random.nextDouble() * Math.pow(10, random.nextInt(0, 8));
            assertSameAsJdk(String.format(Locale.ROOT, "%." + decimals + "f", value));
            assertSameAsJdk(String.format(Locale.ROOT, "%." + decimals + "e", value));
        }
    }

    @Test
    void shouldEqualParseDoubleOnRandomDigitStrings() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 60_000; i++) {
            StringBuilder text = new StringBuilder();
            int integerDigits = random.nextInt(0, 20);
            for (int d = 0; d < integerDigits; d++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            text.append('.');
            int fractionDigits = random.nextInt(integerDigits == 0 ? 1 : 0, 20);
            for (int d = 0; d < fractionDigits; d++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                text.append('e').append(random.nextInt(-40, 40));
            }
            assertSameAsJdk(text.toString());
        }
    }

    @Test
    void shouldHandleEdgeCasesLikeTheJdk() {
        for (String text : new String[] {"0", "-0", "0.0", "-0.0", "1", "1.", ".5", "+.5", "1e22", "1e23", "1e-22",
                "1e-23", "9007199254740993", "123456789012345", "1234567890123456", "4.9e-324", "1.7976931348623157e308",
                "1e400", "Infinity", "-Infinity", "0x1p3", "1d", " 1 ", "0.000000000000000000000000001",
                "000000000000000000000001.5", "2.2250738585072011e-308"}) {
            assertSameAsJdk(text);
        }
    }

    @Test
    void shouldRejectWhatIsNotANumber() {
        for (String text : new String[] {"abc", "1.2.3", "-", "e5", "1e", "--1", "1,5"}) {
            assertThatThrownBy(() -> parse(text)).as(text).isInstanceOf(NumberFormatException.class);
        }
    }
}
