package vn.portalnews.common;

/**
 * What an article's text refers to (official documents by number: "Kế hoạch số 03/KH-UBND"), recorded in the
 * transaction that saves the text, so that the references link to whatever the site publishes under them. Kept
 * by the document feature.
 */
public interface TextReferences {

    void record(long articleId, String plainText);
}
