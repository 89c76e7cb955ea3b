package io.modelci.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EscapeTest {
    @Test
    void shouldEscapeHtmlSpecialCharacters() {
        assertThat(Escape.html("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Escape.html("a & \"b\" 'c'")).isEqualTo("a &amp; &quot;b&quot; &#39;c&#39;");
        assertThat(Escape.html(null)).isEmpty();
        assertThat(Escape.html("bell\u0007")).isEqualTo("bell\uFFFD");
    }

    @Test
    void shouldKeepMarkdownCellsInOneCell() {
        assertThat(Escape.markdownCell("a|b")).isEqualTo("a\\|b");
        assertThat(Escape.markdownCell("`code`")).isEqualTo("\\`code\\`");
        assertThat(Escape.markdownCell("two\nlines")).isEqualTo("two lines");
        assertThat(Escape.markdownCell("")).isEqualTo(" ");
        assertThat(Escape.markdown("<b>*bold*</b> & [link](x)"))
                .isEqualTo("&lt;b&gt;\\*bold\\*&lt;/b&gt; &amp; \\[link\\]\\(x\\)");
        assertThat(Escape.markdown("val_loss")).isEqualTo("val\\_loss");
    }
}
