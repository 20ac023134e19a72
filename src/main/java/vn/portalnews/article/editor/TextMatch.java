package vn.portalnews.article.editor;

/**
 * What the editors' list asks of search, which owns how typed Vietnamese words become a full-text query:
 * the {@code to_tsquery('vn_unaccent', …)} text for words as a reader would type them.
 */
public interface TextMatch {

    /** @param parameter the query parameter that carried the words, for the 400 when they hold none */
    String matchQuery(String parameter, String words);
}
