package io.newsstream.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static String text(final String html) {
        return TextCleaner.cleanBody(HtmlText.toText(html));
    }

    @Test
    void turnsBlockElementsIntoParagraphs() {
        assertThat(text("<h1>Title</h1><p>First <b>bold</b>\n  paragraph.</p><div>Second</div><ul><li>one</li><li>two</li></ul>"))
                .isEqualTo("Title\n\nFirst bold paragraph.\n\nSecond\n\none\n\ntwo");
    }

    @Test
    void keepsLineBreaks() {
        assertThat(text("<p>line one<br>line two<br/>line three</p>")).isEqualTo("line one\nline two\nline three");
    }

    @Test
    void dropsScriptsStylesAndHead() {
        assertThat(text("<html><head><title>Site name</title><style>p{color:red}</style></head><body>"
                + "<script>var x = 1;</script><p>Visible</p><noscript>Enable JS</noscript></body></html>"))
                .isEqualTo("Visible");
    }

    @Test
    void decodesEntities() {
        assertThat(text("<p>Tom&nbsp;&amp;&nbsp;Jerry &laquo;quoted&raquo; &#8212; &eacute;</p>"))
                .isEqualTo("Tom & Jerry «quoted» — é");
    }

    @Test
    void separatesTableCells() {
        assertThat(text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")).isEqualTo("a b\n\nc");
    }

    @Test
    void keepsPreformattedLayout() {
        assertThat(text("<pre>x  =  1\ny = 2</pre>")).isEqualTo("x = 1\ny = 2");
    }
}
