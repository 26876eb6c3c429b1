package org.reportstats.ingest;

import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/** Markdown to prose: headings and paragraphs become paragraphs, code blocks and images are dropped. */
final class MarkdownProse {
    private static final Parser PARSER = Parser.builder().build();

    record Page(Optional<String> heading, Prose prose) {
    }

    private MarkdownProse() {
    }

    static Page extract(String markdown) {
        Node document = PARSER.parse(markdown);
        Prose.Builder prose = new Prose.Builder();
        String[] firstHeading = {null};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                prose.add(inlineText(paragraph));
            }

            @Override
            public void visit(Heading heading) {
                String text = inlineText(heading);
                if (firstHeading[0] == null && !text.isBlank()) {
                    firstHeading[0] = text.strip();
                }
                prose.add(text);
            }

            @Override
            public void visit(HtmlBlock html) {
                prose.add(Jsoup.parse(html.getLiteral()).text());
            }

            @Override
            public void visit(FencedCodeBlock code) {
                // code is not prose
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                // code is not prose
            }
        });
        return new Page(Optional.ofNullable(firstHeading[0]), prose.build());
    }

    private static String inlineText(Node block) {
        StringBuilder text = new StringBuilder();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HtmlInline node) {
                // tags inside a paragraph are markup, their text is in the surrounding Text nodes
            }

            @Override
            public void visit(Image node) {
                // alt text of images is not the author's prose
            }
        });
        return text.toString();
    }
}
