package org.coopkit.iati;

/**
 * The children of {@code iati-activity}, in the order the 2.03 activity schema's sequence gives
 * them. The writer checks every child it writes against this order, so an element added later (the
 * results framework goes in {@link #RESULT}) cannot land in the wrong place.
 */
enum ActivityElement {
  IATI_IDENTIFIER("iati-identifier"),
  REPORTING_ORG("reporting-org"),
  TITLE("title"),
  DESCRIPTION("description"),
  PARTICIPATING_ORG("participating-org"),
  OTHER_IDENTIFIER("other-identifier"),
  ACTIVITY_STATUS("activity-status"),
  ACTIVITY_DATE("activity-date"),
  CONTACT_INFO("contact-info"),
  ACTIVITY_SCOPE("activity-scope"),
  RECIPIENT_COUNTRY("recipient-country"),
  RECIPIENT_REGION("recipient-region"),
  LOCATION("location"),
  SECTOR("sector"),
  TAG("tag"),
  COUNTRY_BUDGET_ITEMS("country-budget-items"),
  HUMANITARIAN_SCOPE("humanitarian-scope"),
  POLICY_MARKER("policy-marker"),
  COLLABORATION_TYPE("collaboration-type"),
  DEFAULT_FLOW_TYPE("default-flow-type"),
  DEFAULT_FINANCE_TYPE("default-finance-type"),
  DEFAULT_AID_TYPE("default-aid-type"),
  DEFAULT_TIED_STATUS("default-tied-status"),
  BUDGET("budget"),
  PLANNED_DISBURSEMENT("planned-disbursement"),
  CAPITAL_SPEND("capital-spend"),
  TRANSACTION("transaction"),
  DOCUMENT_LINK("document-link"),
  RELATED_ACTIVITY("related-activity"),
  LEGACY_DATA("legacy-data"),
  CONDITIONS("conditions"),
  RESULT("result"),
  CRS_ADD("crs-add"),
  FSS("fss");

  private final String xmlName;

  ActivityElement(String xmlName) {
    this.xmlName = xmlName;
  }

  /** The element's name in the XML. */
  String xmlName() {
    return xmlName;
  }
}
