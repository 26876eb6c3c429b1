package org.reportstats.ingest;

import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Extracts readable prose and the meta tags of a saved web page. */
final class HtmlProse {
    /** Page furniture and code: not the author's prose. */
    private static final String NOT_PROSE =
            "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, pre";
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "section", "article", "main", "table", "tr", "td", "th",
            "figure", "figcaption", "hr", "br", "body", "caption", "details", "summary", "address");

    record Page(Optional<String> title, Optional<String> heading, Optional<String> author, Optional<String> date,
                Prose prose) {
    }

    private HtmlProse() {
    }

    static Page extract(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        Optional<String> title = nonBlank(doc.title());
        Optional<String> author = meta(doc, "author", "article:author", "dc.creator", "twitter:creator");
        Optional<String> date = meta(doc, "date", "article:published_time", "dc.date", "pubdate", "publish_date");
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        root.select(NOT_PROSE).remove();
        Optional<String> heading = Optional.ofNullable(root.selectFirst("h1")).map(Element::text).flatMap(HtmlProse::nonBlank);
        return new Page(title, heading, author, date, proseOf(root));
    }

    /** Walks the tree without recursion (pages nested thousands deep must not overflow the stack). */
    private static Prose proseOf(Element root) {
        Prose.Builder prose = new Prose.Builder();
        StringBuilder paragraph = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    paragraph.append(text.getWholeText());
                } else if (isBlock(node)) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    flush();
                }
            }

            private void flush() {
                prose.add(paragraph);
                paragraph.setLength(0);
            }
        }, root);
        prose.add(paragraph);
        return prose.build();
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    private static Optional<String> meta(Document doc, String... names) {
        for (String name : names) {
            for (Element meta : doc.select("meta[name=" + name + "], meta[property=" + name + "]")) {
                Optional<String> content = nonBlank(meta.attr("content"));
                if (content.isPresent()) {
                    return content;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
