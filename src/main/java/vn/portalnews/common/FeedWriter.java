package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.format.DateTimeFormatter;

/**
 * Writes a {@link Feed} as RSS 2.0, Atom 1.0 (RFC 4287) or JSON Feed 1.1. XML goes through the JDK's streaming
 * writer, so every text is escaped by the writer, never by hand.
 */
public final class FeedWriter {

    public enum Format {
        RSS("application/rss+xml; charset=UTF-8"),
        ATOM("application/atom+xml; charset=UTF-8"),
        JSON("application/feed+json; charset=UTF-8");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        /** The format of a path's "feed.{format}" ending: rss, atom or json. */
        public static Format of(String extension) {
            return valueOf(extension.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    private FeedWriter() {
    }

    public static byte[] write(Feed feed, Format format) {
        return switch (format) {
            case RSS -> XmlDocument.write(out -> rss(feed, out));
            case ATOM -> XmlDocument.write(out -> atom(feed, out));
            case JSON -> json(feed);
        };
    }

    private static void rss(Feed feed, XMLStreamWriter out) throws XMLStreamException {
        out.writeStartElement("rss");
        out.writeAttribute("version", "2.0");
        out.writeNamespace("atom", ATOM_NS);
        out.writeNamespace("content", CONTENT_NS);
        out.writeNamespace("dc", DC_NS);
        out.writeStartElement("channel");
        XmlDocument.text(out, "title", feed.title());
        XmlDocument.text(out, "link", feed.homePage());
        XmlDocument.text(out, "description", feed.description());
        XmlDocument.text(out, "language", "vi");
        XmlDocument.text(out, "lastBuildDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(feed.updated()));
        out.writeEmptyElement(ATOM_NS, "link");
        out.writeAttribute("href", feed.self());
        out.writeAttribute("rel", "self");
        out.writeAttribute("type", "application/rss+xml");
        for (Feed.Item item : feed.items()) {
            out.writeStartElement("item");
            XmlDocument.text(out, "title", item.title());
            XmlDocument.text(out, "link", item.link());
            out.writeStartElement("guid");
            out.writeAttribute("isPermaLink", "false");
            out.writeCharacters(item.id());
            out.writeEndElement();
            XmlDocument.text(out, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(item.published()));
            out.writeStartElement(DC_NS, "creator"); // RSS's own author element wants an e-mail address
            out.writeCharacters(item.author());
            out.writeEndElement();
            XmlDocument.text(out, "category", item.category());
            XmlDocument.text(out, "description", item.summary());
            if (item.content() != null) {
                out.writeStartElement(CONTENT_NS, "encoded");
                out.writeCData(item.content().replace("]]>", "]]]]><![CDATA[>"));
                out.writeEndElement();
            }
            if (item.image() != null) {
                out.writeEmptyElement("enclosure");
                out.writeAttribute("url", item.image().url());
                out.writeAttribute("length", Long.toString(item.image().bytes()));
                out.writeAttribute("type", item.image().mime());
            }
            out.writeEndElement();
        }
        out.writeEndElement();
        out.writeEndElement();
    }

    private static void atom(Feed feed, XMLStreamWriter out) throws XMLStreamException {
        out.setDefaultNamespace(ATOM_NS);
        out.writeStartElement(ATOM_NS, "feed");
        out.writeDefaultNamespace(ATOM_NS);
        out.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "vi");
        XmlDocument.text(out, "id", feed.id());
        XmlDocument.text(out, "title", feed.title());
        XmlDocument.text(out, "subtitle", feed.description());
        XmlDocument.text(out, "updated", feed.updated().toString());
        link(out, "self", feed.self(), "application/atom+xml", null);
        link(out, "alternate", feed.homePage(), "text/html", null);
        out.writeStartElement("author");
        XmlDocument.text(out, "name", feed.title());
        out.writeEndElement();
        for (Feed.Item item : feed.items()) {
            out.writeStartElement("entry");
            XmlDocument.text(out, "id", item.id());
            XmlDocument.text(out, "title", item.title());
            link(out, "alternate", item.link(), "text/html", null);
            XmlDocument.text(out, "published", item.published().toString());
            XmlDocument.text(out, "updated", item.updated().toString());
            out.writeStartElement("author");
            XmlDocument.text(out, "name", item.author());
            out.writeEndElement();
            out.writeEmptyElement("category");
            out.writeAttribute("term", item.category());
            out.writeStartElement("summary");
            out.writeAttribute("type", "text");
            out.writeCharacters(item.summary());
            out.writeEndElement();
            if (item.content() != null) {
                out.writeStartElement("content");
                out.writeAttribute("type", "html");
                out.writeCharacters(item.content());
                out.writeEndElement();
            }
            if (item.image() != null) {
                link(out, "enclosure", item.image().url(), item.image().mime(), item.image().bytes());
            }
            out.writeEndElement();
        }
        out.writeEndElement();
    }

    private static void link(XMLStreamWriter out, String relation, String href, String type, Long length) throws XMLStreamException {
        out.writeEmptyElement("link");
        out.writeAttribute("rel", relation);
        out.writeAttribute("href", href);
        out.writeAttribute("type", type);
        if (length != null) {
            out.writeAttribute("length", Long.toString(length));
        }
    }

    private static byte[] json(Feed feed) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", "https://jsonfeed.org/version/1.1");
        root.put("title", feed.title());
        root.put("home_page_url", feed.homePage());
        root.put("feed_url", feed.self());
        root.put("description", feed.description());
        root.put("language", "vi");
        ArrayNode items = root.putArray("items");
        for (Feed.Item item : feed.items()) {
            ObjectNode entry = items.addObject();
            entry.put("id", item.id());
            entry.put("url", item.link());
            entry.put("title", item.title());
            entry.put("summary", item.summary());
            if (item.content() != null) {
                entry.put("content_html", item.content());
            } else {
                entry.put("content_text", item.summary());
            }
            entry.put("date_published", item.published().toString());
            entry.put("date_modified", item.updated().toString());
            entry.putArray("authors").addObject().put("name", item.author());
            entry.putArray("tags").add(item.category());
            if (item.image() != null) {
                entry.put("image", item.image().url());
            }
            if (!item.attachments().isEmpty()) {
                ArrayNode attachments = entry.putArray("attachments");
                for (Feed.Enclosure attachment : item.attachments()) {
                    attachments.addObject().put("url", attachment.url()).put("mime_type", attachment.mime())
                            .put("title", attachment.title()).put("size_in_bytes", attachment.bytes());
                }
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write a feed", e);
        }
    }
}
