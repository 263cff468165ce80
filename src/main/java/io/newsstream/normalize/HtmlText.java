package io.newsstream.normalize;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to plain text with the layout a reader sees: block elements become paragraphs (a blank line),
 * {@code <br>} a line break, table cells are separated by a space; scripts, styles and other non-text
 * elements are dropped, entities decoded. The result still goes through {@link TextCleaner}.
 */
public final class HtmlText {
    private static final String DROPPED = "script, style, noscript, template, svg, math, iframe, object, embed, "
            + "canvas, audio, video, select, button";

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "ul");

    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {
    }

    public static String toText(final String html) {
        final Document document = Jsoup.parse(html);
        document.select(DROPPED).remove();
        final StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new Layout(out), document.body());
        return out.toString();
    }

    private static final class Layout implements NodeVisitor {
        private final StringBuilder out;

        Layout(final StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(final Node node, final int depth) {
            if (node instanceof TextNode text) {
                out.append(insidePre(text) ? text.getWholeText() : collapseWhitespace(text.getWholeText()));
            } else if (node instanceof Element element) {
                final String tag = element.normalName();
                if (BLOCKS.contains(tag)) {
                    out.append("\n\n");
                } else if (tag.equals("br")) {
                    out.append('\n');
                } else if (CELLS.contains(tag)) {
                    out.append(' ');
                }
            }
        }

        @Override
        public void tail(final Node node, final int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                out.append("\n\n");
            }
        }

        private static boolean insidePre(final TextNode text) {
            for (Node parent = text.parent(); parent != null; parent = parent.parent()) {
                if (parent instanceof Element element && element.normalName().equals("pre")) {
                    return true;
                }
            }
            return false;
        }

        private static String collapseWhitespace(final String text) {
            final StringBuilder collapsed = new StringBuilder(text.length());
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                final char c = text.charAt(i);
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                    if (!space) {
                        collapsed.append(' ');
                        space = true;
                    }
                } else {
                    collapsed.append(c);
                    space = false;
                }
            }
            return collapsed.toString();
        }
    }
}
