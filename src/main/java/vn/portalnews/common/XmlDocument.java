package vn.portalnews.common;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;

/** An XML answer (a feed, a sitemap) written by the JDK's streaming writer: every text escaped by it, never by hand. */
public final class XmlDocument {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** What writes the document's elements. */
    public interface Body {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private XmlDocument() {
    }

    public static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
        try {
            XMLStreamWriter out = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            body.write(out);
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write an XML answer", e);
        }
        return bytes.toByteArray();
    }

    /** {@code <element>value</element>} in the default namespace; null as empty. */
    public static void text(XMLStreamWriter out, String element, String value) throws XMLStreamException {
        out.writeStartElement(element);
        out.writeCharacters(value == null ? "" : value);
        out.writeEndElement();
    }
}
