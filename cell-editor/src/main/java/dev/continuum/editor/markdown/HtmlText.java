package dev.continuum.editor.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw HTML inside markdown, reduced to what can be shown without a browser: its text, line breaks
 * for {@code <br>}, {@code <p>} and the like, and {@code <img>} references. Untrusted HTML never
 * reaches a WebView, so there is nothing to sanitise.
 */
final class HtmlText {

    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final List<String> BREAKING = List.of("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlText() {
    }

    /** A run of text, or an image (src and alt). */
    record Part(String text, String imageSource, String imageAlt) {
        boolean isImage() {
            return imageSource != null;
        }
    }

    static List<Part> parse(String html) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher tag = TAG.matcher(html);
        int last = 0;
        while (tag.find()) {
            text.append(decodeEntities(html.substring(last, tag.start())));
            last = tag.end();
            if (tag.group(2) == null) {
                continue; // comment
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !tag.group(1).isEmpty();
            if (name.equals("img") && !closing) {
                flush(parts, text);
                String attributes = tag.group(3);
                parts.add(new Part(null, attribute(attributes, "src"), attribute(attributes, "alt")));
            } else if (BREAKING.contains(name) && (closing || name.equals("br"))) {
                text.append('\n');
            }
        }
        text.append(decodeEntities(html.substring(last)));
        flush(parts, text);
        return parts;
    }

    private static void flush(List<Part> parts, StringBuilder text) {
        String collapsed = text.toString().replaceAll("[ \\t]*\\n[ \\t\\n]*", "\n").strip();
        if (!collapsed.isEmpty()) {
            parts.add(new Part(collapsed, null, null));
        }
        text.setLength(0);
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = ATTRIBUTE.matcher(attributes);
        while (matcher.find()) {
            if (matcher.group(1).equalsIgnoreCase(name)) {
                String value = matcher.group(2) != null ? matcher.group(2)
                        : matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
                return decodeEntities(value);
            }
        }
        return name.equals("src") ? "" : null;
    }

    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&nbsp;", "\u00A0").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}
