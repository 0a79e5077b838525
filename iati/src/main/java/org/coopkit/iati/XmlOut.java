package org.coopkit.iati;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's StAX writer with indentation (two spaces a level, text kept on its element's line) and
 * unchecked failures. Only what is being written is held: a stack as deep as the elements are.
 */
final class XmlOut {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final XMLStreamWriter xml;

  /** For each open element, whether a child element has been written into it. */
  private final Deque<Boolean> open = new ArrayDeque<>();

  XmlOut(OutputStream out) {
    try {
      this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  void startDocument() {
    run(() -> xml.writeStartDocument("UTF-8", "1.0"));
  }

  void start(String name) {
    if (!open.isEmpty()) {
      open.pop();
      open.push(true);
    }
    run(
        () -> {
          xml.writeCharacters("\n" + "  ".repeat(open.size()));
          xml.writeStartElement(name);
        });
    open.push(false);
  }

  /** Writes an element without content; its attributes follow. */
  void empty(String name) {
    if (!open.isEmpty()) {
      open.pop();
      open.push(true);
    }
    run(
        () -> {
          xml.writeCharacters("\n" + "  ".repeat(open.size()));
          xml.writeEmptyElement(name);
        });
  }

  void attribute(String name, String value) {
    run(() -> xml.writeAttribute(name, value));
  }

  /** Writes {@code xml:lang}, the language of the element's text. */
  void lang(String languageTag) {
    run(() -> xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", languageTag));
  }

  void text(String text) {
    run(() -> xml.writeCharacters(text));
  }

  void end() {
    boolean hadChildren = open.pop();
    run(
        () -> {
          if (hadChildren) {
            xml.writeCharacters("\n" + "  ".repeat(open.size()));
          }
          xml.writeEndElement();
        });
  }

  void endDocument() {
    run(
        () -> {
          xml.writeCharacters("\n");
          xml.writeEndDocument();
          xml.flush();
        });
  }

  void flush() {
    run(xml::flush);
  }

  private void run(Step step) {
    try {
      step.run();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  private static RuntimeException failed(XMLStreamException e) {
    // An output stream that fails is the caller's to handle, as with any I/O.
    return new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
  }

  /** One call to the StAX writer. */
  @FunctionalInterface
  private interface Step {
    void run() throws XMLStreamException;
  }
}
