-- Suggest asks the vocabulary first whether every word typed begins or is a title word: when one is not, no
-- title can match and the title queries are skipped. The prefix check is a range in byte order
-- ("chu" <= word < "chu" || U+10FFFF), which only a "C"-collated index serves whatever the database's collation.
create index search_vocabulary_prefix on search_vocabulary (site_id, word collate "C");
