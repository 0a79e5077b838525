package org.coopkit.iati;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** An IATI file parsed back with the JDK's DOM, read with XPath. */
final class IatiXml {
  private static final XPath XPATH = XPathFactory.newInstance().newXPath();

  final Document document;

  private IatiXml(Document document) {
    this.document = document;
  }

  /** Parses the bytes; fails (with the parser's exception) if they are not well-formed XML. */
  static IatiXml parse(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return new IatiXml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)));
  }

  String string(String xpath) throws Exception {
    return XPATH.evaluate(xpath, document);
  }

  static String string(Node context, String xpath) throws Exception {
    return XPATH.evaluate(xpath, context);
  }

  double number(String xpath) throws Exception {
    return (Double) XPATH.evaluate(xpath, document, XPathConstants.NUMBER);
  }

  List<Element> elements(String xpath) throws Exception {
    return elements(document, xpath);
  }

  static List<Element> elements(Node context, String xpath) throws Exception {
    NodeList nodes = (NodeList) XPATH.evaluate(xpath, context, XPathConstants.NODESET);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  List<String> strings(String xpath) throws Exception {
    List<String> values = new ArrayList<>();
    NodeList nodes = (NodeList) XPATH.evaluate(xpath, document, XPathConstants.NODESET);
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent());
    }
    return values;
  }

  /** The names of an element's child elements, in document order. */
  static List<String> childNames(Element parent) {
    List<String> names = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        names.add(e.getTagName());
      }
    }
    return names;
  }
}
